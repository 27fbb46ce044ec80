import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo init --db URI`: makes a PostgreSQL database ready for a team (CONTRACT §6).
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a PostgreSQL database ready for a team: schema, group roles, pseudonym key.",
            discussion: """
                Run by the database's owner (a login with CREATEROLE that owns the database; no superuser needed). \
                Creates the pgcrypto extension, the group roles neuvo_advisor, neuvo_supervisor, neuvo_trainer and \
                neuvo_board (an existing one is reused), the schema "neuvo" and the pseudonym key. Run again, it \
                migrates and changes nothing else. Refused, nothing changed, with the fix: a database holding tables \
                neuvo did not make, an owner without CREATEROLE. Run by a superuser, it acts as the database's owner, \
                who owns everything it makes.
                """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try global.context()
            let uri = context.databasePath
            guard ContactLogs.isPostgres(uri) else { throw Failure.usage(context.strings(.initNeedsPostgres)) }
            let applied: [String]
            do {
                applied = try PostgresLog.initialize(uri: uri, catalog: context.catalog)
                if !applied.isEmpty {
                    let log = try PostgresLog.open(uri: uri, catalog: context.catalog)
                    defer { try? log.close() }
                    try log.record("init: " + applied.joined(separator: ", "), by: context.actor("init"))
                }
            } catch let error as StoreError {
                throw Failure(message: context.message(for: error))
            }
            let shown = PostgresLog.redacted(uri)
            Output.standard(
                (applied.isEmpty
                    ? context.strings(.initUpToDate, ["uri": shown])
                    : context.strings(.initDone, ["uri": shown, "migrations": applied.joined(separator: ", ")])) + "\n")
        }
    }
}
