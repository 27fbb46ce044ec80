import Foundation
import Guidance
import TestSupport
import Testing

/// The CSV kind `handoffs` (CONTRACT §9) through the commands, run as processes: `demo-data --kind handoffs` writes it,
/// `import --kind handoffs --dry-run` checks a file by §3's rules (a personal column is an unknown column), writing and
/// opening nothing. Storing, exporting and counting them: `HandoffWiringTests`.
struct HandoffKindCommandTests {
    static func demoData(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(["demo-data", "--seed", "6", "--days", "42", "--kind", "handoffs"] + arguments)
    }

    @Test func demoDataWritesTheKindTheSameForTheSameSeed() throws {
        let first = try Self.demoData([])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(try Self.demoData([]).stdout == first.stdout)
        #expect(try NeuvoProcess.run(["demo-data", "--seed", "7", "--days", "42", "--kind", "handoffs"]).stdout != first.stdout)
        let lines = first.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "sent_at,point,service,urgency,taken_at,closed_at,result,tries")
        #expect(lines.last == "", "ends with a newline")
        let rows = lines.dropFirst().dropLast()
        #expect(rows.count > 20)
        let points = Set(Fixtures.catalog.points.map(\.code)), services = HandoffCSV.receivingServices(Fixtures.vocabulary)
        var results: Set<String> = []
        for row in rows {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let record = try HandoffCSV.record(
                from: Dictionary(uniqueKeysWithValues: zip(HandoffCSV.columns, fields)), points: points, services: services,
                vocabulary: Fixtures.vocabulary)
            #expect(HandoffCSV.fields(of: record) == fields)
            #expect(record.sentAt.date <= CivilDate(iso: "2023-10-26")! && record.sentAt.date >= CivilDate(iso: "2023-09-15")!)
            results.insert(record.result?.rawValue ?? "open")
        }
        #expect(results == ["reached", "not-reached", "declined", "returned", "open"])
        // Never a personal detail: no name, no number.
        #expect(!first.stdout.contains("Testi") && !first.stdout.contains("000 000"))
    }

    @Test func theKindIsListedWhereKindsAre() throws {
        let result = try NeuvoProcess.run(["demo-data", "--kind", "weather"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--kind must be one of contacts, feedback, mood, staffing, handoffs"), "\(result.stderr)")
    }

    /// The demo's own file checks clean; a bad one is named `LINE:COLUMN: message` and exits 1; a personal column is an
    /// unknown column; nothing is written, and no database is made.
    @Test func aDryRunImportChecksAHandoffFile() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/handoffs.csv", database = root.path + "/neuvo.sqlite"
        let csv = try Self.demoData([]).stdout
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let count = csv.split(separator: "\n").count - 1
        let good = try NeuvoProcess.run(["import", file, "--kind", "handoffs", "--dry-run", "--db", database, "--lang", "en"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout == "\(count) handoffs rows checked in \(file): no problems (nothing written, --dry-run)\n")
        #expect(!FileManager.default.fileExists(atPath: database))

        let bad = """
            sent_at,point,service,urgency,taken_at,closed_at,result,tries
            2023-10-02T10:00:00+03:00,\(Fixtures.catalog.points[0].code),health-station,normal,2023-10-02T09:00:00+03:00,,,0
            2023-10-02T10:00:00+03:00,\(Fixtures.catalog.points[0].code),kela,normal,,2023-10-02T11:00:00+03:00,reached,0

            """
        try bad.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try NeuvoProcess.run(["import", file, "--kind", "handoffs", "--dry-run", "--db", database, "--lang", "en"])
        #expect(refused.status == 1)
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "2:taken_at: earlier than sent_at 2023-10-02T10:00:00+03:00", "\(refused.stderr)")
        #expect(lines.contains { $0.hasPrefix("3:service: \"kela\" is not a receiving service") }, "\(refused.stderr)")
        #expect(lines.contains("3:closed_at: needs a value in taken_at too"), "\(refused.stderr)")
        #expect(lines.contains("3:tries: at least 1 when the result is reached"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: database))

        // A name or a phone number has no column: refused as any unknown column, at the header.
        try "sent_at,point,service,phone\n2023-10-02T10:00:00+03:00,\(Fixtures.catalog.points[0].code),health-station,0401234567\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let personal = try NeuvoProcess.run(["import", file, "--kind", "handoffs", "--dry-run", "--db", database, "--lang", "en"])
        #expect(personal.status == 1)
        #expect(personal.stderr.hasPrefix("1:4: unknown column \"phone\" (allowed: sent_at, point, service, urgency, taken_at, closed_at, result, tries)\n"),
                "\(personal.stderr)")
        #expect(!personal.stderr.contains("0401234567"))
    }

    /// The readers share their header and row loop with the anonymous kinds: a staffing file still names a second row of
    /// a day and point, and a file of one kind is not read as another.
    @Test func theOtherKindsAreReadAsBefore() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/staffing.csv", point = Fixtures.catalog.points[0].code
        try "day,point,staff_hours,hourly_cost_eur\n2026-11-23,\(point),7.5,40\n2026-11-24,\(point),7.5,40\n2026-11-23,\(point),6,40\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let twice = try NeuvoProcess.run(["import", file, "--kind", "staffing", "--dry-run", "--lang", "en"])
        #expect(twice.status == 1)
        #expect(twice.stderr.hasPrefix("4:day: the same day and point as line 2\n"), "\(twice.stderr)")
        let asHandoffs = try NeuvoProcess.run(["import", file, "--kind", "handoffs", "--dry-run", "--lang", "en"])
        #expect(asHandoffs.status == 1)
        #expect(asHandoffs.stderr.hasPrefix("1:1: unknown column \"day\""), "\(asHandoffs.stderr)")
    }
}
