import Foundation
import Testing
import TestSupport
@testable import Guidance

struct TimestampTests {
    @Test func readsTheContractsForm() throws {
        let t = try Timestamp(iso: "2023-03-14T10:25:00+02:00")
        #expect(t.date == CivilDate(iso: "2023-03-14"))
        #expect(t.description == "2023-03-14T10:25:00+02:00")
        #expect(t.instant == 1_678_782_300)
        #expect(try Timestamp(iso: "2023-03-14T08:25:00Z").instant == t.instant)
        #expect(try Timestamp(iso: "2023-03-14T08:25Z").description == "2023-03-14T08:25:00+00:00")
        #expect(try Timestamp(iso: "2023-03-14T05:25:00-03:00").instant == t.instant)
    }

    static let problems: [(String, Timestamp.Problem)] = [
        ("2023-03-14 10:25:00+02:00", .format),
        ("14.3.2023 10:25", .format),
        ("2023-03-14T10:25:00+0200", .format),
        ("2023-03-14T10:25:00", .missingOffset),
        ("2023-03-14T10:25", .missingOffset),
        ("2023-03-14T10:25:00+25:00", .offset),
        ("2023-03-14T10:25:00+14:30", .offset),
        ("2023-02-30T10:00:00+02:00", .dateOrTime),
        ("2023-03-14T24:10:00+02:00", .dateOrTime),
        ("2023-03-14T10:61:00+02:00", .dateOrTime),
    ]

    @Test(arguments: problems)
    func eachMalformedTimeHasItsProblem(_ example: (String, Timestamp.Problem)) {
        #expect(throws: example.1) { try Timestamp(iso: example.0) }
    }

    @Test func daysSinceEpochRoundTrip() {
        for days in stride(from: -50_000, through: 50_000, by: 97) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(iso: "2000-03-01")!.daysSinceEpoch == 11_017)
        #expect(CivilDate(iso: "2026-11-23")!.weekday == 1)  // a Monday
        #expect(CivilDate(iso: "2023-10-29")!.weekday == 7)
    }
}

struct ContactCSVTests {
    let vocabulary = Fixtures.vocabulary
    let points = Set(Fixtures.catalog.points.map(\.code))

    func read(_ values: [ContactColumn: String]) throws(FieldProblems) -> Contact {
        var row: [ContactColumn: String] = [
            .occurredAt: "2023-03-14T10:25:00+02:00", .point: "jarvenpaa-library", .channel: "walk-in", .topics: "housing",
            .resolved: "yes",
        ]
        row.merge(values) { _, new in new }
        return try ContactCSV.contact(from: row, vocabulary: vocabulary, points: points).contact
    }

    @Test func defaultsForTheOptionalColumns() throws {
        let c = try read([:])
        #expect(c.contactBy == "client" && c.identified == false && c.ageGroup == "unknown")
        #expect(c.referrals.isEmpty && c.reason == nil && c.durationMinutes == nil && c.clientRef == nil)
    }

    static let badValues: [(ContactColumn, String, ContactProblem)] = [
        (.channel, "pigeon", .unknownCode("pigeon")),
        (.topics, "housing;housing", .duplicateCode("housing")),
        (.topics, "housing;;benefits", .emptyListItem),
        (.topics, "", .missing),
        (.referrals, "kela;spa", .unknownCode("spa")),
        (.resolved, "kyllä", .notYesNo("kyllä")),
        (.identified, "true", .notYesNo("true")),
        (.durationMinutes, "481", .outOfRange(481, 1...480)),
        (.durationMinutes, "0", .outOfRange(0, 1...480)),
        (.durationMinutes, "12.5", .notWholeNumber("12.5")),
        (.satisfaction, "6", .outOfRange(6, 1...5)),
        (.satisfaction, "abc", .notWholeNumber("abc")),
        (.segment, "vip", .unknownCode("vip")),
        (.clientRef, "short", .clientRefShape),
        (.clientRef, "has space in it", .clientRefShape),
        (.clientRef, "150655-902T", .identityCode),
        (.clientRef, "150655-902U", .identityCode),  // mistyped, still shaped like one
        (.advisor, "anna 150655-902T", .identityCode),
        (.reason, "ab\"c", .strayQuote),
        (.advisor, "two\nlines", .lineBreak),
        (.point, "moon-base", .unknownCode("moon-base")),
        (.occurredAt, "2023-03-14T10:25:00", .timestamp(.missingOffset, "2023-03-14T10:25:00")),
    ]

    @Test(arguments: badValues)
    func eachBadValueIsNamedAtItsColumn(_ example: (ContactColumn, String, ContactProblem)) {
        #expect(throws: FieldProblems(problems: [FieldProblem(example.0, example.2)])) { try read([example.0: example.1]) }
    }

    @Test func everyProblemOfARowIsReportedInColumnOrder() {
        #expect(throws: FieldProblems(problems: [
            FieldProblem(.channel, .unknownCode("pigeon")), FieldProblem(.resolved, .notYesNo("maybe")),
            FieldProblem(.satisfaction, .outOfRange(9, 1...5)),
        ])) {
            try read([.satisfaction: "9", .resolved: "maybe", .channel: "pigeon"])
        }
    }

    @Test func headers() throws {
        #expect(try ContactCSV.columns(header: ["topics", "resolved", "point", "channel", "occurred_at"]).count == 5)
        #expect(throws: ContactCSV.HeaderProblem.unknownColumn("colour", position: 6)) {
            try ContactCSV.columns(header: ["occurred_at", "point", "channel", "topics", "resolved", "colour"])
        }
        #expect(throws: ContactCSV.HeaderProblem.duplicateColumn("point")) {
            try ContactCSV.columns(header: ["occurred_at", "point", "channel", "topics", "resolved", "point"])
        }
        #expect(throws: ContactCSV.HeaderProblem.missingColumns([.resolved])) {
            try ContactCSV.columns(header: ["occurred_at", "point", "channel", "topics"])
        }
        #expect(throws: ContactCSV.HeaderProblem.empty) { try ContactCSV.columns(header: [""]) }
    }

    @Test func writingAndReadingGiveTheSameContact() throws {
        let contact = Contact(
            occurredAt: Fixtures.at("2023-03-14T10:25:00+02:00"), point: "kerava-service-centre", channel: "phone",
            topics: ["housing", "benefits"], resolved: false, contactBy: "relative", reason: "nearby",
            referrals: ["kela", "health-station"], identified: true, ageGroup: "75+", serviceArea: "both", durationMinutes: 480,
            segment: .network, clientRef: "AbCdEfGh_-123", satisfaction: 1, advisor: "Åsa")
        let fields = ContactCSV.fields(of: contact, vocabulary: vocabulary)
        #expect(fields[3] == "benefits;housing")  // in the vocabulary's order
        #expect(fields[7] == "health-station;kela")
        let back = try ContactCSV.contact(from: Dictionary(uniqueKeysWithValues: zip(ContactColumn.allCases, fields)),
                                          vocabulary: vocabulary, points: points).contact
        var expected = contact
        expected.topics = ["benefits", "housing"]
        expected.referrals = ["health-station", "kela"]
        #expect(back == expected)
    }
}

struct RatioTests {
    @Test func roundingHalfAwayFromZero() {
        #expect(Ratio(5, of: 12)!.written(decimals: 4) == "0.4167")
        #expect(Ratio(1, of: 8)!.written(decimals: 2) == "0.13")  // 0.125 → 0.13
        #expect(Ratio(1, of: 3)!.written(decimals: 4) == "0.3333")
        #expect(Ratio(2, of: 3)!.written(decimals: 4) == "0.6667")
        #expect(Ratio(1, of: 2)!.written(decimals: 4) == "0.5")
        #expect(Ratio(3, of: 3)!.written(decimals: 4) == "1")
        #expect(Ratio(0, of: 3)!.written(decimals: 4) == "0")
        #expect(Ratio(13, of: 3)!.written(decimals: 2) == "4.33")
        #expect(Ratio(1, of: 20_000)!.written(decimals: 4) == "0.0001")  // 0.00005 rounds up
        #expect(Ratio(1, of: 20_001)!.written(decimals: 4) == "0")
        #expect(Ratio(1, of: 8)!.written(decimals: 1, keepZeros: true) == "0.1")
        #expect(Ratio(1, of: 2)!.written(decimals: 1, keepZeros: true) == "0.5")
        #expect(Ratio(1, of: 0) == nil)
    }
}

struct ReportFormatTests {
    let format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Fixtures.catalog.strings.inLanguage(.en))

    var report: Report {
        var r = Report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-17")!, point: nil)
        r.contacts = 3
        r.byChannel = ["phone": 1, "walk-in": 2, "chat": 0]
        r.byTopic = ["housing": 3]
        r.byDay = ["2023-03-14": 1, "2023-03-13": 2]
        r.resolved = 2
        r.satisfactionResponses = 0
        return r
    }

    static let contractKeys = [
        "contacts", "by_channel", "by_reason", "by_topic", "by_referral", "by_age_group", "by_segment", "by_contact_by", "by_day",
        "referrals_internal", "referrals_external", "resolved", "resolved_rate", "verified", "verified_rate", "with_client_ref",
        "repeats", "repeat_rate", "identified", "identified_rate", "duration_min_total", "satisfaction_responses",
        "satisfaction_mean",
    ] + evaluationKeys

    /// CONTRACT §7's keys.
    static let evaluationKeys = [
        "referral_outcomes", "referral_reached_rate", "unmet_needs", "contacts_with_unmet_need", "unmet_needs_by_topic",
        "feedback_responses", "nps", "feedback_settled", "feedback_bounced_rate", "mood_responses", "mood_mean", "enps_responses", "enps",
        "staff_hours", "cost_eur", "cost_per_contact", "cost_per_resolved", "contacts_per_staff_hour", "days_without_staffing",
        "consultations", "consulted_contacts", "consulted_resolved_rate",
    ] + handoffKeys

    /// CONTRACT §9's keys.
    static let handoffKeys = [
        "handoffs", "handoffs_urgent", "handoffs_by_service", "handoffs_by_result", "handoff_reached_rate",
        "handoff_hours_to_take_median", "handoff_hours_to_close_median",
    ]

    @Test func jsonHasEveryContractKeyMapsWithoutZerosAndNulls() throws {
        let text = format.json(report).written()
        let fields = try JSONValue.object(text)
        for key in Self.contractKeys { #expect(fields[key] != nil, "missing \(key)") }
        #expect(fields["by_channel"] == .object(["walk-in": .number(2), "phone": .number(1)]))
        #expect(fields["resolved_rate"] == .number(0.6667))
        #expect(fields["repeat_rate"] == .null)
        #expect(fields["satisfaction_mean"] == .null)
        #expect(text.contains("\"walk-in\": 2,\n    \"phone\": 1"))  // the data's order
        #expect(text.contains("\"2023-03-13\": 2,\n    \"2023-03-14\": 1"))
    }

    @Test func csvIsOneRowPerFigure() {
        let rows = format.csvRows(report)
        #expect(rows[0] == ["figure", "code", "value"])
        #expect(rows.contains(["by_channel", "walk-in", "2"]))
        #expect(rows.contains(["resolved_rate", "", "0.6667"]))
        #expect(rows.contains(["repeat_rate", "", ""]))
        #expect(!rows.contains { $0[0] == "by_channel" && $0[1] == "chat" })
        #expect(Set(rows.dropFirst().map { $0[0] }) == Set(Self.contractKeys).subtracting(["by_reason", "by_referral", "by_age_group", "by_segment", "by_contact_by", "referral_outcomes", "unmet_needs", "unmet_needs_by_topic", "feedback_settled", "consultations", "handoffs_by_service", "handoffs_by_result"])
            .union(["reason_recorded_rate", "segmented_rate"]))
    }

    @Test func textHasTitleFiguresAndBars() {
        let text = format.text(report)
        #expect(text.hasPrefix("Report 13.3.2023–17.3.2023 · all points"))
        #expect(text.contains("Resolved in one contact"))
        #expect(text.contains("66.7 %"))
        #expect(text.contains("Walk-in visit"))
        #expect(text.contains("████████████████████████ 66.7 %"))  // the largest bar is full width
        #expect(ReportFormat.bar(1, of: 2).hasPrefix("████████████"))
        #expect(ReportFormat.bar(0, of: 2).trimmingCharacters(in: .whitespaces).isEmpty)
    }
}

struct DemoDataTests {
    func generate(seed: UInt64, days: Int = 56, end: String = "2023-10-26") -> [Contact] {
        var contacts: [Contact] = []
        DemoGenerator(calibration: Fixtures.demoCalibration, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
                      consultationLines: Fixtures.catalog.consultationLines, seed: seed, days: days, end: CivilDate(iso: end)!).generate { contacts.append($0) }
        return contacts
    }

    @Test func theSameSeedGivesTheSameContacts() {
        let a = generate(seed: 42, days: 10), b = generate(seed: 42, days: 10), c = generate(seed: 43, days: 10)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func everyContactIsValidAndInTimeOrder() {
        let contacts = generate(seed: 5)
        let points = Set(Fixtures.catalog.points.map(\.code))
        #expect(contacts.allSatisfy { $0.problems(vocabulary: Fixtures.vocabulary, points: points).isEmpty })
        #expect(zip(contacts, contacts.dropFirst()).allSatisfy { $0.occurredAt <= $1.occurredAt })
    }

    /// The calibration of DOMAIN.md, checked on a large sample.
    @Test func looksLikeThePilots() {
        let contacts = generate(seed: 9, days: 140)
        func share(_ part: [Contact], of whole: [Contact]) -> Double { Double(part.count) / Double(max(1, whole.count)) }
        #expect(contacts.count > 5000)
        #expect(contacts.allSatisfy { $0.occurredAt.date.weekday <= 5 && (9...14).contains($0.occurredAt.hour) })
        let mondays = contacts.filter { $0.occurredAt.date.weekday == 1 }.count
        let fridays = contacts.filter { $0.occurredAt.date.weekday == 5 }.count
        #expect(Double(mondays) > 1.5 * Double(fridays))
        let walkIns = contacts.filter { $0.channel == "walk-in" }
        #expect((0.4...0.6).contains(share(walkIns.filter(\.identified), of: walkIns)))
        var reasons: [String: Int] = [:]
        for c in contacts { if let r = c.reason { reasons[r, default: 0] += 1 } }
        #expect(Set(reasons.sorted { $0.value > $1.value }.prefix(2).map(\.key)) == ["face-to-face", "no-other-known"])
        let health = contacts.filter { $0.topics.contains { Fixtures.vocabulary.topic[$0]?.area == "health" } }
        let social = contacts.filter { $0.topics.contains { Fixtures.vocabulary.topic[$0]?.area == "social" } }
        #expect(share(health.filter { ["65-74", "75+"].contains($0.ageGroup) }, of: health) > 0.5)
        #expect(share(social.filter { ["18-29", "30-64"].contains($0.ageGroup) }, of: social) > 0.5)
        let calls = contacts.filter { $0.channel == "phone" }
        #expect((0.4...0.6).contains(share(calls.filter { $0.contactBy == "relative" }, of: calls)))
        let withRef = contacts.filter { $0.clientRef != nil }
        #expect((0.25...0.45).contains(share(withRef, of: contacts)))
        let byRef = Dictionary(grouping: withRef, by: { $0.clientRef! })
        let returning = byRef.values.filter { visits in visits.count > 1 && Set(visits.map(\.channel)).count > 1 }
        #expect(returning.count > 100)
        #expect((0.05...0.2).contains(share(contacts.filter { $0.segment != nil }, of: contacts)))
        #expect(share(contacts.filter { $0.durationMinutes != nil }, of: contacts) > 0.8)
        #expect(share(contacts.filter { $0.satisfaction != nil }, of: contacts) > 0.5)
    }

    @Test func summerTimeInFinland() {
        let clock = RegionClock.helsinki()
        #expect(clock.offsetMinutes(on: CivilDate(iso: "2023-03-24")!, hour: 12, minute: 0) == 120)
        #expect(clock.offsetMinutes(on: CivilDate(iso: "2023-03-27")!, hour: 12, minute: 0) == 180)
        #expect(clock.offsetMinutes(on: CivilDate(iso: "2023-10-27")!, hour: 12, minute: 0) == 180)
        #expect(clock.offsetMinutes(on: CivilDate(iso: "2023-10-30")!, hour: 12, minute: 0) == 120)
    }

    @Test func aBadCalibrationIsNamedByKey() throws {
        var text = String(decoding: Fixtures.contents()[DemoCalibration.file]!, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"pharmacy\": 6", with: "\"apothecary\": 6")
        do throws(Catalog.Invalid) {
            _ = try DemoCalibration.load(Data(text.utf8), vocabulary: Fixtures.vocabulary)
            Issue.record("loaded")
        } catch {
            #expect(error.problems.contains { $0.key == "referrals_by_topic.medication.apothecary" && $0.message.contains("unknown referral") })
        }
    }
}
