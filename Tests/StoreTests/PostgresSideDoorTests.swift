import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// CONTRACT §6 "No side door", the read side: no login but the owner reads a table of the schema, not even through a
/// query plan; every read goes through a `neuvo.*` function that applies the caller's points first, refuses a role that
/// may not (42501, naming who may) and writes its own audit row; staff answers reach nobody but the owner row by row
/// (§7). Attacked as each login would, over a connection of its own (what `psql` does), and through the log.
struct PostgresSideDoorTests: SideDoorAttack {
    typealias Rules = PostgresRulesTests
    let team: Rules.Team
    let board: String

    /// A day with one staff answer at the library, and one with five.
    static let lonelyDay = "2023-03-20"
    static let busyDay = "2023-03-21"

    init() throws {
        team = try Rules.Team()
        board = "board_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCluster.shared.createLogin(board)
        try team.owner.setRole(of: board, to: .board, points: [], by: Rules.actor)
        let lonely = CivilDate(iso: Self.lonelyDay)!, busy = CivilDate(iso: Self.busyDay)!
        let answers: [EvaluationRecord] =
            [.mood(MoodAnswer(day: lonely, point: Rules.library, mood: 3, enps: 6))]
            + [1, 2, 4, 5, 5].map { .mood(MoodAnswer(day: busy, point: Rules.library, mood: $0, enps: 10)) }
            + [.staffing(StaffingDay(day: busy, point: Rules.library, staffHundredths: 750, hourlyCostCents: 4000))]
        try team.owner.saveRecords(answers, details: "staff answers", by: Rules.actor)
    }

    /// The newest audit row: user, command, details, contacts and the clients it names.
    func lastAudit() throws -> String {
        try rows(
            #"SELECT "user", "command", "details", "contacts", array_to_string("clients", ',') FROM neuvo.audit ORDER BY "id" DESC LIMIT 1"#,
            as: Backend.postgresOwner
        ).first ?? ""
    }

    /// The figures of `report_figures` as `figure|value`, summed ones only, for `login`.
    func figures(_ from: String, _ to: String, point: String? = nil, as login: String, _ names: [String]) throws -> [String] {
        let at = point.map { "'\($0)'" } ?? "NULL"
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        return try rows(
            """
            SELECT figure, value FROM neuvo.report_figures('\(from)', '\(to)', \(at)) WHERE day IS NULL AND figure IN (\(list)) ORDER BY figure
            """, as: login)
    }

    // MARK: - No relation, not even through a plan

    @Test func anExplainProbeOnEveryRelationOfTheSchemaIsRefusedToEveryLoginButTheOwner() throws {
        // Every table, view, sequence … of the schema, from the catalogue: a relation added later is probed too.
        let relations = try rows(
            """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
            WHERE n.nspname = 'neuvo' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY 1
            """, as: Backend.postgresOwner)
        #expect(relations.contains("neuvo.contact") && relations.contains("neuvo.daily_figure") && relations.contains("neuvo.mood"))
        #expect(relations.contains("neuvo.audit") && relations.contains("neuvo.setting") && relations.contains("neuvo.contact_id_seq"))
        for login in [team.advisor, board, team.supervisor, team.trainer] {
            for relation in relations {
                // Refused before any plan is made: no "Rows Removed by Filter" to count.
                try expectRefused("EXPLAIN ANALYZE SELECT * FROM \(relation)", as: login, "42501", "permission denied")
            }
        }
    }

    // MARK: - Every read audited, with the login the server authenticated

    @Test func aReadThroughTheFunctionsLeavesAnAuditRowNamingTheLogin() throws {
        #expect(try rows("SELECT count(*) FROM neuvo.report_figures('2023-03-13', '2023-03-15')", as: team.advisor).count == 1)
        #expect(try lastAudit() == "\(team.advisor)|report_figures|period 2023-03-13–2023-03-15, all points|2|")

        #expect(try rows("SELECT id FROM neuvo.export_contacts(NULL, NULL, NULL, 'psql by hand')", as: team.supervisor).count == 5)
        #expect(try lastAudit() == "\(team.supervisor)|psql by hand|period …–…, all points|5|\(Rules.ref)")

        let behind = try rows(
            "SELECT id FROM neuvo.contacts_page('2023-03-13', '2023-03-15', NULL, 'topic', 'housing', NULL, NULL, NULL, NULL, false, 50)",
            as: team.advisor)
        #expect(behind == team.atLibrary.map(String.init))
        #expect(try lastAudit() == "\(team.advisor)|contacts_page|period 2023-03-13–2023-03-15, all points, topic housing|2|\(Rules.ref)")

        #expect(try rows("SELECT id FROM neuvo.contact_by_id(\(team.atLibrary[1]))", as: team.advisor) == [String(team.atLibrary[1])])
        #expect(try lastAudit() == "\(team.advisor)|contact_by_id|contact \(team.atLibrary[1])|1|\(Rules.ref)")

        #expect(try rows("SELECT id FROM neuvo.follow_ups('\(Rules.kerava)', '2023-03-01')", as: team.supervisor) == [String(team.atKerava[1])])
        #expect(try lastAudit() == "\(team.supervisor)|follow_ups|follow-ups at point \(Rules.kerava) since 2023-03-01|1|\(Rules.ref)")

        // Through the log, the command is the actor's and the user still the login.
        let log = try team.log(as: team.advisor)
        _ = try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-13")!, point: Rules.library,
                           by: Actor(user: "not-the-advisor", command: "report"))
        #expect(try lastAudit() == "\(team.advisor)|report|period 2023-03-13–2023-03-13, point \(Rules.library)|1|")
    }

    @Test func aForgedArgumentIsRefusedAsABadArgument() throws {
        try expectRefused(
            "SELECT neuvo.contacts_count('2023-03-13', '2023-03-15', NULL, 'client_ref >= ''A''', NULL, NULL)", as: team.advisor, "22023",
            "unknown filter")
        try expectRefused(
            "SELECT neuvo.contacts_count('2023-03-13', '2023-03-15', NULL, 'topic', NULL, NULL)", as: team.advisor, "22023", "without its code")
        try expectRefused("SELECT * FROM neuvo.report_figures(NULL, '2023-03-15')", as: team.supervisor, "22023", "from_day is required")
        try expectRefused(
            "SELECT * FROM neuvo.report_figures('2023-03-13', '2023-03-15', NULL, repeat('x', 101))", as: team.supervisor, "22023", "command label")
        // The helpers the functions share are no function of anyone else's.
        try expectRefused("SELECT * FROM neuvo.figure_rows(NULL, '2023-03-13', '2023-03-15', false, false, NULL)", as: team.advisor, "42501", "permission denied")
        try expectRefused("SELECT neuvo.read_points('owner', NULL, '{owner}', 'x')", as: team.advisor, "42501", "permission denied")
        try expectRefused("SELECT * FROM neuvo.series_rows(NULL, '2023-03-13', '2023-03-15')", as: team.advisor, "42501", "permission denied")
        try expectRefused("SELECT neuvo.reader_of('owner', NULL, NULL, '{owner}', 'x')", as: team.advisor, "42501", "permission denied")
        try expectRefused("SELECT neuvo.reader(NULL, '{advisor}', 'x')", as: team.advisor, "42501", "permission denied")
        try expectRefused("SELECT neuvo.require_listener()", as: team.trainer, "42501", "permission denied")
    }

    // MARK: - An advisor: her points only

    @Test func anAdvisorAskingAnotherPointsFiguresOrContactsGetsNone() throws {
        let kerava = "'\(Rules.kerava)'"
        let advisor = team.advisor
        #expect(try figures("2023-03-13", "2023-03-15", point: Rules.kerava, as: advisor, ["contacts", "resolved"]).isEmpty)
        #expect(try figures("2023-03-13", "2023-03-15", point: Rules.kerava, as: team.supervisor, ["contacts"]) == ["contacts|3"])
        for sql in [
            "SELECT * FROM neuvo.export_contacts(NULL, NULL, \(kerava))",
            "SELECT * FROM neuvo.contacts_page('2023-03-13', '2023-03-15', \(kerava), 'all', NULL, NULL, NULL, NULL, NULL, false, 50)",
            "SELECT * FROM neuvo.follow_ups(\(kerava), '2023-03-01')",
            "SELECT * FROM neuvo.contact_by_id(\(team.atKerava[1]))",
            "SELECT * FROM neuvo.day_overview('2023-03-14', \(kerava), '2023-03-01') WHERE part IN ('contact', 'figure') OR value > 0",
            "SELECT * FROM neuvo.daily_series('2023-03-13', '2023-03-15', \(kerava))",
            "SELECT * FROM neuvo.browse_figures('2023-03-13', '2023-03-15', '2023-03-10', '2023-03-12', '2023-03-01', '2023-03-15', \(kerava))",
            "SELECT * FROM neuvo.segment_shares('2023-03-13', '2023-03-15', \(kerava))",
            "SELECT * FROM neuvo.board_figures('2023-03-14', ARRAY[\(kerava)])",
            "SELECT * FROM neuvo.feedback_records(NULL, NULL, \(kerava))",
        ] {
            #expect(try rows(sql, as: advisor).isEmpty, "\(sql)")
        }
        // The same asked of every point gives hers only: 2 of the 5 contacts, her figures.
        #expect(try rows("SELECT neuvo.contact_count()", as: advisor) == ["2"])
        #expect(try rows("SELECT DISTINCT point FROM neuvo.export_contacts()", as: advisor) == [Rules.library])
        #expect(try figures("2023-03-13", "2023-03-15", as: advisor, ["contacts"]) == ["contacts|2"])
        #expect(try rows("SELECT DISTINCT point FROM neuvo.board_figures('2023-03-14') WHERE point IS NOT NULL", as: advisor) == [Rules.library])
        let log = try team.log(as: advisor)
        let report = try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-15")!, point: nil, by: Rules.actor)
        let library = try team.owner.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-15")!, point: Rules.library, by: Rules.actor)
        #expect(report.contacts == 2 && report.byTopic == library.byTopic && report.resolved == library.resolved)
    }

    // MARK: - A trainer: nothing of a real database

    /// Every read the client makes, as a statement.
    static let reads = [
        "SELECT * FROM neuvo.report_figures('2023-03-13', '2023-03-15')",
        "SELECT * FROM neuvo.daily_series('2023-03-13', '2023-03-15')",
        "SELECT * FROM neuvo.browse_figures('2023-03-13', '2023-03-15', '2023-03-10', '2023-03-12', '2023-03-01', '2023-03-15')",
        "SELECT * FROM neuvo.segment_shares('2023-03-13', '2023-03-15')",
        "SELECT * FROM neuvo.contacts_page('2023-03-13', '2023-03-15', NULL, 'all', NULL, NULL, NULL, NULL, NULL, false, 50)",
        "SELECT neuvo.contacts_count('2023-03-13', '2023-03-15', NULL, 'all', NULL, NULL)",
        "SELECT * FROM neuvo.export_contacts()",
        "SELECT * FROM neuvo.contact_by_id(1)",
        "SELECT * FROM neuvo.follow_ups('jarvenpaa-library', '2023-03-01')",
        "SELECT * FROM neuvo.day_overview('2023-03-14', 'jarvenpaa-library', '2023-03-01')",
        "SELECT * FROM neuvo.drafts()",
        "SELECT neuvo.contact_count()",
        "SELECT neuvo.saved_with('a-token')",
        "SELECT * FROM neuvo.feedback_records()",
        "SELECT * FROM neuvo.mood_records()",
        "SELECT * FROM neuvo.staffing_records()",
        "SELECT * FROM neuvo.audit_entries()",
        "SELECT * FROM neuvo.board_figures('2023-03-14')",
    ]

    @Test func aTrainerReadsNothingOfARealDatabaseAndIsToldWhoMay() throws {
        for sql in Self.reads {
            try expectRefused(sql, as: team.trainer, "42501", "not for a trainer")
        }
        try expectRefused("SELECT * FROM neuvo.report_figures('2023-03-13', '2023-03-15')", as: team.trainer, "42501",
                          "reading reports is for the owner, supervisors, advisors (at their points), not for a trainer")
        // What every login reads at open: the settings and the migrations.
        #expect(try rows("SELECT value FROM neuvo.settings() WHERE key = 'follow_up_window_hours'", as: team.trainer) == ["336"])
        #expect(try rows("SELECT count(*) > 6 FROM neuvo.migrations()", as: team.trainer) == ["t"])
        let log = try team.log(as: team.trainer)
        let refused = #expect(throws: StoreError.self) {
            try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-15")!, point: nil, by: Rules.actor)
        }
        if case .notAllowed(let login, let reason)? = refused {
            #expect(login == team.trainer && reason.contains("not for a trainer"))
        } else {
            Issue.record("not a refusal: \(String(describing: refused))")
        }
    }

    // MARK: - The board: the figures it shows, nothing else

    @Test func theBoardReadsOnlyTheFiguresItShowsAndNeitherMoodNorCosts() throws {
        // The busy day holds staff answers and staffing, and no contact: the board reads nothing of it.
        #expect(try rows("SELECT DISTINCT figure FROM neuvo.board_figures('\(Self.busyDay)') WHERE part = 'today'", as: board).isEmpty)
        #expect(try rows("SELECT count(*) FROM neuvo.board_figures('\(Self.busyDay)') WHERE figure ~ 'mood|enps|staff|cost'", as: board) == ["0"])
        let owners = try rows("SELECT DISTINCT figure FROM neuvo.board_figures('\(Self.busyDay)') ORDER BY 1", as: Backend.postgresOwner)
        #expect(owners.contains("mood_total") && owners.contains("cost_cent_hundredths"), "the owner's board holds them: \(owners)")
        #expect(try rows("SELECT DISTINCT figure FROM neuvo.board_figures('2023-03-14') ORDER BY 1", as: board)
            == ["by_hour", "contacts", "referral_outcomes_by_referral", "resolved"])
        for sql in Self.reads where !sql.contains("board_figures") {
            try expectRefused(sql, as: board, "42501", "not for a board")
        }
        // Through the log: the board's figures equal the owner's report for what the board shows.
        let day = CivilDate(iso: "2023-03-14")!
        let shown = try team.log(as: board).board(day: day, points: nil, by: Rules.actor)
        for point in [Rules.library, Rules.kerava] {
            let report = try team.owner.report(from: day, to: day, point: point, by: Rules.actor)
            #expect(shown.today[point]?.contacts == report.contacts && shown.today[point]?.byHour == report.byHour)
            #expect(shown.today[point]?.moodResponses == 0 && shown.today[point]?.staffHundredths == 0)
        }
    }

    // MARK: - Staff answers (CONTRACT §7)

    @Test func staffAnswersAreTheOwnersAloneRowByRow() throws {
        for login in [team.advisor, team.supervisor, board, team.trainer] {
            try expectRefused("SELECT * FROM neuvo.mood_records()", as: login, "42501", "reading staff answers row by row is for the owner, not for")
        }
        #expect(try rows("SELECT day, mood, enps, answers FROM neuvo.mood_records('\(Self.lonelyDay)', '\(Self.lonelyDay)')", as: Backend.postgresOwner)
            == ["\(Self.lonelyDay)|3|6|1"])
        let advisorLog = try team.log(as: team.advisor)
        #expect(throws: StoreError.self) { try advisorLog.records(.mood, from: nil, to: nil, point: nil, audited: true, by: Rules.actor) }
    }

    @Test func aDayWithFewerThanFiveAnswersIsWithheldFromAnAdvisorAndASupervisor() throws {
        let staff = ["enps_detractors", "enps_promoters", "enps_responses", "mood_responses", "mood_total"]
        for login in [team.advisor, team.supervisor] {
            // The lonely day: its counts, never its answer.
            #expect(try figures(Self.lonelyDay, Self.lonelyDay, point: Rules.library, as: login, staff)
                == ["enps_detractors|∅", "enps_responses|1", "mood_responses|1", "mood_total|∅"], "\(login)")
            // Nor through the home screen's overview, the browser or the board.
            #expect(try rows(
                "SELECT figure, value FROM neuvo.day_overview('\(Self.lonelyDay)', '\(Rules.library)', '\(Self.lonelyDay)') WHERE figure = 'mood_total'",
                as: login) == ["mood_total|∅"])
            #expect(try rows(
                """
                SELECT part, value FROM neuvo.browse_figures('\(Self.lonelyDay)', '\(Self.lonelyDay)', '\(Self.lonelyDay)', '\(Self.lonelyDay)',
                    '\(Self.lonelyDay)', '\(Self.lonelyDay)', '\(Rules.library)') WHERE figure IN ('mood_total', 'enps_detractors') ORDER BY 1
                """, as: login) == ["comparison|∅", "comparison|∅", "report|∅", "report|∅"])
            #expect(try rows(
                "SELECT value FROM neuvo.board_figures('\(Self.lonelyDay)', ARRAY['\(Rules.library)']) WHERE figure = 'mood_total'", as: login) == ["∅"])
            // The busy day: its sums, over five answers.
            #expect(try figures(Self.busyDay, Self.busyDay, point: Rules.library, as: login, staff)
                == ["enps_promoters|5", "enps_responses|5", "mood_responses|5", "mood_total|17"], "\(login)")
        }
        // Both days together are six answers: the sums, as the period and points asked for hold enough.
        #expect(try figures(Self.lonelyDay, Self.busyDay, point: Rules.library, as: team.supervisor, ["mood_total"]) == ["mood_total|20"])
        // Through the log, as on the screens: the mean only over five answers.
        let supervisor = try team.log(as: team.supervisor)
        let lonely = CivilDate(iso: Self.lonelyDay)!, busy = CivilDate(iso: Self.busyDay)!
        let few = try supervisor.report(from: lonely, to: lonely, point: Rules.library, by: Rules.actor)
        #expect(few.moodResponses == 1 && few.moodTotal == 0 && few.moodMean == nil && few.moodWithheld)
        let enough = try supervisor.report(from: busy, to: busy, point: Rules.library, by: Rules.actor)
        #expect(enough.moodMean == Ratio(17, of: 5) && enough.enps == Ratio(500, of: 5))
        #expect(enough == (try team.owner.report(from: busy, to: busy, point: Rules.library, by: Rules.actor)))
        // The owner, who may read the rows, gets the lonely day's sums too.
        #expect(try figures(Self.lonelyDay, Self.lonelyDay, point: Rules.library, as: Backend.postgresOwner, ["mood_total"]) == ["mood_total|3"])
    }
}
