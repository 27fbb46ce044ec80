import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo audit [--from DATE] [--to DATE]`: who read or wrote contact data, when, and how much.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the audit log: every read and write of contact data. Nothing deletes it.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (UTC), YYYY-MM-DD (or today or yesterday, the region's).")
        var from: DayArgument?

        @Option(help: "The last day (UTC), inclusive.")
        var to: DayArgument?

        func run() throws {
            let context = try global.context()
            let strings = context.strings
            let log = try context.openLogToRead(.audit)
            defer { try? log.close() }
            _ = try context.readScope(log, point: nil, command: .audit)
            let clock = Context.testNow(try context.clock(of: log))
            let entries = try log.audit(from: from.day(clock), to: to.day(clock))
            guard !entries.isEmpty else {
                Output.standard(strings(.auditEmpty) + "\n")
                return
            }
            let header = [strings(.auditWhen), strings(.auditUser), strings(.auditCommand), strings(.auditContacts), strings(.auditDetails)]
            let rows = [header] + entries.map { [$0.at, $0.user, $0.command, String($0.contacts), $0.details] }
            let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            let lines = rows.map { row in
                (0..<4).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ")
                    + "  " + row[4]
            }
            Output.standard(lines.joined(separator: "\n") + "\n")
        }
    }
}
