import Foundation
import GRDB
import Guidance
import Testing
import TestSupport
@testable import Store

/// The list behind a figure by the page (issue 22): given ten weeks of demo contacts, when the day browser's list
/// reads a page at a time — forwards, backwards from the end, from a key — then the pages make the whole list exactly
/// once, in order, each audited with its own contacts' pseudonyms; and the count read apart is the list's length.
struct FigurePagingTests {
    static let supervisor = Actor(user: "sanna", command: "screen browser")
    static let from = CivilDate(iso: "2026-11-09")!, to = CivilDate(iso: "2026-11-22")!

    static func key(_ k: ContactKey) -> (String, Int64, Int64) { (k.day.description, k.instant, k.id) }

    @Test(arguments: Backend.allCases)
    func pagesForwardsAndBackwardsMakeTheWholeListOnceInOrder(_ backend: Backend) throws {
        let log = try backend.demoLog()
        for (filter, point) in [(ContactFilter.all, nil), (.topic("housing"), nil), (.resolved, "jarvenpaa-library"), (.referralKind(.internal), nil)]
            as [(ContactFilter, String?)] {
            // The whole list, in pages of the most a page holds
            let whole = try log.contacts(from: Self.from, to: Self.to, point: point, matching: filter, by: Self.supervisor)
            #expect(whole.count > 20, "\(filter): the demo has enough to page")
            // in the order (day, instant, id), each key once
            let keys = whole.map { Self.key(ContactKey($0)) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "\(filter)")
            #expect(whole.map(\.contact.occurredAt) == whole.map(\.contact.occurredAt).sorted(), "\(filter): in time order")
            // Forwards by 7 from the first page
            var forward: [LoggedContact] = [], start = PageStart<ContactKey>.first
            while true {
                let page = try log.contacts(from: Self.from, to: Self.to, point: point, matching: filter, page: start, limit: 7, by: Self.supervisor)
                #expect(page.count <= 7)
                forward += page
                guard page.count == 7, let last = page.last else { break }
                start = .after(ContactKey(last))
            }
            #expect(forward.map(\.id) == whole.map(\.id), "\(filter): forwards")
            // Backwards by 6 from the last page, each page in the list's order
            var backward: [LoggedContact] = []
            start = .last
            while true {
                let page = try log.contacts(from: Self.from, to: Self.to, point: point, matching: filter, page: start, limit: 6, by: Self.supervisor)
                backward = page + backward
                guard page.count == 6, let head = page.first else { break }
                start = .before(ContactKey(head))
            }
            #expect(backward.map(\.id) == whole.map(\.id), "\(filter): backwards")
            // A page from a key in the middle is the rows right after it; the page is no longer than the limit asked
            let middle = whole.count / 2
            let after = try log.contacts(
                from: Self.from, to: Self.to, point: point, matching: filter, page: .after(ContactKey(whole[middle])), limit: 5, by: Self.supervisor)
            #expect(after.map(\.id) == whole[(middle + 1)...].prefix(5).map(\.id))
            let before = try log.contacts(
                from: Self.from, to: Self.to, point: point, matching: filter, page: .before(ContactKey(whole[middle])), limit: 5, by: Self.supervisor)
            #expect(before.map(\.id) == whole[..<middle].suffix(5).map(\.id))
            #expect(try log.contacts(from: Self.from, to: Self.to, point: point, matching: filter, page: .first, limit: 1, by: Self.supervisor)
                .map(\.id) == [whole[0].id])
            // The count, read apart
            #expect(try log.countContacts(from: Self.from, to: Self.to, point: point, matching: filter, by: Self.supervisor) == whole.count)
        }
    }

    @Test(arguments: Backend.allCases)
    func aPageIsAuditedWithItsOwnContactsPseudonymsAndTheCountWithNone(_ backend: Backend) throws {
        let w = try StoreWorld(backend, actor: Self.supervisor), log = w.log
        try log.importContacts(Fixtures.demoContacts(days: 14), details: "demo", by: Self.supervisor)
        let (from, to) = (CivilDate(iso: "2026-11-16")!, CivilDate(iso: "2026-11-20")!)
        let whole = try log.contacts(from: from, to: to, point: nil, matching: .withClientRef, by: Self.supervisor)
        #expect(whole.count > 6)
        let page = try log.contacts(
            from: from, to: to, point: nil, matching: .withClientRef, page: .after(ContactKey(whole[2])), limit: 3, by: Self.supervisor)
        #expect(page.map(\.id) == whole[3..<6].map(\.id))
        let audit = try #require(try log.audit(from: nil, to: nil).last)
        #expect(audit.user == w.auditedUser(Self.supervisor) && audit.command == "screen browser")
        #expect(audit.details == "period 2026-11-16–2026-11-20, all points, with client_ref, page after contact \(whole[2].id)")
        #expect(audit.contacts == 3)
        #expect(audit.clients == Array(Set(page.compactMap(\.contact.clientRef))).sorted())
        let last = try log.contacts(from: from, to: to, point: nil, matching: .withClientRef, page: .last, limit: 2, by: Self.supervisor)
        #expect(last.map(\.id) == whole.suffix(2).map(\.id))
        #expect(try log.audit(from: nil, to: nil).last?.details == "period 2026-11-16–2026-11-20, all points, with client_ref, last page")
        #expect(try log.countContacts(from: from, to: to, point: nil, matching: .withClientRef, by: Self.supervisor) == whole.count)
        let counted = try #require(try log.audit(from: nil, to: nil).last)
        #expect(counted.details == "period 2026-11-16–2026-11-20, all points, with client_ref, counted")
        #expect(counted.contacts == whole.count && counted.clients.isEmpty)
    }

    /// On SQLite the page reads the index that holds the list's order: no sort of the period's contacts, however many.
    @Test func onSQLiteAPageWalksTheDayInstantIndexWithoutSorting() throws {
        let log = try #require(try Backend.sqlite.demoLog() as? SQLiteLog)
        for filter in [ContactFilter.all, .topic("housing")] {
            for point in [nil, "jarvenpaa-library"] as [String?] {
                for start in [PageStart<ContactKey>.first, .last, .after(ContactKey(day: Self.from, instant: 0, id: 1))] {
                    let (sql, arguments) = log.pageSQL(from: Self.from, to: Self.to, point: point, matching: filter, page: start, limit: 30)
                    let plan = try log.writer.read { db in
                        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
                    }
                    #expect(plan.contains { $0.contains("contact_day_instant") }, "\(filter) \(String(describing: point)): \(plan)")
                    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(filter) \(String(describing: point)): \(plan)")
                }
            }
        }
    }
}
