import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// CONTRACT §9's "who sees what", enforced by the PostgreSQL server and attacked as each login would, over a
/// connection of its own (what `psql` gives): a service login sees its services' handoffs with details and not one
/// contact row nor another service's handoff; no advisor, supervisor, board or trainer reads a name, phone, when or
/// note in any table or function; each reveal is an audit row naming the login and the handoff; the server checks
/// every argument itself; nothing personal in a NOTIFY or the server's log.
struct HandoffSideDoorTests: SideDoorAttack {
    typealias Rules = PostgresRulesTests
    let team: Rules.Team
    /// A login of adult social work, and one of the health station.
    let social: String
    let health: String
    /// A handoff from the library's contact to adult social work, and one from Kerava to the health station.
    let toSocial: Int64
    let toHealth: Int64
    static let name = "Zyxwv Qwerty"
    static let phone = "040 765 4321"
    static let note = "Soita iltapäivällä, kuulee huonosti"
    static let whenToCall = "torstaina"

    init() throws {
        team = try Rules.Team()
        let suffix = "_" + UUID().uuidString.prefix(8).lowercased()
        social = "social" + suffix
        health = "health" + suffix
        for login in [social, health] { try PostgresCluster.shared.createLogin(login) }
        try team.owner.setRole(of: social, to: .service, points: [], services: [HandoffStoreTests.social], by: Rules.actor)
        try team.owner.setRole(of: health, to: .service, points: [], services: [HandoffStoreTests.health], by: Rules.actor)
        let details = HandoffDetails(name: Self.name, phone: Self.phone, language: .sv, when: Self.whenToCall, note: Self.note)
        let advisor = try team.log(as: team.advisor)
        defer { try? advisor.close() }
        let contact = try advisor.log(
            ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: Rules.library, referrals: [HandoffStoreTests.social], ref: nil), by: Rules.actor)
        toSocial = try advisor.sendHandoff(
            HandoffRequest(point: Rules.library, service: HandoffStoreTests.social, consent: true, details: details), fromContact: contact, by: Rules.actor)
        toHealth = try team.owner.sendHandoff(
            HandoffRequest(point: Rules.kerava, service: HandoffStoreTests.health, consent: true, details: details), fromContact: nil, by: Rules.actor)
    }

    func lastAudit() throws -> String {
        try rows(
            #"SELECT "user", "command", "details", array_to_string("clients", ',') FROM neuvo.audit ORDER BY "id" DESC LIMIT 1"#,
            as: Backend.postgresOwner
        ).first ?? ""
    }

    var others: [String] { [team.advisor, team.supervisor, team.trainer, team.board] }

    /// Whether any of the client's details stands in `text`.
    static func revealsDetails(_ text: String) -> Bool {
        [name, "765 4321", note, whenToCall].contains { text.contains($0) }
    }

    // MARK: - No relation, not even through a plan

    @Test func noLoginButTheOwnerTouchesAHandoffTableOrSequenceNotEvenThroughAPlan() throws {
        let relations = try rows(
            """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
            WHERE n.nspname = 'neuvo' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY 1
            """, as: Backend.postgresOwner)
        let handoffRelations = ["neuvo.handoff", "neuvo.handoff_try", "neuvo.handoff_detail", "neuvo.service_member", "neuvo.handoff_change_count",
                                "neuvo.handoff_id_seq"]
        for relation in handoffRelations { #expect(relations.contains(relation), "\(relation)") }
        // The service login is probed on every relation of the schema (contacts included); the others on the handoffs'.
        for relation in relations {
            try expectRefused("EXPLAIN ANALYZE SELECT * FROM \(relation)", as: social, "42501", "permission denied")
        }
        for login in others {
            for relation in handoffRelations {
                try expectRefused("EXPLAIN ANALYZE SELECT * FROM \(relation)", as: login, "42501", "permission denied")
            }
            try expectRefused("UPDATE neuvo.handoff_detail SET name = 'x'", as: login, "42501", "permission denied")
            try expectRefused("DELETE FROM neuvo.handoff", as: login, "42501", "permission denied")
        }
        try expectRefused("INSERT INTO neuvo.service_member VALUES ('\(social)', 'health-station')", as: social, "42501", "permission denied")
        // The helpers are nobody's to call.
        for login in [social, team.advisor] {
            try expectRefused("SELECT * FROM neuvo.handoff_rows(ARRAY[\(toSocial)]::bigint[], true, true, true)", as: login, "42501", "permission denied")
            try expectRefused("SELECT neuvo.receivable_handoff(\(toSocial), 'x')", as: login, "42501", "permission denied")
            try expectRefused("SELECT neuvo.apply_referral_outcome(1, 'kela', 'reached', 'x')", as: login, "42501", "permission denied")
        }
    }

    // MARK: - A service login: its services' handoffs, with details, and not one contact

    @Test func aServiceLoginSeesItsServicesHandoffsWithDetailsAndEachRevealIsAudited() throws {
        let opened = try rows("SELECT id, name, phone, language, when_to_call, note, contact_id FROM neuvo.open_handoff(\(toSocial), 'psql')", as: social)
        #expect(opened == ["\(toSocial)|\(Self.name)|\(Self.phone)|sv|\(Self.whenToCall)|\(Self.note)|∅"])
        #expect(try lastAudit().hasPrefix("\(social)|psql|handoff \(toSocial) opened: details shown|"))
        #expect(try rows("SELECT id FROM neuvo.handoff_queue(NULL, 'psql')", as: social) == [String(toSocial)])
        #expect(try rows("SELECT id, name FROM neuvo.handoff_list(false, true, 'psql')", as: social) == ["\(toSocial)|\(Self.name)"])
        #expect(try lastAudit() == "\(social)|psql|handoffs listed: 1, with details: \(toSocial)|")
        // Another service's handoff: not there at all, by any function.
        try expectRefused("SELECT * FROM neuvo.open_handoff(\(toHealth), 'psql')", as: social, "P0002", "no handoff \(toHealth) this login may see")
        try expectRefused("SELECT neuvo.take_handoff(\(toHealth), 'psql')", as: social, "P0002", "no handoff")
        try expectRefused("SELECT neuvo.return_handoff(\(toHealth), 'wrong', 'psql')", as: social, "P0002", "no handoff")
        #expect(try rows("SELECT id FROM neuvo.handoff_queue(ARRAY['health-station'], 'psql')", as: social).isEmpty)
        // Through the log, as the queue screen will: the session knows its services.
        let log = try team.log(as: social)
        defer { try? log.close() }
        #expect(log.session.role == .service && log.session.services == [HandoffStoreTests.social])
        #expect(try log.handoffQueue(services: nil, by: Rules.actor).map(\.id) == [toSocial])
        try log.takeHandoff(id: toSocial, by: Rules.actor)
        #expect(try lastAudit().hasPrefix("\(social)|test|handoff \(toSocial) taken|"))
    }

    @Test func aServiceLoginReadsNotOneContactNorAnyFigure() throws {
        for sql in PostgresSideDoorTests.reads + [
            "SELECT * FROM neuvo.earlier_contacts('\(Rules.identityCode)', NULL, 9999999999, 'psql')",
            "SELECT neuvo.set_referral_outcome(1, 'kela', 'reached', NULL, NULL, 'psql')",
            "SELECT * FROM neuvo.audit_chain(0, 10)",
        ] where !sql.contains("neuvo.settings()") && !sql.contains("neuvo.migrations()") {
            let c = try connect(social)
            defer { c.close() }
            do {
                let result = try c.exec(sql)
                Issue.record("\(social) was allowed: \(sql) → \(result.rowCount) rows")
            } catch {
                #expect(error.sqlState == "42501", "\(sql): \(error)")
            }
        }
        // Nor the figures, nor the sending side's list of handoffs (which names contacts).
        try expectRefused("SELECT * FROM neuvo.handoff_records('2020-01-01', '2030-01-01', NULL, 'psql')", as: social, "42501",
                          "reading handoff figures is for the owner, supervisors, advisors (at their points), board logins, not for a service")
        try expectRefused("SELECT * FROM neuvo.sent_handoffs(NULL, '2020-01-01', 'psql')", as: social, "42501", "not for a service login")
        try expectRefused("SELECT neuvo.send_handoff('\(Rules.library)', 'health-station', 'normal', true, 'x', '0401234567', NULL, NULL, NULL, NULL, 'psql')",
                          as: social, "42501", "sending a handoff is for the owner, advisors (at their points)")
    }

    // MARK: - Everyone else: state and times, never a detail

    @Test func noOtherRoleReadsANameAPhoneAWhenOrANoteThroughAnyFunction() throws {
        for login in others {
            try expectRefused("SELECT * FROM neuvo.open_handoff(\(toSocial), 'psql')", as: login, "42501", "opening a handoff is for the owner, logins of the receiving service")
            try expectRefused("SELECT * FROM neuvo.handoff_queue(NULL, 'psql')", as: login, "42501", "the handoff queue is for the owner, logins of the receiving service")
            try expectRefused("SELECT * FROM neuvo.handoff_list(false, true, 'psql')", as: login, "42501", "not for a")
            try expectRefused("SELECT neuvo.take_handoff(\(toSocial), 'psql')", as: login, "42501", "taking a handoff is for")
            try expectRefused("SELECT neuvo.close_handoff(\(toSocial), 'declined', 'psql')", as: login, "42501", "closing a handoff is for")
            try expectRefused("SELECT neuvo.erase_handoff_details(9999999999, 'psql')", as: login, "42501", "erasing handoff details (neuvo retention) is for the owner")
        }
        // What they may read, they read without details: every function a group role may call that returns handoff rows.
        var seen: [String] = []
        for (sql, login) in [
            ("SELECT * FROM neuvo.handoff_list(false, false, 'psql')", team.advisor),
            ("SELECT * FROM neuvo.handoff_list(false, false, 'psql')", team.supervisor),
            ("SELECT * FROM neuvo.sent_handoffs(NULL, '2020-01-01', 'psql')", team.advisor),
            ("SELECT * FROM neuvo.sent_handoffs(NULL, '2020-01-01', 'psql')", team.supervisor),
            ("SELECT * FROM neuvo.handoff_records('2020-01-01', '2030-01-01', NULL, 'psql')", team.board),
            ("SELECT * FROM neuvo.handoff_records('2020-01-01', '2030-01-01', NULL, 'psql')", team.supervisor),
        ] {
            let got = try rows(sql, as: login)
            #expect(!got.isEmpty, "\(login): \(sql)")
            seen += got
        }
        #expect(!seen.contains(where: Self.revealsDetails), "\(seen)")
        // The advisor sees her point's handoff (state and times), not Kerava's.
        #expect(try rows("SELECT id, state_of_it FROM (SELECT id, coalesce(closed_at, taken_at, 'sent') AS state_of_it FROM neuvo.sent_handoffs(NULL, '2020-01-01', 'psql')) AS x", as: team.advisor)
            == ["\(toSocial)|sent"])
        // A trainer reads nothing of a real database's handoffs, figures included.
        try expectRefused("SELECT * FROM neuvo.handoff_records('2020-01-01', '2030-01-01', NULL, 'psql')", as: team.trainer, "42501", "not for a trainer")
        try expectRefused("SELECT * FROM neuvo.sent_handoffs(NULL, '2020-01-01', 'psql')", as: team.trainer, "42501", "not for a trainer")
        // No function any neuvo role may call other than the receiving side's returns the detail columns filled: checked
        // in the catalogue, every function the group roles execute.
        let callable = try rows(
            """
            SELECT p.proname FROM pg_proc AS p WHERE p.pronamespace = 'neuvo'::regnamespace
              AND has_function_privilege('neuvo_service', p.oid, 'EXECUTE') ORDER BY 1
            """, as: Backend.postgresOwner)
        #expect(!callable.contains("report_figures") && !callable.contains("export_contacts") && !callable.contains("contact_by_id"), "\(callable)")
    }

    // MARK: - The server checks every argument

    @Test func aForgedArgumentIsRefusedByTheServerNamingTheField() throws {
        func send(point: String = Rules.library, service: String = "adult-social-work", consent: String = "true", name: String = "'Testi'",
                  phone: String = "'040 123 4567'", language: String = "NULL", when: String = "NULL", note: String = "NULL", contact: String = "NULL") -> String {
            "SELECT neuvo.send_handoff('\(point)', '\(service)', 'normal', \(consent), \(name), \(phone), \(language), \(when), \(note), \(contact), 'psql')"
        }
        let code = "150655-" + "902T"
        let a = team.advisor
        try expectRefused(send(service: "kela"), as: a, "22023", "unknown receiving_service code: kela")
        try expectRefused(send(service: "no-such"), as: a, "22023", "unknown receiving_service code")
        try expectRefused(send(consent: "false"), as: a, "22023", "consent")
        try expectRefused(send(consent: "NULL"), as: a, "22023", "consent")
        try expectRefused(send(name: "''"), as: a, "22023", "name: is required")
        try expectRefused(send(name: "'x \(code)'"), as: a, "22023", "name holds a personal identity code")
        try expectRefused(send(note: "'hetu \(code.lowercased())'"), as: a, "22023", "note holds a personal identity code")
        try expectRefused(send(when: "'\(code)'"), as: a, "22023", "when holds a personal identity code")
        try expectRefused(send(note: "repeat('x', 501)"), as: a, "22023", "note: at most 500 characters")
        try expectRefused(send(when: "repeat('x', 61)"), as: a, "22023", "when: at most 60 characters")
        try expectRefused(send(phone: "'+46 70 123 4567'"), as: a, "22023", "phone")
        try expectRefused(send(phone: "'040 12'"), as: a, "22023", "phone")
        try expectRefused(send(phone: "'040; DROP'"), as: a, "22023", "phone")
        try expectRefused(send(language: "'de'"), as: a, "22023", "language")
        // Another point's, or a contact of another point.
        try expectRefused(send(point: Rules.kerava), as: a, "42501", "an advisor sends handoffs from her own points only")
        try expectRefused(send(contact: String(team.atKerava[0])), as: a, "P0002", "no contact")
        // A service login's forged moves.
        try expectRefused("SELECT neuvo.close_handoff(\(toSocial), 'returned', 'psql')", as: social, "22023", "result")
        try expectRefused("SELECT neuvo.return_handoff(\(toSocial), 'hetu \(code)', 'psql')", as: social, "22023", "reason holds a personal identity code")
        try expectRefused("SELECT neuvo.record_handoff_try(\(toSocial), true, 'psql')", as: social, "55000", "not taken")
        try expectRefused("SELECT neuvo.handoff_queue(NULL, repeat('x', 101))", as: social, "22023", "command label")
        // Roles: a service login's services are receiving services.
        try expectRefused("SELECT neuvo.set_member('\(social)', 'service', ARRAY['kela'])", as: Backend.postgresOwner, "22023", "unknown receiving_service code: kela")
        try expectRefused("SELECT neuvo.set_member('\(social)', 'service', '{}')", as: Backend.postgresOwner, "22023", "at least one service")
        // Nothing of it kept: still the two handoffs.
        #expect(try rows("SELECT count(*) FROM neuvo.handoff", as: Backend.postgresOwner) == ["2"])
    }

    @Test func aBulkOfCallsMovesNothingItMayNot() throws {
        // A loop over every id a service login could guess: it opens only its own.
        let got = try rows("SELECT count(*) FROM generate_series(1, 200) AS i, LATERAL (SELECT 1 FROM neuvo.handoff_list(false, true, 'psql') WHERE id = i) AS x", as: social)
        #expect(got == ["1"])
        let c = try connect(social)
        defer { c.close() }
        var opened = 0
        for id in 1...50 where (try? c.exec("SELECT * FROM neuvo.open_handoff(\(id), 'psql')")) != nil { opened += 1 }
        #expect(opened == 1)
    }

    // MARK: - The board's open handoffs (issue 18)

    @Test func theBoardsOpenHandoffsAreCountsByServiceForItsRolesOnlyAndAnAdvisorGetsHerPointsOnly() throws {
        let both = "neuvo.board_handoffs(ARRAY['\(Rules.library)', '\(Rules.kerava)'])"
        /// service|count, and whether the oldest is the instant of a handoff sent (the only time given).
        func openRows(as login: String) throws -> [String] {
            try rows("SELECT \"service\", \"open\", \"oldest\" > 0 FROM \(both) ORDER BY 1", as: login)
        }
        let before = try lastAudit()
        for login in [team.board, team.supervisor, Backend.postgresOwner] {
            #expect(try openRows(as: login) == ["\(HandoffStoreTests.social)|1|t", "\(HandoffStoreTests.health)|1|t"], "\(login)")
        }
        // The advisor of the library: the library's only, whatever she asks for.
        #expect(try openRows(as: team.advisor) == ["\(HandoffStoreTests.social)|1|t"])
        // Three columns — no handoff row, no detail — and no audit row for a board that asks every second.
        let all = try rows("SELECT * FROM \(both)", as: team.board)
        #expect(all.count == 2 && all.allSatisfy { $0.split(separator: "|").count == 3 } && !all.contains(where: Self.revealsDetails), "\(all)")
        #expect(try lastAudit() == before)
        try expectRefused("SELECT * FROM \(both)", as: team.trainer, "42501",
                          "reading the board's handoffs is for the owner, supervisors, board logins, advisors (at their points), not for a trainer")
        try expectRefused("SELECT * FROM \(both)", as: social, "42501", "not for a service")
        try expectRefused("SELECT * FROM neuvo.board_handoffs(NULL)", as: team.board, "22023", "wanted is required")
        // Closed ones are not open: the owner closes the health station's.
        try team.owner.returnHandoff(id: toHealth, reason: "väärä palvelu", by: Rules.actor)
        #expect(try openRows(as: team.board) == ["\(HandoffStoreTests.social)|1|t"])
    }

    // MARK: - Nothing personal in NOTIFY or the server's log

    @Test func aNotifyCarriesNothingAndTheServersLogNoDetail() throws {
        let channel = try #require(try rows("SELECT neuvo.channel()", as: social).first)
        let listener = try connect(social)
        defer { listener.close() }
        try listener.exec("LISTEN " + PQConnection.quoteIdentifier(channel))
        let advisor = try team.log(as: team.advisor)
        defer { try? advisor.close() }
        let details = HandoffDetails(name: Self.name, phone: Self.phone, when: Self.whenToCall, note: Self.note)
        _ = try advisor.sendHandoff(
            HandoffRequest(point: Rules.library, service: HandoffStoreTests.social, consent: true, details: details), fromContact: nil, by: Rules.actor)
        let heard = try listener.waitForNotifications(timeout: 30)
        #expect(heard.map(\.payload) == [""])
        // A refused send (the server logs the error and its statement): the statement carries parameters, never values.
        var bad = details
        bad.note = "x" + String(repeating: " kuulee huonosti", count: 40)
        let connection = advisor.connection
        #expect(throws: (any Error).self) {
            try connection.exec(
                "SELECT neuvo.send_handoff($1, $2, 'normal', true, $3, $4, NULL, NULL, $5, NULL, 'psql')",
                [Rules.library, HandoffStoreTests.social, Self.name, Self.phone, bad.note])
        }
        let serverLog = (try? String(contentsOfFile: try PostgresCluster.shared.host + "/postgres.log", encoding: .utf8)) ?? ""
        #expect(serverLog.contains("note: at most 500 characters"), "the server's log is read")
        #expect(!Self.revealsDetails(serverLog))
        // No handoff function raises a notice or a log line of its own.
        let raising = try rows(
            """
            SELECT p.proname FROM pg_proc AS p WHERE p.pronamespace = 'neuvo'::regnamespace AND p.prosrc ~* 'handoff'
              AND p.prosrc ~* 'RAISE (LOG|NOTICE|INFO|DEBUG|WARNING)' ORDER BY 1
            """, as: Backend.postgresOwner)
        #expect(raising.isEmpty, "\(raising)")
    }

    // MARK: - Roles

    @Test func theOwnerGivesAServiceLoginItsServicesAndListsThem() throws {
        let roles = try team.owner.loginRoles()
        #expect(roles.first { $0.login == social } == LoginRole(login: social, role: .service, points: [], services: [HandoffStoreTests.social]))
        #expect(throws: RoleChangeError.unknownService("kela")) {
            try team.owner.setRole(of: social, to: .service, points: [], services: ["kela"], by: Rules.actor)
        }
        #expect(throws: RoleChangeError.servicesNeeded(login: social)) {
            try team.owner.setRole(of: social, to: .service, points: [], services: [], by: Rules.actor)
        }
        // Made an advisor, the login no longer receives: its queue is refused.
        try team.owner.setRole(of: health, to: .advisor, points: [Rules.kerava], by: Rules.actor)
        try expectRefused("SELECT * FROM neuvo.handoff_queue(NULL, 'psql')", as: health, "42501", "the handoff queue is for")
        #expect(try rows("SELECT count(*) FROM neuvo.service_member WHERE login = '\(health)'", as: Backend.postgresOwner) == ["0"])
    }
}

/// v9 on a database an earlier neuvo made (at v8, with an advisor at work), on a cluster that has never had the
/// role `neuvo_service`: the owner's next open migrates it, makes the role, keeps the advisor, and a service login
/// then receives.
struct HandoffUpgradeTests {
    @Test func aDatabaseAtV8OnAClusterWithoutTheServiceRoleGainsItWithV9() throws {
        let cluster = try PostgresCluster.start()
        defer { try? cluster.stop() }
        let owner = "upgrade_owner", advisor = "upgrade_advisor", service = "upgrade_service"
        try cluster.createLogin(owner, createRole: true)
        for login in [advisor, service] { try cluster.createLogin(login) }
        let uri = try cluster.createDatabase(owner: owner)
        #expect(try cluster.psql("SELECT count(*) FROM pg_roles WHERE rolname = 'neuvo_service'").stdout == "0\n")
        // What the neuvo before v9 made: the four group roles, v1–v8, the vocabulary, the key, an advisor.
        let c = try PQConnection(uri: uri)
        try c.transaction { c in
            for role in ["neuvo_advisor", "neuvo_supervisor", "neuvo_trainer", "neuvo_board"] { try c.exec("CREATE ROLE \(role) NOLOGIN") }
            try c.exec("SELECT set_config('neuvo.upgrading', 'false', true)")
            let pgcrypto = try PostgresLog.pgcryptoSchema(c)
            for migration in PostgresSchema.migrations(pgcrypto: pgcrypto).prefix(8) {
                try c.exec(migration.sql)
                try c.exec(#"INSERT INTO neuvo.migration ("identifier") VALUES ($1)"#, [migration.identifier])
            }
            try PostgresLog.storeVocabulary(Fixtures.catalog, c)
            try c.exec(#"INSERT INTO neuvo.pseudonym_key ("key") VALUES (decode(repeat('ab', 32), 'hex'))"#)
            try c.exec("SELECT neuvo.set_member('\(advisor)', 'advisor', ARRAY['jarvenpaa-library'])")
        }
        c.close()
        #expect(try cluster.psql("SELECT identifier FROM neuvo.migration WHERE identifier LIKE 'v9%'", database: uri, user: owner).stdout == "")

        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        #expect(try cluster.psql("SELECT count(*) FROM pg_roles WHERE rolname = 'neuvo_service'").stdout == "1\n")
        try log.setRole(of: service, to: .service, points: [], services: ["adult-social-work"], by: Actor(user: "admin", command: "test"))
        #expect(try log.loginRoles().map(\.role) == [.advisor, .service])
        let asAdvisor = try PostgresLog.open(uri: cluster.uri(database: PostgresCluster.databaseName(uri), user: advisor), catalog: Fixtures.catalog)
        defer { try? asAdvisor.close() }
        let id = try asAdvisor.sendHandoff(
            HandoffRequest(point: "jarvenpaa-library", service: "adult-social-work", consent: true,
                           details: HandoffDetails(name: "Testi", phone: "040 123 4567")),
            fromContact: nil, by: Actor(user: "anna", command: "test"))
        let asService = try PostgresLog.open(uri: cluster.uri(database: PostgresCluster.databaseName(uri), user: service), catalog: Fixtures.catalog)
        defer { try? asService.close() }
        #expect(try asService.openHandoff(id: id, by: Actor(user: "s", command: "test")).details?.name == "Testi")
    }
}

extension HandoffSideDoorTests {
    /// The queue's poll: another session's send is heard within a deadline (no key pressed, no fixed wait), once.
    @Test func theServiceLoginsPollHearsAnotherSessionsSend() throws {
        let queue = try team.log(as: social)
        defer { try? queue.close() }
        #expect(try queue.handoffsChanged())
        #expect(try !queue.handoffsChanged())
        let advisor = try team.log(as: team.advisor)
        defer { try? advisor.close() }
        let id = try advisor.sendHandoff(
            HandoffRequest(point: Rules.library, service: HandoffStoreTests.social, consent: true,
                           details: HandoffDetails(name: "Uusi", phone: "040 111 2222")), fromContact: nil, by: Rules.actor)
        var heard = false
        let deadline = Date().addingTimeInterval(30)
        while !heard && Date() < deadline { heard = try queue.handoffsChanged() }
        #expect(heard)
        #expect(try queue.handoffQueue(services: nil, by: Rules.actor).map(\.id).contains(id))
        #expect(try !queue.handoffsChanged())
        // The advisor's own screen, polling the same way, hears the service take it.
        _ = try advisor.handoffsChanged()
        try queue.takeHandoff(id: id, by: Rules.actor)
        heard = false
        while !heard && Date() < deadline { heard = try advisor.handoffsChanged() }
        #expect(heard)
        #expect(try advisor.sentHandoffs(points: nil, since: CivilDate(iso: "2020-01-01")!, by: Rules.actor).first { $0.id == id }?.state == .taken)
    }
}
