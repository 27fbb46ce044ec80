import Foundation
import TestSupport
import Testing
@testable import Guidance

/// `ReportFormat.html`: one self-contained, well-formed page with every section of the evaluation, each number the
/// JSON's for its period, the targets marked, small counts masked under `--min-cell`, in fi, sv and en.
struct ReportHTMLTests {
    static func format(_ language: Language = .en, minCell: Int = 1, points: [AdvicePoint] = Fixtures.catalog.points,
                       targets: Targets = Fixtures.catalog.targets) -> ReportFormat {
        ReportFormat(vocabulary: Fixtures.vocabulary, points: points, strings: Fixtures.catalog.strings.inLanguage(language),
                     minCell: minCell, targets: targets)
    }

    static let sectionIDs = [
        "volumes", "reasons", "topics", "referrals", "settled", "repeats", "costs", "staff", "clients", "unmet", "consultations", "handoffs",
    ]

    /// A week with every kind of figure: contacts, maps, referral outcomes, unmet needs, client answers, staffing,
    /// 6 mood and eNPS answers, and five handoffs.
    static var week: Report {
        var r = Report(from: CivilDate(iso: "2026-03-02")!, to: CivilDate(iso: "2026-03-08")!, point: "jarvenpaa-library")
        r.contacts = 40
        r.byChannel = ["walk-in": 30, "phone": 8, "chat": 2]
        r.byReason = ["face-to-face": 20, "nearby": 17]
        r.byTopic = ["housing": 12, "benefits": 20, "forms": 3]
        r.byReferral = ["kela": 9, "health-station": 6]
        r.consultations = ["older-people-expert": 3, "health-nurse": 1]
        r.consultedResolved = 2
        r.byAgeGroup = ["30-64": 25, "75+": 15]
        r.bySegment = ["network": 6, "self-care": 7]
        r.byContactBy = ["client": 36, "relative": 4]
        r.byDay = ["2026-03-02": 20, "2026-03-03": 20]
        r.byHour = ["09": 22, "13": 18]
        r.referralsInternal = 6
        r.referralsExternal = 9
        r.resolved = 26
        r.verified = 22
        r.withClientRef = 10
        r.repeats = 4
        r.identified = 15
        r.durationMinTotal = 800
        r.satisfactionResponses = 9
        r.satisfactionTotal = 40
        r.referralOutcomes = ["reached": 8, "not-reached": 2, "pending": 5]
        r.unmetNeeds = ["waiting-time": 6, "cost": 2]
        r.contactsWithUnmetNeed = 7
        r.unmetNeedsByTopic = ["housing": 5, "benefits": 2]
        r.feedbackResponses = 20
        r.npsPromoters = 15
        r.npsDetractors = 2
        r.feedbackSettled = ["yes": 14, "partly": 4, "no": 2]
        r.feedbackBouncedYes = 3
        r.feedbackBouncedAnswered = 18
        r.moodResponses = 6
        r.moodTotal = 23
        r.enpsResponses = 6
        r.enpsPromoters = 5
        r.staffHundredths = 7500
        r.costCentHundredths = 7500 * 4200
        r.staffedDays = 5
        r.handoffs = HandoffFigures(HandoffFiguresTests.five)
        return r
    }

    /// The week before: fewer contacts, some codes the week above lacks, and 3 staff answers (too few to show).
    static var weekBefore: Report {
        var r = Report(from: CivilDate(iso: "2026-02-23")!, to: CivilDate(iso: "2026-03-01")!, point: "jarvenpaa-library")
        r.contacts = 31
        r.byChannel = ["walk-in": 25, "outreach": 6]
        r.byReason = ["face-to-face": 31]
        r.byTopic = ["benefits": 11, "employment": 20]
        r.byAgeGroup = ["30-64": 31]
        r.byContactBy = ["client": 31]
        r.resolved = 15
        r.verified = 15
        r.moodResponses = 3
        r.moodTotal = 12
        r.enpsResponses = 3
        r.enpsPromoters = 3
        r.daysWithoutStaffing = 5
        return r
    }

    func json(_ r: Report, _ format: ReportFormat = Self.format()) throws -> [String: JSONValue] {
        try JSONValue.object(format.json(r).written())
    }

    @Test func thePageIsWellFormedAndHasEverySectionEachWithAChart() throws {
        let html = try Self.format().document(Self.week, as: .html, comparedWith: Self.weekBefore)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""))
        #expect(html.hasSuffix("</html>\n"))
        let page = try XHTMLPage(html)
        let sections = page.elements(named: "section")
        #expect(sections.compactMap { $0.attributes["id"] } == ["targets"] + Self.sectionIDs)
        for section in sections.dropFirst() {
            #expect(section.descendants.contains("svg"), "\(section.attributes["id"]!) has no chart")
            #expect(section.descendants.contains("h2"))
        }
        #expect(ReportFormat.Document.html.fileExtension == "html")
        #expect(try Self.format().document(Self.week, as: .html) == Self.format().html(Self.week, comparedWith: nil) + "\n")
    }

    @Test func thePageNeedsNothingFromOutside() throws {
        let html = Self.format().html(Self.week, comparedWith: Self.weekBefore)
        for forbidden in ["<script", "src=", "href=", "<link", "url(", "@import", "<iframe", "<object", "<img", "javascript:", " on"] {
            if forbidden == " on" {
                // No event handler attributes (onload=, onclick=…).
                #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
            } else {
                #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
            }
        }
        #expect(html.contains("<style>") && html.contains("@page { size: A4;") && html.contains("@media print"))
        #expect(html.contains("break-inside: avoid"))
    }

    @Test func everyNumberIsTheJSONsForItsPeriod() throws {
        let page = try XHTMLPage(Self.format().html(Self.week, comparedWith: Self.weekBefore))
        #expect(page.mismatches("current", json: try json(Self.week)) == [])
        #expect(page.mismatches("previous", json: try json(Self.weekBefore)) == [])
        // Every figure of the evaluation is on the page, for both periods; the map entries of both periods too.
        let keys = Set(page.elements(with: "data-key").map { $0.attributes["data-key"]! })
        let expected = Set(try json(Self.week).keys).subtracting(["from", "to", "point", "by_day"])
        #expect(expected.subtracting(keys) == [])
        let shown = { (period: String, key: String) in
            Set(page.elements(with: "data-code").filter { $0.attributes["data-period"] == period && $0.attributes["data-key"] == key }
                .map { $0.attributes["data-code"]! })
        }
        #expect(shown("current", "by_channel") == ["walk-in", "phone", "chat", "outreach"])
        #expect(shown("previous", "by_topic") == ["housing", "benefits", "forms", "employment"])
        // The rates as the JSON's fraction × 100, the money with its cents.
        #expect(page.elements(with: "data-key").contains { $0.attributes["data-key"] == "resolved_rate" && $0.text == "65.00 %" })
        #expect(page.elements(with: "data-key").contains { $0.attributes["data-key"] == "cost_eur" && $0.text == "3150.00" })
    }

    @Test func theTargetsAreMarkedForBothPeriods() throws {
        let targets = Targets([
            TargetsTests.target("reason_recorded_rate", .atLeast, 9000),  // 37/40 = 0.925: met; 31/31: met
            TargetsTests.target("resolved_rate", .atLeast, 6000),  // 0.65: met; 15/31: not met
            TargetsTests.target("nps", .greater, 600_000),  // 65: met; no answers
            TargetsTests.target("enps", .greater, 600_000),  // 6 answers, 83.3: met; 3 answers: null
        ])
        let page = try XHTMLPage(Self.format(targets: targets).html(Self.week, comparedWith: Self.weekBefore))
        let rows = page.elements(with: "data-target")
        #expect(rows.count == 4)
        let marks = page.elements(with: "data-met").map { $0.attributes["data-met"]! }
        // The summary first (this period, previous period, row by row), then each target in its section.
        #expect(Array(marks.prefix(8)) == ["true", "true", "true", "false", "true", "", "true", ""])
        #expect(marks.count == 12)
        #expect(rows[0].text.contains("≥ 90 %") && rows[2].text.contains("> 60") && rows[3].text.contains("no figure"))
    }

    @Test func staffFiguresUnderFiveAnswersSaySo() throws {
        let page = try XHTMLPage(Self.format().html(Self.week, comparedWith: Self.weekBefore))
        let mood = page.elements(with: "data-key").filter { $0.attributes["data-key"] == "mood_mean" }
        #expect(mood.map(\.text) == ["3.83", "under 5 answers"])
        #expect(mood.map { $0.attributes["data-value"] } == ["3.83", "null"])
        let enps = page.elements(with: "data-key").filter { $0.attributes["data-key"] == "enps" && $0.attributes["data-period"] == "previous" }
        #expect(enps.allSatisfy { $0.text == "under 5 answers" })
    }

    @Test func minCellMasksTheSmallCountsOnThePageToo() throws {
        let format = Self.format(minCell: 5)
        let html = format.html(Self.week, comparedWith: Self.weekBefore)
        let page = try XHTMLPage(html)
        #expect(page.mismatches("current", json: try json(Self.week, format)) == [])
        #expect(page.mismatches("previous", json: try json(Self.weekBefore, format)) == [])
        let spans = page.elements(with: "data-key")
        let chat = try #require(spans.first { $0.attributes["data-code"] == "chat" && $0.attributes["data-period"] == "current" })
        #expect(chat.text == "<5" && chat.attributes["data-masked"] == "true" && chat.attributes["data-value"] == nil)
        let repeats = try #require(spans.first { $0.attributes["data-key"] == "repeats" && $0.attributes["data-period"] == "current" })
        #expect(repeats.text == "<5")
        let rate = try #require(spans.first { $0.attributes["data-key"] == "repeat_rate" && $0.attributes["data-period"] == "current" })
        #expect(rate.text == ".." && rate.attributes["data-value"] == "null")
        // No small count is shown anywhere, and the note says why.
        #expect(!spans.contains { ["1", "2", "3", "4"].contains($0.text) })
        #expect(html.contains("Counts from 1 to 4 are shown as &lt;5."))
    }

    @Test(arguments: [
        (Language.fi, "Asiointimäärät ja kanavat", "Käynti paikan päällä", "Tavoitteet"),
        (.sv, "Kontakter och kanaler", "Besök på plats", "Målen"),
        (.en, "Volumes and channels", "Walk-in visit", "Targets"),
    ])
    func thePageIsInTheLanguageAsked(language: Language, section: String, channel: String, targets: String) throws {
        #expect(Fixtures.vocabulary.channel.label("walk-in", in: language) == channel)
        let html = Self.format(language).html(Self.week, comparedWith: Self.weekBefore)
        #expect(html.contains("lang=\"\(language.rawValue)\""))
        #expect(html.contains(section) && html.contains(channel) && html.contains(targets))
        #expect(html.contains(Fixtures.catalog.targets.targets[0].label[language]))
        let page = try XHTMLPage(html)
        let resolved = try #require(page.elements(with: "data-key").first { $0.attributes["data-key"] == "resolved_rate" })
        #expect(resolved.text == (language == .en ? "65.00 %" : "65,00 %"))
    }

    @Test func everyTextIsEscaped() throws {
        let name = LocalizedText(fi: "<b>Kahvila & \"Pa'ja\"</b>", sv: "x", en: "x")
        let points = [AdvicePoint(code: "jarvenpaa-library", name: name, municipality: name, walkIn: true)]
        let label = LocalizedText(fi: "NPS <yli> & \"60\"", sv: "x", en: "x")
        let targets = Targets([Targets.Target(key: "nps", comparison: .greater, value: Ratio(600_000, of: 10_000)!, label: label)])
        let html = Self.format(.fi, points: points, targets: targets).html(Self.week, comparedWith: Self.weekBefore)
        let page = try XHTMLPage(html)
        #expect(html.contains("&lt;b&gt;Kahvila &amp; &quot;Pa&#39;ja&quot;&lt;/b&gt;"))
        #expect(!html.contains("<b>"))
        #expect(page.elements(named: "p").contains { $0.text.hasPrefix("<b>Kahvila & \"Pa'ja\"</b> · 2.3.2026–8.3.2026") })
        #expect(page.elements(named: "th").contains { $0.text == "NPS <yli> & \"60\"" })
    }

    @Test func withoutAPreviousPeriodThePageShowsThePeriodAlone() throws {
        let page = try XHTMLPage(Self.format().html(Self.week, comparedWith: nil))
        #expect(page.elements(with: "data-period").allSatisfy { $0.attributes["data-period"] == "current" })
        #expect(!page.elements(named: "th").contains { $0.text == "Previous period" })
        #expect(page.mismatches("current", json: try json(Self.week)) == [])
    }
}
