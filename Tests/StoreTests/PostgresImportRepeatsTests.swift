import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// v24 (issue 22, part "import"): the owner's import flags its contacts' repeats as it writes them (`ImportRepeats`) and
/// checks against the log only the clients it already held (`neuvo.import_repeats`). The rule it must keep: whatever the
/// file's order and batches, an import gives exactly the repeat flags and figures that saving the same contacts one by one
/// gives, into an empty database and into one holding the same clients' earlier (and later) contacts.
struct PostgresImportRepeatsTests {
    static let points = PostgresStorageTests.points
    static let topics = ["housing", "benefits", "health-advice", "digital-support"]

    /// Two months of contacts of a dozen clients (and some of none), at times with seconds, a few at the same instant, with
    /// one topic or two: with a five-day window, pairs inside it, at its edge and past it.
    static func contacts() -> [Contact] {
        var random = SeededRandom(seed: 24)
        let start = Fixtures.at("2023-03-01T08:00:00+02:00").instant
        var contacts: [Contact] = []
        for i in 0..<420 {
            let instant = start + Int64(random.int(0...(60 * 86_400)))
            let time = i % 37 == 0 && !contacts.isEmpty ? contacts[contacts.count - 1].occurredAt.instant : instant
            var topics = [Self.topics[random.int(0...3)]]
            if random.chance(0.3) { topics.append(Self.topics[random.int(0...3)]) }
            var contact = ContactLogTests.contact(
                Self.stamp(time), point: points[random.int(0...2)], topics: Array(Set(topics)).sorted(),
                resolved: random.chance(0.6), ref: random.chance(0.8) ? "client-ref-\(String(format: "%03d", random.int(0...11)))" : nil)
            contact.advisor = "a\(i)"
            contacts.append(contact)
        }
        return contacts
    }

    /// A stamp at +02:00 of the instant.
    static func stamp(_ instant: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 7200)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'+02:00'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    static func world() throws -> StoreWorld {
        let w = try StoreWorld(.postgres)
        try w.log.setFollowUpWindow(hours: 5 * 24, by: w.actor)
        return w
    }

    /// Each contact's flag, by its advisor (unique here), and every figure summed over the rows' origins, by its words.
    static func flagsAndFigures(_ w: StoreWorld) throws -> (flags: [[String?]], figures: [[String?]]) {
        let flags = try w.rows(#"SELECT "advisor", CAST("has_repeat" AS text) FROM neuvo.contact ORDER BY 1"#)
        let figures = try w.rows(
            #"""
            SELECT CAST(f."day" AS text), p."word", k."word", c."word", CAST(sum(f."value") AS text)
            FROM neuvo.daily_figure AS f JOIN neuvo.term AS p ON p."id" = f."point" JOIN neuvo.term AS k ON k."id" = f."figure"
                JOIN neuvo.term AS c ON c."id" = f."code"
            GROUP BY 1, 2, 3, 4 HAVING sum(f."value") <> 0 ORDER BY 1, 2, 3, 4
            """#)
        #expect(try w.value(#"SELECT CAST(count(*) AS text) FROM neuvo.daily_figure WHERE "value" = 0"#) == "0", "no stored zero")
        return (flags, figures)
    }

    /// The rows that differ (the first few), or none.
    static func differences(_ got: [[String?]], _ expected: [[String?]]) -> [String] {
        guard got.count == expected.count else { return ["\(got.count) rows, \(expected.count) expected"] }
        return Array(zip(got, expected).filter { $0 != $1 }.prefix(5).map { "\($0.0) for \($0.1)" })
    }

    /// The owner's import of `contacts` in batches of `size`, in the order given.
    static func importInBatches(_ w: StoreWorld, _ contacts: [Contact], size: Int) throws {
        let log = try #require(w.log as? PostgresLog)
        var batches = try stride(from: 0, to: contacts.count, by: size).map { start in
            try contacts[start..<min(start + size, contacts.count)].map { try log.check($0) }
        }.reversed().map { $0 }
        _ = try log.importContacts(details: "import", by: w.actor) { batches.popLast() }
    }

    @Test
    func anImportGivesTheFlagsAndFiguresThatSavingOneByOneGives() throws {
        let contacts = Self.contacts()
        var random = SeededRandom(seed: 7)
        let earlier = contacts.filter { _ in random.chance(0.3) }
        let rest = contacts.filter { c in !earlier.contains { $0.advisor == c.advisor } }
        let inTimeOrder = rest.sorted { $0.occurredAt.instant < $1.occurredAt.instant }
        let shuffled = rest.shuffled(using: &random)

        // Saved one by one: the earlier third, then the rest
        let saved = try Self.world()
        for contact in earlier + rest { try saved.log.log(contact, by: saved.actor) }
        let expected = try Self.flagsAndFigures(saved)
        #expect(expected.flags.contains { $0[1] == "true" } && expected.flags.contains { $0[1] == "false" })

        // Imported into a log that holds the same clients' contacts of before and after: in time order, and out of it
        for (order, size) in [(inTimeOrder, 40), (shuffled, 25), (shuffled, 1_000)] {
            let w = try Self.world()
            for contact in earlier { try w.log.log(contact, by: w.actor) }
            try Self.importInBatches(w, order, size: size)
            let got = try Self.flagsAndFigures(w)
            #expect(Self.differences(got.flags, expected.flags) == [], "batches of \(size)")
            #expect(Self.differences(got.figures, expected.figures) == [], "batches of \(size)")
        }

        // Imported whole into an empty log, in time order and out of it
        for (order, size) in [(contacts.sorted { $0.occurredAt.instant < $1.occurredAt.instant }, 30), (contacts.shuffled(using: &random), 30)] {
            let w = try Self.world()
            try Self.importInBatches(w, order, size: size)
            let got = try Self.flagsAndFigures(w)
            #expect(Self.differences(got.flags, expected.flags) == [], "into an empty log")
            #expect(Self.differences(got.figures, expected.figures) == [], "into an empty log")
        }
    }
}
