import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// CONTRACT §7 in the store, the same on both backends: outcomes and unmet needs kept with contacts, the three
/// anonymous kinds kept as answers per day and point, their figures in every report, staffing replaced by day.
struct EvaluationStoreTests {
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"
    static let day = CivilDate(iso: "2023-03-13")!

    static func feedback(_ nps: Int, _ settled: String? = nil, _ bounced: Bool? = nil, day: CivilDate = day, point: String = library) -> EvaluationRecord {
        .feedback(FeedbackAnswer(day: day, point: point, nps: nps, settled: settled, bounced: bounced))
    }

    static func staffing(_ hundredths: Int, _ cents: Int, day: CivilDate = day, point: String = library) -> EvaluationRecord {
        .staffing(StaffingDay(day: day, point: point, staffHundredths: hundredths, hourlyCostCents: cents))
    }

    @Test(arguments: Backend.allCases)
    func outcomesAndUnmetNeedsComeBackAsSavedAndCount(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        var contact = ContactLogTests.contact("2023-03-13T10:00:00+02:00", topics: ["housing", "benefits"], resolved: false, referrals: ["health-station", "kela"])
        contact.referralOutcomes = ["kela": "reached"]
        contact.unmetNeeds = ["cost", "waiting-time"]
        let id = try w.log.log(contact, by: w.actor)
        #expect(try w.export().map { [$0.topics.sorted(), $0.referrals, $0.unmetNeeds] } == [[["benefits", "housing"], contact.referrals, contact.unmetNeeds]])
        #expect(try w.export().first?.referralOutcomes == contact.referralOutcomes)
        var r = try w.report("2023-03-13")
        #expect(r.referralOutcomes == ["reached": 1, "pending": 1] && r.unmetNeeds == ["waiting-time": 1, "cost": 1])
        #expect(r.contactsWithUnmetNeed == 1 && r.unmetNeedsByTopic == ["housing": 1, "benefits": 1])

        try w.log.setReferralOutcome(contactID: id, referral: "health-station", outcome: "declined", clientRef: nil, by: w.actor)
        #expect(try w.lastAudit().details == "referral outcome of contact \(id): health-station declined")
        r = try w.report("2023-03-13")
        #expect(r.referralOutcomes == ["reached": 1, "declined": 1])
        #expect(try w.export().first?.referralOutcomes == ["kela": "reached", "health-station": "declined"])

        // An edit replaces the parts, and the figures follow.
        contact.referrals = ["kela"]
        contact.referralOutcomes = ["kela": "not-reached"]
        contact.unmetNeeds = []
        try w.log.update(id: id, to: contact, assessment: nil, chain: nil, by: w.actor)
        r = try w.report("2023-03-13")
        #expect(r.referralOutcomes == ["not-reached": 1] && r.unmetNeeds.isEmpty && r.contactsWithUnmetNeed == 0)
        #expect(try w.export().first?.referralOutcomes == contact.referralOutcomes)
        #expect(try w.export().first?.unmetNeeds == [])

        #expect(throws: ContactNotFound.self) {
            try w.log.setReferralOutcome(contactID: id, referral: "health-station", outcome: "reached", clientRef: nil, by: w.actor)
        }
        #expect(throws: StoreError.self) {
            try w.log.setReferralOutcome(contactID: id, referral: "kela", outcome: "lost", clientRef: nil, by: w.actor)
        }
    }

    @Test(arguments: Backend.allCases)
    func recordsAreKeptAsAnswersPerDayAndPointAndCountedInTheReport(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let second = Self.day.adding(days: 1)
        let records: [EvaluationRecord] = [
            Self.feedback(10, "yes", false), Self.feedback(10, "yes", false), Self.feedback(6, nil, true), Self.feedback(8, "partly", nil, point: Self.kerava),
            .mood(MoodAnswer(day: Self.day, point: Self.library, mood: 4)), .mood(MoodAnswer(day: second, point: Self.library, mood: 2, enps: 9)),
            Self.staffing(750, 4000), Self.staffing(400, 3550, day: second),
        ]
        try w.log.saveRecords(records, details: nil, by: w.actor)
        // Only staffing goes into the audit log: an answer's audit row would tie it to a time of day. (Reading them is
        // audited on PostgreSQL, where the server audits every read.)
        #expect(try w.lastAudit().details == "staffing 2023-03-13 jarvenpaa-library, 2023-03-14 jarvenpaa-library")
        let feedback = try w.log.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: w.actor)
        // By day, point and value: never the order they were given in.
        #expect(feedback == [Self.feedback(6, nil, true), Self.feedback(10, "yes", false), Self.feedback(10, "yes", false), Self.feedback(8, "partly", nil, point: Self.kerava)])
        #expect(try w.log.records(.mood, from: second, to: nil, point: Self.library, audited: false, by: w.actor)
            == [.mood(MoodAnswer(day: second, point: Self.library, mood: 2, enps: 9))])

        var r = try w.report("2023-03-13", "2023-03-14", point: Self.library)
        #expect(r.feedbackResponses == 3 && r.npsPromoters == 2 && r.npsDetractors == 1 && r.feedbackSettled == ["yes": 2])
        #expect(r.feedbackBouncedYes == 1 && r.feedbackBouncedAnswered == 3)
        #expect(r.moodResponses == 2 && r.moodTotal == 6 && r.enpsResponses == 1 && r.enpsPromoters == 1)
        #expect(r.staffHundredths == 1150 && r.costCentHundredths == 750 * 4000 + 400 * 3550 && r.daysWithoutStaffing == 0)

        // A day's staffing again replaces it; a contact on a day without staffing is counted.
        try w.log.saveRecords([Self.staffing(800, 4000)], details: nil, by: w.actor)
        try w.log.log(ContactLogTests.contact("2023-03-14T10:00:00+02:00", point: Self.kerava), by: w.actor)
        try w.log.log(ContactLogTests.contact("2023-03-13T10:00:00+02:00"), by: w.actor)
        r = try w.report("2023-03-13", "2023-03-14")
        #expect(r.staffHundredths == 1200 && r.staffedDays == 2 && r.daysWithoutStaffing == 1)
        #expect(try w.log.records(.staffing, from: nil, to: nil, point: nil, audited: false, by: w.actor)
            == [Self.staffing(800, 4000), Self.staffing(400, 3550, day: second)])
    }

    @Test(arguments: Backend.allCases)
    func recordsOfAnUnknownPointAreRefusedAndNothingIsWritten(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        #expect(throws: StoreError.self) {
            try w.log.saveRecords([Self.feedback(9), Self.feedback(9, point: "nowhere")], details: "f.csv", by: w.actor)
        }
        #expect(try w.log.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: w.actor).isEmpty)
        #expect(try w.report("2023-03-13").feedbackResponses == 0)
    }

    @Test(arguments: Backend.allCases)
    func aCopyCarriesTheRecordsAndOutcomes(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        var contact = ContactLogTests.contact("2023-03-13T10:00:00+02:00", resolved: false, referrals: ["kela"])
        contact.referralOutcomes = ["kela": "unknown"]
        contact.unmetNeeds = ["language"]
        try w.log.log(contact, by: w.actor)
        try w.log.saveRecords([Self.feedback(9), Self.feedback(9), Self.staffing(100, 100)], details: nil, by: w.actor)
        let contents = try w.log.contents(by: w.actor)
        #expect(contents.records.count == 3)
        for target in Backend.allCases {
            let copy = try target.emptyLog()
            try copy.load(contents, details: "copy", by: w.actor)
            #expect(try copy.report(from: Self.day, to: Self.day, point: nil, by: w.actor) == w.report("2023-03-13"), "\(backend) → \(target)")
            #expect(try copy.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: w.actor).count == 2)
        }
    }

    @Test func aDemoResetReplacesTheRecordsToo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-eval-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let log: any ContactLog = try SQLiteLog.open(path: path, catalog: Fixtures.catalog, kind: .demo)
        let actor = Actor(user: "trainer", command: "test")
        try log.resetDemo(with: [ContactLogTests.contact("2023-03-13T10:00:00+02:00")], records: [Self.feedback(3)], by: actor)
        try log.resetDemo(with: [ContactLogTests.contact("2023-03-13T10:00:00+02:00")], records: [Self.feedback(9), Self.staffing(100, 100)], by: actor)
        let r = try log.report(from: Self.day, to: Self.day, point: nil, by: actor)
        #expect(r.feedbackResponses == 1 && r.npsPromoters == 1 && r.staffHundredths == 100 && r.contacts == 1)
    }
}
