import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo import FILE.csv [--dry-run]`: all or nothing, every bad row named (CONTRACT §3).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import contacts from a CSV file: all of them, or none if any row is bad.",
            discussion: "Every problem is reported as LINE:COLUMN: message, the header being line 1."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The CSV file (UTF-8; a byte order mark and Windows line ends are fine).")
        var file: String

        @Flag(help: "Only check the file: report its problems and write nothing.")
        var dryRun = false

        /// At most this many problem lines are printed; the count of the rest follows.
        static let problemsShown = 200

        func run() throws {
            let context = try global.context()
            let strings = context.strings
            let file = try ContactFile(path: self.file, context: context)
            var imported = 0
            if dryRun {
                while let chunk = try? file.next() { imported += chunk.count }
            } else {
                let existed = FileManager.default.fileExists(atPath: context.databasePath)
                let log = try context.openLog()
                do {
                    imported = try log.importContacts(details: "\(self.file)", by: context.actor("import")) { try file.next() }
                } catch is ContactFile.BadRows {
                    // Rolled back; a database this import created is removed again, so nothing is left behind.
                    try? log.close()
                    if !existed { Self.remove(database: context.databasePath) }
                } catch let error as StoreError {
                    throw Failure(message: context.message(for: error))
                }
            }
            let (problems, rows) = file.finish()
            guard problems.isEmpty else {
                var lines = problems.prefix(Self.problemsShown).map(\.description)
                if problems.count > Self.problemsShown {
                    lines.append(strings(.importMore, ["count": String(problems.count - Self.problemsShown)]))
                }
                Output.standardError(lines.joined(separator: "\n") + "\n")
                throw Failure(message: strings(.importFailed, ["file": self.file, "count": String(problems.count)]))
            }
            let key: StringKey = dryRun ? .importChecked : .importDone
            Output.standard(strings(key, ["file": self.file, "count": String(dryRun ? rows : imported)]) + "\n")
        }

        static func remove(database path: String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
