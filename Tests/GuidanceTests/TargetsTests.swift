import Foundation
import TestSupport
import Testing
@testable import Guidance

/// `data/targets.json` and `Targets.evaluate`: the shipped example, each target against hand-made reports (null
/// figures, the figure as written, `--min-cell`), each kind of bad data named by file and key; and the previous period.
struct TargetsTests {
    typealias Breakage = CatalogTests.Breakage
    static let file = Catalog.targetsFile
    static let strings = Fixtures.catalog.strings.inLanguage(.en)

    func format(minCell: Int = 1, _ targets: [Targets.Target]) -> ReportFormat {
        ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings, minCell: minCell,
                     targets: Targets(targets))
    }

    static func target(_ key: String, _ comparison: Targets.Comparison, _ tenThousandths: Int) -> Targets.Target {
        Targets.Target(key: key, comparison: comparison, value: Ratio(tenThousandths, of: 10_000)!,
                       label: LocalizedText(fi: key, sv: key, en: key))
    }

    /// 20 contacts, 18 with a reason and 6 segmented, 12 resolved; 10 client answers (7 promoters, 1 detractor: NPS 60);
    /// 3 mood and eNPS answers (under the staff minimum).
    var report: Report {
        var r = Report(from: CivilDate(iso: "2026-03-02")!, to: CivilDate(iso: "2026-03-08")!, point: nil)
        r.contacts = 20
        r.byReason = ["face-to-face": 10, "nearby": 8]
        r.bySegment = ["network": 5, "self-care": 1]
        r.resolved = 12
        r.feedbackResponses = 10
        r.npsPromoters = 7
        r.npsDetractors = 1
        r.moodResponses = 3
        r.moodTotal = 12
        r.enpsResponses = 3
        r.enpsPromoters = 3
        return r
    }

    @Test func theShippedExampleHasTheRegionsTargets() {
        let targets = Fixtures.catalog.targets.targets
        #expect(targets.map(\.key) == [
            "reason_recorded_rate", "resolved_rate", "segmented_rate", "referral_reached_rate", "feedback_bounced_rate", "nps", "enps",
            "handoff_hours_to_take_median",
        ])
        #expect(targets[0].comparison == .atLeast && targets[0].value == Ratio(9000, of: 10_000))
        #expect(targets[5].comparison == .greater && targets[5].value.value == 60)
        #expect(targets[6].label.en == "Staff recommendation score (eNPS)")
    }

    @Test func everyKeyATargetMayNameIsANumberOfTheReport() {
        let figures = format([]).figures(report)
        for (key, _) in Targets.keys {
            guard case .ratio? = figures.first(where: { $0.key == key })?.figure else {
                Issue.record("\(key) is not a rate, score, mean or quotient of the report")
                continue
            }
        }
    }

    @Test func theTwoNewFiguresAreSharesOfTheContacts() throws {
        #expect(report.reasonRecordedRate == Ratio(18, of: 20))
        #expect(report.segmentedRate == Ratio(6, of: 20))
        let fields = try JSONValue.object(format([]).json(report).written())
        #expect(fields["reason_recorded_rate"] == .number(0.9))
        #expect(fields["segmented_rate"] == .number(0.3))
        #expect(Report(from: report.from, to: report.to, point: nil).reasonRecordedRate == nil)
    }

    @Test func eachTargetIsMetNotMetOrWithoutAFigure() {
        let f = format([
            Self.target("reason_recorded_rate", .atLeast, 9000),  // 0.9: met on the edge
            Self.target("reason_recorded_rate", .greater, 9000),  // not met on the edge
            Self.target("segmented_rate", .atLeast, 3500),  // 0.3: not met
            Self.target("nps", .greater, 600_000),  // 60: not met
            Self.target("nps", .atLeast, 600_000),  // met
            Self.target("resolved_rate", .less, 5000),  // 0.6: not met
            Self.target("resolved_rate", .atMost, 6000),  // met
            Self.target("repeat_rate", .atMost, 1000),  // no contacts with a pseudonym: null
            Self.target("mood_mean", .atLeast, 35000),  // under 5 answers: null
            Self.target("enps", .greater, 600_000),  // under 5 answers: null
        ])
        let evaluation = f.targets.evaluate(report, with: f)
        #expect(evaluation.map(\.met) == [true, false, false, false, true, false, true, nil, nil, nil])
        #expect(evaluation.map(\.value) == [
            Ratio(9000, of: 10_000), Ratio(9000, of: 10_000), Ratio(3000, of: 10_000), Ratio(600, of: 10), Ratio(600, of: 10),
            Ratio(6000, of: 10_000), Ratio(6000, of: 10_000), nil, nil, nil,
        ])
        #expect(evaluation.allSatisfy { !$0.withheld })
        #expect(f.evaluateTargets(report) == evaluation)
    }

    @Test func theFigureIsSetAgainstTheTargetAsTheReportWritesIt() {
        // NPS 60.04 is written 60 (one decimal): not above 60. A rate of 8999.6/10000 is written 0.9: at least 0.9.
        var r = report
        r.feedbackResponses = 2500
        r.npsPromoters = 1501
        r.npsDetractors = 0
        r.contacts = 100_000
        r.byReason = ["nearby": 89_996]
        let f = format([Self.target("nps", .greater, 600_000), Self.target("reason_recorded_rate", .atLeast, 9000)])
        let evaluation = f.targets.evaluate(r, with: f)
        #expect(evaluation.map(\.value) == [Ratio(600, of: 10), Ratio(9000, of: 10_000)])
        #expect(evaluation.map(\.met) == [false, true])
    }

    @Test func aFigureWithheldByMinCellIsNeitherMetNorNot() {
        var r = report
        r.bySegment = ["network": 3]
        let f = format(minCell: 5, [Self.target("segmented_rate", .atLeast, 1000), Self.target("reason_recorded_rate", .atLeast, 9000)])
        let evaluation = f.targets.evaluate(r, with: f)
        #expect(evaluation[0] == Targets.Evaluation(target: f.targets.targets[0], value: nil, withheld: true, met: nil))
        #expect(evaluation[1].met == true && !evaluation[1].withheld)
    }

    @Test func noTargetsNoEvaluation() {
        #expect(format([]).evaluateTargets(report).isEmpty)
    }

    // MARK: - The previous period

    @Test(arguments: [
        ("2026-03-02", "2026-03-08", "2026-02-23", "2026-03-01"),  // a week: the week before
        ("2026-03-04", "2026-03-04", "2026-03-03", "2026-03-03"),  // a day: the day before
        ("2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"),  // a month: the month before
        ("2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31"),  // a quarter: the quarter before
        ("2026-01-01", "2026-01-31", "2025-12-01", "2025-12-31"),  // over the new year
        ("2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29"),  // a leap February
        ("2026-03-10", "2026-03-31", "2026-02-16", "2026-03-09"),  // not a whole month: as many days
        ("2026-02-01", "2026-02-27", "2026-01-05", "2026-01-31"),
    ])
    func thePreviousPeriodIsAsLongAndEndsTheDayBefore(from: String, to: String, previousFrom: String, previousTo: String) {
        let previous = ReportPeriod.previous(from: CivilDate(iso: from)!, to: CivilDate(iso: to)!)
        #expect(previous.from == CivilDate(iso: previousFrom)! && previous.to == CivilDate(iso: previousTo)!)
    }

    // MARK: - Bad data

    static let breakages: [Breakage] = [
        Breakage(name: "an unknown figure", file: file, path: ["targets", "0", "key"], value: .string("happiness"),
                 key: "targets[0].key", message: "'happiness' is not a figure a target can name"),
        Breakage(name: "a count as the figure", file: file, path: ["targets", "1", "key"], value: .string("contacts"),
                 key: "targets[1].key", message: "'contacts' is not a figure a target can name"),
        Breakage(name: "an unknown comparison", file: file, path: ["targets", "5", "comparison"], value: .string("=>"),
                 key: "targets[5].comparison", message: "'=>' is not one of >, >=, <, <="),
        Breakage(name: "no comparison", file: file, path: ["targets", "5", "comparison"], value: nil,
                 key: "targets[5].comparison", message: "missing"),
        Breakage(name: "a rate above 1", file: file, path: ["targets", "0", "value"], value: .number(90),
                 key: "targets[0].value", message: "out of range: this figure goes from 0 to 1"),
        Breakage(name: "a score above 100", file: file, path: ["targets", "5", "value"], value: .number(160),
                 key: "targets[5].value", message: "out of range: this figure goes from -100 to 100"),
        Breakage(name: "a value with five decimals", file: file, path: ["targets", "1", "value"], value: .number(0.60005),
                 key: "targets[1].value", message: "more than four decimals"),
        Breakage(name: "a value that is not a number", file: file, path: ["targets", "1", "value"], value: .string("60 %"),
                 key: "targets[1].value", message: "expected a number"),
        Breakage(name: "a missing translation", file: file, path: ["targets", "2", "label", "sv"], value: nil,
                 key: "targets[2].label.sv", message: "missing translation"),
        Breakage(name: "no list", file: file, path: ["targets"], value: nil, key: "targets", message: "missing"),
        Breakage(name: "a list that is not a list", file: file, path: ["targets"], value: .string("nps > 60"),
                 key: "targets", message: "expected a list"),
    ]

    @Test(arguments: breakages)
    func badTargetsAreNamedByFileAndKey(_ b: Breakage) {
        b.expectNamedByTheCatalog()
    }

    @Test func anEmptyListSetsNoTargetsAndAMissingFileIsNamed() throws {
        var files = Fixtures.contents(changing: Self.file, at: [.key("targets")], to: .array([]))
        #expect(try Catalog.load(files).targets.targets.isEmpty)
        files[Self.file] = nil
        do throws(Catalog.Invalid) {
            _ = try Catalog.load(files)
            Issue.record("loaded without \(Self.file)")
        } catch {
            #expect(error.problems.contains { $0.file == Self.file && $0.message == "file not found" })
        }
    }
}
