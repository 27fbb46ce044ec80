import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo import FILE.csv [--kind KIND] [--dry-run]`: all or nothing, every bad row named (CONTRACT §3, §7).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import contacts (or feedback, mood, staffing or handoffs) from a CSV file: all of them, or none if any row is bad.",
            discussion: "Every problem is reported as LINE:COLUMN: message, the header being line 1."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The CSV file (UTF-8; a byte order mark and Windows line ends are fine).")
        var file: String

        @Option(help: "What the file holds: contacts, the anonymous records feedback, mood or staffing, or handoffs (their figures).")
        var kind: RecordKind = .contacts

        @Flag(help: "Only check the file: report its problems and write nothing.")
        var dryRun = false

        /// At most this many problem lines are printed; the count of the rest follows.
        static let problemsShown = 200

        func run() throws {
            let context = try global.context()
            let strings = context.strings
            let (problems, rows, imported): ([ContactFile.Problem], Int, Int)
            if kind == .contacts {
                let (file, written) = dryRun ? try check(context) : try write(context)
                (problems, rows) = file.finish()
                imported = written
            } else if kind == .handoffs {
                (problems, rows) = try importHandoffs(context)
                imported = rows
            } else {
                (problems, rows) = try importRecords(context)
                imported = rows
            }
            guard problems.isEmpty else {
                var lines = problems.prefix(Self.problemsShown).map(\.description)
                if problems.count > Self.problemsShown {
                    lines.append(strings(.importMore, ["count": String(problems.count - Self.problemsShown)]))
                }
                if problems.contains(where: \.unknownPoint) {
                    lines.append("neuvo: " + strings(.importPointsHint, ["path": context.data.path + "/" + Catalog.pointsFile]))
                }
                Output.standardError(lines.joined(separator: "\n") + "\n")
                throw Failure(message: strings(.importFailed, ["file": self.file, "count": String(problems.count)]))
            }
            let key: StringKey = kind == .contacts ? (dryRun ? .importChecked : .importDone) : (dryRun ? .importRecordsChecked : .importRecordsDone)
            Output.standard(strings(key, ["file": self.file, "count": String(dryRun ? rows : imported), "kind": kind.rawValue]) + "\n")
        }

        /// Feedback, mood or staffing: the whole file read and checked, then written in one transaction (unless
        /// `--dry-run`). Returns the problems and the records read.
        private func importRecords(_ context: Context) throws -> ([ContactFile.Problem], Int) {
            if dryRun {
                let (records, problems) = try RecordFile.read(path: file, kind: kind, context: context)
                return (problems, records.count)
            }
            let existed = ContactLogs.isPostgres(context.databasePath) || FileManager.default.fileExists(atPath: context.databasePath)
            let log = try context.openLog()
            defer { try? log.close() }
            let session = (log as? PostgresLog)?.session
            let (records, problems) = try RecordFile.read(
                path: file, kind: kind, context: context, ownPoints: session?.role == .advisor ? session?.points : nil)
            guard problems.isEmpty else {
                removeIfNew(context, existed: existed, log: log)
                return (problems, 0)
            }
            do {
                try log.saveRecords(records, details: "\(file) (\(kind.rawValue))", by: context.actor("import"))
            } catch let error as StoreError {
                removeIfNew(context, existed: existed, log: log)
                throw Failure(message: context.message(for: error))
            }
            return ([], records.count)
        }

        /// The handoffs' figures (CONTRACT §9): the whole file read and checked by §3's rules, then written through the
        /// handoff store in one transaction (unless `--dry-run`): all of them, or none. An advisor on PostgreSQL imports
        /// for her own points only, a row at another point named like any bad row.
        private func importHandoffs(_ context: Context) throws -> ([ContactFile.Problem], Int) {
            if dryRun {
                let (records, problems) = try RecordFile.readHandoffs(path: file, context: context)
                return (problems, records.count)
            }
            let existed = ContactLogs.isPostgres(context.databasePath) || FileManager.default.fileExists(atPath: context.databasePath)
            let (log, store) = try context.openHandoffStore()
            defer { try? log.close() }
            let session = (log as? PostgresLog)?.session
            let (records, problems) = try RecordFile.readHandoffs(
                path: file, context: context, ownPoints: session?.role == .advisor ? session?.points : nil)
            guard problems.isEmpty else {
                removeIfNew(context, existed: existed, log: log)
                return (problems, 0)
            }
            do {
                try context.handoffFailures {
                    try store.importHandoffs(records, details: "\(file) (\(kind.rawValue))", by: context.actor("import"))
                }
            } catch {
                removeIfNew(context, existed: existed, log: log)
                throw error
            }
            return ([], records.count)
        }

        /// `--dry-run`: reads and checks the whole file, writing nothing.
        private func check(_ context: Context) throws -> (ContactFile, Int) {
            let file = try ContactFile(path: self.file, context: context)
            var rows = 0
            while let chunk = try? file.next() { rows += chunk.count }
            return (file, rows)
        }

        /// Imports while the file is read. An advisor on PostgreSQL imports for their own points only, and a row at
        /// another point is named like any bad row.
        private func write(_ context: Context) throws -> (ContactFile, Int) {
            let existed = ContactLogs.isPostgres(context.databasePath) || FileManager.default.fileExists(atPath: context.databasePath)
            let log = try context.openLog()
            defer { try? log.close() }
            do {
                let session = (log as? PostgresLog)?.session
                let file = try ContactFile(path: self.file, context: context, ownPoints: session?.role == .advisor ? session?.points : nil)
                do {
                    return (file, try log.importContacts(details: "\(self.file)", by: context.actor("import")) { try file.next() })
                } catch is ContactFile.BadRows {
                    // Rolled back; the problems are named by run().
                    removeIfNew(context, existed: existed, log: log)
                    return (file, 0)
                }
            } catch {
                removeIfNew(context, existed: existed, log: log)
                if let error = error as? StoreError { throw Failure(message: context.message(for: error)) }
                throw error
            }
        }

        /// A database file this import created is removed again when nothing was imported, so nothing is left behind.
        private func removeIfNew(_ context: Context, existed: Bool, log: any ContactLog) {
            guard !existed else { return }
            try? log.close()
            Self.remove(database: context.databasePath)
        }

        static func remove(database path: String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
