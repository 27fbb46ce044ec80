import Foundation
import TestSupport
import Testing

@testable import Guidance

/// CONTRACT §8's report keys on hand-checked cases: `consultations` (line → count), `consulted_contacts` and
/// `consulted_resolved_rate` (resolved among the consulted / the consulted, 4 decimals, null over none), in JSON,
/// CSV and text, and under `--min-cell`.
struct ConsultationReportTests {
    static let strings = Fixtures.catalog.strings.inLanguage(.en)

    func format(minCell: Int = 1) -> ReportFormat {
        ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings, minCell: minCell)
    }

    static func contact(_ minute: Int, resolved: Bool, _ consultation: String? = nil) -> Contact {
        Contact(
            occurredAt: Fixtures.at(String(format: "2023-03-13T10:%02d:00+02:00", minute)), point: "jarvenpaa-library",
            channel: "walk-in", topics: ["older-people"], resolved: resolved, ageGroup: "75+", consultation: consultation)
    }

    /// The contacts counted as the store counts them.
    static func report(_ contacts: [Contact]) -> Report {
        var r = Report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-13")!, point: nil)
        for contact in contacts { r.count(contact, hasRepeat: false) }
        return r
    }

    func json(_ r: Report, minCell: Int = 1) throws -> [String: JSONValue] {
        try JSONValue.object(format(minCell: minCell).json(r).written())
    }

    /// Five contacts: two consulted the older people's line (one resolved), one the health station nurse (resolved),
    /// two consulted nobody (one resolved). 3 consulted, 2 of them resolved: 2/3 = 0.66666… → 0.6667.
    static let threeConsultedTwoResolved = report([
        contact(0, resolved: true, "older-people-expert"), contact(5, resolved: false, "older-people-expert"),
        contact(10, resolved: true, "health-nurse"), contact(15, resolved: true), contact(20, resolved: false),
    ])

    @Test func threeConsultedOfWhomTwoResolved() throws {
        let r = Self.threeConsultedTwoResolved
        #expect(r.contacts == 5 && r.resolved == 3)
        #expect(r.consultations == ["older-people-expert": 2, "health-nurse": 1])
        #expect(r.consultedContacts == 3 && r.consultedResolved == 2)
        let fields = try json(r)
        #expect(fields["consultations"] == .object(["older-people-expert": .number(2), "health-nurse": .number(1)]))
        #expect(fields["consulted_contacts"] == .number(3))
        #expect(fields["consulted_resolved_rate"] == .number(0.6667))
        // The map in the lines' order (consultation.json), as every map in the data's order.
        let text = format().json(r).written()
        #expect(text.contains("\"older-people-expert\": 2,\n    \"health-nurse\": 1"), "\(text)")
        let rows = format().csvRows(r)
        #expect(rows.contains(["consultations", "older-people-expert", "2"]) && rows.contains(["consultations", "health-nurse", "1"]))
        #expect(rows.contains(["consulted_contacts", "", "3"]) && rows.contains(["consulted_resolved_rate", "", "0.6667"]))
        let page = format().text(r)
        // The lines by name (a long one cut to the column), and the resolved among the consulted with their share.
        #expect(page.contains("Real-time consultations"))
        #expect(page.contains("Older people's service guidance") && page.contains("Health station nurse consultation"))
        #expect(page.contains("Consulted contacts resolved at once") && page.contains("66.7 %"))
    }

    @Test func withoutConsultationsTheRateIsNull() throws {
        let r = Self.report([Self.contact(0, resolved: true), Self.contact(1, resolved: false)])
        let fields = try json(r)
        #expect(fields["consultations"] == .object([:]))
        #expect(fields["consulted_contacts"] == .number(0))
        #expect(fields["consulted_resolved_rate"] == .null)
        let rows = format().csvRows(r)
        #expect(rows.contains(["consulted_contacts", "", "0"]) && rows.contains(["consulted_resolved_rate", "", ""]))
        #expect(!rows.contains { $0[0] == "consultations" })
        // None consulted: nothing resolved among them, a rate of 0 — not null.
        let unresolved = try json(Self.report([Self.contact(0, resolved: false, "health-nurse")]))
        #expect(unresolved["consulted_resolved_rate"] == .number(0))
        // 1 of 8 is exact at 4 decimals; 1 of 32 is a tie, rounded away from zero.
        let eight = Self.report((0..<8).map { Self.contact($0, resolved: $0 == 0, "health-nurse") })
        #expect(try json(eight)["consulted_resolved_rate"] == .number(0.125))
        let thirtyTwo = Self.report((0..<32).map { Self.contact($0, resolved: $0 == 0, "health-nurse") })
        #expect(format().csvRows(thirtyTwo).contains(["consulted_resolved_rate", "", "0.0313"]))
    }

    @Test func minCellMasksSmallConsultationCountsAndTheRateComputedFromThem() throws {
        // 3 consulted, 2 resolved, --min-cell 5: every count is small.
        let small = try json(Self.threeConsultedTwoResolved, minCell: 5)
        #expect(small["consultations"] == .object([:]))
        #expect(small["consulted_contacts"] == .null && small["consulted_resolved_rate"] == .null)
        guard case .array(let masked)? = small["masked"] else { throw CancellationError() }
        #expect(masked.contains(.string("consulted_contacts")) && masked.contains(.string("consulted_resolved_rate")))
        let rows = format(minCell: 5).csvRows(Self.threeConsultedTwoResolved)
        #expect(rows.contains(["consulted_contacts", "", "<5"]) && rows.contains(["consulted_resolved_rate", "", ".."]))
        #expect(rows.contains(["consultations", "older-people-expert", "<5"]))

        // 6 consulted, 2 of them resolved: the count is shown, but the rate would give the 2 back.
        let six = Self.report((0..<6).map { Self.contact($0, resolved: $0 < 2, "older-people-expert") })
        let sixFields = try json(six, minCell: 5)
        #expect(sixFields["consultations"] == .object(["older-people-expert": .number(6)]))
        #expect(sixFields["consulted_contacts"] == .number(6) && sixFields["consulted_resolved_rate"] == .null)
        guard case .array(let sixMasked)? = sixFields["masked"] else { throw CancellationError() }
        #expect(sixMasked.contains(.string("consulted_resolved_rate")) && !sixMasked.contains(.string("consulted_contacts")))

        // 6 consulted, none resolved: a zero says nobody and is not masked.
        let none = Self.report((0..<6).map { Self.contact($0, resolved: false, "older-people-expert") })
        #expect(try json(none, minCell: 5)["consulted_resolved_rate"] == .number(0))
        // --min-cell 1 masks nothing.
        #expect(try json(Self.threeConsultedTwoResolved, minCell: 1)["consulted_resolved_rate"] == .number(0.6667))
    }
}
