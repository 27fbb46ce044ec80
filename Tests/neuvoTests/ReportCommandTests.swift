import Foundation
import Guidance
import Testing

/// `neuvo report`, `settings` and `audit` run as processes on a small imported database.
struct ReportCommandTests {
    let root: URL
    let db: String

    init() throws {
        root = try NeuvoProcess.temporaryDirectory()
        db = root.path + "/neuvo.sqlite"
        let csv = try NeuvoProcess.run(["demo-data", "--seed", "4", "--days", "14"]).stdout
        try csv.write(toFile: root.path + "/c.csv", atomically: true, encoding: .utf8)
        #expect(try NeuvoProcess.run(["import", root.path + "/c.csv", "--db", db]).status == 0)
    }

    func report(_ format: String, _ extra: [String] = []) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(["report", "--from", "2023-10-16", "--to", "2023-10-20", "--db", db, "--format", format, "--lang", "en"] + extra)
    }

    @Test func theThreeFormatsTellTheSameFigures() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .object(let json) = try JSONValue.parse(Data(try report("json").stdout.utf8)), case .number(let contacts)? = json["contacts"],
            case .object(let channels)? = json["by_channel"]
        else { throw CancellationError() }
        let rows = try report("csv").stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["figure", "code", "value"])
        #expect(rows.contains(["contacts", "", String(Int(contacts))]))
        for (code, count) in channels {
            guard case .number(let n) = count else { continue }
            #expect(rows.contains(["by_channel", code, String(Int(n))]))
        }
        let text = try report("text").stdout
        #expect(text.hasPrefix("Report 16.10.2023–20.10.2023 · all points"))
        #expect(text.contains("Contacts") && text.contains(" \(Int(contacts))"))
        #expect(text.contains("█"))
    }

    @Test func aPointNarrowsTheReport() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let all = try report("csv").stdout, one = try report("csv", ["--point", "jarvenpaa-library"]).stdout
        let count = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("contacts,") }.map { Int($0.split(separator: ",").last!)! } ?? 0 }
        #expect(count(one) > 0 && count(one) < count(all))
        #expect(try report("text", ["--point", "jarvenpaa-library"]).stdout.contains("Järvenpää"))
    }

    @Test func badUsageIsNamed() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let backwards = try NeuvoProcess.run(["report", "--from", "2023-10-20", "--to", "2023-10-16", "--db", db, "--lang", "en"])
        #expect(backwards.status == 2)
        #expect(backwards.stderr == "neuvo: --from 2023-10-20 is after --to 2023-10-16\n")
        let point = try report("json", ["--point", "moon-base"])
        #expect(point.status == 2)
        #expect(point.stderr.contains("unknown point \"moon-base\""))
        #expect(try NeuvoProcess.run(["report", "--from", "2023-10-40", "--to", "2023-10-16", "--db", db]).status == 2)
        #expect(try NeuvoProcess.run(["report", "--to", "2023-10-16", "--db", db]).status == 2)
    }

    @Test func theFollowUpWindowCanBeChangedAndIsAudited() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let repeatsBefore = try report("json").stdout
        let changed = try NeuvoProcess.run(["settings", "--follow-up-days", "1", "--db", db, "--lang", "en"])
        #expect(changed.status == 0)
        #expect(changed.stdout.hasPrefix("Follow-up window: 1 × 24 h"))
        #expect(try report("json").stdout != repeatsBefore)  // fewer repeats, more verified
        let audit = try NeuvoProcess.run(["audit", "--db", db, "--lang", "en"]).stdout
        #expect(audit.contains(" import ") && audit.contains(" report ") && audit.contains(" settings "))
        #expect(try NeuvoProcess.run(["settings", "--follow-up-days", "0", "--db", db]).status == 2)
    }
}
