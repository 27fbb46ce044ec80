import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo audit [--from DATE] [--to DATE]`: who read or wrote contact data, when, and how much; `--verify` checks
    /// the log's hash chain; `--client -` the client's log review (CONTRACT §11), `--login NAME` a login's rows — both
    /// themselves audited.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the audit log: every read and write of contact data; --client - a client's rows (identity code on standard input), --login a login's; --verify checks that no row was deleted, changed or inserted.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (UTC), YYYY-MM-DD (or today or yesterday, the region's).")
        var from: DayArgument?

        @Option(help: "The last day (UTC), inclusive.")
        var to: DayArgument?

        @Flag(help: "Check the log's hash chain: exit 0 when whole, 1 naming the first row where it breaks.")
        var verify = false

        @Option(help: "'-': every row that read or changed the data of the client whose identity code is on standard input.")
        var client: String?

        @Option(help: "Only the rows of this login (with --from and --to for a spot check).")
        var login: String?

        func validate() throws {
            if let client, client != "-" {
                throw ValidationError("--client takes '-' and reads the identity code from standard input, never from the command line")
            }
            if client != nil && (login != nil || verify || from != nil || to != nil) {
                throw ValidationError("--client is used alone: it prints every row of the client's data")
            }
            if verify && login != nil { throw ValidationError("--verify checks the whole log: not with --login") }
        }

        func run() throws {
            let context = try global.context()
            let strings = context.strings
            let log = try context.openLogToRead(.audit)
            defer { try? log.close() }
            _ = try context.readScope(log, point: nil, command: .audit)
            if verify { return try verifyChain(context, log) }
            let actor = context.actor("audit")
            let entries: [AuditEntry]
            let empty: String
            if client != nil {
                let code = try IdentityCodeInput.read(context)
                entries = try log.clientAudit(code, key: try IdentityCodeInput.key(context), by: actor)
                empty = strings(.auditClientEmpty)
            } else if let login {
                let clock = Context.testNow(try context.clock(of: log))
                entries = try log.loginAudit(login, from: from.day(clock), to: to.day(clock), by: actor)
                empty = strings(.auditLoginEmpty, ["login": login])
            } else {
                let clock = Context.testNow(try context.clock(of: log))
                entries = try log.audit(from: from.day(clock), to: to.day(clock))
                empty = strings(.auditEmpty)
            }
            guard !entries.isEmpty else {
                Output.standard(empty + "\n")
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
