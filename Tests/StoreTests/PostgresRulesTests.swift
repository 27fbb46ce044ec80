import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// The rules the PostgreSQL server enforces whatever client connects (CONTRACT §6, "No side door"), checked with `psql`
/// as each role and, where the log says so, through `PostgresLog` opened by that login. Given a team's database with
/// contacts at two points and one login of each neuvo role, When each connects, Then no login but the owner reaches a
/// table, every write goes through a function that refuses with a specific SQLSTATE and says who may, and no function
/// maps an arbitrary identity code to a pseudonym.
struct PostgresRulesTests {
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"
    /// The client seen at both points, by identity code and by its pseudonym under the team database's key.
    static let identityCode = "150655-" + "902T"
    static let keyBytes = (0..<32).map { UInt8($0 * 5 + 1) }
    static let ref = PseudonymKey(bytes: keyBytes)!.pseudonym(for: try! IdentityCode(identityCode))
    static let actor = Actor(user: "admin", command: "test")

    /// A team's database: the owner's log, contacts at the library and at Kerava (one client at both), and a login
    /// of each role: an advisor at the library, a supervisor, a trainer, a board.
    struct Team {
        let owner: PostgresLog
        let advisor: String
        let supervisor: String
        let trainer: String
        let board: String
        /// The contacts as the owner saved them: at the library, then at Kerava.
        let atLibrary: [Int64]
        let atKerava: [Int64]

        init() throws {
            owner = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
            try owner.replacePseudonymKey(keyBytes)
            let suffix = "_" + UUID().uuidString.prefix(8).lowercased()
            advisor = "advisor" + suffix
            supervisor = "supervisor" + suffix
            trainer = "trainer" + suffix
            board = "board" + suffix
            let cluster = try PostgresCluster.shared
            for login in [advisor, supervisor, trainer, board] { try cluster.createLogin(login) }
            try owner.setRole(of: advisor, to: .advisor, points: [library], by: actor)
            try owner.setRole(of: supervisor, to: .supervisor, points: [], by: actor)
            try owner.setRole(of: trainer, to: .trainer, points: [], by: actor)
            try owner.setRole(of: board, to: .board, points: [], by: actor)
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

        var logins: [String] { [advisor, supervisor, trainer, board] }

        /// `sql` run by `psql` as `login` in the team's database, errors with their SQLSTATE.
        func psql(_ sql: String, as login: String) throws -> (status: Int32, stdout: String, stderr: String) {
            try PostgresCluster.shared.psql(sql, database: owner.uri, user: login, verbose: true)
        }

        /// The lines `sql` prints as `login`; a failure is recorded.
        func lines(_ sql: String, as login: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
            let result = try psql(sql, as: login)
            #expect(result.status == 0, "\(login): \(sql): \(result.stderr)", sourceLocation: sourceLocation)
            return result.stdout.split(separator: "\n").map(String.init)
        }

        /// Expects the server to refuse `sql` to `login` with SQLSTATE `state` and a message holding `reason`.
        func expectRefused(
            _ sql: String, as login: String, _ state: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation
        ) throws {
            let result = try psql(sql, as: login)
            #expect(result.status != 0, "\(login) was allowed: \(sql)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains("ERROR:  \(state): ") && result.stderr.contains(reason),
                    "\(login): \(sql): expected \(state) \(reason), got \(result.stderr)", sourceLocation: sourceLocation)
        }

        /// The log as `login` opens it.
        func log(as login: String) throws -> PostgresLog {
            try PostgresLog.open(uri: try Backend.postgresURI(owner.uri, as: login), catalog: Fixtures.catalog)
        }

        /// The value of `sql` as the owner reads it.
        func owners(_ sql: String) throws -> [String] { try lines(sql, as: Backend.postgresOwner) }

        /// A contact row for a direct INSERT at `point`.
        static func insert(at point: String) -> String {
            """
            INSERT INTO neuvo.contact (utc_offset, instant, day, point, channel, resolved, contact_by, identified, age_group, logged_at)
            VALUES (120, 1678953600, '2023-03-16', (SELECT t.id FROM neuvo.term AS t WHERE t.word = '\(point)'), 1, true, 1, false, 1,
                    '2023-03-16T08:00:00Z')
            """
        }

        /// A contact as `neuvo.save_contact` takes it, at `point`, with these topics.
        static func json(at point: String, topics: [String] = ["housing"], clientRef: String? = nil) -> String {
            PostgresLog.contactJSON(
                ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: point, topics: topics, ref: clientRef), clientRef: clientRef,
                assessment: nil, chain: nil
            ).replacingOccurrences(of: "'", with: "''")
        }
    }

    /// Every table of the schema.
    static let tables = [
        "neuvo.contact", "neuvo.contact_unmet_need", "neuvo.assessment",
        "neuvo.follow_up_done", "neuvo.daily_figure", "neuvo.draft", "neuvo.audit", "neuvo.setting", "neuvo.migration",
        "neuvo.advisor_point", "neuvo.pseudonym_key", "neuvo.client", "neuvo.feedback", "neuvo.mood", "neuvo.staffing",
        "neuvo.vocabulary", "neuvo.channel_secret",
    ]

    // MARK: - No side door

    @Test func noGroupRoleReadsOrWritesATable() throws {
        let team = try Team()
        for login in team.logins {
            for table in Self.tables {
                try team.expectRefused("SELECT count(*) FROM \(table)", as: login, "42501", "permission denied for table \(table.dropFirst(6))")
            }
            try team.expectRefused("SELECT nextval('neuvo.contact_id_seq')", as: login, "42501", "permission denied for sequence contact_id_seq")
        }
        // Writes straight into the log or its figures: refused to every advisor, whatever the point.
        try team.expectRefused(Team.insert(at: Self.library), as: team.advisor, "42501", "permission denied for table contact")
        try team.expectRefused("UPDATE neuvo.contact SET channel = 1", as: team.advisor, "42501", "permission denied for table contact")
        try team.expectRefused("DELETE FROM neuvo.contact", as: team.advisor, "42501", "permission denied for table contact")
        for login in [team.advisor, team.supervisor] {
            try team.expectRefused(
                "INSERT INTO neuvo.daily_figure VALUES ('2023-03-13', 1, 1, 1, 0, 100)", as: login, "42501",
                "permission denied for table daily_figure")
            try team.expectRefused("UPDATE neuvo.daily_figure SET value = value + 1", as: login, "42501", "permission denied for table daily_figure")
            try team.expectRefused("DELETE FROM neuvo.daily_figure", as: login, "42501", "permission denied for table daily_figure")
        }
        #expect(try team.owners("SELECT count(*) FROM neuvo.contact") == ["5"])
    }

    @Test func theOldFunctionsAreNoLongerAnyGroupRolesToCall() throws {
        let team = try Team()
        for login in team.logins {
            try team.expectRefused("SELECT neuvo.pseudonym('\(Self.identityCode)')", as: login, "42501", "permission denied for function pseudonym")
            try team.expectRefused("SELECT neuvo.audit('psql', 'by hand', 0)", as: login, "42501", "permission denied for function audit")
            // v31's queue of audit rows waiting for their seal: emptied by the seal alone.
            try team.expectRefused("SELECT neuvo.take_audit_queue()", as: login, "42501", "permission denied for function take_audit_queue")
            try team.expectRefused("SELECT neuvo.refresh_repeats(NULL)", as: login, "42501", "permission denied for function refresh_repeats")
            try team.expectRefused(
                "SELECT neuvo.refresh_repeats(ARRAY['\(Self.ref)'])", as: login, "42501", "permission denied for function refresh_repeats")
            try team.expectRefused(
                "SELECT * FROM neuvo.close_follow_ups(ARRAY[\(team.atKerava[1])]::bigint[], \(team.atLibrary[1]))", as: login, "42501",
                "permission denied for function close_follow_ups")
        }
        // No function a group role may call returns a pseudonym for a code: only whoami, my_points and the v7 functions,
        // none of which returns a pseudonym (the earlier contacts give no client_ref).
        let callable = try team.owners(
            """
            SELECT p.proname FROM pg_proc AS p WHERE p.pronamespace = 'neuvo'::regnamespace
              AND (has_function_privilege('neuvo_advisor', p.oid, 'EXECUTE') OR has_function_privilege('neuvo_trainer', p.oid, 'EXECUTE'))
            ORDER BY 1
            """)
        #expect(!callable.contains("pseudonym") && !callable.contains("client_pseudonym") && !callable.contains("refresh_repeats")
                && !callable.contains("audit") && !callable.contains("audit_append") && !callable.contains("add_figures")
                && !callable.contains("take_audit_queue"), "\(callable)")
        let columns = try team.owners(
            "SELECT string_agg(a, ',') FROM pg_proc, unnest(proargnames) AS a WHERE oid = 'neuvo.earlier_contacts(text, text, bigint, text)'::regprocedure")
        #expect(columns.first?.contains("client_ref") == false)
    }

    // MARK: - Pseudonyms

    @Test func aLoopOfLookUpsHitsTheLoginsLimitEvenWhenRolledBack() throws {
        let team = try Team()
        let lookUp = "SELECT count(*) FROM generate_series(1, 20) AS i, neuvo.earlier_contacts('\(Self.identityCode)', NULL, 9999999999 + i, 'psql')"
        // The day's limit at 25 (a minute's far above it): twenty look-ups in a transaction rolled back still count.
        #expect(try team.lines(#"UPDATE neuvo.setting SET "value" = '1000' WHERE "key" = 'pseudonym_per_minute'"#, as: Backend.postgresOwner) == ["UPDATE 1"])
        #expect(try team.lines(#"UPDATE neuvo.setting SET "value" = '25' WHERE "key" = 'pseudonym_per_day'"#, as: Backend.postgresOwner) == ["UPDATE 1"])
        let rolledBack = try team.psql("BEGIN; \(lookUp); ROLLBACK", as: team.advisor)
        #expect(rolledBack.status == 0, "\(rolledBack.stderr)")
        try team.expectRefused(lookUp, as: team.advisor, "54000", "too many clients looked up: 25 a day")
        // Each look-up that went through is audited with the client's pseudonym, never the code.
        let audited = try team.owners(
            #"SELECT count(*) FROM neuvo.audit WHERE "user" = '\#(team.advisor)' AND "clients" = ARRAY['\#(Self.ref)']"#)
        #expect(audited == ["0"], "rolled back with the look-ups: \(audited)")
        #expect(try team.owners(#"SELECT count(*) FROM neuvo.audit WHERE "details" LIKE '%\#(Self.identityCode)%'"#) == ["0"])
    }

    @Test func aMinutesLookUpsStopAtThirtyAndEachIsAudited() throws {
        let team = try Team()
        // Two look-ups, audited with the pseudonym; then a loop of 61 (whichever minute they fall in, more than 30 in one).
        let before = Fixtures.at("2023-03-16T12:00:00+02:00").instant
        for _ in 0..<2 {
            #expect(try team.lines("SELECT id FROM neuvo.earlier_contacts('\(Self.identityCode)', NULL, \(before), 'psql')", as: team.advisor)
                == [team.atKerava[1], team.atLibrary[1]].map(String.init))
        }
        #expect(try team.owners(
            #"SELECT count(*) FROM neuvo.audit WHERE "user" = '\#(team.advisor)' AND "clients" = ARRAY['\#(Self.ref)'] AND "contacts" = 2"#) == ["2"])
        try team.expectRefused(
            "SELECT count(*) FROM generate_series(1, 61) AS i, neuvo.earlier_contacts('\(Self.identityCode)', NULL, 9999999999 + i, 'psql')",
            as: team.advisor, "54000", "too many clients looked up: 30 a minute")
    }

    @Test func noLoginButTheOwnerNamesAClientByPseudonym() throws {
        let team = try Team()
        let refused = "a client is named by the identity code; only the owner names one by pseudonym"
        // The red team's tricks with another point's pseudonym: earlier contacts, an outcome, a save that closes or repeats.
        try team.expectRefused("SELECT * FROM neuvo.earlier_contacts(NULL, '\(Self.ref)', 9999999999, 'psql')", as: team.advisor, "42501", refused)
        try team.expectRefused(
            "SELECT neuvo.set_referral_outcome(\(team.atKerava[1]), 'kela', 'reached', NULL, '\(Self.ref)', 'psql')", as: team.advisor,
            "42501", refused)
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(Team.json(at: Self.library, clientRef: Self.ref))', NULL, 'token-1', ARRAY[\(team.atKerava[1])]::bigint[], NULL, 'psql')",
            as: team.advisor, "42501", refused)
        try team.expectRefused(
            "SELECT neuvo.update_contact(\(team.atLibrary[0]), '\(Team.json(at: Self.library, clientRef: Self.ref))', NULL, NULL, 'psql')",
            as: team.advisor, "42501", refused)
        // Closing another point's follow-up without naming its client
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(Team.json(at: Self.library))', NULL, 'token-2', ARRAY[\(team.atKerava[1])]::bigint[], NULL, 'psql')",
            as: team.advisor, "P0002", "no contact \(team.atKerava[1]) this login may close")
        // Kerava's contact is as it was: the outcome pending, the follow-up open, repeated by the library's next day
        #expect(try team.owners(
            "SELECT c.id, o.word, f.contact_id IS NULL, c.has_repeat FROM neuvo.contact AS c CROSS JOIN neuvo.referral_pairs(c.referrals) AS p JOIN neuvo.term AS o ON o.id = p.outcome LEFT JOIN neuvo.follow_up_done AS f ON f.contact_id = c.id WHERE c.id = \(team.atKerava[1])")
            == ["\(team.atKerava[1])|pending|t|t"])
        #expect(try team.owners("SELECT count(*) FROM neuvo.contact") == ["5"])
    }

    @Test func theServersPseudonymIsGuidancesForTheSameKey() throws {
        // Given a database initialised with a known key, and an advisor whose form names clients by identity code
        let bytes = (0..<32).map { UInt8($0 * 7 + 3) }
        let uri = try Backend.bareDatabase()
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog, key: bytes)
        let owner = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        let advisor = "advisor_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCluster.shared.createLogin(advisor)
        try owner.setRole(of: advisor, to: .advisor, points: [Self.library], by: Self.actor)
        let log = try PostgresLog.open(uri: try Backend.postgresURI(uri, as: advisor), catalog: Fixtures.catalog)
        let key = try #require(PseudonymKey(bytes: bytes))
        // Then each code's pseudonym as the server stores it with the advisor's save is Guidance's; the client saw only a handle
        for code in ["150655-" + "902T", "010199A" + "950M", "311285-" + "987E", "290200A" + "901C", "120375+" + "912X"] {
            let identity = try IdentityCode(code)
            let handle = log.clientHandle(for: identity)
            #expect(handle != key.pseudonym(for: identity))
            let id = try log.log(ContactLogTests.contact("2023-03-16T10:00:00+02:00", ref: handle), by: Self.actor)
            let stored = try PostgresCluster.shared.psql("SELECT k.pseudonym FROM neuvo.contact AS c JOIN neuvo.client AS k ON k.id = c.client WHERE c.id = \(id)", database: uri, user: Backend.postgresOwner)
            #expect(stored.stdout == key.pseudonym(for: identity) + "\n", "\(code): \(stored.stderr)")
        }
        // A handle of another log (an earlier run's draft) is not a client: the code is asked again
        let stale = try PostgresLog.open(uri: try Backend.postgresURI(uri, as: advisor), catalog: Fixtures.catalog)
            .clientHandle(for: try IdentityCode("150655-" + "902T"))
        #expect(throws: StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.clientRef, .missing)]))) {
            try log.log(ContactLogTests.contact("2023-03-16T11:00:00+02:00", ref: stale), by: Self.actor)
        }
        // And the owner reads back the very key it was given
        let stored = try PostgresCluster.shared.psql("SELECT encode(key, 'hex') FROM neuvo.pseudonym_key", database: uri, user: Backend.postgresOwner)
        #expect(stored.stdout == PostgresLog.hex(bytes) + "\n")
    }

    @Test func noneButTheOwnerReadsThePseudonymKey() throws {
        let team = try Team()
        for login in team.logins {
            try team.expectRefused("SELECT * FROM neuvo.pseudonym_key", as: login, "42501", "permission denied for table pseudonym_key")
            try team.expectRefused("SELECT length(key) FROM neuvo.pseudonym_key", as: login, "42501", "permission denied for table pseudonym_key")
        }
        #expect(try team.owners("SELECT length(key) FROM neuvo.pseudonym_key") == ["32"])
    }

    // MARK: - Ids, codes, outcomes

    @Test func idsAreTheServersAndCodesAreChecked() throws {
        let team = try Team()
        // A planted id: refused to the owner too (GENERATED ALWAYS), so that no save meets an id someone chose
        let planted = Team.insert(at: Self.library).replacingOccurrences(of: "(utc_offset,", with: "(id, utc_offset,")
            .replacingOccurrences(of: "VALUES (", with: "VALUES (\(team.atKerava[2] + 1), ")
        try team.expectRefused(planted, as: Backend.postgresOwner, "428C9", "cannot insert a non-DEFAULT value into column \"id\"")
        try team.expectRefused(planted, as: team.advisor, "428C9", "cannot insert a non-DEFAULT value into column \"id\"")
        // An id in a save's contact is not read: the server's next one is used
        let json = Team.json(at: Self.library).replacingOccurrences(of: "{", with: #"{"id": 999999, "#)
        let saved = try team.lines("SELECT neuvo.save_contact('\(json)', NULL, 'token-planted', '{}', NULL, 'psql')", as: team.advisor)
        #expect(saved != ["999999"] && saved.count == 1)
        // Unknown codes, named
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(Team.json(at: Self.library, topics: ["no-such-topic"]))', NULL, 'token-3', '{}', NULL, 'psql')",
            as: team.advisor, "22023", "unknown topic code: no-such-topic")
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(Team.json(at: Self.library).replacingOccurrences(of: "walk-in", with: "carrier-pigeon"))', NULL, 'token-4', '{}', NULL, 'psql')",
            as: team.advisor, "22023", "unknown channel code: carrier-pigeon")
        try team.expectRefused(
            "SELECT neuvo.save_records('[{\"kind\": \"feedback\", \"day\": \"2023-03-13\", \"point\": \"atlantis\", \"nps\": 9}]', NULL, 'psql')",
            as: team.advisor, "22023", "unknown point code: atlantis")
        // A bad outcome text, and a good one on the advisor's own contact
        try team.expectRefused(
            "SELECT neuvo.set_referral_outcome(\(team.atLibrary[1]), 'kela', 'whatever I like', NULL, NULL, 'psql')", as: team.advisor, "22023",
            "unknown referral_outcome code: whatever I like")
        #expect(try team.lines("SELECT neuvo.set_referral_outcome(\(team.atLibrary[1]), 'kela', 'reached', NULL, NULL, 'psql')", as: team.advisor) == ["pending"])
        #expect(try team.owners("SELECT o.word FROM neuvo.contact AS c CROSS JOIN neuvo.referral_pairs(c.referrals) AS p JOIN neuvo.term AS o ON o.id = p.outcome WHERE c.id = \(team.atLibrary[1])") == ["reached"])
    }

    // MARK: - Roles at the write functions

    @Test func eachWriteFunctionRefusesTheRolesItIsNotFor() throws {
        let team = try Team()
        let save = "SELECT neuvo.save_contact('\(Team.json(at: Self.library))', NULL, 'token-x', '{}', NULL, 'psql')"
        for login in [team.supervisor, team.trainer, team.board] {
            try team.expectRefused(save, as: login, "42501", "only advisors and the owner save contacts")
            try team.expectRefused("SELECT neuvo.mark_follow_up_done(\(team.atLibrary[1]), '', 'psql')", as: login, "42501",
                                   "only advisors and the owner mark follow-ups done")
            try team.expectRefused("SELECT neuvo.import_begin()", as: login, "42501", "only advisors and the owner import contacts")
            try team.expectRefused("SELECT * FROM neuvo.earlier_contacts('\(Self.identityCode)', NULL, 9999999999, 'psql')", as: login, "42501",
                                   "only advisors and the owner look up a client's earlier contacts")
        }
        for login in [team.advisor, team.supervisor, team.trainer, team.board] {
            try team.expectRefused("SELECT neuvo.set_follow_up_window(24, 'psql')", as: login, "42501", "only the owner sets the follow-up window")
        }
        for login in [team.trainer, team.board] {
            try team.expectRefused("SELECT neuvo.save_draft(NULL, '{}', NULL, 'psql')", as: login, "42501",
                                   "only advisors, supervisors and the owner keep drafts")
        }
        try team.expectRefused(
            "SELECT neuvo.save_records('[{\"kind\": \"staffing\", \"day\": \"2023-03-13\", \"point\": \"\(Self.library)\", \"staff_hundredths\": 1, \"hourly_cost_cents\": 1}]', NULL, 'psql')",
            as: team.advisor, "42501", "only supervisors and the owner keep staffing")
        try team.expectRefused(
            "SELECT neuvo.record_event('anything I like', 'psql')", as: team.advisor, "22023", "not an event a login records")
        // At another point: the advisor's points named
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(Team.json(at: Self.kerava))', NULL, 'token-k', '{}', NULL, 'psql')", as: team.advisor, "42501",
            "advisors save contacts only at their points (\(Self.library)): not at \(Self.kerava)")
        #expect(try team.owners("SELECT count(*) FROM neuvo.contact") == ["5"])
    }

    @Test func anAdvisorsLogWritesAtTheirPointsOnly() throws {
        let team = try Team()
        let log = try team.log(as: team.advisor)
        let anna = Actor(user: "anna", command: "test")
        #expect(log.session == PostgresSession(login: team.advisor, role: .advisor, points: [Self.library]))
        // A save at Kerava is refused, as a StoreError naming the login; nothing is written
        let atKerava = ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: Self.kerava)
        let refused = #expect(throws: StoreError.self) { try log.log(atKerava, by: anna) }
        if case .notAllowed(let login, let reason)? = refused {
            #expect(login == team.advisor && reason.contains("advisors save contacts only at their points"))
        } else {
            Issue.record("not a refusal: \(String(describing: refused))")
        }
        let importRefused = #expect(throws: StoreError.self) { try log.importContacts([atKerava], details: "test", by: anna) }
        if case .notAllowed(_, let reason)? = importRefused {
            #expect(reason.contains("advisors import contacts only at their points"))
        } else {
            Issue.record("not a refusal: \(String(describing: importRefused))")
        }
        #expect(throws: ContactNotFound(id: team.atKerava[2])) {
            try log.update(id: team.atKerava[2], to: atKerava, assessment: nil, chain: nil, by: anna)
        }
        #expect(try team.owner.contactCount() == 5)
        // The client at hand, by identity code: the earlier contacts at both points, and a save that settles the client's
        // open matter at Kerava too
        let client = log.clientHandle(for: try IdentityCode(Self.identityCode))
        #expect(try log.earlierContacts(clientRef: client, before: Fixtures.at("2023-03-16T12:00:00+02:00"), by: anna).map(\.id)
            == [team.atKerava[1], team.atLibrary[1]])
        let closer = try log.log(
            ContactLogTests.contact("2023-03-16T12:00:00+02:00", point: Self.library, ref: client), closing: [team.atKerava[1]], by: anna)
        #expect(try team.owner.contact(id: team.atKerava[1], by: Self.actor)?.0.followUp == .done(note: "", closedBy: closer))
        #expect(try team.owner.contact(id: closer, by: Self.actor)?.0.contact.clientRef == Self.ref)
        // but not a Kerava contact of another client
        #expect(throws: ContactNotFound(id: team.atKerava[0])) {
            try log.log(ContactLogTests.contact("2023-03-16T13:00:00+02:00", point: Self.library, ref: client), closing: [team.atKerava[0]], by: anna)
        }
        #expect(try team.owner.contact(id: team.atKerava[0], by: Self.actor)?.0.followUp == .done(note: "called", closedBy: nil))
        // An import at the library works for the advisor, with its figures; follow-ups and drafts are theirs to keep
        try log.importContacts(
            [ContactLogTests.contact("2023-03-17T10:00:00+02:00", resolved: false), ContactLogTests.contact("2023-03-17T11:00:00+02:00")],
            details: "import", by: anna)
        let day = CivilDate(iso: "2023-03-17")!
        #expect(try team.owner.report(from: day, to: day, point: nil, by: Self.actor).contacts == 2)
        let open = try team.owner.followUps(point: Self.library, since: day, by: Self.actor)
        #expect(open.count == 1)
        try log.markFollowUpDone(contactID: open[0].id, note: "sorted", by: anna)
        #expect(try team.owner.contact(id: open[0].id, by: Self.actor)?.0.followUp == .done(note: "sorted", closedBy: nil))
        #expect(throws: ContactNotFound(id: team.atKerava[1])) { try log.markFollowUpDone(contactID: team.atKerava[1], note: "", by: anna) }
        let draft = try log.saveDraft(id: nil, form: "{}", point: Self.library, by: anna)
        #expect(try team.owners(#"SELECT id, advisor FROM neuvo.draft"#) == ["\(draft)|\(team.advisor)"])
        #expect(try team.owner.drafts(by: Self.actor).isEmpty)
        // A draft over someone else's id starts one of the advisor's own
        let ownersDraft = try team.owner.saveDraft(id: nil, form: "{}", point: nil, by: Self.actor)
        #expect(try log.saveDraft(id: ownersDraft, form: "{\"x\": 1}", point: nil, by: anna) != ownersDraft)
        #expect(try team.owner.drafts(by: Self.actor).map(\.form) == ["{}"])
    }

    /// The figures are the server's: what a save, an edit, an outcome and an import leave in `daily_figure` is what the
    /// contacts count for (`Report.count`), recomputed from the log.
    @Test func theFiguresTheFunctionsWriteAreTheContactsOwn() throws {
        let team = try Team()
        let log = try team.log(as: team.advisor)
        let anna = Actor(user: "anna", command: "test")
        let client = log.clientHandle(for: try IdentityCode(Self.identityCode))
        var contact = ContactLogTests.contact("2023-03-16T10:00:00+02:00", topics: ["housing", "benefits"], resolved: false, referrals: ["kela"], ref: client)
        contact.unmetNeeds = [try #require(Fixtures.catalog.vocabulary.unmetNeed.codes.first)]
        contact.satisfaction = 4
        contact.durationMinutes = 25
        let id = try log.log(contact, by: anna)
        contact.channel = "phone"
        try log.update(id: id, to: contact, assessment: nil, chain: nil, by: anna)
        try log.setReferralOutcome(contactID: id, referral: "kela", outcome: "reached", clientRef: nil, by: anna)
        try log.importContacts([ContactLogTests.contact("2023-03-16T15:00:00+02:00", referrals: ["kela"], ref: "imported-client-1")], details: "import", by: anna)
        // The owner's copy counts every figure again from the contacts (`contents`, then `load` into a fresh database)
        let copy = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
        try copy.load(try team.owner.contents(by: Self.actor), details: "copy", by: Self.actor)
        let (from, to) = (CivilDate(iso: "2023-03-13")!, CivilDate(iso: "2023-03-17")!)
        for point in [Self.library, Self.kerava] {
            #expect(try team.owner.report(from: from, to: to, point: point, by: Self.actor) == copy.report(from: from, to: to, point: point, by: Self.actor))
        }
        #expect(try team.owner.report(from: from, to: to, point: Self.library, by: Self.actor).referralOutcomes["reached"] == 1)
    }

    // MARK: - Supervisors and trainers

    @Test func aSupervisorWritesNoContactAndKeepsStaffing() throws {
        let team = try Team()
        let log = try team.log(as: team.supervisor)
        let sanna = Actor(user: "sanna", command: "test")
        #expect(log.session.role == .supervisor)
        for (name, attempt) in [
            ("save contacts", { _ = try log.log(ContactLogTests.contact("2023-03-16T10:00:00+02:00"), by: sanna) }),
            ("mark follow-ups done", { try log.markFollowUpDone(contactID: team.atLibrary[1], note: "", by: sanna) }),
            ("set referral outcomes", {
                try log.setReferralOutcome(contactID: team.atLibrary[0], referral: "kela", outcome: "reached", clientRef: nil, by: sanna)
            }),
        ] as [(String, () throws -> Void)] {
            let refused = #expect(throws: StoreError.self) { try attempt() }
            if case .notAllowed(let login, let reason)? = refused {
                #expect(login == team.supervisor && reason.contains("only advisors and the owner \(name)"), "\(reason)")
            } else {
                Issue.record("\(name): not a refusal: \(String(describing: refused))")
            }
        }
        let window = #expect(throws: StoreError.self) { try log.setFollowUpWindow(hours: 24, by: sanna) }
        #expect(window == .notAllowed(login: team.supervisor, reason: "only the owner sets the follow-up window"))
        #expect(try team.owner.contactCount() == 5)
        let day = CivilDate(iso: "2023-03-13")!
        try log.saveRecords([.staffing(StaffingDay(day: day, point: Self.kerava, staffHundredths: 750, hourlyCostCents: 4000))], details: nil, by: sanna)
        try log.saveRecords([.staffing(StaffingDay(day: day, point: Self.kerava, staffHundredths: 800, hourlyCostCents: 4000))], details: nil, by: sanna)
        let report = try team.owner.report(from: day, to: day, point: Self.kerava, by: Self.actor)
        #expect(report.staffHundredths == 800 && report.staffedDays == 1 && report.costCentHundredths == 800 * 4000)
        #expect(try team.owners(#"SELECT details FROM neuvo.audit WHERE "user" = '\#(team.supervisor)' ORDER BY id"#)
            == ["staffing 2023-03-13 \(Self.kerava)", "staffing 2023-03-13 \(Self.kerava)"])
        // Drafts are a supervisor's own, as an advisor's are
        let draft = try log.saveDraft(id: nil, form: "{}", point: nil, by: sanna)
        #expect(try team.owners(#"SELECT advisor FROM neuvo.draft WHERE id = \#(draft)"#) == [team.supervisor])
    }

    @Test func aTrainerReadsNothingOfARealDatabase() throws {
        let team = try Team()
        try team.expectRefused("SELECT * FROM neuvo.earlier_contacts('\(Self.identityCode)', NULL, 9999999999, 'psql')", as: team.trainer, "42501",
                               "only advisors and the owner look up a client's earlier contacts")
        // Through the log: every read refused, as a StoreError
        let log = try team.log(as: team.trainer)
        let ben = Actor(user: "ben", command: "test")
        #expect(log.session.role == .trainer)
        #expect(throws: StoreError.self) { try log.contactCount() }
        #expect(throws: StoreError.self) { try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-15")!, point: nil, by: ben) }
        #expect(throws: StoreError.self) { try log.exportContacts(from: nil, to: nil, point: nil, by: ben) { _ in } }
        #expect(throws: StoreError.self) { try log.audit(from: nil, to: nil) }
    }

    // MARK: - Notifications

    @Test func onlyNeuvosRolesHearOfSavesAndAHandMadeNotifyWakesNoScreen() throws {
        let team = try Team()
        // A trainer cannot learn the channel, by the function or from its table
        try team.expectRefused("SELECT neuvo.channel()", as: team.trainer, "42501", "only the owner, supervisors, advisors and boards hear of saves")
        try team.expectRefused("SELECT neuvo.changes()", as: team.trainer, "42501", "only the owner, supervisors, advisors and boards hear of saves")
        let channel = try #require(try team.lines("SELECT neuvo.channel()", as: team.advisor).first)
        #expect(channel.hasPrefix("neuvo_") && channel.count == 6 + 48 && channel != "neuvo_contacts")
        #expect(try team.lines("SELECT neuvo.channel()", as: team.board) == [channel])
        // and the old channel carries nothing: a trainer listening there hears of no save
        let trainer = try PQConnection(uri: try Backend.postgresURI(team.owner.uri, as: team.trainer))
        try trainer.exec("LISTEN neuvo_contacts")
        let listener = try PQConnection(uri: try Backend.postgresURI(team.owner.uri, as: team.advisor))
        try listener.exec("LISTEN " + PQConnection.quoteIdentifier(channel))
        let screen = try team.log(as: team.supervisor)
        #expect(try !screen.othersHaveSaved())
        // A NOTIFY by hand (any login that knows the channel may send one, with a payload of its own) is heard, but wakes no screen
        #expect(try team.psql("NOTIFY \(PQConnection.quoteIdentifier(channel)), 'wake up'", as: team.advisor).status == 0)
        let spam = try listener.waitForNotifications(timeout: 30)
        #expect(spam.map(\.channel) == [channel])
        #expect(try !screen.othersHaveSaved())
        // A save wakes it, on the secret channel, with nothing in the payload
        _ = try team.owner.log(ContactLogTests.contact("2023-03-16T10:00:00+02:00"), by: Self.actor)
        let saved = try listener.waitForNotifications(timeout: 30)
        #expect(saved.map(\.payload) == [""])
        var woken = false
        let deadline = Date().addingTimeInterval(30)
        while !woken && Date() < deadline { woken = try screen.othersHaveSaved() }
        #expect(woken)
        #expect(try trainer.notifications().isEmpty)
    }

    // MARK: - The audit log

    @Test func theAuditLogIsAppendOnlyForEveryRoleAndTheOwner() throws {
        let team = try Team()
        let owner = Backend.postgresOwner
        let before = try team.lines("SELECT count(*) FROM neuvo.audit", as: owner)
        for login in team.logins {
            try team.expectRefused(#"UPDATE neuvo.audit SET "user" = 'someone'"#, as: login, "42501", "permission denied for table audit")
            try team.expectRefused("DELETE FROM neuvo.audit", as: login, "42501", "permission denied for table audit")
            try team.expectRefused("TRUNCATE neuvo.audit", as: login, "42501", "permission denied for table audit")
            try team.expectRefused(
                #"INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts") VALUES ('x', 'someone', 'x', 'x', 0)"#, as: login,
                "42501", "permission denied for table audit")
        }
        try team.expectRefused(#"UPDATE neuvo.audit SET "user" = 'someone'"#, as: owner, "42501", "audit rows are never changed or deleted")
        try team.expectRefused("DELETE FROM neuvo.audit", as: owner, "42501", "audit rows are never changed or deleted")
        #expect(try team.lines("SELECT count(*) FROM neuvo.audit", as: owner) == before)
    }

    @Test func eachAuditRowNamesTheLoginTheServerAuthenticated() throws {
        let team = try Team()
        // Through the log with an actor naming someone else: the advisor's save, the supervisor's draft, the board's start
        let someone = Actor(user: "not-the-login", command: "test")
        _ = try team.log(as: team.advisor).log(ContactLogTests.contact("2023-03-16T10:00:00+02:00"), by: someone)
        _ = try team.log(as: team.supervisor).saveDraft(id: nil, form: "{}", point: nil, by: someone)
        try team.log(as: team.board).record("board started, all points", by: someone)
        let rows = try team.owners(#"SELECT "user", "command" FROM neuvo.audit ORDER BY id DESC LIMIT 3"#)
        #expect(rows == ["\(team.board)|test", "\(team.supervisor)|test", "\(team.advisor)|test"])
    }
}

/// CONTRACT §7's records under the same rules: an advisor answers only at their points, anonymously, and sets outcomes
/// only of their points' contacts or of the client at hand; supervisors keep staffing and no other figure.
extension PostgresRulesTests {
    @Test func theEvaluationsRecordsFollowThePoints() throws {
        let team = try Team()
        let advisor = try team.log(as: team.advisor)
        let day = CivilDate(iso: "2023-03-13")!
        let auditRows = try team.owners("SELECT count(*) FROM neuvo.audit")
        try advisor.saveRecords([.feedback(FeedbackAnswer(day: day, point: Self.library, nps: 9))], details: nil, by: Self.actor)
        try advisor.saveRecords([.mood(MoodAnswer(day: day, point: Self.library, mood: 4, enps: 6))], details: nil, by: Self.actor)
        // Anonymous: no audit row, no time, no person in what is kept
        #expect(try team.owners("SELECT count(*) FROM neuvo.audit") == auditRows)
        #expect(try team.owners("SELECT * FROM neuvo.feedback") == ["2023-03-13|\(Self.library)|9|||1"])
        #expect(try team.owners("SELECT * FROM neuvo.mood") == ["2023-03-13|\(Self.library)|4|6|1"])
        let report = try team.owner.report(from: day, to: day, point: Self.library, by: Self.actor)
        #expect(report.feedbackResponses == 1 && report.npsPromoters == 1 && report.moodResponses == 1 && report.enpsDetractors == 1)
        let elsewhere = #expect(throws: StoreError.self) {
            try advisor.saveRecords([.feedback(FeedbackAnswer(day: day, point: Self.kerava, nps: 9))], details: nil, by: Self.actor)
        }
        #expect(elsewhere == .notAllowed(login: team.advisor, reason: "advisors record answers only at their points (\(Self.library)): not at \(Self.kerava)"))
        let staffing = #expect(throws: StoreError.self) {
            try advisor.saveRecords([.staffing(StaffingDay(day: day, point: Self.library, staffHundredths: 1, hourlyCostCents: 1))], details: nil, by: Self.actor)
        }
        #expect(staffing == .notAllowed(login: team.advisor, reason: "only supervisors and the owner keep staffing"))
        // Another point's contact: only by naming its client, by identity code
        #expect(throws: ContactNotFound(id: team.atKerava[0])) {
            try advisor.setReferralOutcome(contactID: team.atKerava[0], referral: "kela", outcome: "reached", clientRef: nil, by: Self.actor)
        }
        #expect(throws: ContactNotFound(id: team.atKerava[0])) {
            try advisor.setReferralOutcome(
                contactID: team.atKerava[0], referral: "kela", outcome: "reached",
                clientRef: advisor.clientHandle(for: try IdentityCode(Self.identityCode)), by: Self.actor)
        }
        try advisor.setReferralOutcome(
            contactID: team.atKerava[1], referral: "kela", outcome: "reached", clientRef: advisor.clientHandle(for: try IdentityCode(Self.identityCode)),
            by: Self.actor)
        let kerava = try team.owner.report(from: day, to: day.adding(days: 1), point: Self.kerava, by: Self.actor)
        #expect(kerava.referralOutcomes == ["reached": 1, "pending": 1])
        #expect(try team.owners(#"SELECT "clients" FROM neuvo.audit WHERE "details" LIKE 'referral outcome of contact \#(team.atKerava[1]):%'"#)
            == ["{\(Self.ref)}"])
    }
}
