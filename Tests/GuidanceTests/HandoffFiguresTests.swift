import Foundation
import TestSupport
import Testing

@testable import Guidance

/// CONTRACT §9's seven report keys on hand-checked handoffs: the counts, `handoffs_by_result` with `open`, the reached
/// rate over the decided ones, and the two medians in hours — even and odd counts, a tie rounded half away from zero
/// once (never the middle values first), instants with their offsets, null over none — in JSON, CSV, text and HTML,
/// under `--min-cell`, and narrowed to the period and the sending point.
struct HandoffFiguresTests {
    static let strings = Fixtures.catalog.strings.inLanguage(.en)
    static let library = Fixtures.catalog.points[0].code
    static let other = Fixtures.catalog.points[1].code

    static func format(minCell: Int = 1, language: Language = .en) -> ReportFormat {
        ReportFormat(
            vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Fixtures.catalog.strings.inLanguage(language),
            minCell: minCell)
    }

    static func handoff(
        _ sent: String, _ service: String = "health-station", urgent: Bool = false, taken: String? = nil, closed: String? = nil,
        _ result: HandoffResult? = nil, tries: Int = 0, point: String = library
    ) -> HandoffRecord {
        HandoffRecord(
            sentAt: Fixtures.at(sent), point: point, service: service, urgency: urgent ? .urgent : .normal, takenAt: taken.map(Fixtures.at),
            closedAt: closed.map(Fixtures.at), result: result, tries: tries)
    }

    /// Five handoffs sent on Monday 2.3.2026:
    /// 1. 9.00, taken 10.12 (72 min), closed 11.00 (2 h): reached.
    /// 2. 9.00, taken 10.18 (78 min), closed the next day at 9.00 (24 h): not reached.
    /// 3. 10.00, taken 10.10 (10 min), still open.
    /// 4. 11.00, not taken: open.
    /// 5. 13.00, urgent, taken 16.00 (3 h), closed 16.30 (3.5 h): declined.
    /// Taken: 10, 72, 78, 180 min — an even count, the middle two 72 and 78: 75 min = 1.25 h, written 1.3 (half away from
    /// zero; 1.2 if rounded to even). Closed: 2, 3.5, 24 h — odd, the middle 3.5. Reached 1 of 3 decided: 0.3333.
    static let five = [
        handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T10:12:00+02:00", closed: "2026-03-02T11:00:00+02:00", .reached, tries: 1),
        handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T10:18:00+02:00", closed: "2026-03-03T09:00:00+02:00", .notReached, tries: 3),
        handoff("2026-03-02T10:00:00+02:00", "adult-social-work", taken: "2026-03-02T10:10:00+02:00"),
        handoff("2026-03-02T11:00:00+02:00", "adult-social-work"),
        handoff("2026-03-02T13:00:00+02:00", urgent: true, taken: "2026-03-02T16:00:00+02:00", closed: "2026-03-02T16:30:00+02:00", .declined, tries: 1),
    ]

    static func report(_ handoffs: [HandoffRecord], point: String? = nil) -> Report {
        var r = Report(from: CivilDate(iso: "2026-03-02")!, to: CivilDate(iso: "2026-03-08")!, point: point)
        r.countHandoffs(handoffs)
        return r
    }

    func json(_ r: Report, minCell: Int = 1) throws -> [String: JSONValue] {
        try JSONValue.object(Self.format(minCell: minCell).json(r).written())
    }

    @Test func fiveHandoffsByHand() throws {
        let h = HandoffFigures(Self.five)
        #expect(h.handoffs == 5 && h.urgent == 1 && h.taken == 4 && h.closed == 3 && h.open == 2)
        #expect(h.byService == ["health-station": 3, "adult-social-work": 2])
        #expect(h.byResult == ["reached": 1, "not-reached": 1, "declined": 1, "open": 2])
        #expect(h.reachedRate == Ratio(1, of: 3))
        #expect(h.hoursToTakeMedian == Ratio(72 * 60 + 78 * 60, of: 7200))
        #expect(h.hoursToTakeMedian?.written(decimals: 1) == "1.3")
        #expect(h.hoursToCloseMedian == Ratio(3 * 3600 + 1800, of: 3600))

        let fields = try json(Self.report(Self.five))
        #expect(fields["handoffs"] == .number(5))
        #expect(fields["handoffs_urgent"] == .number(1))
        #expect(fields["handoffs_by_service"] == .object(["health-station": .number(3), "adult-social-work": .number(2)]))
        #expect(fields["handoffs_by_result"] == .object([
            "reached": .number(1), "not-reached": .number(1), "declined": .number(1), "open": .number(2),
        ]))
        #expect(fields["handoff_reached_rate"] == .number(0.3333))
        #expect(fields["handoff_hours_to_take_median"] == .number(1.3))
        #expect(fields["handoff_hours_to_close_median"] == .number(3.5))
        // The maps in the data's order: services as the vocabulary lists them, results as the contract does.
        let text = Self.format().json(Self.report(Self.five)).written()
        #expect(text.contains("\"health-station\": 3,\n    \"adult-social-work\": 2"), "\(text)")
        #expect(text.contains("\"reached\": 1,\n    \"not-reached\": 1,\n    \"declined\": 1,\n    \"open\": 2"), "\(text)")
    }

    /// The mean of the two middle values is rounded once: 63 and 69 minutes are 1.05 and 1.15 h, whose exact mean 1.1
    /// is written 1.1 — rounding each first (1.1 and 1.2) would give 1.15 and then 1.2.
    @Test func anEvenMedianIsTheExactMeanRoundedOnce() {
        let h = HandoffFigures([
            Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T10:03:00+02:00"),
            Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T10:09:00+02:00"),
        ])
        #expect(h.hoursToTakeMedian?.written(decimals: 1) == "1.1")
        // An odd count is its middle value: 10, 63 and 600 minutes → 1.05 h, written 1.1 (half away from zero).
        let odd = HandoffFigures([
            Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T09:10:00+02:00"),
            Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T10:03:00+02:00"),
            Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T19:00:00+02:00"),
        ])
        #expect(odd.hoursToTakeMedian?.value == 1.05)
        #expect(odd.hoursToTakeMedian?.written(decimals: 1) == "1.1")
    }

    /// Hours between instants, offsets included: sent at 9.00+02:00, taken at 08.30Z (10.30 in Helsinki) is 1.5 h; over
    /// the spring change 1.00+02:00 to 4.00+03:00 is 2 h, not the 3 the clocks show.
    @Test func hoursAreBetweenInstants() throws {
        let offsets = HandoffFigures([Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T08:30:00Z")])
        #expect(offsets.hoursToTakeMedian?.value == 1.5)
        let spring = HandoffFigures([
            Self.handoff("2026-03-29T01:00:00+02:00", taken: "2026-03-29T04:00:00+03:00", closed: "2026-03-29T04:00:00+03:00", .returned),
        ])
        #expect(spring.hoursToTakeMedian?.value == 2 && spring.hoursToCloseMedian?.value == 2)
        #expect(try json(Self.report([])).keys.contains("handoff_hours_to_take_median"))
    }

    /// A returned handoff is closed but never the client's answer: left out of the reached rate, counted in the close
    /// median. No decided one: the rate is null, though handoffs were closed.
    @Test func returnedOnesAreClosedButNotDecided() throws {
        let returned = [
            Self.handoff("2026-03-03T09:00:00+02:00", taken: "2026-03-03T09:30:00+02:00", closed: "2026-03-03T10:00:00+02:00", .returned),
            Self.handoff("2026-03-03T09:00:00+02:00", taken: "2026-03-03T09:30:00+02:00", closed: "2026-03-03T12:00:00+02:00", .reached, tries: 2),
        ]
        let fields = try json(Self.report(returned))
        #expect(fields["handoffs_by_result"] == .object(["reached": .number(1), "returned": .number(1)]))
        #expect(fields["handoff_reached_rate"] == .number(1))
        #expect(fields["handoff_hours_to_close_median"] == .number(2))  // 1 h and 3 h
        let onlyReturned = try json(Self.report([returned[0]]))
        #expect(onlyReturned["handoff_reached_rate"] == .null)
        #expect(onlyReturned["handoff_hours_to_close_median"] == .number(1))
    }

    /// None sent: every count 0, the maps empty, the rate and the medians null. Open ones only: no median to close.
    @Test func noneIsZerosAndNulls() throws {
        let fields = try json(Self.report([]))
        #expect(fields["handoffs"] == .number(0) && fields["handoffs_urgent"] == .number(0))
        #expect(fields["handoffs_by_service"] == .object([:]) && fields["handoffs_by_result"] == .object([:]))
        #expect(fields["handoff_reached_rate"] == .null)
        #expect(fields["handoff_hours_to_take_median"] == .null && fields["handoff_hours_to_close_median"] == .null)
        let open = try json(Self.report(Array(Self.five[2...3])))
        #expect(open["handoffs_by_result"] == .object(["open": .number(2)]))
        #expect(open["handoff_hours_to_take_median"] == .number(0.2))  // 10 minutes
        #expect(open["handoff_hours_to_close_median"] == .null && open["handoff_reached_rate"] == .null)
    }

    /// The report counts the handoffs sent in its period, by `sent_at`'s day as written, from its point when it has one.
    @Test func thePeriodAndThePointNarrow() throws {
        let handoffs = Self.five + [
            Self.handoff("2026-03-04T09:00:00+02:00", point: Self.other),
            // 8.3. as written, though 9.3. in Helsinki: in the period.
            Self.handoff("2026-03-08T23:30:00+00:00"),
            // The day before and the day after the period.
            Self.handoff("2026-03-01T23:59:00+02:00"), Self.handoff("2026-03-09T00:00:00+02:00"),
        ]
        #expect(Self.report(handoffs).handoffs.handoffs == 7)
        let library = Self.report(handoffs, point: Self.library)
        #expect(library.handoffs.handoffs == 6)
        #expect(try json(library)["handoffs_by_service"] == .object(["health-station": .number(4), "adult-social-work": .number(2)]))
        let other = Self.report(handoffs, point: Self.other)
        #expect(other.handoffs == HandoffFigures([handoffs[5]]))
    }

    @Test func csvHasOneRowPerFigure() {
        let rows = Self.format().csvRows(Self.report(Self.five))
        #expect(rows.contains(["handoffs", "", "5"]) && rows.contains(["handoffs_urgent", "", "1"]))
        #expect(rows.contains(["handoffs_by_service", "health-station", "3"]) && rows.contains(["handoffs_by_service", "adult-social-work", "2"]))
        #expect(rows.contains(["handoffs_by_result", "open", "2"]) && rows.contains(["handoffs_by_result", "not-reached", "1"]))
        #expect(rows.contains(["handoff_reached_rate", "", "0.3333"]))
        #expect(rows.contains(["handoff_hours_to_take_median", "", "1.3"]) && rows.contains(["handoff_hours_to_close_median", "", "3.5"]))
        let none = Self.format().csvRows(Self.report([]))
        #expect(none.contains(["handoffs", "", "0"]) && none.contains(["handoff_hours_to_take_median", "", ""]))
        #expect(!none.contains { $0[0] == "handoffs_by_result" })
        // The keys in the contract's order.
        let keys = rows.map(\.[0]).filter { $0.hasPrefix("handoff") }
        var seen: [String] = []
        for key in keys where seen.last != key { seen.append(key) }
        #expect(seen == ReportFormat.handoffKeys)
    }

    @Test func textShowsTheHandoffsInTheUsersLanguage() {
        let english = Self.format().text(Self.report(Self.five))
        #expect(english.contains("Warm handoffs to services"))
        #expect(english.contains("Handoffs sent") && english.contains("1 urgent"))
        #expect(english.contains("33.3 %") && english.contains("of 3 decided"))
        #expect(english.contains("Hours to take, median") && english.contains("1.3  4 taken"))
        #expect(english.contains("Hours to close, median") && english.contains("3.5  3 closed"))
        #expect(english.contains("Handoffs by service") && english.contains("Health station") && english.contains("Adult social work"))
        #expect(english.contains("Handoffs by result") && english.contains("Open") && english.contains("Client not reached"))
        let finnish = Self.format(language: .fi).text(Self.report(Self.five))
        #expect(finnish.contains("Yhteydenottopyynnöt palveluihin") && finnish.contains("1,3") && finnish.contains("3,5"))
        #expect(finnish.contains("Terveysasema") && finnish.contains("Avoin"))
        // None: the block is there with its dashes, and no map.
        let none = Self.format().text(Self.report([]))
        #expect(none.contains("Handoffs sent") && !none.contains("Handoffs by result"))
    }

    @Test func theHtmlPageHasAHandoffSectionBesideThePreviousPeriod() throws {
        let previous = Self.report([Self.five[0]])
        let html = Self.format().html(Self.report(Self.five), comparedWith: previous)
        let page = try XHTMLPage(html)
        func value(_ key: String, _ period: String) -> String? {
            page.elements(with: "data-key").first { $0.attributes["data-key"] == key && $0.attributes["data-period"] == period }?
                .attributes["data-value"]
        }
        #expect(value("handoffs", "current") == "5" && value("handoffs", "previous") == "1")
        #expect(value("handoff_reached_rate", "current") == "0.3333")
        #expect(value("handoff_hours_to_take_median", "current") == "1.3")
        #expect(value("handoff_hours_to_take_median", "previous") == "1.2")  // 72 min
        #expect(value("handoff_hours_to_close_median", "current") == "3.5")
        // Every number on the page is the JSON's.
        #expect(page.mismatches("current", json: try json(Self.report(Self.five))) == [])
        #expect(page.mismatches("previous", json: try json(previous)) == [])
        #expect(html.contains("<section id=\"handoffs\" class=\"measure\">"))
        #expect(html.contains("data-chart=\"handoffs_by_service\"") && html.contains("data-chart=\"handoffs_by_result\""))
        #expect(html.contains("data-key=\"handoffs_by_result\" data-code=\"open\" data-period=\"current\" data-value=\"2\""))
        #expect(html.contains(">Returned to the sender<") == false, "no returned one in either period")
        #expect(html.contains(">Client not reached<"))
        // The workbook has the same figures, on a sheet of their own.
        let book = Self.format().workbook(Self.report(Self.five), comparedWith: previous)
        #expect(book.sheets.contains { $0.name.contains("Carrying the matter over") })
    }

    /// data/targets.json's handoff target, median hours to take ≤ 24, is met or not as the report writes the median, and
    /// the HTML page marks it in its targets table and beside the figure.
    @Test func theShippedHandoffTargetIsMetOrNot() throws {
        let format = ReportFormat(
            vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings, targets: Fixtures.catalog.targets)
        func evaluation(_ handoffs: [HandoffRecord]) -> Targets.Evaluation? {
            format.evaluateTargets(Self.report(handoffs)).first { $0.target.key == "handoff_hours_to_take_median" }
        }
        let met = try #require(evaluation(Self.five))
        #expect(met.met == true && met.value == Ratio(13, of: 10))
        #expect(format.goal(met.target) == "≤ 24")
        // 24.04 h is written 24.0: met on the edge; 24.05 h is written 24.1: not met.
        #expect(evaluation([Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-03T09:02:24+02:00")])?.met == true)
        #expect(evaluation([Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-03T09:03:00+02:00")])?.met == false)
        // None taken: no figure to set against it.
        #expect(evaluation([Self.five[3]])?.met == nil && evaluation([])?.value == nil)

        let html = format.html(Self.report(Self.five), comparedWith: nil)
        let page = try XHTMLPage(html)
        let row = try #require(page.elements(named: "tr").first { $0.text.contains("Handoff taken up, median hours") && $0.attributes["data-target"] != nil })
        #expect(row.text.contains("≤ 24") && row.text.contains("✓"))
        #expect(html.contains("<span class=\"goal-line\">Target ≤ 24 <span class=\"met\" data-met=\"true\">"))
    }

    /// `--min-cell 5`: the count of 5 is shown, every smaller count masked, and the rate and medians computed from
    /// small counts withheld.
    @Test func minCellMasksSmallCountsAndWithholdsWhatIsComputedFromThem() throws {
        let fields = try json(Self.report(Self.five), minCell: 5)
        #expect(fields["handoffs"] == .number(5))
        #expect(fields["handoffs_urgent"] == .null)
        #expect(fields["handoffs_by_service"] == .object([:]) && fields["handoffs_by_result"] == .object([:]))
        #expect(fields["handoff_reached_rate"] == .null)
        #expect(fields["handoff_hours_to_take_median"] == .null && fields["handoff_hours_to_close_median"] == .null)
        guard case .array(let masked)? = fields["masked"] else { throw CancellationError() }
        for key in ["handoffs_urgent", "handoff_reached_rate", "handoff_hours_to_take_median", "handoff_hours_to_close_median"] {
            #expect(masked.contains(.string(key)), "\(key)")
        }
        let rows = Self.format(minCell: 5).csvRows(Self.report(Self.five))
        #expect(rows.contains(["handoffs_urgent", "", "<5"]) && rows.contains(["handoff_hours_to_take_median", "", ".."]))
        // Six taken: the median is shown.
        let six = (0..<6).map { Self.handoff("2026-03-02T09:00:00+02:00", taken: "2026-03-02T09:\(10 + $0):00+02:00") }
        #expect(try json(Self.report(six), minCell: 5)["handoff_hours_to_take_median"] == .number(0.2))
    }
}
