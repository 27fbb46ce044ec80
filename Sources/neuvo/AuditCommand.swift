import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo audit [--from DATE] [--to DATE]`: who read or wrote contact data, when, and how much; `--verify` checks
    /// the log's hash chain.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the audit log: every read and write of contact data; --verify checks that no row was deleted, changed or inserted.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (UTC), YYYY-MM-DD (or today or yesterday, the region's).")
        var from: DayArgument?

        @Option(help: "The last day (UTC), inclusive.")
        var to: DayArgument?

        @Flag(help: "Check the log's hash chain: exit 0 when whole, 1 naming the first row where it breaks.")
        var verify = false

        func run() throws {
            let context = try global.context()
            let strings = context.strings
            let log = try context.openLogToRead(.audit)
            defer { try? log.close() }
            _ = try context.readScope(log, point: nil, command: .audit)
            if verify { return try verifyChain(context, log) }
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

        /// Every row's hash recomputed here, in the rows' order (CONTRACT §6, "tamper-evident"): a row deleted, changed
        /// or inserted out of order breaks the chain at the first row after it; on PostgreSQL also rows deleted from the
        /// end, against the head the server keeps.
        private func verifyChain(_ context: Context, _ log: any ContactLog) throws {
            let strings = context.strings
            let verifier: AuditChain.Verifier
            do {
                verifier = try log.verifyAudit()
            } catch let error as StoreError {
                throw Failure(message: context.message(for: error))
            }
            switch verifier.broken {
            case nil:
                Output.standard(strings(.auditVerified, ["rows": String(verifier.rows)]) + "\n")
            case .changed(let id)?:
                throw Failure(message: strings(.auditChanged, ["id": String(id)]))
            case .outside(let id)?:
                throw Failure(message: strings(.auditOutside, ["id": String(id)]))
            case .unlinked(let id, let previous?)?:
                throw Failure(message: strings(.auditUnlinked, ["id": String(id), "previous": String(previous)]))
            case .unlinked(let id, nil)?:
                throw Failure(message: strings(.auditFirstUnlinked, ["id": String(id)]))
            case .headMissing(let head, let last)?:
                throw Failure(message: strings(.auditHeadMissing, ["id": head == 0 ? "-" : String(head), "last": last.map(String.init) ?? "-"]))
            }
        }
    }
}
