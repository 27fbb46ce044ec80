import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo copy --from SOURCE --to TARGET`: a whole database between SQLite and PostgreSQL (CONTRACT §6).
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole neuvo database between a SQLite file and PostgreSQL, in either direction.",
            discussion: """
                Contacts, segmentations, follow-ups, settings, the audit log and the pseudonym key, into a target that \
                holds no contacts (a new SQLite file, or a PostgreSQL database just made by neuvo init), all or nothing. \
                On PostgreSQL it is run by the database's owner. The reports are the same afterwards.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "The database to copy: a SQLite file or a postgresql:// URI.")
        var from: String

        @Option(help: "The database to copy into: a SQLite file (made if missing) or a postgresql:// URI.")
        var to: String

        func run() throws {
            let context = try global.context()
            guard from != to else { throw Failure.usage(context.strings(.copySame)) }
            let source = try context.with(databasePath: from).openLog()
            defer { try? source.close() }
            let target = try context.with(databasePath: to).openLog()
            defer { try? target.close() }
            let actor = context.actor("copy")
            let held = try target.contactCount()
            guard held == 0 else { throw Failure(message: context.strings(.copyTargetNotEmpty, ["to": shown(to), "count": String(held)])) }
            do {
                // The key first: it may change only while the target holds no contacts, and the contacts then come
                // with the pseudonyms it made.
                try PseudonymKeys.write(try PseudonymKeys.read(from, log: source), to: to, log: target)
                let contents = try source.contents(by: actor)
                try target.load(contents, details: "copy from \(shown(from))", by: actor)
                Output.standard(
                    context.strings(.copyDone, ["count": String(contents.contacts.count), "from": shown(from), "to": shown(to)]) + "\n")
            } catch let error as StoreError {
                throw Failure(message: context.message(for: error))
            } catch let error as TargetNotEmpty {
                throw Failure(message: context.strings(.copyTargetNotEmpty, ["to": shown(to), "count": String(error.contacts)]))
            }
        }

        private func shown(_ location: String) -> String { PostgresLog.redacted(location) }
    }
}

/// The pseudonym key wherever a database keeps it: in `pseudonym.key` beside a SQLite file, inside a PostgreSQL one.
enum PseudonymKeys {
    static func read(_ location: String, log: any ContactLog) throws -> [UInt8] {
        if let postgres = log as? PostgresLog { return try postgres.pseudonymKeyBytes() }
        return try PseudonymKeyFile.loadOrCreateBytes(in: PseudonymKeyFile.directory(besideDatabase: location))
    }

    static func write(_ bytes: [UInt8], to location: String, log: any ContactLog) throws {
        if let postgres = log as? PostgresLog { return try postgres.replacePseudonymKey(bytes) }
        try PseudonymKeyFile.replace(with: bytes, in: PseudonymKeyFile.directory(besideDatabase: location))
    }
}
