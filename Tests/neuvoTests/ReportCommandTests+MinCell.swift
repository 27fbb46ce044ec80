import Foundation
import Guidance
import Testing

/// `neuvo report --min-cell N` as a process, on one day at one point of the suite's synthetic contacts: small
/// counts masked in all three formats, and N below 1 refused as bad usage.
extension ReportCommandTests {
    func dayReport(_ format: String, _ extra: [String] = []) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(
            ["report", "--from", "2023-10-26", "--to", "2023-10-26", "--point", "jarvenpaa-library", "--db", db, "--format", format, "--lang", "en"]
                + extra)
    }

    @Test func everyFormatMasksTheSameSmallCounts() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = try JSONValue.object(try dayReport("json").stdout)
        let masked = try dayReport("json", ["--min-cell", "5"])
        #expect(masked.status == 0)
        let json = try JSONValue.object(masked.stdout)
        #expect(json["min_cell"] == .number(5))
        let csv = try dayReport("csv", ["--min-cell", "5"]).stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let text = try dayReport("text", ["--min-cell", "5"]).stdout
        var smallEntries = 0
        for (key, value) in plain {
            if case .object(let entries) = value {
                for (code, count) in entries {
                    guard case .number(let n) = count else { continue }
                    let shown: String = n < 5 ? "<5" : String(Int(n))
                    if n < 5 { smallEntries += 1 }
                    #expect(csv.contains([key, code, shown]), "\(key) \(code)")
                    guard case .object(let kept) = json[key] else { Issue.record("\(key) is not a map"); continue }
                    #expect(kept[code] == (n < 5 ? nil : count), "\(key) \(code)")
                }
            } else if case .number(let n) = value, n == n.rounded(), !key.hasSuffix("_rate"),
                      !["satisfaction_mean", "mood_mean", "nps", "enps", "staff_hours", "cost_eur", "cost_per_contact", "cost_per_resolved",
                        "contacts_per_staff_hour"].contains(key) {
                let small = n >= 1 && n < 5
                #expect(json[key] == (small ? .null : value), "\(key)")
                #expect(csv.contains([key, "", small ? "<5" : String(Int(n))]), "\(key)")
            }
        }
        #expect(smallEntries > 0)  // one day at one point has small cells to mask
        #expect(text.contains("<5") && text.hasSuffix("Counts from 1 to 4 are shown as <5. The mark .. is a figure left out because it would give such a count away.\n"))
        // No small count (a rate of 1 is a share, not a count).
        #expect(!csv.dropFirst().contains { !$0[0].hasSuffix("_rate") && ["1", "2", "3", "4"].contains($0.last!) })
    }

    @Test func belowOneIsBadUsage() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for bad in ["0", "-3", "few"] {
            let result = try dayReport("json", ["--min-cell", bad])
            #expect(result.status == 2, "\(bad)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try dayReport("json", ["--min-cell", "0"]).stderr.contains("--min-cell must be at least 1"))
        #expect(try dayReport("csv", ["--min-cell", "1"]).stdout == (try dayReport("csv").stdout))
    }
}
