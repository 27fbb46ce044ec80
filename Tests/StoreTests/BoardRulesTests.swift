import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// The board's login on PostgreSQL (CONTRACT §8): `neuvo_board` reads the daily figures the board shows and nothing else
/// — not one contact row — checked with `psql` as a board login, whatever client it uses.
struct BoardRulesTests {
    let team: PostgresRulesTests.Team
    let board: String

    init() throws {
        team = try PostgresRulesTests.Team()
        board = "board_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCluster.shared.createLogin(board)
        try team.owner.setRole(of: board, to: .board, points: [], by: PostgresRulesTests.actor)
        try team.owner.saveRecords(
            [.mood(MoodAnswer(day: CivilDate(iso: "2023-03-14")!, point: PostgresRulesTests.library, mood: 2))], details: nil,
            by: PostgresRulesTests.actor)
    }

    @Test func aBoardLoginIsABoardAndItsRoleIsListed() throws {
        #expect(try team.lines("SELECT role FROM neuvo.whoami()", as: board) == ["board"])
        #expect(try team.owner.loginRoles().contains(LoginRole(login: board, role: .board, points: [])))
        #expect(try team.log(as: board).session.role == .board)
    }

    @Test func aBoardLoginReadsNotOneContactRowNorAnyTableButTheFigures() throws {
        let tables = try team.lines(
            "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = 'neuvo' ORDER BY 1", as: Backend.postgresOwner)
        #expect(tables.contains("neuvo.contact") && tables.contains("neuvo.contact_unmet_need") && tables.contains("neuvo.audit"))
        for table in tables where !["neuvo.daily_figure", "neuvo.setting", "neuvo.migration"].contains(table) {
            try team.expectRefused("SELECT * FROM \(table) LIMIT 1", as: board, "42501", "permission denied for table \(table.dropFirst(6))")
        }
        try team.expectRefused(
            "SELECT * FROM neuvo.earlier_contacts(NULL, '\(PostgresRulesTests.ref)', 9999999999, 'psql')", as: board, "42501",
            "only advisors and the owner look up a client's earlier contacts")
        try team.expectRefused("SELECT neuvo.pseudonym('150655-902T')", as: board, "42501", "permission denied for function pseudonym")
        try team.expectRefused(PostgresRulesTests.Team.insert(at: PostgresRulesTests.library), as: board, "42501", "permission denied for table contact")
        try team.expectRefused("DELETE FROM neuvo.daily_figure", as: board, "42501", "permission denied for table daily_figure")
    }

    @Test func aBoardLoginSeesOnlyTheFiguresTheBoardShowsAtEveryPoint() throws {
        try team.expectRefused("SELECT DISTINCT figure FROM neuvo.daily_figure", as: board, "42501", "permission denied for table daily_figure")
        // Through the board's function (no table is open to a board login): the mood answer of the 14th is not among them.
        let figures = try team.lines("SELECT DISTINCT figure FROM neuvo.board_figures('2023-03-14') ORDER BY 1", as: board)
        #expect(figures == ["by_hour", "contacts", "referral_outcomes_by_referral", "resolved"])
        let owners = try team.lines("SELECT DISTINCT figure FROM neuvo.board_figures('2023-03-14') ORDER BY 1", as: Backend.postgresOwner)
        #expect(owners.contains("mood_total") && owners.contains("by_topic"), "the owner's figures hold more")
        let points = try team.lines("SELECT DISTINCT point FROM neuvo.board_figures('2023-03-14') ORDER BY 1", as: board)
        #expect(points == [PostgresRulesTests.kerava, PostgresRulesTests.library].sorted())
    }

    @Test func aBoardLoginCountsOpenFollowUpsOnlyThroughTheBoardsFunction() throws {
        let rows = try team.lines(
            "SELECT point, open FROM neuvo.board_follow_ups('2023-03-15', ARRAY['\(PostgresRulesTests.library)', '\(PostgresRulesTests.kerava)'])",
            as: board)
        #expect(rows == ["\(PostgresRulesTests.kerava)|1"], "the library's one open follow-up is done; Kerava's second is open")
        try team.expectRefused(
            "SELECT * FROM neuvo.board_follow_ups('2023-03-15', ARRAY['\(PostgresRulesTests.kerava)'])", as: team.trainer, "42501",
            "reading the board is for the owner, supervisors, board logins, advisors (at their points), not for a trainer")
        #expect(try team.lines("SELECT count(*) FROM neuvo.board_follow_ups('2023-03-15', ARRAY['\(PostgresRulesTests.kerava)'])", as: team.advisor) == ["0"],
                "an advisor of the library learns nothing of Kerava")
    }

    /// A login whose board role was removed here keeps the cluster-wide group role (another database on the server may
    /// use it): what the board's loop reads is refused to it, as every read is, and not only the figures.
    @Test func aLoginWithoutABoardRoleHereReadsNothingOfTheBoard() throws {
        let former = "former_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCluster.shared.createLogin(former)
        try team.owner.setRole(of: former, to: .board, points: [], by: PostgresRulesTests.actor)
        #expect(try team.lines("SELECT count(*) FROM neuvo.board_follow_ups('2023-03-15', ARRAY['\(PostgresRulesTests.kerava)'])", as: former) == ["1"])
        try team.owner.setRole(of: former, to: nil, points: [], by: PostgresRulesTests.actor)
        #expect(try team.lines("SELECT pg_has_role('\(former)', 'neuvo_board', 'MEMBER')", as: Backend.postgresOwner) == ["t"])
        let none = "not for a login without a neuvo role"
        try team.expectRefused(
            "SELECT * FROM neuvo.board_follow_ups('2023-03-15', ARRAY['\(PostgresRulesTests.kerava)', '\(PostgresRulesTests.library)'])",
            as: former, "42501", "reading the board is for the owner, supervisors, board logins, advisors (at their points), " + none)
        try team.expectRefused("SELECT * FROM neuvo.board_figures('2023-03-14')", as: former, "42501", none)
        try team.expectRefused("SELECT neuvo.changes()", as: former, "42501", "only the owner, supervisors, advisors and boards hear of saves")
        try team.expectRefused("SELECT neuvo.channel()", as: former, "42501", "only the owner, supervisors, advisors and boards hear of saves")
    }

    @Test func theBoardThroughItsLoginShowsTheOwnersReportForTheFiguresItShows() throws {
        let log = try team.log(as: board)
        let day = CivilDate(iso: "2023-03-14")!
        let figures = try log.board(day: day, points: nil, by: PostgresRulesTests.actor)
        for point in [PostgresRulesTests.library, PostgresRulesTests.kerava] {
            let report = try team.owner.report(from: day, to: day, point: point, by: PostgresRulesTests.actor)
            let shown = try #require(figures.today[point])
            #expect(shown.contacts == report.contacts && shown.resolved == report.resolved && shown.byHour == report.byHour)
            #expect(shown.referralsInternal == report.referralsInternal && shown.referralsExternal == report.referralsExternal)
            #expect(shown.moodResponses == 0 && shown.byTopic.isEmpty, "nothing the board does not show")
        }
        #expect(figures.followUps[PostgresRulesTests.kerava]?.count == 1)
        try log.record("board started, all points", by: PostgresRulesTests.actor)
        #expect(try team.owner.audit(from: nil, to: nil).last?.user == board)
    }
}
