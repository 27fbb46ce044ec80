import Foundation
import Guidance
import TestSupport
import Testing

/// `neuvo demo-data --kind feedback|mood|staffing` run as a process: the CSV that `import --kind` reads.
struct DemoDataKindTests {
    static func demoData(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(["demo-data", "--seed", "6", "--days", "21"] + arguments)
    }

    @Test(arguments: [RecordKind.feedback, .mood, .staffing])
    func eachKindIsItsCSVTheSameForTheSameSeed(kind: RecordKind) throws {
        let first = try Self.demoData(["--kind", kind.rawValue])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(try Self.demoData(["--kind", kind.rawValue]).stdout == first.stdout)
        #expect(try NeuvoProcess.run(["demo-data", "--seed", "7", "--days", "21", "--kind", kind.rawValue]).stdout != first.stdout)
        let lines = first.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == kind.columns.joined(separator: ","))
        #expect(lines.last == "", "ends with a newline")
        let rows = lines.dropFirst().dropLast()
        #expect(rows.count > 20)
        let points = Set(Fixtures.catalog.points.map(\.code))
        for row in rows {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == kind.columns.count, "\(row)")
            let record = try EvaluationCSV.record(kind, from: Dictionary(uniqueKeysWithValues: zip(kind.columns, fields)), points: points)
            #expect(EvaluationCSV.fields(of: record) == fields)
            #expect(record.day <= CivilDate(iso: "2023-10-26")! && record.day >= CivilDate(iso: "2023-10-06")!)
        }
    }

    @Test func contactsStayTheDefaultKind() throws {
        let plain = try Self.demoData([]), contacts = try Self.demoData(["--kind", "contacts"])
        #expect(plain.status == 0 && contacts.status == 0)
        #expect(plain.stdout == contacts.stdout)
        #expect(plain.stdout.hasPrefix(RecordKind.contacts.columns.joined(separator: ",") + "\n"))
    }

    @Test func theRecordsFollowThePointsAndTheEnd() throws {
        let staffing = try NeuvoProcess.run(["demo-data", "--seed", "6", "--days", "7", "--points", "2", "--end", "2024-03-08", "--kind", "staffing"])
        #expect(staffing.status == 0, "\(staffing.stderr)")
        let rows = staffing.stdout.split(separator: "\n").dropFirst()
        let codes = Set(Fixtures.catalog.points.prefix(2).map(\.code))
        #expect(!rows.isEmpty && rows.allSatisfy { codes.contains(String($0.split(separator: ",")[1])) })
        #expect(rows.allSatisfy { ("2024-03-04"..."2024-03-08").contains(String($0.prefix(10))) }, "weekdays only")
        let pairs = rows.map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test func anUnknownKindIsBadUsage() throws {
        let result = try Self.demoData(["--kind", "weather"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--kind must be one of contacts, feedback, mood, staffing, handoffs"))
    }

    /// `--points` is a count: more than points.json lists is bad usage that says how many it lists, and where.
    @Test func tooManyPointsSaysHowManyThereAre() throws {
        let count = Fixtures.catalog.points.count
        let result = try Self.demoData(["--points", "30", "--lang", "en"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let path = NeuvoProcess.repository.path + "/data/points.json"
        #expect(result.stderr.contains("--points 30 is more than the \(count) points that \(path) lists"), "\(result.stderr)")
        #expect(!result.stderr.contains("unknown point"), "\(result.stderr)")
    }
}
