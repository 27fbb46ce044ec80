import Foundation
import Guidance
import GRDB
import PQ
import Testing
import TestSupport
@testable import Store

/// The contact log on each backend: Given some contacts, When they are logged, Then …
struct ContactLogTests {
    let advisor = Actor(user: "anna", command: "test")

    func world(_ backend: Backend) throws -> StoreWorld {
        try StoreWorld(backend, actor: advisor)
    }

    static func contact(
        _ at: String, point: String = "jarvenpaa-library", channel: String = "walk-in", topics: [String] = ["housing"],
        resolved: Bool = true, referrals: [String] = [], ref: String? = nil
    ) -> Contact {
        Contact(occurredAt: Fixtures.at(at), point: point, channel: channel, topics: topics, resolved: resolved,
                referrals: referrals, clientRef: ref)
    }

    // MARK: - Writing

    @Test(arguments: Backend.allCases)
    func aLoggedContactComesBackAsItWasSaved(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let contact = Contact(
            occurredAt: Fixtures.at("2023-03-14T10:25:00+02:00"), point: "kerava-service-centre", channel: "phone",
            topics: ["benefits", "housing"], resolved: false, contactBy: "relative", reason: "no-other-known",
            referrals: ["kela", "adult-social-work"], identified: true, ageGroup: "65-74", serviceArea: "social",
            durationMinutes: 25, segment: .community, clientRef: "Abc_def-12345678", satisfaction: 4, advisor: "neuvoja-2")
        try log.log(contact, by: advisor)
        let back = try #require(try w.export().first)
        #expect(back.occurredAt == contact.occurredAt)
        #expect(Set(back.topics) == Set(contact.topics))
        #expect(Set(back.referrals) == Set(contact.referrals))
        var same = back
        same.topics = contact.topics
        same.referrals = contact.referrals
        #expect(same == contact)
    }

    @Test(arguments: Backend.allCases)
    func codesAreCheckedAgainstTheDataOnEveryWrite(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let bad = Self.contact("2023-03-14T10:25:00+02:00", topics: ["housing", "astrology"])
        #expect(throws: StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.topics, .unknownCode("astrology"))]))) {
            try log.log(bad, by: advisor)
        }
        #expect(try log.contactCount() == 0)
    }

    @Test(arguments: Backend.allCases)
    func anImportWithOneBadContactWritesNothing(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let good = Self.contact("2023-03-14T10:25:00+02:00")
        var bad = good
        bad.point = "moon-base"
        #expect(throws: StoreError.self) { try log.importContacts([good, good, bad], details: "test", by: advisor) }
        #expect(try log.contactCount() == 0)
        try log.importContacts([good, good], details: "test", by: advisor)
        #expect(try log.contactCount() == 2)
    }

    @Test(arguments: Backend.allCases)
    func anAssessmentIsSavedWithItsContact(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let answers = Answers(["C1": 2, "C2": 2, "C3": 2, "C4": 2, "P1": 4, "P2": 4, "P3": 4, "P4": 4])
        var assessment = try Fixtures.instrument.assess(answers)
        assessment.override = try Override(segment: .collaboration, reason: "family helps every day")
        var contact = Self.contact("2023-03-14T10:25:00+02:00")
        contact.segment = assessment.segment
        let id = try log.log(contact, assessment: assessment, chain: "older-people", by: advisor)
        let rows = try w.rows(
            """
            SELECT computed_segment, segment, override_reason, CAST(client_score AS TEXT), answers, chain
            FROM neuvo.assessment WHERE contact_id = \(id)
            """)
        #expect(rows.count == 1)
        let row = rows.first
        #expect(row?[0] == "network")
        #expect(row?[1] == "collaboration")
        #expect(row?[2] == "family helps every day")
        #expect(row?[3] == "250")
        #expect(row?[4] == #"{\#n  "C1": 2,\#n  "C2": 2,\#n  "C3": 2,\#n  "C4": 2,\#n  "P1": 4,\#n  "P2": 4,\#n  "P3": 4,\#n  "P4": 4\#n}"#)
        #expect(row?[5] == "older-people")
    }

    @Test(arguments: Backend.allCases)
    func anyTextComesBackAsWrittenWhetherLoggedOrImported(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given free text with what a database's own formats escape: tabs, backslashes, quotes, line breaks, non-ASCII
        let texts = ["Äänekoski – neuvoja 2", "tab\tand\\backslash", #"quote " and ' and ; too"#, "line\nbreak\r\nagain", "\\N", ""]
        var contacts = texts.enumerated().map { index, text in
            var contact = Self.contact("2023-03-14T10:\(10 + index):00+02:00")
            contact.advisor = text
            return contact
        }
        // When one is logged and the rest imported
        try log.log(contacts.removeFirst(), by: advisor)
        try log.importContacts(contacts, details: "test", by: advisor)
        // Then each comes back as it was written
        #expect(try w.export().map(\.advisor) == texts)
    }

    @Test(arguments: Backend.allCases)
    func anImportReadInBatchesCountsAcrossThemAndAFailingSourceWritesNothing(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let vocabulary = Fixtures.vocabulary, points = Set(Fixtures.catalog.points.map(\.code))
        func checked(_ contacts: [Contact]) throws -> [CheckedContact] {
            try contacts.map { try $0.checked(vocabulary: vocabulary, points: points) }
        }
        let batches = [
            try checked([Self.contact("2023-03-01T10:00:00+02:00", ref: Self.ref), Self.contact("2023-03-01T11:00:00+02:00")]),
            [],
            try checked([Self.contact("2023-03-02T10:00:00+02:00", ref: Self.ref)]),
        ]
        // Given a source that fails after its batches (a bad row found at the end of the file)
        struct BadRow: Error {}
        var failing = batches[...]
        #expect(throws: BadRow.self) {
            try log.importContacts(details: "test", by: advisor) {
                if let batch = failing.popFirst() { return batch }
                throw BadRow()
            }
        }
        // Then nothing is written, nor audited
        #expect(try log.contactCount() == 0)
        #expect(try log.audit(from: nil, to: nil).isEmpty)
        #expect(try w.report("2023-03-01", "2023-03-02").contacts == 0)
        // And the same batches from a source that ends well are saved, the repeat found across batches
        var fine = batches[...]
        #expect(try log.importContacts(details: "in batches", by: advisor) { fine.popFirst() } == 3)
        let audit = try w.lastAudit()
        #expect(audit.details == "in batches" && audit.contacts == 3)
        let r = try w.report("2023-03-01", "2023-03-02")
        #expect(r.contacts == 3 && r.repeats == 1 && r.withClientRef == 2)
    }

    @Test(arguments: Backend.allCases)
    func anExportStoppedByItsCallerLeavesTheLogAsItWas(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        try log.importContacts(
            [Self.contact("2023-03-01T10:00:00+02:00"), Self.contact("2023-03-02T10:00:00+02:00")], details: "test", by: advisor)
        let audited = try log.audit(from: nil, to: nil).count
        // When the caller stops an export at the first contact (its file could not be written)
        struct DiskFull: Error {}
        #expect(throws: DiskFull.self) {
            try log.exportContacts(from: nil, to: nil, point: nil, by: advisor) { _ in throw DiskFull() }
        }
        // Then nothing was recorded as exported, and the log saves and exports as before
        #expect(try log.audit(from: nil, to: nil).count == audited)
        try log.log(Self.contact("2023-03-03T10:00:00+02:00"), by: advisor)
        #expect(try w.export().count == 3)
    }

    // MARK: - Repeat contacts (CONTRACT §4)

    struct RepeatCase: CustomTestStringConvertible, Sendable {
        let name: String
        let first: Contact
        let second: Contact
        let firstHasRepeat: Bool
        var testDescription: String { name }
    }

    static let ref = "client-ref-0001"
    static let repeatCases: [RepeatCase] = [
        RepeatCase(name: "a day later on the same topic, in another channel and point",
                   first: contact("2023-03-03T10:00:00+02:00", ref: ref),
                   second: contact("2023-03-04T11:00:00+02:00", point: "kerava-service-centre", channel: "phone", ref: ref),
                   firstHasRepeat: true),
        RepeatCase(name: "exactly 14 × 24 hours later is within the window",
                   first: contact("2023-03-01T10:00:00+02:00", ref: ref), second: contact("2023-03-15T10:00:00+02:00", ref: ref),
                   firstHasRepeat: true),
        RepeatCase(name: "a second past the window is not a repeat",
                   first: contact("2023-03-01T10:00:00+02:00", ref: ref), second: contact("2023-03-15T10:00:01+02:00", ref: ref),
                   firstHasRepeat: false),
        RepeatCase(name: "the same instant written with other offsets is not strictly later",
                   first: contact("2023-03-01T10:00:00+02:00", ref: ref), second: contact("2023-03-01T09:00:00+01:00", ref: ref),
                   firstHasRepeat: false),
        RepeatCase(name: "earlier on the clock but later as an instant",
                   first: contact("2023-03-01T10:00:00+03:00", ref: ref), second: contact("2023-03-01T09:30:00+02:00", ref: ref),
                   firstHasRepeat: true),
        RepeatCase(name: "the window crosses a change to summer time by the instant, not the clock",
                   first: contact("2023-03-20T12:00:00+02:00", ref: ref), second: contact("2023-04-03T12:30:00+03:00", ref: ref),
                   firstHasRepeat: true),
        RepeatCase(name: "no shared topic is no repeat",
                   first: contact("2023-03-01T10:00:00+02:00", topics: ["housing", "benefits"], ref: ref),
                   second: contact("2023-03-02T10:00:00+02:00", topics: ["employment"], ref: ref), firstHasRepeat: false),
        RepeatCase(name: "one shared topic among several is enough",
                   first: contact("2023-03-01T10:00:00+02:00", topics: ["housing", "benefits"], ref: ref),
                   second: contact("2023-03-02T10:00:00+02:00", topics: ["employment", "benefits"], ref: ref), firstHasRepeat: true),
        RepeatCase(name: "another client is no repeat",
                   first: contact("2023-03-01T10:00:00+02:00", ref: ref), second: contact("2023-03-02T10:00:00+02:00", ref: "client-ref-0002"),
                   firstHasRepeat: false),
        RepeatCase(name: "contacts without a client_ref never repeat",
                   first: contact("2023-03-01T10:00:00+02:00"), second: contact("2023-03-02T10:00:00+02:00"), firstHasRepeat: false),
    ]

    @Test(arguments: Backend.allCases, repeatCases)
    func repeats(_ backend: Backend, _ c: RepeatCase) throws {
        // Logged in either order, one by one: the flag follows the rule, not the order of writing.
        for order in [[c.first, c.second], [c.second, c.first]] {
            let log = try backend.emptyLog()
            for contact in order { try log.log(contact, by: advisor) }
            let day = c.first.occurredAt.date.description
            let report = try log.report(from: CivilDate(iso: day)!, to: CivilDate(iso: day)!, point: c.first.point, by: advisor)
            // Only the first can have a repeat: nothing comes after the second.
            #expect(report.repeats == (c.firstHasRepeat ? 1 : 0))
        }
    }

    @Test(arguments: Backend.allCases)
    func repeatsAreLookedForAmongAllContactsHeld(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // The repeat falls after the period and at another point; the period and the point narrow only what is counted.
        try log.importContacts([
            Self.contact("2023-03-31T14:00:00+03:00", resolved: true, ref: Self.ref),
            Self.contact("2023-04-03T09:00:00+03:00", point: "kerava-service-centre", channel: "e-service", ref: Self.ref),
        ], details: "test", by: advisor)
        let march = try w.report("2023-03-01", "2023-03-31", point: "jarvenpaa-library")
        #expect(march.contacts == 1)
        #expect(march.resolved == 1)
        #expect(march.withClientRef == 1)
        #expect(march.repeats == 1)
        #expect(march.verified == 0)
        #expect(march.repeatRate?.written(decimals: 4) == "1")
    }

    @Test(arguments: Backend.allCases)
    func changingTheFollowUpWindowRecomputesRepeats(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        try log.importContacts([
            Self.contact("2023-03-01T10:00:00+02:00", ref: Self.ref), Self.contact("2023-03-03T10:00:00+02:00", ref: Self.ref),
        ], details: "test", by: advisor)
        #expect(try w.report("2023-03-01", "2023-03-01").repeats == 1)
        try log.setFollowUpWindow(hours: 24, by: advisor)
        #expect(try log.followUpWindowHours() == 24)
        #expect(try w.report("2023-03-01", "2023-03-01").repeats == 0)
        try log.setFollowUpWindow(hours: 72, by: advisor)
        #expect(try w.report("2023-03-01", "2023-03-01").repeats == 1)
    }

    // MARK: - The report, figure by figure

    /// Six contacts whose figures are worked out by hand in the comments.
    @Test(arguments: Backend.allCases)
    func aReportByHand(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let contacts = [
            // 1: resolved, repeated by 3 (same ref, shared topic housing, 2 days later) → not verified
            Contact(occurredAt: Fixtures.at("2023-03-13T09:15:00+02:00"), point: "jarvenpaa-library", channel: "walk-in",
                    topics: ["housing", "benefits"], resolved: true, contactBy: "client", reason: "face-to-face",
                    referrals: ["kela", "adult-social-work"], identified: true, ageGroup: "30-64", durationMinutes: 20,
                    clientRef: "ref-aaaaaaaa", satisfaction: 5),
            // 2: resolved, no ref → verified
            Contact(occurredAt: Fixtures.at("2023-03-13T10:00:00+02:00"), point: "jarvenpaa-library", channel: "walk-in",
                    topics: ["health-advice"], resolved: true, reason: "no-other-known", referrals: ["health-station"],
                    ageGroup: "75+", durationMinutes: 10, satisfaction: 4),
            // 3: not resolved, the repeat of 1
            Contact(occurredAt: Fixtures.at("2023-03-15T13:00:00+02:00"), point: "jarvenpaa-library", channel: "phone",
                    topics: ["housing"], resolved: false, contactBy: "relative", referrals: ["municipality"],
                    ageGroup: "30-64", clientRef: "ref-aaaaaaaa", satisfaction: 4),
            // 4: resolved, ref without repeat → verified
            Contact(occurredAt: Fixtures.at("2023-03-16T11:00:00+02:00"), point: "jarvenpaa-library", channel: "walk-in",
                    topics: ["digital-support"], resolved: true, reason: "digital-barrier", referrals: ["digital-support", "kela"],
                    identified: true, ageGroup: "65-74", durationMinutes: 15, segment: .selfCare, clientRef: "ref-bbbbbbbb"),
            // 5: another point: not counted for jarvenpaa-library
            Contact(occurredAt: Fixtures.at("2023-03-16T12:00:00+02:00"), point: "kerava-service-centre", channel: "walk-in",
                    topics: ["housing"], resolved: true),
            // 6: outside the period
            Contact(occurredAt: Fixtures.at("2023-03-20T12:00:00+02:00"), point: "jarvenpaa-library", channel: "walk-in",
                    topics: ["forms"], resolved: true),
        ]
        try log.importContacts(contacts, details: "test", by: advisor)
        let r = try w.report("2023-03-13", "2023-03-17", point: "jarvenpaa-library")
        #expect(r.contacts == 4)
        #expect(r.byChannel == ["walk-in": 3, "phone": 1])
        #expect(r.byReason == ["face-to-face": 1, "no-other-known": 1, "digital-barrier": 1])
        #expect(r.byTopic == ["housing": 2, "benefits": 1, "health-advice": 1, "digital-support": 1])
        #expect(r.byReferral == ["kela": 2, "adult-social-work": 1, "health-station": 1, "municipality": 1, "digital-support": 1])
        #expect(r.referralsInternal == 2)  // adult-social-work, health-station
        #expect(r.referralsExternal == 4)  // kela twice, municipality, digital-support
        #expect(r.byAgeGroup == ["30-64": 2, "75+": 1, "65-74": 1])
        #expect(r.bySegment == ["self-care": 1])
        #expect(r.byContactBy == ["client": 3, "relative": 1])
        #expect(r.byDay == ["2023-03-13": 2, "2023-03-15": 1, "2023-03-16": 1])
        #expect(r.resolved == 3)
        #expect(r.verified == 2)
        #expect(r.withClientRef == 3)
        #expect(r.repeats == 1)
        #expect(r.identified == 2)
        #expect(r.durationMinTotal == 45)
        #expect(r.satisfactionResponses == 3)
        #expect(r.satisfactionMean?.written(decimals: 2) == "4.33")
        #expect(r.resolvedRate?.written(decimals: 4) == "0.75")
        #expect(r.verifiedRate?.written(decimals: 4) == "0.5")
        #expect(r.repeatRate?.written(decimals: 4) == "0.3333")
        #expect(r.identifiedRate?.written(decimals: 4) == "0.5")
    }

    @Test(arguments: Backend.allCases)
    func anEmptyPeriodHasNullRates(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        try log.log(Self.contact("2023-03-14T10:25:00+02:00"), by: advisor)
        let r = try w.report("2023-03-18", "2023-03-19")
        #expect(r.contacts == 0)
        #expect(r.resolvedRate == nil && r.verifiedRate == nil && r.repeatRate == nil && r.identifiedRate == nil)
        #expect(r.satisfactionMean == nil)
        #expect(r.byChannel.isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func theDayIsTheDateAsWritten(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // 23:30 at +02:00 is 21:30 UTC the same day; 00:30 at +03:00 is the previous day in UTC.
        try log.importContacts([
            Self.contact("2023-03-14T23:30:00+02:00"), Self.contact("2023-06-15T00:30:00+03:00"),
        ], details: "test", by: advisor)
        #expect(try w.report("2023-03-14", "2023-03-14").contacts == 1)
        #expect(try w.report("2023-06-15", "2023-06-15").contacts == 1)
        #expect(try w.report("2023-06-14", "2023-06-14").contacts == 0)
    }

    // MARK: - Audit

    @Test(arguments: Backend.allCases)
    func everyReadAndWriteIsAudited(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        try log.log(Self.contact("2023-03-14T10:25:00+02:00"), by: Actor(user: "anna", command: "log"))
        _ = try log.report(from: CivilDate(iso: "2023-03-01")!, to: CivilDate(iso: "2023-03-31")!, point: nil,
                           by: Actor(user: "pekka", command: "report"))
        try log.exportContacts(from: nil, to: nil, point: nil, by: Actor(user: "pekka", command: "export")) { _ in }
        var entries = try log.audit(from: nil, to: nil)
        // On PostgreSQL the report's handoff figures (CONTRACT §9) are read through `neuvo.handoff_records`, which
        // writes a row of its own just before the report's.
        if backend == .postgres {
            #expect(entries.count == 4 && entries[1].command == "report" && entries[1].contacts == 0)
            #expect(entries[1].details == "handoff figures period 2023-03-01–2023-03-31, all points")
            entries.remove(at: 1)
        }
        // The user named by the actor on SQLite; on PostgreSQL the login the server authenticated, whatever the actor says.
        #expect(entries.map(\.user) == [
            w.auditedUser(Actor(user: "anna", command: "log")), w.auditedUser(Actor(user: "pekka", command: "report")),
            w.auditedUser(Actor(user: "pekka", command: "export")),
        ])
        #expect(entries.map(\.command) == ["log", "report", "export"])
        #expect(entries.map(\.contacts) == [1, 1, 1])
        #expect(entries[1].details == "period 2023-03-01–2023-03-31, all points")
    }

    @Test(arguments: Backend.allCases)
    func auditRowsCannotBeDeletedOrChanged(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        try log.log(Self.contact("2023-03-14T10:25:00+02:00"), by: advisor)
        // Through the log's own connection: on PostgreSQL as the database's owner, who owns the table too.
        var statements = [#"DELETE FROM neuvo.audit"#, #"UPDATE neuvo.audit SET "user" = 'x'"#]
        if backend == .postgres { statements.append("TRUNCATE neuvo.audit") }
        for sql in statements {
            switch backend {
            case .sqlite: #expect(throws: DatabaseError.self, "\(sql)") { try w.execute(sql) }
            case .postgres:
                let error = #expect(throws: PQError.self, "\(sql)") { try w.execute(sql) }
                #expect(error?.sqlState == "42501", "\(sql): \(String(describing: error))")
            }
        }
        #expect(try log.audit(from: nil, to: nil).count == 1)
    }

    @Test(arguments: Backend.allCases)
    func theSchemaIsCurrentAndIntact(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Every migration applied, under the same names on both backends (one numbered history).
        let applied: Set<String> =
            if let log = log as? SQLiteLog { Set(try log.writer.read { db in try Schema.migrator.appliedIdentifiers(db) }) }
            else { Set(try w.rows(#"SELECT "identifier" FROM neuvo.migration"#).compactMap { $0.first ?? nil }) }
        #expect(applied == Set(Schema.migrator.migrations))
        #expect(try log.integrityCheck() == "ok")
        if let log = log as? SQLiteLog {
            let superseded = try log.writer.read { db in try Schema.migrator.hasBeenSuperseded(db) }
            #expect(!superseded)
            let applicationID = try log.writer.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
            #expect(applicationID == Schema.applicationID)
        }
    }
}

/// The database file as the commands open it.
struct DatabaseFileTests {
    @Test func aSavedContactIsSyncedToDiskOnCommit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = try SQLiteLog.open(path: directory.appendingPathComponent("n.sqlite").path, catalog: Fixtures.catalog)
        let (journal, synchronous) = try log.writer.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)  // FULL
        try log.close()
    }

    /// Audit times are UTC and sort as text.
    @Test func theAuditClockIsUTCInSeconds() throws {
        let before = Date()
        let written = SQLiteLog.now()
        #expect(written.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/) != nil)
        let formatter = ISO8601DateFormatter()
        let read = try #require(formatter.date(from: written))
        #expect(abs(read.timeIntervalSince(before)) < 2)
    }

    /// The next start reads whatever WAL a process leaves behind; after an import of a million contacts that took
    /// 1.5 s. Closing after reads and an import leaves no WAL.
    @Test func closingLeavesNoWriteAheadLog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("n.sqlite").path
        let log = try SQLiteLog.open(path: path, catalog: Fixtures.catalog)
        let actor = Actor(user: "anna", command: "test")
        let contact = Contact(occurredAt: Fixtures.at("2023-03-13T09:15:00+02:00"), point: "jarvenpaa-library", channel: "walk-in",
                topics: ["housing"], resolved: true, reason: "face-to-face", ageGroup: "30-64")
        try log.importContacts(Array(repeating: contact, count: 200), details: "test", by: actor)
        _ = try log.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-13")!, point: nil, by: actor)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        try log.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
}

struct DraftTests {
    let anna = Actor(user: "anna", command: "form")

    @Test(arguments: Backend.allCases)
    func aDraftIsKeptUpdatedAndRemoved(_ backend: Backend) throws {
        let w = try StoreWorld(backend, actor: anna), log = w.log
        let id = try log.saveDraft(id: nil, form: #"{"topics":["housing"]}"#, point: "jarvenpaa-library", by: anna)
        #expect(try log.saveDraft(id: id, form: #"{"topics":["housing","kela"]}"#, point: "jarvenpaa-library", by: anna) == id)
        let drafts = try log.drafts(by: Actor(user: "anna", command: "test"))
        #expect(drafts.count == 1)
        #expect(drafts.first?.form == #"{"topics":["housing","kela"]}"#)
        // Another user's drafts are their own (on PostgreSQL another login's: who is acting is the login).
        let pekka = try w.otherUser("pekka")
        #expect(try pekka.log.drafts(by: pekka.actor).isEmpty)
        try log.deleteDraft(id: id, by: Actor(user: "anna", command: "test"))
        #expect(try log.drafts(by: Actor(user: "anna", command: "test")).isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func savingTheContactRemovesItsDraftInTheSameWriteAndBothAreAudited(_ backend: Backend) throws {
        let log = try StoreWorld(backend, actor: anna).log
        let id = try log.saveDraft(id: nil, form: #"{"topics":["housing"]}"#, point: "jarvenpaa-library", by: anna)
        let contact = Contact(
            occurredAt: Fixtures.at("2026-11-23T10:00:00+02:00"), point: "jarvenpaa-library", channel: "walk-in", topics: ["housing"],
            resolved: true)
        let saved = try log.log(contact, replacingDraft: id, by: anna)
        #expect(try log.drafts(by: anna).isEmpty)
        let audit = try log.audit(from: nil, to: nil).map(\.details)
        #expect(audit.contains("draft \(id) started"))
        #expect(audit.contains { $0.hasPrefix("contact \(saved) ") })
    }

    @Test(arguments: Backend.allCases)
    func aDraftNeverHoldsAnIdentityCode(_ backend: Backend) throws {
        let log = try StoreWorld(backend, actor: anna).log
        #expect(throws: StoreError.self) {
            try log.saveDraft(id: nil, form: #"{"identity_code":"150655-902T"}"#, point: nil, by: anna)
        }
        #expect(try log.drafts(by: Actor(user: "anna", command: "test")).isEmpty)
    }
}

/// The daily figures kept write by write agree with counting every contact afresh, and so do the repeat
/// flags: contacts are logged in random order, and some of them edited on the way (topics, client_ref,
/// resolved, day, point), so that edits move figures and flags of their own and of other contacts.
struct DailyFiguresTests {
    static let topics = ["housing", "benefits", "health-advice", "forms"]
    static let points = ["jarvenpaa-library", "kerava-service-centre"]

    static func randomContact(_ random: inout SeededRandom) -> Contact {
        let day = CivilDate(iso: "2023-03-01")!.adding(days: random.int(0...20))
        return Contact(
            occurredAt: Timestamp(date: day, hour: random.int(9...14), minute: random.int(0...59), offsetMinutes: 120),
            point: points[random.int(0...1)], channel: ["walk-in", "phone"][random.int(0...1)],
            topics: [topics[random.int(0...3)]], resolved: random.chance(0.6), referrals: random.chance(0.5) ? ["kela"] : [],
            identified: random.chance(0.5), durationMinutes: random.chance(0.7) ? random.int(1...60) : nil,
            clientRef: random.chance(0.6) ? "client-\(random.int(0...12))-ref" : nil, satisfaction: random.chance(0.5) ? random.int(1...5) : nil)
    }

    /// The contact with some of the fields an advisor corrects changed at random.
    static func edited(_ c: Contact, _ random: inout SeededRandom) -> Contact {
        var c = c
        if random.chance(0.5) { c.topics = random.chance(0.5) ? [topics[random.int(0...3)]] : ["housing", topics[random.int(1...3)]] }
        if random.chance(0.4) { c.clientRef = random.chance(0.8) ? "client-\(random.int(0...12))-ref" : nil }
        if random.chance(0.4) { c.resolved.toggle() }
        if random.chance(0.3) {
            let day = CivilDate(iso: "2023-03-01")!.adding(days: random.int(0...20))
            c.occurredAt = Timestamp(date: day, hour: random.int(9...14), minute: random.int(0...59), offsetMinutes: 120)
        }
        if random.chance(0.3) { c.point = points[random.int(0...1)] }
        return c
    }

    @Test(arguments: Backend.allCases, [1, 2, 3, 4, 5] as [UInt64])
    func keptFiguresEqualAFreshCount(_ backend: Backend, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var incoming: [Contact] = (0..<150).map { _ in Self.randomContact(&random) }
        incoming.shuffle(using: &random)
        let actor = Actor(user: "t", command: "t")
        let w = try StoreWorld(backend, actor: actor), log = w.log
        var saved: [Int64: Contact] = [:]
        var edits = 0
        for (i, contact) in incoming.enumerated() {
            if i % 3 == 0 { try log.log(contact, by: actor) } else { try log.importContacts([contact], details: "t", by: actor) }
            let id = try #require(try w.value("SELECT CAST(max(id) AS TEXT) FROM neuvo.contact").flatMap { Int64($0) })
            saved[id] = contact
            if random.chance(0.3) {
                let target = saved.keys.sorted()[random.int(0...(saved.count - 1))]
                let changed = Self.edited(saved[target]!, &random)
                try log.update(id: target, to: changed, assessment: nil, chain: nil, by: actor)
                saved[target] = changed
                edits += 1
            }
        }
        #expect(edits > 20)
        let contacts = Array(saved.values)
        for point in [nil] + Self.points.map(Optional.some) {
            var expected = Report(from: CivilDate(iso: "2023-03-05")!, to: CivilDate(iso: "2023-03-15")!, point: point)
            for c in contacts where (point == nil || c.point == point) && c.occurredAt.date >= expected.from && c.occurredAt.date <= expected.to {
                expected.count(c, hasRepeat: Fixtures.hasRepeat(c, among: contacts))
            }
            expected.countReferralKinds(Fixtures.vocabulary)
            expected.daysWithoutStaffing = daysAtPoints(contacts, expected)
            // Exactly equal: a figure that an edit took down to zero is gone, not kept as 0.
            #expect(try log.report(from: expected.from, to: expected.to, point: point, by: actor) == expected)
        }
        // Every contact, day by day, as saved and with the flag the rule gives.
        for offset in 0...20 {
            let day = CivilDate(iso: "2023-03-01")!.adding(days: offset)
            for point in Self.points {
                for listed in try log.contacts(from: day, to: day, point: point, matching: .all, by: actor) {
                    var expected = try #require(saved[listed.id])
                    expected.topics.sort()
                    expected.referrals.sort()
                    #expect(listed.contact == expected)
                    #expect(listed.hasRepeat == Fixtures.hasRepeat(expected, among: contacts), "contact \(listed.id)")
                }
            }
        }
    }
}

struct ReportCountTests {
    @Test func aContactCountsOnceInEachFigure() {
        var r = Report(from: CivilDate(iso: "2023-03-01")!, to: CivilDate(iso: "2023-03-01")!, point: nil)
        let c = Contact(occurredAt: Fixtures.at("2023-03-01T10:00:00+02:00"), point: "jarvenpaa-library", channel: "walk-in",
                        topics: ["housing", "forms"], resolved: true, referrals: ["kela", "health-station"], identified: true,
                        durationMinutes: 12, clientRef: "client-ref-1", satisfaction: 4)
        r.count(c, hasRepeat: false)
        #expect(r.contacts == 1 && r.resolved == 1 && r.verified == 1 && r.repeats == 0 && r.withClientRef == 1)
        #expect(r.byTopic == ["housing": 1, "forms": 1] && r.byReferral == ["kela": 1, "health-station": 1])
        #expect(r.durationMinTotal == 12 && r.satisfactionTotal == 4 && r.satisfactionResponses == 1)
        r.countRepeatChange(resolved: true, clientRef: true, hasRepeat: true)
        #expect(r.verified == 0 && r.repeats == 1)
        r.count(c, hasRepeat: true, times: -1)
        #expect(r.storedFigures.isEmpty)
    }
}
