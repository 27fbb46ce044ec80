import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// A save cut in the middle of its transaction (the server restarted, the network dropped while it waited): the log
/// connects again and saves it once.
struct PostgresMidSaveTests {
    static let actor = Actor(user: "anna", command: "test")

    @Test func aSaveCutInTheMiddleOfItsTransactionIsDoneOnce() throws {
        let (log, other) = try PostgresConcurrencyTests.sessions()
        let ref = "client-ref-midsave"
        // Another session holds the client's turn, so the save will wait inside its transaction, its contact inserted.
        try other.connection.exec("BEGIN")
        try other.connection.exec(#"INSERT INTO neuvo.client ("pseudonym") VALUES ($1) ON CONFLICT DO NOTHING"#, [ref])
        let contact = ContactLogTests.contact("2023-03-14T10:00:00+02:00", ref: ref)
        let pid = log.connection.backendPID
        let cut = try PQConnection(uri: try Backend.postgresURI(log.uri, as: Backend.postgresOwner))
        defer { cut.close() }
        let (id, waited) = try PostgresConcurrencyTests.whileOpen(log, { [log] in try log.log(contact, token: "form-midsave", by: Self.actor) }) {
            // The save's session is ended by the server while the save waits; its transaction is rolled back.
            let ended = try cut.exec("SELECT pg_terminate_backend($1)", [String(pid)])
            #expect(ended[0, 0] == "t")
            try other.connection.exec("COMMIT")
        }
        #expect(waited, "the save waited inside its transaction when it was cut")
        #expect(try log.contactCount() == 1)
        #expect(try log.contacts(from: contact.occurredAt.date, to: contact.occurredAt.date, point: nil, matching: .all, by: Self.actor).map(\.id) == [id])
        // Tried again with its token, it is the same save.
        #expect(try log.log(contact, token: "form-midsave", by: Self.actor) == id)
        #expect(try log.contactCount() == 1)
    }
}
