import Guidance

extension Fixtures {
    /// Synthetic contacts of every shipped point from `neuvo demo-data`'s generator: `days` days up to `end`.
    public static func demoContacts(seed: UInt64 = 11, days: Int = 70, end: String = "2026-11-23") -> [Contact] {
        var contacts: [Contact] = []
        DemoGenerator(
            calibration: demoCalibration, vocabulary: vocabulary, points: catalog.points, seed: seed, days: days, end: CivilDate(iso: end)!
        ).generate { contacts.append($0) }
        return contacts
    }
}
