import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// CONTRACT §6 "No side door" for the list behind a figure by the page (issue 22, v15): `neuvo.contacts_page` and
/// `neuvo.contacts_count` attacked as each login would, with `psql` — another point's contacts, forged keys and
/// filters, a huge page, a loop of calls — and every page audited with the pseudonyms of the contacts it gave.
struct PostgresPagingSideDoorTests: SideDoorAttack {
    typealias Rules = PostgresRulesTests
    let team: Rules.Team

    init() throws { team = try Rules.Team() }

    /// `contacts_page` over the team's three days, everything else as given.
    static func page(
        point: String = "NULL", filter: String = "'all'", code: String = "NULL", codes: String = "NULL", key: String = "NULL, NULL, NULL",
        backward: String = "false", size: String = "10", command: String = "'psql'"
    ) -> String {
        "SELECT id FROM neuvo.contacts_page('2023-03-13', '2023-03-15', \(point), \(filter), \(code), \(codes), \(key), \(backward), \(size), \(command))"
    }

    /// `contacts_count` over the team's three days.
    static func count(point: String = "NULL", filter: String = "'all'", code: String = "NULL") -> String {
        "SELECT neuvo.contacts_count('2023-03-13', '2023-03-15', \(point), \(filter), \(code), NULL, 'psql')"
    }

    /// The newest audit rows: user, command, details, contacts and the clients each names, newest first.
    func audits(_ n: Int = 1) throws -> [String] {
        try rows(
            #"SELECT "user", "command", "details", "contacts", array_to_string("clients", ',') FROM neuvo.audit ORDER BY "id" DESC LIMIT \#(n)"#,
            as: Backend.postgresOwner)
    }

    /// `'2023-03-14', 1678780800, 17`: a contact's key as the function takes it, read by the owner.
    func key(of id: Int64) throws -> String {
        try #require(try rows(#"SELECT "day", "instant", "id" FROM neuvo.contact WHERE "id" = \#(id)"#, as: Backend.postgresOwner).first)
            .split(separator: "|").enumerated().map { $0.offset == 0 ? "'\($0.element)'" : String($0.element) }.joined(separator: ", ")
    }

    // MARK: - Points first

    @Test func anAdvisorPagesHerOwnPointsContactsOnlyWhateverTheKeyOrPointSheGives() throws {
        let library = team.atLibrary.map(String.init), kerava = "'\(Rules.kerava)'"
        #expect(try rows(Self.page(), as: team.advisor) == library)
        #expect(try rows(Self.page(backward: "true"), as: team.advisor) == library)
        #expect(try rows(Self.page(point: kerava), as: team.advisor).isEmpty)
        #expect(try rows(Self.count(point: kerava), as: team.advisor) == ["0"])
        #expect(try rows(Self.count(), as: team.advisor) == ["2"])
        // A key forged from another point's contact only says where to start: the rows after it are still hers.
        #expect(try rows(Self.page(key: try key(of: team.atKerava[0])), as: team.advisor) == [library[1]])
        #expect(try rows(Self.page(point: kerava, key: try key(of: team.atKerava[0])), as: team.advisor).isEmpty)
        // A supervisor reads every point's, page by page, in (day, instant, id) order.
        let all = (team.atLibrary + team.atKerava).map(String.init)
        let ordered = try rows(
            "SELECT id FROM neuvo.contact WHERE day BETWEEN '2023-03-13' AND '2023-03-15' ORDER BY day, instant, id", as: Backend.postgresOwner)
        #expect(Set(ordered) == Set(all))
        let first = try rows(Self.page(size: "2"), as: team.supervisor)
        let second = try rows(Self.page(key: try key(of: Int64(first[1])!), size: "2"), as: team.supervisor)
        let third = try rows(Self.page(key: try key(of: Int64(second[1])!), size: "2"), as: team.supervisor)
        #expect(first + second + third == ordered)
        #expect(try rows(Self.page(key: try key(of: Int64(ordered[3])!), backward: "true", size: "2"), as: team.supervisor)
            == Array(ordered[1...2]))
        #expect(try rows(Self.page(backward: "true", size: "2"), as: team.supervisor) == Array(ordered[3...4]))
    }

    @Test func aTrainerAndTheBoardPageNothingAndAreToldWhoMay() throws {
        for (login, name) in [(team.trainer, "a trainer"), (team.board, "a board")] {
            try expectRefused(Self.page(), as: login, "42501", "reading contacts is for the owner, supervisors, advisors (at their points), not for \(name)")
            try expectRefused(Self.count(), as: login, "42501", "not for \(name)")
        }
    }

    // MARK: - Arguments

    @Test func aForgedFilterKeyOrPageSizeIsRefusedAsABadArgument() throws {
        let advisor = team.advisor
        // A page is at most 500 rows: a huge one is refused, not served.
        for size in ["501", "1000000", "2147483647", "0", "-1"] {
            try expectRefused(Self.page(size: size), as: advisor, "22023", "a page is 1 to 500 contacts")
        }
        try expectRefused(Self.page(size: "NULL"), as: advisor, "22023", "page_size is required")
        try expectRefused(Self.page(backward: "NULL"), as: advisor, "22023", "backward is required")
        // Part of a key is no key.
        try expectRefused(Self.page(key: "'2023-03-14', NULL, NULL"), as: advisor, "22023", "all three or none")
        try expectRefused(Self.page(key: "NULL, 1, 1"), as: advisor, "22023", "all three or none")
        // Only the figures' own filters, each with its code; SQL as a filter or a code is a value, never SQL.
        try expectRefused(Self.page(filter: "'client_ref >= ''A'''"), as: advisor, "22023", "unknown filter")
        try expectRefused(Self.count(filter: "'client_ref >= ''A'''"), as: advisor, "22023", "unknown filter")
        try expectRefused(Self.page(filter: "'topic'"), as: advisor, "22023", "without its code")
        try expectRefused(Self.page(filter: "'referral_kind'", code: "'internal'"), as: advisor, "22023", "destinations (codes) are required")
        #expect(try rows(Self.page(filter: "'topic'", code: "''' OR true --'"), as: advisor).isEmpty)
        #expect(try rows(Self.count(filter: "'topic'", code: "''' OR true --'"), as: advisor) == ["0"])
        try expectRefused(Self.page(command: "repeat('x', 101)"), as: advisor, "22023", "command label")
        // The helpers are nobody's to call.
        try expectRefused("SELECT neuvo.contact_filter_words('all', NULL)", as: advisor, "42501", "permission denied")
        try expectRefused("SELECT neuvo.checked_contact_filter('all', NULL, NULL)", as: advisor, "42501", "permission denied")
    }

    // MARK: - Audited

    @Test func everyPageIsAuditedNamingThePseudonymsOfTheContactsItGaveAndNoOthers() throws {
        let advisor = team.advisor
        // The library's first contact has no pseudonym, its second has the client's.
        #expect(try rows(Self.page(size: "1"), as: advisor) == [String(team.atLibrary[0])])
        #expect(try audits() == ["\(advisor)|psql|period 2023-03-13–2023-03-15, all points, all|1|"])
        #expect(try rows(Self.page(key: try key(of: team.atLibrary[0]), size: "1"), as: advisor) == [String(team.atLibrary[1])])
        #expect(try audits() == [
            "\(advisor)|psql|period 2023-03-13–2023-03-15, all points, all, page after contact \(team.atLibrary[0])|1|\(Rules.ref)",
        ])
        #expect(try rows(Self.page(filter: "'topic'", code: "'housing'", backward: "true", size: "5", command: "NULL"), as: advisor).count == 2)
        #expect(try audits() == ["\(advisor)|contacts_page|period 2023-03-13–2023-03-15, all points, topic housing, last page|2|\(Rules.ref)"])
        #expect(try rows(Self.count(filter: "'topic'", code: "'housing'"), as: advisor) == ["2"])
        #expect(try audits() == ["\(advisor)|psql|period 2023-03-13–2023-03-15, all points, topic housing, counted|2|"])
        // A loop of pages in one statement is a row of the audit log each.
        let looped = "SELECT count(*) FROM generate_series(1, 20) AS i, LATERAL (\(Self.page(size: "1 + 0 * i"))) AS p"
        #expect(try rows(looped, as: advisor) == ["20"])
        #expect(try audits(20).allSatisfy { $0 == "\(advisor)|psql|period 2023-03-13–2023-03-15, all points, all|1|" })
    }

    // MARK: - One list of the contact's columns

    @Test func theClientReadsTheContactRowByTheNamesOfItsType() throws {
        let names = try rows(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'neuvo.contact_row'::regclass AND attnum > 0 ORDER BY attnum", as: Backend.postgresOwner)
        #expect(names == PostgresSchema.contactRow.sorted { $0.value < $1.value }.map(\.key))
        #expect(PostgresSchema.contactRowWidth == names.count)
    }
}
