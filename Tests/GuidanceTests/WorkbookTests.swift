import Foundation
import TestSupport
import Testing
@testable import Guidance

/// The workbooks' model: sheet names a spreadsheet takes, day numbers, the region's clock, and a report's and an
/// export's cells — numbers as numbers, text as text whatever it begins with.
struct WorkbookTests {
    static let strings = Fixtures.catalog.strings.inLanguage(.en)

    @Test func sheetNamesAreCutRidOfForbiddenCharactersAndMadeUnique() {
        #expect(Workbook.sheetName("a/b\\c?d*e[f]g:h", taken: []) == "a-b-c-d-e-f-g-h")
        let long = String(repeating: "x", count: 40)
        #expect(Workbook.sheetName(long, taken: []).count == 31)
        #expect(Workbook.sheetName("Costs", taken: ["costs"]) == "Costs (2)")
        #expect(Workbook.sheetName(long, taken: [String(repeating: "x", count: 31)]) == String(repeating: "x", count: 27) + " (2)")
        #expect(Workbook.sheetName("6. Repeat contacts on the same client", taken: []) == "6. Repeat contacts on the same")
        #expect(Workbook.sheetName("  ", taken: []) == "Sheet")
    }

    @Test func daysAndMomentsAreTheSpreadsheetsDayNumbersOnTheRegionsClock() throws {
        #expect(Workbook.serial(CivilDate(iso: "2023-10-16")!) == 45215)
        #expect(Workbook.serial(CivilDate(iso: "1970-01-01")!) == 25569)
        let helsinki = TimeZone(identifier: "Europe/Helsinki")!
        // Summer (+03:00) and winter (+02:00): the Helsinki clock, whatever offset the moment was written with.
        #expect(Workbook.serial(try Timestamp(iso: "2023-10-16T09:30:00+03:00"), in: helsinki) == 45215 + 9.5 / 24)
        #expect(Workbook.serial(try Timestamp(iso: "2023-10-16T06:30:00Z"), in: helsinki) == 45215 + 9.5 / 24)
        #expect(Workbook.serial(try Timestamp(iso: "2023-12-01T08:00:00Z"), in: helsinki) == Workbook.serial(CivilDate(iso: "2023-12-01")!) + 10.0 / 24)
        // Another region's clock: the same moment an hour earlier.
        #expect(Workbook.serial(try Timestamp(iso: "2023-10-16T06:30:00Z"), in: TimeZone(identifier: "Europe/Stockholm")!) == 45215 + 8.5 / 24)
    }

    @Test func aReportsFiguresAreNumbersWithTheirFormats() throws {
        var r = Report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-19")!, point: nil)
        r.contacts = 12
        r.resolved = 6
        r.byChannel = ["walk-in": 9, "phone": 3]
        let format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings)
        let book = format.workbook(r, comparedWith: nil)
        #expect(book.sheets.count == 13 && book.sheets[0].name == "Overview")
        let rows = book.sheets.flatMap(\.rows)
        let contacts = try #require(rows.first { $0.count > 3 && $0[1] == .text("contacts") })
        #expect(contacts[3] == .number(12, .count))
        #expect(contacts[4] == .empty)  // no previous period given
        let rate = try #require(rows.first { $0.count > 3 && $0[1] == .text("resolved_rate") })
        #expect(rate[3] == .number(0.5, .percent))
        let walkIn = try #require(rows.first { $0.count > 3 && $0[2] == .text("walk-in") })
        #expect(walkIn[0] == .text(Fixtures.vocabulary.channel.label("walk-in", in: .en)) && walkIn[3] == .count(9))
        // Every sheet: the headings frozen, the widths set.
        #expect(book.sheets.allSatisfy { $0.frozenRows > 0 && $0.columnWidths.count == 8 })
    }

    @Test func anExportsTextIsTextWhateverItBeginsWith() throws {
        let sheet = RecordSheet(kind: .contacts, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Self.strings,
                                timeZone: TimeZone(identifier: "Europe/Helsinki")!)
        let contact = Contact(
            occurredAt: try Timestamp(iso: "2023-10-16T09:30:00+03:00"), point: Fixtures.catalog.points[0].code, channel: "phone",
            topics: ["housing"], resolved: true, referrals: ["kela"], advisor: "=HYPERLINK(\"x\")")
        let row = sheet.row(contact)
        #expect(row.count == sheet.header.count)
        let column = { (name: String) in sheet.header.firstIndex(of: name)! }
        #expect(row[column("advisor")] == .text("=HYPERLINK(\"x\")"))
        #expect(row[column("occurred_at")] == .number(45215 + 9.5 / 24, .dateTime))
        #expect(row[column("day")] == .number(45215, .date))
        #expect(row[column("resolved")] == .number(1, .integer))
        #expect(row[column("topics:housing")] == .number(1, .integer))
        #expect(row[column("referrals:kela")] == .number(1, .integer))
        #expect(row[column("topics")] == .text("housing"))
        #expect(row[column("channel_label")] == .text(Fixtures.vocabulary.channel.label("phone", in: .en)))
        #expect(Fixtures.vocabulary.topic.codes.filter { $0 != "housing" }.allSatisfy { row[column("topics:" + $0)] == .number(0, .integer) })
    }
}
