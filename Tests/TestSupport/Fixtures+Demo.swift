import Guidance
import Store

extension Fixtures {
    /// Synthetic contacts of every shipped point from `neuvo demo-data`'s generator: `days` days up to `end`.
    public static func demoContacts(seed: UInt64 = 11, days: Int = 70, end: String = "2026-11-23") -> [Contact] {
        var contacts: [Contact] = []
        DemoGenerator(
            calibration: demoCalibration, vocabulary: vocabulary, points: catalog.points, consultationLines: catalog.consultationLines, seed: seed, days: days, end: CivilDate(iso: end)!
        ).generate { contacts.append($0) }
        return contacts
    }

    /// Ten weeks of `demoContacts` in an in-memory log, shared by the tests that only read it.
    public static let demoLog: any ContactLog = {
        do {
            let log = try SQLiteLog.inMemory(catalog: catalog)
            try log.importContacts(demoContacts(), details: "demo", by: Actor(user: "test", command: "test"))
            return log
        } catch {
            fatalError("the demo contacts do not import: \(error)")
        }
    }()
}
