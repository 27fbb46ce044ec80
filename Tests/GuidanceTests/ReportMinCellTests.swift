import Foundation
import TestSupport
import Testing
@testable import Guidance

/// `--min-cell N` in `ReportFormat`: counts of 1 to N − 1 masked, what is computed from them withheld, zeros kept.
struct ReportMinCellTests {
    static let strings = Fixtures.catalog.strings.inLanguage(.en)

    func format(_ minCell: Int) -> ReportFormat {
        ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings, minCell: minCell)
    }

    /// 12 contacts: 9 walk-in, 3 by phone; 2 resolved; 4 with a pseudonym, 3 of them repeats; 2 satisfaction answers.
    var report: Report {
        var r = Report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-13")!, point: nil)
        r.contacts = 12
        r.byChannel = ["walk-in": 9, "phone": 3]
        r.byTopic = ["housing": 1, "benefits": 2, "forms": 7, "health-advice": 6]
        r.byDay = ["2023-03-13": 12]
        r.resolved = 2
        r.verified = 0
        r.withClientRef = 4
        r.repeats = 3
        r.identified = 6
        r.referralsInternal = 5
        r.referralsExternal = 1
        r.durationMinTotal = 180
        r.satisfactionResponses = 2
        r.satisfactionTotal = 9
        return r
    }

    @Test func aZeroStaysTheSmallCountsAreMaskedAndNAndAboveAreShown() {
        let f = format(5)
        #expect(f.cell(0) == "0")
        #expect((1...4).allSatisfy { f.cell($0) == "<5" })
        #expect(f.cell(5) == "5" && f.cell(12) == "12")
        #expect(!format(1).masks(1))
    }

    @Test func oneMasksNothingAndKeepsEveryDocumentAsItWas() throws {
        let plain = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings)
        for kind in ReportFormat.Document.allCases where kind != .xlsx {
            #expect(try format(1).document(report, as: kind) == plain.document(report, as: kind))
        }
    }

    @Test func jsonLeavesSmallCountsOutOfMapsAndNullsTheOthersNamingThem() throws {
        let fields = try JSONValue.object(format(5).json(report).written())
        for key in ReportFormatTests.contractKeys { #expect(fields[key] != nil, "missing \(key)") }
        #expect(fields["by_channel"] == .object(["walk-in": .number(9)]))
        #expect(fields["by_topic"] == .object(["forms": .number(7), "health-advice": .number(6)]))
        #expect(fields["contacts"] == .number(12))
        #expect(fields["verified"] == .number(0))  // nobody is not a small count
        #expect(fields["verified_rate"] == .number(0))
        #expect(fields["resolved"] == .null && fields["resolved_rate"] == .null)
        #expect(fields["with_client_ref"] == .null && fields["repeats"] == .null && fields["repeat_rate"] == .null)
        #expect(fields["identified"] == .number(6) && fields["identified_rate"] == .number(0.5))
        #expect(fields["referrals_internal"] == .number(5) && fields["referrals_external"] == .null)
        #expect(fields["duration_min_total"] == .number(180))
        #expect(fields["satisfaction_responses"] == .null && fields["satisfaction_mean"] == .null)
        #expect(fields["min_cell"] == .number(5))
        #expect(fields["masked"] == .array([
            "referrals_external", "resolved", "resolved_rate", "with_client_ref", "repeats", "repeat_rate", "satisfaction_responses",
            "satisfaction_mean", "cost_per_resolved",
        ].map(JSONValue.string)))
    }

    @Test func csvShowsSmallCountsAsBelowNAndWithholdsWhatIsComputedFromThem() {
        let rows = format(5).csvRows(report)
        #expect(rows.contains(["by_channel", "phone", "<5"]) && rows.contains(["by_channel", "walk-in", "9"]))
        #expect(rows.contains(["by_topic", "housing", "<5"]))
        #expect(rows.contains(["resolved", "", "<5"]) && rows.contains(["resolved_rate", "", ".."]))
        #expect(rows.contains(["verified", "", "0"]) && rows.contains(["verified_rate", "", "0"]))
        #expect(rows.contains(["identified_rate", "", "0.5"]))
        #expect(rows.contains(["satisfaction_mean", "", ".."]))
        #expect(!rows.joined().contains { $0 == "1" || $0 == "2" || $0 == "3" || $0 == "4" })
    }

    @Test func aRateOverNothingStaysEmptyAndFewContactsWithholdTheirTotal() {
        let empty = format(5).csvRows(Report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-13")!, point: nil))
        #expect(empty.contains(["contacts", "", "0"]) && empty.contains(["resolved_rate", "", ""]))
        var few = report
        few.contacts = 3
        let rows = format(5).csvRows(few)
        #expect(rows.contains(["duration_min_total", "", ".."]) && rows.contains(["identified_rate", "", ".."]))
    }

    @Test func textMasksWithoutBarsOrSharesKeepsMaskedRowsInTheDatasOrderAndSaysWhy() {
        let text = format(5).text(report)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Resolved in one contact") && $0.hasSuffix("<5  ..") })
        #expect(lines.contains { $0.hasPrefix("Referrals onward") && $0.contains("..  internal 5, external <5") })
        #expect(lines.contains { $0.hasPrefix("Satisfaction (1–5)") && $0.contains("..  <5 responses") })
        let phone = lines.first { $0.hasPrefix("  Phone") }!
        #expect(phone.hasSuffix("<5") && !phone.contains("█") && !phone.contains("%"))
        // Benefits (2) and housing (1) both show as <5, in the vocabulary's order (benefits first), after the shown ones.
        let topics = lines.filter { $0.hasPrefix("  Forms") || $0.hasPrefix("  Health advice") || $0.hasPrefix("  Benefits") || $0.hasPrefix("  Housing") }
        #expect(topics.map { $0.split(separator: " ").first! } == ["Forms", "Health", "Benefits", "Housing"])
        #expect(lines.last == "Counts from 1 to 4 are shown as <5. The mark .. is a figure left out because it would give such a count away.")
        #expect(!format(1).text(report).contains("<"))
    }
}
