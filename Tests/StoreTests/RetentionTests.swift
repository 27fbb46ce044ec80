import Foundation
import Synchronization
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// CONTRACT §11's `neuvo retention` on both backends: its limits, its dry run, its settings, the figures it keeps, and
/// the owner alone running it on PostgreSQL.
struct RetentionTests {
    /// Today in the tests: a Monday in Helsinki's winter time.
    static let now = Timestamp(date: CivilDate(iso: "2026-12-07")!, hour: 12, minute: 0, offsetMinutes: 120)

    static func store(_ w: StoreWorld) throws -> any RetentionStore {
        try #require(w.log as? any RetentionStore)
    }

    /// A contact `daysAgo` days before `now`'s day, at 10:00, of the client `ref`.
    static func contact(daysAgo: Int, ref: String?, topic: String = "housing") -> Contact {
        Contact(
            occurredAt: Timestamp(date: now.date.adding(days: -daysAgo), hour: 10, minute: 0, offsetMinutes: 120),
            point: "jarvenpaa-library", channel: "walk-in", topics: [topic], resolved: true, referrals: [], clientRef: ref)
    }

    /// A draft of `advisor` last changed `seconds` before `now`.
    static func plantDraft(_ w: StoreWorld, advisor: String, secondsAgo: Int64) throws {
        let at = SQLiteLog.utcText(instant: now.instant - secondsAgo)
        try w.execute(#"INSERT INTO neuvo.draft ("advisor", "point", "updated_at", "form") VALUES ('\#(advisor)', NULL, '\#(at)', '{}')"#)
    }

    /// The contact's column that names its client: its pseudonym on SQLite, its number in `neuvo.client` on PostgreSQL (v25).
    static func clientColumn(_ w: StoreWorld) -> String { w.backend == .postgres ? #""client""# : #""client_ref""# }

    func refs(_ w: StoreWorld) throws -> [String] {
        let pseudonym = w.backend == .postgres ? #"(SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client")"# : #"c."client_ref""#
        return try w.rows(#"SELECT coalesce(\#(pseudonym), '-') FROM neuvo.contact AS c ORDER BY c."day""#).map { $0[0] ?? "" }
    }

    func drafts(_ w: StoreWorld) throws -> [String] {
        try w.rows(#"SELECT "advisor" FROM neuvo.draft ORDER BY "advisor""#).map { $0[0] ?? "" }
    }

    @Test(arguments: Backend.allCases)
    func aContactOf366DaysAgoIsUnlinkedOneOf365Or364KeepsItsRefADraftOf31DaysGoesOneOf29Stays(_ backend: Backend) throws {
        let w = try StoreWorld(backend), store = try Self.store(w)
        try w.log.importContacts(
            [366, 365, 364, 0].map { Self.contact(daysAgo: $0, ref: "client-ref-\($0)") }, details: "test", by: w.actor)
        let day: Int64 = 86400
        try Self.plantDraft(w, advisor: "d31", secondsAgo: 31 * day)
        try Self.plantDraft(w, advisor: "d30plus", secondsAgo: 30 * day + 60)
        try Self.plantDraft(w, advisor: "d29", secondsAgo: 29 * day)
        let before = try w.report("2025-01-01", "2026-12-31")

        // The dry run says what a run removes, and changes nothing but the audit log.
        let dry = try store.applyRetention(now: Self.now, dryRun: true, by: w.actor)
        #expect(dry == RetentionResult(unlinked: 1, drafts: 2, handoffDetails: 0, unlinkedBefore: CivilDate(iso: "2025-12-07")!))
        #expect(try refs(w) == ["client-ref-366", "client-ref-365", "client-ref-364", "client-ref-0"])
        #expect(try drafts(w) == ["d29", "d30plus", "d31"])
        #expect(try w.lastAudit().details
                    == "retention dry run: 1 client_refs unlinked (days before 2025-12-07), 2 drafts removed, 0 handoffs' details erased")

        let done = try store.applyRetention(now: Self.now, dryRun: false, by: w.actor)
        #expect(done == dry)
        #expect(try refs(w) == ["-", "client-ref-365", "client-ref-364", "client-ref-0"])
        #expect(try drafts(w) == ["d29"])
        let audit = try w.lastAudit()
        #expect(audit.details == "retention: 1 client_refs unlinked (days before 2025-12-07), 2 drafts removed, 0 handoffs' details erased")
        #expect(audit.contacts == 1 && audit.clients == ["client-ref-366"] && audit.user == w.auditedUser(w.actor))
        #expect(try w.report("2025-01-01", "2026-12-31") == before)
        // Run again: nothing left to remove.
        #expect(try store.applyRetention(now: Self.now, dryRun: false, by: w.actor)
                    == RetentionResult(unlinked: 0, drafts: 0, handoffDetails: 0, unlinkedBefore: CivilDate(iso: "2025-12-07")!))
    }

    @Test(arguments: Backend.allCases)
    func theHandoffDetailsGoByTheRulesOfSection9ThroughTheSameErasure(_ backend: Backend) throws {
        let w = try StoreWorld(backend), store = try Self.store(w)
        let handoffs = try #require(w.log as? any HandoffStore)
        let id = try handoffs.sendHandoff(HandoffStoreTests.request("Vanha"), fromContact: nil, by: w.actor)
        let sentAt = try handoffs.openHandoff(id: id, by: w.actor).record.sentAt
        func after(_ seconds: Int64) -> Timestamp {
            RegionClock.helsinki().stamp(Date(timeIntervalSince1970: TimeInterval(sentAt.instant + seconds)))
        }
        #expect(try store.applyRetention(now: after(90 * 86400 - 1), dryRun: false, by: w.actor).handoffDetails == 0)
        #expect(try store.applyRetention(now: after(90 * 86400 + 1), dryRun: true, by: w.actor).handoffDetails == 1)
        #expect(try handoffs.openHandoff(id: id, by: w.actor).details?.name == "Vanha")
        #expect(try store.applyRetention(now: after(90 * 86400 + 1), dryRun: false, by: w.actor).handoffDetails == 1)
        let erased = try handoffs.openHandoff(id: id, by: w.actor)
        #expect(erased.details == nil && erased.erased)
    }

    @Test(arguments: Backend.allCases)
    func aSettingOutOfRangeOrShorterThanTheWindowIsRefusedAndNothingChanges(_ backend: Backend) throws {
        let w = try StoreWorld(backend), store = try Self.store(w)
        #expect(try store.retentionSettings() == .defaults)
        for bad in [
            RetentionSettings(clientRefDays: 0, draftDays: 30), RetentionSettings(clientRefDays: 3651, draftDays: 30),
            RetentionSettings(clientRefDays: 13, draftDays: 30), RetentionSettings(clientRefDays: 365, draftDays: 0),
            RetentionSettings(clientRefDays: 365, draftDays: 366),
        ] {
            #expect(throws: RetentionSettingRefused.self) { try store.setRetention(bad, by: w.actor) }
        }
        #expect(try store.retentionSettings() == .defaults)
        try store.setRetention(RetentionSettings(clientRefDays: 14, draftDays: 7), by: w.actor)
        #expect(try store.retentionSettings() == RetentionSettings(clientRefDays: 14, draftDays: 7))
        #expect(try w.lastAudit().details == "retention client_ref_days 14, draft_days 7")
        // client_ref_days of 14 days with a window of 14: a contact of 15 days ago goes, one of 14 stays.
        try w.log.importContacts([15, 14].map { Self.contact(daysAgo: $0, ref: "client-r\($0)") }, details: "test", by: w.actor)
        #expect(try store.applyRetention(now: Self.now, dryRun: false, by: w.actor).unlinked == 1)
        #expect(try refs(w) == ["-", "client-r14"])
    }

    /// The server checks the values itself: the owner's forged call is refused (22023) with nothing changed.
    @Test func theServerRefusesABadSettingItself() throws {
        let w = try StoreWorld(.postgres)
        for (ref, draft) in [(13, 30), (0, 30), (3651, 30), (365, 0), (365, 366)] {
            #expect(throws: PQError.self) { try w.execute("SELECT neuvo.set_retention(\(ref), \(draft), 'psql')") }
        }
        #expect(try Self.store(w).retentionSettings() == .defaults)
    }

    /// Every report over any period is the same after retention (random contacts over two years, repeats among them),
    /// and a window changed afterwards recounts only the contacts that keep their pseudonym: the unlinked ones keep the
    /// repeat flag they had (CONTRACT §11, issue 20's "Careful").
    @Test(arguments: Backend.allCases, [11, 12, 13] as [UInt64])
    func everyReportIsTheSameAfterwardsAndAWindowChangedLaterLosesNoRepeat(_ backend: Backend, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let topics = ["housing", "benefits", "forms"]
        let points = ["jarvenpaa-library", "kerava-service-centre"]
        // Clients come back often, within and beyond the windows, on both sides of the cut (2025-12-07).
        let contacts: [Contact] = (0..<160).map { _ in
            Contact(
                occurredAt: Timestamp(
                    date: Self.now.date.adding(days: -random.int(0...730)), hour: random.int(8...16), minute: random.int(0...59),
                    offsetMinutes: 120),
                point: points[random.int(0...1)], channel: "walk-in", topics: [topics[random.int(0...2)]], resolved: random.chance(0.6),
                referrals: [], identified: random.chance(0.5), clientRef: random.chance(0.8) ? "client-\(random.int(0...7))" : nil)
        }
        let w = try StoreWorld(backend), control = try StoreWorld(backend)
        for world in [w, control] { try world.log.importContacts(contacts, details: "test", by: world.actor) }
        let periods: [(String, String)] = [
            ("2024-12-01", "2026-12-31"), ("2024-12-01", "2025-12-06"), ("2025-12-07", "2026-12-31"), ("2025-11-20", "2025-12-20"),
            ("2025-12-06", "2025-12-06"), ("2025-12-07", "2025-12-07"),
        ] + (0..<24).map { m in
            let first = CivilDate(iso: "2024-12-01")!.adding(days: m * 30)
            return (first.description, first.adding(days: 29).description)
        }
        func reports(_ w: StoreWorld) throws -> [Report] {
            try periods.flatMap { from, to in try ([nil] + points).map { try w.report(from, to, point: $0) } }
        }
        let before = try reports(w)
        #expect(try reports(control) == before)
        let result = try Self.store(w).applyRetention(now: Self.now, dryRun: false, by: w.actor)
        #expect(result.unlinked > 20)
        #expect(try w.value(#"SELECT CAST(count(*) AS TEXT) FROM neuvo.contact WHERE "day" < '2025-12-07' AND \#(Self.clientColumn(w)) IS NOT NULL"#) == "0")
        #expect(try reports(w) == before)

        // A longer window afterwards: the unlinked contacts' figures stay as they were; the rest are recounted as on
        // the control database, which kept every pseudonym.
        for world in [w, control] { try world.log.setFollowUpWindow(hours: 60 * 24, by: world.actor) }
        #expect(try w.report("2024-12-01", "2025-12-06") == before[3])
        #expect(try w.report("2025-12-07", "2026-12-31") == (try control.report("2025-12-07", "2026-12-31")))
        // And back to the default: every report as before retention.
        for world in [w, control] { try world.log.setFollowUpWindow(hours: 14 * 24, by: world.actor) }
        #expect(try reports(w) == before)
    }
}

extension RetentionTests {
    /// A contact edited after retention unlinked its pseudonym keeps the figures it was counted with: edited as it is,
    /// every report is as before; moved to another day, its `with_client_ref` and `repeats` move with it; given an
    /// identity code again, it is counted afresh as any linked contact.
    @Test(arguments: Backend.allCases)
    func aContactEditedAfterItsPseudonymWasUnlinkedLeavesEveryReportAsItWas(_ backend: Backend) throws {
        let w = try StoreWorld(backend), store = try Self.store(w)
        // Client a came back within the window 400 days ago (the first contact is a repeat), b once; a again yesterday.
        try w.log.importContacts(
            [402, 400, 380, 1].map { Self.contact(daysAgo: $0, ref: $0 == 380 ? "client-b" : "client-a") }, details: "test", by: w.actor)
        _ = try store.applyRetention(now: Self.now, dryRun: false, by: w.actor)
        let periods = [("2025-01-01", "2026-12-31"), ("2025-10-01", "2025-10-31"), ("2025-11-01", "2025-11-30"), ("2025-10-31", "2025-10-31")]
        func reports() throws -> [Report] { try periods.map { try w.report($0.0, $0.1) } }
        let before = try reports()
        #expect(before[1].withClientRef == 1 && before[1].repeats == 1 && before[1].verified == 0, "\(backend): \(before[1])")
        let unlinked = try w.rows(#"SELECT CAST("id" AS TEXT) FROM neuvo.contact WHERE \#(Self.clientColumn(w)) IS NULL ORDER BY "day""#)
            .compactMap { $0[0].flatMap { Int64($0) } }
        #expect(unlinked.count == 3)

        // Each edited as it is: nothing changes in any report.
        for id in unlinked {
            let (found, _) = try #require(try w.log.contact(id: id, by: w.actor))
            #expect(found.contact.clientRef == nil)
            try w.log.update(id: id, to: found.contact, assessment: nil, chain: nil, by: w.actor)
        }
        #expect(try reports() == before, "\(backend)")

        // The repeat of 2025-10-31 moved to 2025-11-03: its figures leave October and arrive in November.
        let (first, _) = try #require(try w.log.contact(id: unlinked[0], by: w.actor))
        var moved = first.contact
        moved.occurredAt = Timestamp(date: CivilDate(iso: "2025-11-03")!, hour: 10, minute: 0, offsetMinutes: 120)
        try w.log.update(id: unlinked[0], to: moved, assessment: nil, chain: nil, by: w.actor)
        let after = try reports()
        for figure in [\Report.contacts, \.withClientRef, \.repeats, \.verified, \.resolved] {
            #expect(after[0][keyPath: figure] == before[0][keyPath: figure], "\(backend): the whole period")
            #expect(after[1][keyPath: figure] == 0, "\(backend): October: \(after[1])")
            #expect(after[2][keyPath: figure] == before[2][keyPath: figure] + before[1][keyPath: figure], "\(backend): November")
        }
    }
}

/// The owner alone runs retention and changes its settings: every other role, with psql, is refused by name.
struct RetentionSideDoorTests: SideDoorAttack {
    let team: PostgresRulesTests.Team

    init() throws { team = try PostgresRulesTests.Team() }

    @Test func everyOtherRoleIsRefusedRetentionAndItsSettings() throws {
        let linked = #"SELECT count(*) FROM neuvo.contact WHERE "client" IS NOT NULL"#
        let before = try team.owner.connection.exec(linked).int(0, 0)
        for login in [team.advisor, team.supervisor, team.trainer, team.board] {
            try expectRefused("SELECT * FROM neuvo.retention(9999999999, '2030-01-01', false, 'psql')", as: login, "42501",
                              "only the database's owner runs neuvo retention")
            try expectRefused("SELECT * FROM neuvo.retention(9999999999, '2030-01-01', true, 'psql')", as: login, "42501",
                              "only the database's owner runs neuvo retention")
            try expectRefused("SELECT neuvo.set_retention(14, 1, 'psql')", as: login, "42501",
                              "only the database's owner changes the retention settings")
            // Nor straight at the tables.
            try expectRefused(#"UPDATE neuvo.contact SET "client" = NULL"#, as: login, "42501", "permission denied")
            try expectRefused(#"UPDATE neuvo.setting SET "value" = '1' WHERE "key" = 'retention.client_ref_days'"#, as: login, "42501",
                              "permission denied")
        }
        // Still whole: every contact the team saved keeps its pseudonym, the settings their defaults.
        #expect(try team.owner.connection.exec(linked).int(0, 0) == before)
        #expect(try team.owner.retentionSettings() == .defaults)
    }
}

/// Retention killed mid-way on PostgreSQL: its session ends after it unlinked the pseudonyms and while it waits to remove
/// the drafts; nothing of its work stays, and the next run does all of it.
struct RetentionInterruptedTests {
    @Test func aRetentionEndedMidWayLeavesNothingAndTheNextRunFinishes() throws {
        let w = try StoreWorld(.postgres), log = try #require(w.log as? PostgresLog)
        try w.log.importContacts(
            [400, 380, 10].map { RetentionTests.contact(daysAgo: $0, ref: "client-ref-\($0)") }, details: "test", by: w.actor)
        try RetentionTests.plantDraft(w, advisor: "old", secondsAgo: 40 * 86400)
        let blocker = try PQConnection(uri: log.uri)
        defer { blocker.close() }
        try blocker.exec("BEGIN")
        try blocker.exec("LOCK TABLE neuvo.draft IN ACCESS EXCLUSIVE MODE")
        let finished = DispatchSemaphore(value: 0)
        let outcome = Mutex<String>("")
        Thread.detachNewThread {
            do {
                _ = try log.applyRetention(now: RetentionTests.now, dryRun: false, by: w.actor)
                outcome.withLock { $0 = "finished" }
            } catch {
                outcome.withLock { $0 = "ended: \(error)" }
            }
            finished.signal()
        }
        // Under way: its statement waits for the drafts' lock, the contacts already unlinked in its transaction.
        var pid: Int?
        let deadline = Date().addingTimeInterval(20)
        while pid == nil && Date() < deadline {
            // The blocker's transaction keeps one snapshot of the statistics unless told to drop it.
            try blocker.exec("SELECT pg_stat_clear_snapshot()")
            let found = try blocker.exec(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%neuvo.retention(%' AND pid <> pg_backend_pid()")
            pid = found.rowCount == 0 ? nil : found.int(0, 0)
        }
        let activity = try blocker.exec("SELECT coalesce(wait_event_type, '-') || ' ' || state || ' ' || left(query, 80) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database()")
        let seen = (0..<activity.rowCount).map { activity.string($0, 0) ?? "" }
        let waiting = try #require(pid, "retention never reached the drafts: \(seen), \(outcome.withLock { $0 })")
        try blocker.exec("SELECT pg_terminate_backend(\(waiting))")
        try blocker.exec("ROLLBACK")
        #expect(finished.wait(timeout: .now() + 60) == .success)
        #expect(outcome.withLock { $0 }.hasPrefix("ended"))
        #expect(try blocker.exec(#"SELECT count(*) FROM neuvo.contact WHERE "client" IS NOT NULL"#).int(0, 0) == 3)
        #expect(try blocker.exec("SELECT count(*) FROM neuvo.draft").int(0, 0) == 1)
        #expect(try blocker.exec("SELECT count(*) FROM neuvo.audit WHERE details LIKE 'retention:%'").int(0, 0) == 0)
        // Again: all of it.
        let again = try log.applyRetention(now: RetentionTests.now, dryRun: false, by: w.actor)
        #expect(again.unlinked == 2 && again.drafts == 1)
    }
}

/// The time zone and the idle cover go through owner-only functions on PostgreSQL (v12), as the follow-up window and
/// retention do: every other role, with psql, is refused by name, and the owner's forged values are refused too.
struct SettingsSideDoorTests: SideDoorAttack {
    let team: PostgresRulesTests.Team

    init() throws { team = try PostgresRulesTests.Team() }

    func settings() throws -> [String] {
        try rows(#"SELECT "key" || '=' || "value" FROM neuvo.settings() WHERE "key" IN ('timezone', 'privacy.idle_minutes')"#,
                 as: team.owner.session.login)
    }

    @Test func everyOtherRoleIsRefusedTheTimeZoneAndTheIdleCoverAndForgedValuesAreRefused() throws {
        try team.owner.setIdleMinutes(7, by: PostgresRulesTests.actor)
        try team.owner.setTimeZone("Europe/Stockholm", by: PostgresRulesTests.actor)
        let before = try settings()
        #expect(before.sorted() == ["privacy.idle_minutes=7", "timezone=Europe/Stockholm"])
        for login in [team.advisor, team.supervisor, team.trainer, team.board] {
            try expectRefused("SELECT neuvo.set_time_zone('UTC', 'psql')", as: login, "42501",
                              "only the database's owner changes the time zone")
            try expectRefused("SELECT neuvo.set_idle_minutes(0, 'psql')", as: login, "42501",
                              "only the database's owner changes the idle cover")
            try expectRefused(#"UPDATE neuvo.setting SET "value" = '0' WHERE "key" = 'privacy.idle_minutes'"#, as: login, "42501",
                              "permission denied")
        }
        let owner = team.owner.session.login
        for forged in ["-1", "481", "NULL", "2147483647"] {
            try expectRefused("SELECT neuvo.set_idle_minutes(\(forged), 'psql')", as: owner, "22023", "0 (off) to 480 minutes")
        }
        for forged in ["'Mars/Olympus'", "''", "NULL", "'Europe/Helsinki; DROP TABLE neuvo.contact'", "'../../etc/passwd'"] {
            try expectRefused("SELECT neuvo.set_time_zone(\(forged), 'psql')", as: owner, "22023", "an IANA name")
        }
        #expect(try settings() == before)
        // The owner's own changes are audited with the old and the new value.
        try team.owner.setIdleMinutes(0, by: PostgresRulesTests.actor)
        #expect(try team.owner.audit(from: nil, to: nil).last?.details == "privacy.idle_minutes 7 → 0")
        try team.owner.setTimeZone("Europe/Helsinki", by: PostgresRulesTests.actor)
        #expect(try team.owner.audit(from: nil, to: nil).last?.details == "timezone Europe/Stockholm → Europe/Helsinki")
        #expect(try team.owner.idleMinutes() == 0 && team.owner.timeZoneName() == "Europe/Helsinki")
    }
}

extension RetentionTests {
    /// `neuvo copy` carries how long a client_ref and a draft are kept, either way: the copy's next retention removes
    /// what the source's would, not what the defaults would.
    @Test(arguments: Backend.allCases)
    func aCopyCarriesTheRetentionSettings(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let settings = RetentionSettings(clientRefDays: 400, draftDays: 7)
        try Self.store(w).setRetention(settings, by: w.actor)
        let contents = try w.log.contents(by: w.actor)
        for target in Backend.allCases {
            let copy = try target.emptyLog()
            try copy.load(contents, details: "copy", by: w.actor)
            #expect(try #require(copy as? any RetentionStore).retentionSettings() == settings, "\(backend) → \(target)")
        }
    }

    /// `neuvo copy` of a database that retention has unlinked, either way: the copy's reports equal the source's (its
    /// unlinked contacts counted as they were, with their frozen repeat flags), and a window changed afterwards
    /// recounts the copy as it recounts the source.
    @Test(arguments: Backend.allCases)
    func aCopyMadeAfterRetentionReportsAsTheSourceAndRecountsAsIt(_ backend: Backend) throws {
        var random = SeededRandom(seed: 21)
        let topics = ["housing", "benefits"]
        let contacts: [Contact] = (0..<120).map { _ in
            Contact(
                occurredAt: Timestamp(
                    date: Self.now.date.adding(days: -random.int(0...730)), hour: random.int(8...16), minute: random.int(0...59),
                    offsetMinutes: 120),
                point: "jarvenpaa-library", channel: "walk-in", topics: [topics[random.int(0...1)]], resolved: random.chance(0.6),
                referrals: [], clientRef: random.chance(0.8) ? "client-\(random.int(0...5))" : nil)
        }
        let w = try StoreWorld(backend)
        try w.log.importContacts(contacts, details: "test", by: w.actor)
        let periods = [("2024-12-01", "2026-12-31"), ("2024-12-01", "2025-12-06"), ("2025-12-07", "2026-12-31")]
        let before = try periods.map { try w.report($0.0, $0.1) }
        #expect(try Self.store(w).applyRetention(now: Self.now, dryRun: false, by: w.actor).unlinked > 20)
        let contents = try w.log.contents(by: w.actor)
        #expect(!contents.unlinked.isEmpty)
        for target in Backend.allCases {
            let copy = try target.emptyLog()
            try copy.load(contents, details: "copy", by: w.actor)
            let copied = try periods.map { try copy.report(from: CivilDate(iso: $0.0)!, to: CivilDate(iso: $0.1)!, point: nil, by: w.actor) }
            #expect(copied == before, "\(backend) → \(target)")
            try copy.setFollowUpWindow(hours: 60 * 24, by: w.actor)
            try w.log.setFollowUpWindow(hours: 60 * 24, by: w.actor)
            let recounted = try periods.map { try copy.report(from: CivilDate(iso: $0.0)!, to: CivilDate(iso: $0.1)!, point: nil, by: w.actor) }
            #expect(recounted == (try periods.map { try w.report($0.0, $0.1) }), "\(backend) → \(target), a longer window")
            try w.log.setFollowUpWindow(hours: 14 * 24, by: w.actor)
        }
    }
}
