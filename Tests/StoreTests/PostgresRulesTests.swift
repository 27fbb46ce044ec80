import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// The rules the PostgreSQL server enforces whatever client connects (CONTRACT §6), checked with `psql` as each role
/// and, where the log says so, through `PostgresLog` opened by that login. Given a team's database with contacts at
/// two points and one login of each neuvo role, When each connects, Then the server lets it see and change only
/// what the contract says.
struct PostgresRulesTests {
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"
    static let ref = "client-ref-team"
    static let actor = Actor(user: "admin", command: "test")

    /// A team's database: the owner's log, contacts at the library and at Kerava (one client at both), and a login
    /// of each role: an advisor at the library, a supervisor, a trainer.
    struct Team {
        let owner: PostgresLog
        let advisor: String
        let supervisor: String
        let trainer: String
        /// The contacts as the owner saved them: at the library, then at Kerava.
        let atLibrary: [Int64]
        let atKerava: [Int64]

        init() throws {
            owner = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
            let suffix = "_" + UUID().uuidString.prefix(8).lowercased()
            advisor = "advisor" + suffix
            supervisor = "supervisor" + suffix
            trainer = "trainer" + suffix
            let cluster = try PostgresCluster.shared
            for login in [advisor, supervisor, trainer] { try cluster.createLogin(login) }
            try owner.setRole(of: advisor, to: .advisor, points: [library], by: actor)
            try owner.setRole(of: supervisor, to: .supervisor, points: [], by: actor)
            try owner.setRole(of: trainer, to: .trainer, points: [], by: actor)
            let assessment = try Fixtures.instrument.assess(Answers(["C1": 5, "C2": 5, "C3": 5, "C4": 5, "P1": 1, "P2": 1, "P3": 1, "P4": 1]))
            func contact(_ at: String, _ point: String, resolved: Bool = true, ref: String? = nil) -> Contact {
                var contact = ContactLogTests.contact(at, point: point, topics: ["housing", "benefits"], resolved: resolved, referrals: ["kela"], ref: ref)
                contact.segment = assessment.segment
                return contact
            }
            atLibrary = [
                try owner.log(contact("2023-03-13T10:00:00+02:00", library, resolved: false), assessment: assessment, chain: "working-age", by: actor),
                try owner.log(contact("2023-03-14T10:00:00+02:00", library, ref: ref), by: actor),
            ]
            atKerava = [
                try owner.log(contact("2023-03-13T11:00:00+02:00", kerava, resolved: false), assessment: assessment, chain: "working-age", by: actor),
                try owner.log(contact("2023-03-14T09:00:00+02:00", kerava, resolved: false, ref: ref), by: actor),
                try owner.log(contact("2023-03-15T09:00:00+02:00", kerava), by: actor),
            ]
            try owner.markFollowUpDone(contactID: atLibrary[0], note: "called", by: actor)
            try owner.markFollowUpDone(contactID: atKerava[0], note: "called", by: actor)
        }

        var logins: [String] { [advisor, supervisor, trainer] }

        /// `sql` run by `psql` as `login` in the team's database.
        func psql(_ sql: String, as login: String) throws -> (status: Int32, stdout: String, stderr: String) {
            try PostgresCluster.shared.psql(sql, database: owner.uri, user: login)
        }

        /// The lines `sql` prints as `login`; a failure is recorded.
        func lines(_ sql: String, as login: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
            let result = try psql(sql, as: login)
            #expect(result.status == 0, "\(login): \(sql): \(result.stderr)", sourceLocation: sourceLocation)
            return result.stdout.split(separator: "\n").map(String.init)
        }

        /// Expects the server to refuse `sql` to `login`, with a message holding `reason`.
        func expectRefused(_ sql: String, as login: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try psql(sql, as: login)
            #expect(result.status != 0, "\(login) was allowed: \(sql)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(reason), "\(login): \(sql): \(result.stderr)", sourceLocation: sourceLocation)
        }

        /// The log as `login` opens it.
        func log(as login: String) throws -> PostgresLog {
            try PostgresLog.open(uri: try Backend.postgresURI(owner.uri, as: login), catalog: Fixtures.catalog)
        }

        /// A contact row for a direct INSERT at `point`.
        static func insert(at point: String) -> String {
            """
            INSERT INTO neuvo.contact (occurred_at, instant, day, point, channel, resolved, contact_by, identified, age_group, logged_at)
            VALUES ('2023-03-16T10:00:00+02:00', 1678953600, '2023-03-16', '\(point)', 'walk-in', true, 'client', false, 'unknown',
                    '2023-03-16T08:00:00Z')
            """
        }
    }

    /// The contact tables and what a count of each gives the owner, per point (contact_topic and the other parts
    /// by their contact's point).
    static let perPoint = [
        "neuvo.contact": "SELECT c.point, count(*) FROM neuvo.contact AS c GROUP BY 1 ORDER BY 1",
        "neuvo.contact_topic": "SELECT c.point, count(*) FROM neuvo.contact_topic AS t JOIN neuvo.contact AS c ON c.id = t.contact_id GROUP BY 1 ORDER BY 1",
        "neuvo.contact_referral": "SELECT c.point, count(*) FROM neuvo.contact_referral AS r JOIN neuvo.contact AS c ON c.id = r.contact_id GROUP BY 1 ORDER BY 1",
        "neuvo.assessment": "SELECT c.point, count(*) FROM neuvo.assessment AS a JOIN neuvo.contact AS c ON c.id = a.contact_id GROUP BY 1 ORDER BY 1",
        "neuvo.follow_up_done": "SELECT c.point, count(*) FROM neuvo.follow_up_done AS f JOIN neuvo.contact AS c ON c.id = f.contact_id GROUP BY 1 ORDER BY 1",
        "neuvo.daily_figure": "SELECT point, count(*) FROM neuvo.daily_figure GROUP BY 1 ORDER BY 1",
    ]

    /// What each table holds per point, by itself (without joining contact, which row-level security narrows too).
    static let ownRows = [
        "neuvo.contact": "SELECT point, count(*) FROM neuvo.contact GROUP BY 1 ORDER BY 1",
        "neuvo.contact_topic": "SELECT count(*) FROM neuvo.contact_topic",
        "neuvo.contact_referral": "SELECT count(*) FROM neuvo.contact_referral",
        "neuvo.assessment": "SELECT count(*) FROM neuvo.assessment",
        "neuvo.follow_up_done": "SELECT count(*) FROM neuvo.follow_up_done",
        "neuvo.daily_figure": "SELECT point, count(*) FROM neuvo.daily_figure GROUP BY 1 ORDER BY 1",
    ]

    // MARK: - Advisors

    @Test func anAdvisorSeesOnlyTheirPointsContactsInADirectSelect() throws {
        let team = try Team()
        let owner = Backend.postgresOwner
        for (table, sql) in Self.ownRows.sorted(by: { $0.key < $1.key }) {
            // The owner sees both points; the advisor only the library's rows, table by table.
            let all = try team.lines(Self.perPoint[table]!, as: owner)
            #expect(all.count == 2 && all[0].hasPrefix(Self.library + "|") && all[1].hasPrefix(Self.kerava + "|"), "\(table): \(all)")
            let seen = try team.lines(sql, as: team.advisor)
            if sql.contains("GROUP BY") {
                #expect(seen == [all[0]], "\(table)")
            } else {
                #expect(seen == [String(all[0].split(separator: "|")[1])], "\(table): \(seen), the owner's \(all)")
            }
        }
        #expect(try team.lines("SELECT id FROM neuvo.contact ORDER BY id", as: team.advisor) == team.atLibrary.map(String.init))
    }

    @Test func anAdvisorWritesOnlyAtTheirPoints() throws {
        let team = try Team()
        // INSERT: at the library, not at Kerava
        #expect(try team.psql(Team.insert(at: Self.library), as: team.advisor).status == 0)
        try team.expectRefused(Team.insert(at: Self.kerava), as: team.advisor, "row-level security")
        // UPDATE: Kerava's contacts are not there to change; a library contact cannot be moved to Kerava
        #expect(try team.lines("UPDATE neuvo.contact SET channel = 'phone' WHERE point = '\(Self.kerava)'", as: team.advisor) == ["UPDATE 0"])
        try team.expectRefused(
            "UPDATE neuvo.contact SET point = '\(Self.kerava)' WHERE id = \(team.atLibrary[1])", as: team.advisor, "row-level security")
        #expect(try team.lines("UPDATE neuvo.contact SET channel = 'phone' WHERE id = \(team.atLibrary[1])", as: team.advisor) == ["UPDATE 1"])
        // nor a topic, a referral or a follow-up added to another point's contact
        try team.expectRefused("INSERT INTO neuvo.contact_topic VALUES (\(team.atKerava[1]), 'forms')", as: team.advisor, "row-level security")
        try team.expectRefused("INSERT INTO neuvo.contact_referral VALUES (\(team.atKerava[1]), 'ngo')", as: team.advisor, "row-level security")
        try team.expectRefused(
            """
            INSERT INTO neuvo.follow_up_done (contact_id, done_at, "user", note) VALUES (\(team.atKerava[1]), 'x', session_user, '')
            """, as: team.advisor, "row-level security")
        try team.expectRefused("DELETE FROM neuvo.contact", as: team.advisor, "permission denied")
        // Kerava's contacts are as they were
        let kerava = try team.lines("SELECT id, channel FROM neuvo.contact WHERE point = '\(Self.kerava)' ORDER BY id", as: Backend.postgresOwner)
        #expect(kerava == team.atKerava.map { "\($0)|walk-in" })
        #expect(try team.lines("SELECT count(*) FROM neuvo.contact_topic WHERE contact_id = \(team.atKerava[1])", as: Backend.postgresOwner) == ["2"])
    }

    @Test func anAdvisorsLogSavesAndReadsAtTheirPointsOnly() throws {
        let team = try Team()
        let log = try team.log(as: team.advisor)
        let anna = Actor(user: "anna", command: "test")
        #expect(log.session == PostgresSession(login: team.advisor, role: .advisor, points: [Self.library]))
        // Reading: only the library's contacts and figures
        #expect(try log.contactCount() == 2)
        var exported: [Contact] = []
        try log.exportContacts(from: nil, to: nil, point: nil, by: anna) { exported.append($0) }
        #expect(exported.map(\.point) == [Self.library, Self.library])
        #expect(try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-15")!, point: nil, by: anna).contacts == 2)
        #expect(try log.contact(id: team.atKerava[0], by: anna) == nil)
        // Writing: a save at Kerava is refused, as a StoreError naming the login; nothing is written
        let atKerava = ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: Self.kerava)
        let refused = #expect(throws: StoreError.self) { try log.log(atKerava, by: anna) }
        if case .notAllowed(let login, _)? = refused {
            #expect(login == team.advisor)
        } else {
            Issue.record("not a refusal: \(String(describing: refused))")
        }
        #expect(throws: StoreError.self) { try log.importContacts([atKerava], details: "test", by: anna) }
        #expect(throws: ContactNotFound(id: team.atKerava[2])) {
            try log.update(id: team.atKerava[2], to: atKerava, assessment: nil, chain: nil, by: anna)
        }
        #expect(try team.owner.contactCount() == 5)
        // At the library it saves; a later contact of the client settles the client's open matter at Kerava too
        #expect(try log.earlierContacts(clientRef: Self.ref, before: Fixtures.at("2023-03-16T12:00:00+02:00"), by: anna).map(\.id)
            == [team.atKerava[1], team.atLibrary[1]])
        let closer = try log.log(
            ContactLogTests.contact("2023-03-16T12:00:00+02:00", point: Self.library, ref: Self.ref), closing: [team.atKerava[1]], by: anna)
        #expect(try team.owner.contact(id: team.atKerava[1], by: Self.actor)?.0.followUp == .done(note: "", closedBy: closer))
        // but not a Kerava contact of another client
        #expect(throws: ContactNotFound(id: team.atKerava[0])) {
            try log.log(ContactLogTests.contact("2023-03-16T13:00:00+02:00", point: Self.library, ref: Self.ref), closing: [team.atKerava[0]], by: anna)
        }
        #expect(try team.owner.contact(id: team.atKerava[0], by: Self.actor)?.0.followUp == .done(note: "called", closedBy: nil))
        // An import at the library works for the advisor, with its figures; follow-ups and drafts are theirs to keep
        try log.importContacts(
            [ContactLogTests.contact("2023-03-17T10:00:00+02:00", resolved: false), ContactLogTests.contact("2023-03-17T11:00:00+02:00")],
            details: "import", by: anna)
        let day = CivilDate(iso: "2023-03-17")!
        #expect(try team.owner.report(from: day, to: day, point: nil, by: Self.actor).contacts == 2)
        let open = try log.followUps(point: Self.library, since: day, by: anna)
        #expect(open.count == 1)
        try log.markFollowUpDone(contactID: open[0].id, note: "sorted", by: anna)
        #expect(try team.owner.contact(id: open[0].id, by: Self.actor)?.0.followUp == .done(note: "sorted", closedBy: nil))
        #expect(throws: ContactNotFound(id: team.atKerava[1])) { try log.markFollowUpDone(contactID: team.atKerava[1], note: "", by: anna) }
        let draft = try log.saveDraft(id: nil, form: "{}", point: Self.library, by: anna)
        #expect(try log.drafts(by: anna).map(\.id) == [draft])
        #expect(try log.drafts(by: anna).map(\.advisor) == [team.advisor])
        #expect(try team.owner.drafts(by: Self.actor).isEmpty)
    }

    // MARK: - Supervisors and trainers

    @Test func aSupervisorReadsEveryPointAndWritesNoContact() throws {
        let team = try Team()
        for (table, sql) in Self.ownRows.sorted(by: { $0.key < $1.key }) {
            #expect(try team.lines(sql, as: team.supervisor) == team.lines(sql, as: Backend.postgresOwner), "\(table)")
        }
        try team.expectRefused(Team.insert(at: Self.library), as: team.supervisor, "permission denied")
        try team.expectRefused("UPDATE neuvo.contact SET channel = 'phone'", as: team.supervisor, "permission denied")
        try team.expectRefused("DELETE FROM neuvo.contact", as: team.supervisor, "permission denied")
        try team.expectRefused("INSERT INTO neuvo.contact_topic VALUES (\(team.atLibrary[0]), 'forms')", as: team.supervisor, "permission denied")
        try team.expectRefused("DELETE FROM neuvo.contact_topic", as: team.supervisor, "permission denied")
        // A supervisor keeps staffing's figures (CONTRACT §7), and no other.
        try team.expectRefused(
            "INSERT INTO neuvo.daily_figure VALUES ('2023-03-13', '\(Self.library)', 'contacts', '', 0, 1)", as: team.supervisor, "row-level security")
        try team.expectRefused(
            "INSERT INTO neuvo.follow_up_done (contact_id, done_at, \"user\", note) VALUES (\(team.atLibrary[1]), 'x', session_user, '')",
            as: team.supervisor, "permission denied")
        // Through the log: the owner's figures; a save refused
        let log = try team.log(as: team.supervisor)
        let sanna = Actor(user: "sanna", command: "test")
        #expect(log.session.role == .supervisor)
        let (from, to) = (CivilDate(iso: "2023-03-13")!, CivilDate(iso: "2023-03-15")!)
        #expect(try log.report(from: from, to: to, point: nil, by: sanna) == team.owner.report(from: from, to: to, point: nil, by: Self.actor))
        #expect(throws: StoreError.self) { try log.log(ContactLogTests.contact("2023-03-16T10:00:00+02:00"), by: sanna) }
        #expect(throws: StoreError.self) { try log.markFollowUpDone(contactID: team.atLibrary[1], note: "", by: sanna) }
        #expect(throws: StoreError.self) { try log.setFollowUpWindow(hours: 24, by: sanna) }
        #expect(try team.owner.contactCount() == 5)
        // Drafts are a supervisor's own, as an advisor's are
        let draft = try log.saveDraft(id: nil, form: "{}", point: nil, by: sanna)
        #expect(try log.drafts(by: sanna).map(\.id) == [draft])
    }

    @Test func aTrainerReadsNothingOfARealDatabase() throws {
        let team = try Team()
        for table in Self.ownRows.keys.sorted() + ["neuvo.draft", "neuvo.audit", "neuvo.advisor_point", "neuvo.pseudonym_key"] {
            try team.expectRefused("SELECT count(*) FROM \(table)", as: team.trainer, "permission denied")
        }
        try team.expectRefused("SELECT * FROM neuvo.earlier_contacts('\(Self.ref)', 0, 9999999999)", as: team.trainer, "permission denied")
        try team.expectRefused("SELECT neuvo.pseudonym('150655-' || '902T')", as: team.trainer, "permission denied")
        // Through the log: every read refused, as a StoreError
        let log = try team.log(as: team.trainer)
        let ben = Actor(user: "ben", command: "test")
        #expect(log.session.role == .trainer)
        #expect(throws: StoreError.self) { try log.contactCount() }
        #expect(throws: StoreError.self) { try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-15")!, point: nil, by: ben) }
        #expect(throws: StoreError.self) { try log.exportContacts(from: nil, to: nil, point: nil, by: ben) { _ in } }
        #expect(throws: StoreError.self) { try log.audit(from: nil, to: nil) }
    }

    // MARK: - The audit log

    @Test func theAuditLogIsAppendOnlyForEveryRoleAndTheOwner() throws {
        let team = try Team()
        let owner = Backend.postgresOwner
        let before = try team.lines("SELECT count(*) FROM neuvo.audit", as: owner)
        for login in team.logins + [owner] {
            let reason = login == owner ? "audit rows are never changed or deleted" : "permission denied"
            try team.expectRefused(#"UPDATE neuvo.audit SET "user" = 'someone'"#, as: login, reason)
            try team.expectRefused("DELETE FROM neuvo.audit", as: login, reason)
            try team.expectRefused("TRUNCATE neuvo.audit", as: login, reason)
        }
        // Appended by no neuvo role but through neuvo's own function
        for login in team.logins {
            try team.expectRefused(
                #"INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts") VALUES ('x', 'someone', 'x', 'x', 0)"#, as: login,
                "permission denied")
        }
        #expect(try team.lines("SELECT count(*) FROM neuvo.audit", as: owner) == before)
    }

    @Test func eachAuditRowNamesTheLoginTheServerAuthenticated() throws {
        let team = try Team()
        // Through a function that audits, by psql, and through the owner's log with an actor naming someone else
        #expect(try team.psql("SELECT count(*) FROM neuvo.audit_chain(0, 1)", as: team.supervisor).status == 0)
        try team.owner.record("a role changed", by: Actor(user: "not-the-owner", command: "test"))
        let rows = try team.lines(#"SELECT "user", "details" FROM neuvo.audit ORDER BY id DESC LIMIT 2"#, as: Backend.postgresOwner)
        #expect(rows == ["\(Backend.postgresOwner)|a role changed", "\(team.supervisor)|audit rows after place 0 read to verify the chain (1 rows)"])
    }

    // MARK: - The pseudonym key

    @Test func noneButTheOwnerReadsThePseudonymKey() throws {
        let team = try Team()
        for login in team.logins {
            try team.expectRefused("SELECT * FROM neuvo.pseudonym_key", as: login, "permission denied")
            try team.expectRefused("SELECT length(key) FROM neuvo.pseudonym_key", as: login, "permission denied")
        }
        #expect(try team.lines("SELECT length(key) FROM neuvo.pseudonym_key", as: Backend.postgresOwner) == ["32"])
    }

    @Test func theServersPseudonymIsGuidancesForTheSameKey() throws {
        // Given a database initialised with a known key, and an advisor
        let bytes = (0..<32).map { UInt8($0 * 7 + 3) }
        let uri = try Backend.bareDatabase()
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog, key: bytes)
        let owner = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        let advisor = "advisor_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCluster.shared.createLogin(advisor)
        try owner.setRole(of: advisor, to: .advisor, points: [Self.library], by: Self.actor)
        let log = try PostgresLog.open(uri: try Backend.postgresURI(uri, as: advisor), catalog: Fixtures.catalog)
        let key = try #require(PseudonymKey(bytes: bytes))
        // Then each code's pseudonym is the same, from the server as the advisor asks for it and from Guidance
        for code in ["150655-" + "902T", "010199A" + "950M", "311285-" + "987E", "290200A" + "901C", "120375+" + "912X"] {
            let identity = try IdentityCode(code)
            let expected = key.pseudonym(for: identity)
            #expect(try log.pseudonym(for: identity) == expected, "\(code)")
            let direct = try PostgresCluster.shared.psql("SELECT neuvo.pseudonym('\(identity.normalized)')", database: uri, user: advisor)
            #expect(direct.stdout == expected + "\n", "\(code): \(direct.stderr)")
        }
        // And the owner reads back the very key it was given
        let stored = try PostgresCluster.shared.psql("SELECT encode(key, 'hex') FROM neuvo.pseudonym_key", database: uri, user: Backend.postgresOwner)
        #expect(stored.stdout == PostgresLog.hex(bytes) + "\n")
    }
}

/// CONTRACT §7's tables under the same rules: an advisor answers only at their points and sets outcomes only of their
/// points' contacts or of a client they name; supervisors keep staffing and no other figure.
extension PostgresRulesTests {
    @Test func theEvaluationsTablesFollowThePoints() throws {
        let team = try Team()
        let advisor = try team.log(as: team.advisor)
        let day = CivilDate(iso: "2023-03-13")!
        try advisor.saveRecords([.feedback(FeedbackAnswer(day: day, point: Self.library, nps: 9))], details: nil, by: Self.actor)
        #expect(throws: StoreError.self) {
            try advisor.saveRecords([.feedback(FeedbackAnswer(day: day, point: Self.kerava, nps: 9))], details: nil, by: Self.actor)
        }
        #expect(throws: StoreError.self) {
            try advisor.saveRecords([.staffing(StaffingDay(day: day, point: Self.library, staffHundredths: 1, hourlyCostCents: 1))], details: nil, by: Self.actor)
        }
        // Another point's contact: only by naming its client.
        #expect(throws: ContactNotFound.self) {
            try advisor.setReferralOutcome(contactID: team.atKerava[0], referral: "kela", outcome: "reached", clientRef: nil, by: Self.actor)
        }
        try advisor.setReferralOutcome(contactID: team.atKerava[1], referral: "kela", outcome: "reached", clientRef: Self.ref, by: Self.actor)
        let kerava = try team.owner.report(from: day, to: day.adding(days: 1), point: Self.kerava, by: Self.actor)
        #expect(kerava.referralOutcomes == ["reached": 1, "pending": 1])

        let supervisor = try team.log(as: team.supervisor)
        try supervisor.saveRecords([.staffing(StaffingDay(day: day, point: Self.kerava, staffHundredths: 750, hourlyCostCents: 4000))], details: nil, by: Self.actor)
        #expect(try team.owner.report(from: day, to: day, point: Self.kerava, by: Self.actor).staffHundredths == 750)
        #expect(throws: (any Error).self) {
            try supervisor.setReferralOutcome(contactID: team.atLibrary[0], referral: "kela", outcome: "reached", clientRef: nil, by: Self.actor)
        }
        try team.expectRefused(
            "INSERT INTO neuvo.daily_figure VALUES ('2023-03-13', 'kerava-service-centre', 'contacts', '', 0, 100)", as: team.supervisor,
            "row-level security")
        #expect(try team.lines("SELECT count(*) FROM neuvo.feedback", as: team.supervisor) == ["1"])
        try team.expectRefused("SELECT * FROM neuvo.feedback", as: team.trainer, "permission denied")
        #expect(try team.lines("SELECT point FROM neuvo.feedback", as: team.advisor) == ["jarvenpaa-library"])
    }
}
