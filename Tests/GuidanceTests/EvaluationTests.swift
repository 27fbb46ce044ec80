import Foundation
import TestSupport
import Testing
@testable import Guidance

/// CONTRACT §7's figures and report keys against hand-checked cases, and the three kinds' CSV.
struct EvaluationTests {
    static let day = CivilDate(iso: "2026-11-02")!
    static let point = "jarvenpaa-library"
    static let format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Fixtures.catalog.strings.inLanguage(.en))

    func report(_ build: (inout Report) -> Void) -> Report {
        var r = Report(from: Self.day, to: Self.day, point: nil)
        build(&r)
        return r
    }

    /// The JSON value of `key` as written.
    func json(_ r: Report, _ key: String, minCell: Int = 1) throws -> String {
        let format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.format.strings, minCell: minCell)
        let data = try format.document(r, as: .json).data(using: .utf8)!
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let value = try #require(object[key], "no key \(key)")
        if value is NSNull { return "null" }
        if let map = value as? [String: Any] {
            return map.keys.sorted().map { "\($0)=\(map[$0]!)" }.joined(separator: ",")
        }
        return "\(value)"
    }

    func feedback(_ nps: Int, settled: String? = nil, bounced: Bool? = nil) -> FeedbackAnswer {
        FeedbackAnswer(day: Self.day, point: Self.point, nps: nps, settled: settled, bounced: bounced)
    }

    // MARK: - Zero denominators

    @Test func everyQuotientOverNothingIsNull() throws {
        let r = report { _ in }
        for key in ["referral_reached_rate", "nps", "feedback_bounced_rate", "mood_mean", "enps", "cost_per_contact", "cost_per_resolved",
                    "contacts_per_staff_hour"] {
            #expect(try json(r, key) == "null", "\(key)")
        }
        for key in ["feedback_responses", "mood_responses", "enps_responses", "contacts_with_unmet_need", "days_without_staffing",
                    "staff_hours", "cost_eur"] {
            #expect(try json(r, key) == "0", "\(key)")
        }
        #expect(try json(r, "referral_outcomes") == "" && json(r, "unmet_needs") == "" && json(r, "feedback_settled") == "")
    }

    /// Costs with staffed hours but no contacts: per contact null (over zero contacts); with contacts but no hours:
    /// null while staff_hours is 0, whatever the cost.
    @Test func costsAreNullWhileNoHoursOrNoContacts() throws {
        var r = report { $0.count(StaffingDay(day: Self.day, point: Self.point, staffHundredths: 750, hourlyCostCents: 4000)) }
        #expect(try json(r, "cost_eur") == "300" && json(r, "cost_per_contact") == "null" && json(r, "contacts_per_staff_hour") == "0")
        r = report { $0.contacts = 3; $0.resolved = 1 }
        #expect(try json(r, "cost_per_contact") == "null" && json(r, "cost_per_resolved") == "null" && json(r, "contacts_per_staff_hour") == "null")
        r.count(StaffingDay(day: Self.day, point: Self.point, staffHundredths: 0, hourlyCostCents: 4000))
        #expect(try json(r, "cost_per_contact") == "null", "staff_hours is still 0")
    }

    // MARK: - NPS

    /// 6 is a detractor, 7 and 8 passives, 9 a promoter.
    @Test(arguments: [(6, "-100"), (7, "0"), (8, "0"), (9, "100"), (0, "-100"), (10, "100")])
    func npsBoundaries(answer: Int, score: String) throws {
        let r = report { $0.count(feedback(answer)) }
        #expect(try json(r, "nps") == score)
    }

    /// 3 promoters, 2 passives, 2 detractors of 7: (3 − 2) / 7 × 100 = 14.2857… → 14.3; 1 − 2 of 3 → −33.3.
    @Test func npsIsRoundedOnceToOneDecimal() throws {
        var r = report { r in for a in [10, 9, 9, 8, 7, 6, 0] { r.count(feedback(a)) } }
        #expect(try json(r, "nps") == "14.3")
        #expect(r.npsPassives == 2)
        r = report { r in for a in [9, 5, 3] { r.count(feedback(a)) } }
        #expect(try json(r, "nps") == "-33.3")
        // A tie rounds away from zero: 1 promoter of 8 → 12.5 exactly; (1 − 2) / 16 × 100 = −6.25 → −6.3.
        r = report { r in for a in [9] + Array(repeating: 3, count: 2) + Array(repeating: 8, count: 13) { r.count(feedback(a)) } }
        #expect(try json(r, "nps") == "-6.3")
    }

    @Test func settledAndBouncedCountOnlyTheAnswersGiven() throws {
        let r = report { r in
            r.count(feedback(9, settled: "yes", bounced: false))
            r.count(feedback(9, settled: "partly", bounced: true))
            r.count(feedback(9, settled: nil, bounced: nil))
            r.count(feedback(9, settled: "yes", bounced: false))
        }
        #expect(try json(r, "feedback_settled") == "partly=1,yes=2")
        #expect(try json(r, "feedback_bounced_rate") == "0.3333")
        #expect(try json(r, "feedback_responses") == "4")
    }

    // MARK: - Staff anonymity

    @Test func moodAndENPSAreNullUnderFiveAnswersAndShownFromFive() throws {
        let four = report { r in for m in [5, 4, 4, 3] { r.count(MoodAnswer(day: Self.day, point: Self.point, mood: m, enps: 10)) } }
        #expect(try json(four, "mood_responses") == "4" && json(four, "mood_mean") == "null")
        #expect(try json(four, "enps_responses") == "4" && json(four, "enps") == "null")
        #expect(four.moodWithheld && four.enpsWithheld)
        #expect(Self.format.text(four).contains("under 5 answers"))
        var five = four
        five.count(MoodAnswer(day: Self.day, point: Self.point, mood: 4, enps: 6))
        // (5 + 4 + 4 + 3 + 4) / 5 = 4; eNPS (4 − 1) / 5 × 100 = 60.
        #expect(try json(five, "mood_mean") == "4" && json(five, "enps") == "60")
        #expect(!five.moodWithheld)
    }

    /// A row may hold one answer of the two: each is counted under its own kind.
    @Test func moodAndENPSAreCountedSeparately() throws {
        let r = report { r in
            for m in [1, 2, 2, 5, 3] { r.count(MoodAnswer(day: Self.day, point: Self.point, mood: m)) }
            r.count(MoodAnswer(day: Self.day, point: Self.point, enps: 9))
        }
        // 13 / 5 = 2.6.
        #expect(try json(r, "mood_responses") == "5" && json(r, "mood_mean") == "2.6" && json(r, "enps_responses") == "1")
    }

    // MARK: - Hours and costs

    /// 7.25 h × 38.15 € + 4.5 h × 40 € = 276.5875 + 180 = 456.5875 → 456.59; per contact over 7: 65.2267… → 65.23;
    /// per resolved over 3: 152.1958… → 152.2; contacts per hour 7 / 11.75 = 0.5957… → 0.6.
    @Test func decimalHoursAndCostsAreExactUntilRoundedOnce() throws {
        let r = report { r in
            r.contacts = 7
            r.resolved = 3
            r.count(StaffingDay(day: Self.day, point: Self.point, staffHundredths: 725, hourlyCostCents: 3815))
            r.count(StaffingDay(day: Self.day, point: "kerava-service-point", staffHundredths: 450, hourlyCostCents: 4000))
        }
        #expect(try json(r, "staff_hours") == "11.75")
        #expect(try json(r, "cost_eur") == "456.59")
        #expect(try json(r, "cost_per_contact") == "65.23")
        #expect(try json(r, "cost_per_resolved") == "152.2")
        #expect(try json(r, "contacts_per_staff_hour") == "0.6")
    }

    @Test func replacingAStaffingRowTakesTheOldOneOut() {
        let old = StaffingDay(day: Self.day, point: Self.point, staffHundredths: 800, hourlyCostCents: 4000)
        var r = report { $0.count(old) }
        r.count(old, times: -1)
        r.count(StaffingDay(day: Self.day, point: Self.point, staffHundredths: 400, hourlyCostCents: 4000))
        #expect(r.staffHundredths == 400 && r.costCentHundredths == 400 * 4000 && r.staffedDays == 1)
    }

    // MARK: - Referral outcomes and unmet needs

    @Test func outcomesAreCountedPerReferralAndTheReachedRateLeavesOutPendingAndUnknown() throws {
        let at = Fixtures.at("2026-11-02T10:00:00+02:00")
        let r = report { r in
            r.count(Contact(occurredAt: at, point: Self.point, channel: "walk-in", topics: ["housing", "benefits"], resolved: false,
                            referrals: ["kela", "health-station", "adult-social-work"],
                            referralOutcomes: ["kela": "reached", "health-station": "declined", "adult-social-work": "pending"],
                            unmetNeeds: ["no-service", "cost"]), hasRepeat: false)
            r.count(Contact(occurredAt: at, point: Self.point, channel: "walk-in", topics: ["housing"], resolved: true,
                            referrals: ["kela"], referralOutcomes: ["kela": "unknown"]), hasRepeat: false)
            r.count(Contact(occurredAt: at, point: Self.point, channel: "phone", topics: ["housing"], resolved: true, referrals: ["kela"],
                            referralOutcomes: ["kela": "not-reached"], unmetNeeds: ["cost"]), hasRepeat: false)
        }
        #expect(try json(r, "referral_outcomes") == "declined=1,not-reached=1,pending=1,reached=1,unknown=1")
        // reached / (reached + not-reached + declined) = 1 / 3.
        #expect(try json(r, "referral_reached_rate") == "0.3333")
        #expect(try json(r, "unmet_needs") == "cost=2,no-service=1")
        #expect(try json(r, "contacts_with_unmet_need") == "2")
        #expect(try json(r, "unmet_needs_by_topic") == "benefits=1,housing=2")
    }

    @Test func storedFiguresGiveTheSameReportBack() {
        let at = Fixtures.at("2026-11-02T10:00:00+02:00")
        var r = report { r in
            r.count(Contact(occurredAt: at, point: Self.point, channel: "walk-in", topics: ["housing"], resolved: false, referrals: ["kela"],
                            referralOutcomes: ["kela": "reached"], unmetNeeds: ["language"]), hasRepeat: false)
            r.count(feedback(9, settled: "no", bounced: true))
            r.count(MoodAnswer(day: Self.day, point: Self.point, mood: 3, enps: 2))
            r.count(StaffingDay(day: Self.day, point: Self.point, staffHundredths: 1, hourlyCostCents: 1))
        }
        r.countOutcomeChange(referral: "kela", from: "reached", to: "declined")
        var back = report { _ in }
        for row in r.storedFigures { back.add(figure: row.figure, code: row.code, value: row.value) }
        back.byDay = r.byDay
        #expect(back == r.filteredOfZeros)
    }

    // MARK: - The CSV of the three kinds

    func read(_ kind: RecordKind, _ values: [String: String]) -> Result<EvaluationRecord, RecordErrors> {
        Result { () throws(RecordErrors) in try EvaluationCSV.record(kind, from: values, points: [Self.point]) }
    }

    @Test func eachKindReadsAndWritesTheSameValues() throws {
        let rows: [(RecordKind, [String])] = [
            (.feedback, ["2026-11-02", Self.point, "7", "partly", "yes"]),
            (.feedback, ["2026-11-02", Self.point, "0", "", ""]),
            (.mood, ["2026-11-02", Self.point, "", "10"]),
            (.mood, ["2026-11-02", Self.point, "3", ""]),
            (.staffing, ["2026-11-02", Self.point, "7.5", "38.25"]),
            (.staffing, ["2026-11-02", Self.point, "0", "0"]),
        ]
        for (kind, fields) in rows {
            let record = try read(kind, Dictionary(uniqueKeysWithValues: zip(kind.columns, fields))).get()
            #expect(EvaluationCSV.fields(of: record) == fields)
        }
    }

    @Test func everyBadValueIsNamedByItsColumn() {
        func problems(_ kind: RecordKind, _ values: [String: String]) -> [String] {
            guard case .failure(let e) = read(kind, values) else { return [] }
            return e.problems.map { "\($0.column): \($0.problem)" }
        }
        #expect(problems(.feedback, ["day": "2026-13-01", "point": "nowhere", "nps": "11", "settled": "maybe", "bounced": "kyllä"]) == [
            "day: notADay(\"2026-13-01\")", "point: unknownCode(\"nowhere\")", "nps: outOfRange(11, ClosedRange(0...10))",
            "settled: notOneOf(\"maybe\", [\"yes\", \"partly\", \"no\"])", "bounced: notYesNo(\"kyllä\")",
        ])
        #expect(problems(.feedback, ["day": "2026-11-02", "point": Self.point]) == ["nps: missing"])
        #expect(problems(.mood, ["day": "2026-11-02", "point": Self.point, "mood": "", "enps": ""]) == ["mood: noAnswer"])
        #expect(problems(.mood, ["day": "2026-11-02", "point": Self.point, "mood": "6", "enps": "x"]) == [
            "mood: outOfRange(6, ClosedRange(1...5))", "enps: notWholeNumber(\"x\")",
        ])
        #expect(problems(.staffing, ["day": "2026-11-02", "point": Self.point, "staff_hours": "7,5", "hourly_cost_eur": "1000.01"]) == [
            "staff_hours: notDecimal(\"7,5\", decimals: 2)", "hourly_cost_eur: decimalOutOfRange(\"1000.01\", min: \"0\", max: \"1000\")",
        ])
        #expect(problems(.staffing, ["day": "2026-11-02", "point": Self.point, "staff_hours": "7.125", "hourly_cost_eur": "-1"]).count == 2)
        #expect(problems(.feedback, ["day": "2026-11-02", "point": Self.point, "nps": "150655-902T"]) == ["nps: identityCode"])
    }

    @Test func decimalsReadUpToTwoPlaces() {
        #expect(Decimals.hundredths("7.5") == 750 && Decimals.hundredths("12") == 1200 && Decimals.hundredths("0.05") == 5)
        for bad in ["", ".5", "7.", "7.125", "-1", "1e3", "7,5", " 7", "+7"] { #expect(Decimals.hundredths(bad) == nil, "\(bad)") }
        #expect(Decimals.written(750) == "7.5" && Decimals.written(1200) == "12" && Decimals.written(5) == "0.05")
    }

    // MARK: - The contact columns

    @Test func referralOutcomesMustNameTheRowsOwnReferrals() {
        let values: [ContactColumn: String] = [
            .occurredAt: "2026-11-02T10:00:00+02:00", .point: Self.point, .channel: "walk-in", .topics: "housing", .resolved: "no",
            .referrals: "kela", .referralOutcomes: "kela:reached;health-station:declined;kela;kela:lost", .unmetNeeds: "cost;cost;far",
        ]
        do throws(FieldProblems) {
            _ = try ContactCSV.contact(from: values, vocabulary: Fixtures.vocabulary, points: [Self.point])
            Issue.record("accepted")
        } catch {
            #expect(error.problems.map { "\($0.column.rawValue): \($0.problem)" } == [
                "referral_outcomes: notPair(\"kela\")", "referral_outcomes: duplicateCode(\"kela\")",
                "referral_outcomes: notAReferral(\"health-station\")",
                "unmet_needs: duplicateCode(\"cost\")", "unmet_needs: unknownCode(\"far\")",
            ])
        }
    }

    @Test func aPendingOutcomeIsTheSameAsNone() throws {
        let values: [ContactColumn: String] = [
            .occurredAt: "2026-11-02T10:00:00+02:00", .point: Self.point, .channel: "walk-in", .topics: "housing", .resolved: "no",
            .referrals: "kela;health-station", .referralOutcomes: "kela:pending;health-station:reached",
        ]
        let contact = try ContactCSV.contact(from: values, vocabulary: Fixtures.vocabulary, points: [Self.point]).contact
        #expect(contact.referralOutcomes == ["health-station": "reached"] && contact.outcome(of: "kela") == "pending")
        let fields = ContactCSV.fields(of: contact, vocabulary: Fixtures.vocabulary)
        #expect(fields[ContactColumn.referralOutcomes.position] == "health-station:reached")
    }
}

extension Report {
    /// The report with its zero map entries left out, as the stored figures leave them.
    var filteredOfZeros: Report {
        var r = self
        r.referralOutcomes = r.referralOutcomes.filter { $0.value != 0 }
        r.referralOutcomesByReferral = r.referralOutcomesByReferral.filter { $0.value != 0 }
        return r
    }
}
