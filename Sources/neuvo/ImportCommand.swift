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
            let read = try ContactFile.read(path: file, context: context)
            guard read.problems.isEmpty else {
                var lines = read.problems.prefix(Self.problemsShown).map(\.description)
                if read.problems.count > Self.problemsShown {
                    lines.append(strings(.importMore, ["count": String(read.problems.count - Self.problemsShown)]))
                }
                Output.standardError(lines.joined(separator: "\n") + "\n")
                throw Failure(message: strings(.importFailed, ["file": file, "count": String(read.problems.count)]))
            }
            if dryRun {
                Output.standard(strings(.importChecked, ["file": file, "count": String(read.contacts.count)]) + "\n")
                return
            }
            let log = try context.openLog()
            do {
                try log.importContacts(read.contacts, details: "\(file), \(read.contacts.count) rows", by: context.actor("import"))
            } catch let error as StoreError {
                throw Failure(message: context.message(for: error))
            }
            Output.standard(strings(.importDone, ["file": file, "count": String(read.contacts.count)]) + "\n")
        }
    }
}
