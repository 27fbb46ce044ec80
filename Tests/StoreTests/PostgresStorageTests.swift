import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// What an import leaves on disk on PostgreSQL (issue 22's size; DECISIONS "v17 on PostgreSQL"): the indexes the owner's
/// import writes in bulk are as small as the same indexes built afresh, and the import's figures are the report's.
/// Given an empty database, When the owner imports contacts of many days, points and clients, Then …
struct PostgresStorageTests {
    static let points = ["jarvenpaa-library", "kerava-service-centre", "hyvinkaa-library"]
    static let topics = ["housing", "benefits", "health-advice", "digital-support", "mental-health", "substance-use"]
    static let channels = ["walk-in", "phone", "chat"]

    /// Ninety days at three points, a dozen contacts a day at each, every third of a client seen again.
    static func contacts() -> [Contact] {
        var contacts: [Contact] = []
        var day = CivilDate(iso: "2023-01-02")!
        for d in 0..<90 {
            for (p, point) in points.enumerated() {
                for n in 0..<12 {
                    let i = d * 36 + p * 12 + n
                    let time = String(format: "T%02d:%02d:00+02:00", 9 + n / 2, (n % 2) * 30)
                    contacts.append(
                        ContactLogTests.contact(
                            day.description + time, point: point, channel: channels[i % 3],
                            topics: [topics[i % 6], topics[(i / 6) % 6]].reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                            resolved: i % 4 != 0, referrals: i % 5 == 0 ? ["kela"] : [],
                            ref: i % 3 == 0 ? "client-ref-\(String(format: "%06d", i % 900))" : nil))
                }
            }
            day = day.adding(days: 1)
        }
        return contacts
    }

    /// The index's pages now, then rebuilt from its rows.
    static func pages(_ w: StoreWorld, _ index: String) throws -> (now: Int, rebuilt: Int) {
        let now = try #require(Int(try w.value("SELECT CAST(pg_relation_size('neuvo.\(index)') / 8192 AS text)") ?? ""))
        try w.execute("REINDEX INDEX neuvo.\(index)")
        let rebuilt = try #require(Int(try w.value("SELECT CAST(pg_relation_size('neuvo.\(index)') / 8192 AS text)") ?? ""))
        return (now, rebuilt)
    }

    @Test
    func theImportsIndexesAreAsSmallAsBuiltAfresh() throws {
        let w = try StoreWorld(.postgres)
        let contacts = Self.contacts()
        try w.log.importContacts(contacts, details: "ninety days", by: w.actor)
        let report = try w.report("2023-01-02", "2023-04-01")
        #expect(report.contacts == contacts.count)
        // The figures' key written in its order: random order left leaf pages half full (a third more pages).
        let figures = try Self.pages(w, "daily_figure_pkey")
        #expect(figures.now <= figures.rebuilt + 2, "daily_figure_pkey: \(figures.now) pages, \(figures.rebuilt) built afresh")
        // The audit row that names every client: no pending list beside the index's tree, whose pages stayed in the file
        // once a vacuum had moved the list into the tree.
        try w.execute("VACUUM neuvo.audit")
        let clients = try Self.pages(w, "audit_clients")
        #expect(clients.now <= clients.rebuilt + 1, "audit_clients: \(clients.now) pages, \(clients.rebuilt) built afresh")
        // The same report from the rebuilt indexes, and from the figures as a save writes them.
        #expect(try w.report("2023-01-02", "2023-04-01") == report)
        try w.log.log(ContactLogTests.contact("2023-02-01T12:00:00+02:00", ref: "client-ref-000000"), by: w.actor)
        #expect(try w.report("2023-01-02", "2023-04-01").contacts == contacts.count + 1)
    }
}
