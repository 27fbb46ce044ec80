import Foundation
import Guidance
import Testing

/// CONTRACT §8 through the commands: the `consultation` column read by `import`, written by `export` and read
/// back the same, and the three report keys on the imported contacts.
struct ConsultationCommandTests {
    /// Six contacts with the column first (columns in any order): three consulted, two of them resolved, one line
    /// twice; one more consulted on another day.
    static let csv = """
        consultation,occurred_at,point,channel,topics,resolved,age_group,segment
        older-people-expert,2023-03-13T09:10:00+02:00,jarvenpaa-library,walk-in,older-people,yes,75+,network
        older-people-expert,2023-03-13T10:20:00+02:00,jarvenpaa-library,phone,carer-support,no,65-74,
        health-nurse,2023-03-13T11:30:00+02:00,jarvenpaa-library,walk-in,medication,yes,,
        ,2023-03-13T12:40:00+02:00,jarvenpaa-library,walk-in,housing,no,,
        ,2023-03-13T13:50:00+02:00,jarvenpaa-library,walk-in,housing,yes,,
        mental-health-substance-expert,2023-03-14T09:00:00+02:00,jarvenpaa-library,walk-in,mental-health,no,30-64,collaboration

        """

    @Test func theColumnRoundTripsAndIsReported() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = root.path + "/consulted.csv", exported = root.path + "/exported.csv"
        let first = root.path + "/first.sqlite", second = root.path + "/second.sqlite"
        try Self.csv.write(toFile: source, atomically: true, encoding: .utf8)
        let imported = try NeuvoProcess.run(["import", source, "--db", first, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")

        let one = try NeuvoProcess.run(["export", "--db", first, "--lang", "en"])
        #expect(one.status == 0)
        let lines = one.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(",consultation") == true)
        #expect(lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? "?" } == [
            "older-people-expert", "older-people-expert", "health-nurse", "", "", "mental-health-substance-expert",
        ])
        try one.stdout.write(toFile: exported, atomically: true, encoding: .utf8)
        let again = try NeuvoProcess.run(["import", exported, "--db", second, "--lang", "en"])
        #expect(again.status == 0, "\(again.stderr)")
        let two = try NeuvoProcess.run(["export", "--db", second, "--lang", "en"])
        #expect(two.stdout == one.stdout)

        for db in [first, second] {
            let day = try NeuvoProcess.run(["report", "--from", "2023-03-13", "--to", "2023-03-13", "--format", "json", "--db", db])
            let fields = try JSONValue.object(day.stdout)
            #expect(fields["consultations"] == .object(["older-people-expert": .number(2), "health-nurse": .number(1)]))
            #expect(fields["consulted_contacts"] == .number(3))
            #expect(fields["consulted_resolved_rate"] == .number(0.6667))
            let both = try NeuvoProcess.run(["report", "--from", "2023-03-13", "--to", "2023-03-14", "--format", "csv", "--db", db])
            #expect(both.stdout.contains("consultations,mental-health-substance-expert,1\n"))
            #expect(both.stdout.contains("consulted_contacts,,4\n") && both.stdout.contains("consulted_resolved_rate,,0.5\n"))
            let masked = try NeuvoProcess.run(["report", "--from", "2023-03-13", "--to", "2023-03-14", "--format", "csv", "--min-cell", "5", "--db", db])
            #expect(masked.stdout.contains("consulted_contacts,,<5\n") && masked.stdout.contains("consulted_resolved_rate,,..\n"))
            let none = try NeuvoProcess.run(["report", "--from", "2023-03-15", "--to", "2023-03-15", "--format", "json", "--db", db])
            let empty = try JSONValue.object(none.stdout)
            #expect(empty["consulted_contacts"] == .number(0) && empty["consulted_resolved_rate"] == .null)
        }
    }
}
