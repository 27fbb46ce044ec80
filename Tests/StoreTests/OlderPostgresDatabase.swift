import Foundation
import Guidance
import PQ
@testable import Store
import TestSupport

/// A PostgreSQL database as an earlier neuvo left it, the upgrade tests' starting point: every migration before the one
/// named, the vocabulary stored, and contacts brought in through that version's own server-side import.
enum OlderPostgresDatabase {
    static func migrated(before identifier: String) throws -> (uri: String, connection: PQConnection) {
        let uri = try Backend.bareDatabase()
        let c = try PQConnection(uri: uri)
        try c.transaction { c in
            try c.exec("SELECT set_config('neuvo.upgrading', 'false', true)")
            let pgcrypto = try PostgresLog.pgcryptoSchema(c)
            for migration in PostgresSchema.migrations(pgcrypto: pgcrypto).prefix(while: { $0.identifier != identifier }) {
                try c.exec(migration.sql)
                try c.exec(#"INSERT INTO neuvo.migration ("identifier") VALUES ($1)"#, [migration.identifier])
            }
            try PostgresLog.storeVocabulary(Fixtures.catalog, c)
        }
        return (uri, c)
    }

    /// The contacts through `import_begin`/`import_contacts` of the functions the database holds (its own version's).
    static func importContacts(_ contacts: [Contact], details: String, _ c: PQConnection) throws {
        try c.transaction { c in
            try c.exec("SELECT neuvo.import_begin()")
            var n = 0
            try c.copyIn("COPY pg_temp.import_contact (\(PostgresLog.importColumns)) FROM STDIN", rows: contacts.map { contact -> [String?] in
                n += 1
                return [String(n)] + PostgresLog.importValues(of: contact)
            })
            var topics: [[String?]] = [], referrals: [[String?]] = []
            for (i, contact) in contacts.enumerated() {
                for topic in contact.topics { topics.append([String(i + 1), topic]) }
                for referral in contact.referrals { referrals.append([String(i + 1), referral, contact.outcome(of: referral)]) }
            }
            try c.copyIn("COPY pg_temp.import_topic FROM STDIN", rows: topics)
            try c.copyIn("COPY pg_temp.import_referral FROM STDIN", rows: referrals)
            try c.exec("SELECT neuvo.import_contacts($1, 'test')", [details])
        }
    }
}
