import Foundation
import TestSupport
import Testing

@testable import Guidance

/// The CSV kind `handoffs` (CONTRACT §9) value by value: good rows read and written back the same, and every bad
/// value named by its column — the required ones, the times and their order, the states (a close needs a take and a
/// result, a result needs a close), the codes, the tries, an identity code anywhere.
struct HandoffCSVTests {
    static let point = Fixtures.catalog.points[0].code
    static let services = HandoffCSV.receivingServices(Fixtures.vocabulary)

    static let good: [String: String] = [
        "sent_at": "2026-03-02T09:00:00+02:00", "point": point, "service": "health-station", "urgency": "urgent",
        "taken_at": "2026-03-02T10:12:00+02:00", "closed_at": "2026-03-02T11:00:00+02:00", "result": "reached", "tries": "2",
    ]

    func read(_ values: [String: String]) -> Result<HandoffRecord, RecordErrors> {
        Result { () throws(RecordErrors) in
            try HandoffCSV.record(from: values, points: [Self.point], services: Self.services, vocabulary: Fixtures.vocabulary)
        }
    }

    /// The good row with `changes` (nil removes a column).
    func problems(_ changes: [String: String?]) -> [String] {
        var values = Self.good
        for (column, value) in changes { values[column] = value }
        guard case .failure(let errors) = read(values) else { return [] }
        return errors.problems.map { "\($0.column): \(Fixtures.catalog.strings.inLanguage(.en).message(for: $0.problem))" }
    }

    @Test func theColumnsAreTheContractsAndCarryNoPersonalDetail() {
        #expect(RecordKind.handoffs.columns == ["sent_at", "point", "service", "urgency", "taken_at", "closed_at", "result", "tries"])
        #expect(RecordKind.handoffs.requiredColumns == ["sent_at", "point", "service"])
        for personal in ["name", "phone", "language", "when", "note", "client_ref"] {
            #expect(!RecordKind.handoffs.columns.contains(personal))
        }
        #expect(!RecordKind.evaluationKinds.contains(.handoffs))
    }

    @Test func theReceivingServicesAreTheInternalDestinations() {
        #expect(Self.services.first == "health-station")
        #expect(Self.services.contains("adult-social-work") && !Self.services.contains("kela"))
        #expect(Self.services.allSatisfy { Fixtures.vocabulary.referral[$0]?.kind == .internal })
    }

    @Test func goodRowsAreReadAndWrittenBackTheSame() throws {
        let rows: [[String]] = [
            ["2026-03-02T09:00:00+02:00", Self.point, "health-station", "urgent", "2026-03-02T10:12:00+02:00", "2026-03-02T11:00:00+02:00", "reached", "2"],
            ["2026-03-02T09:00:00+02:00", Self.point, "adult-social-work", "normal", "", "", "", "0"],
            ["2026-03-02T09:00:00+02:00", Self.point, "home-care", "normal", "2026-03-02T09:00:00+02:00", "", "", "3"],
            ["2026-03-02T09:00:00+02:00", Self.point, "family-centre", "normal", "2026-03-02T09:30:00+02:00", "2026-03-02T09:30:00+02:00", "returned", "0"],
            ["2026-03-02T09:00:00+02:00", Self.point, "family-centre", "normal", "2026-03-02T09:30:00+02:00", "2026-03-04T09:30:00+02:00", "not-reached", "20"],
            ["2026-03-02T09:00:00+02:00", Self.point, "family-centre", "normal", "2026-03-02T09:30:00+02:00", "2026-03-02T09:31:00+02:00", "declined", "0"],
            // Offsets: taken 07.30Z is 9.30 in Helsinki, after 9.00+02:00.
            ["2026-03-02T09:00:00+02:00", Self.point, "health-station", "normal", "2026-03-02T07:30:00+00:00", "", "", "0"],
        ]
        for fields in rows {
            let record = try read(Dictionary(uniqueKeysWithValues: zip(HandoffCSV.columns, fields))).get()
            #expect(HandoffCSV.fields(of: record) == fields)
        }
        // The optional columns may be left out: urgency normal, tries 0; a `Z` is written back as +00:00.
        let least = try read(["sent_at": "2026-03-02T07:00:00Z", "point": Self.point, "service": "home-care"]).get()
        #expect(least == HandoffRecord(sentAt: Fixtures.at("2026-03-02T07:00:00Z"), point: Self.point, service: "home-care"))
        #expect(HandoffCSV.fields(of: least) == ["2026-03-02T07:00:00+00:00", Self.point, "home-care", "normal", "", "", "", "0"])
        #expect(try read(Dictionary(uniqueKeysWithValues: zip(HandoffCSV.columns, HandoffCSV.fields(of: least)))).get() == least)
    }

    @Test func theRequiredColumnsAndTheirCodes() {
        #expect(problems(["sent_at": "", "point": nil, "service": " "]) == ["sent_at: a required value is missing", "point: a required value is missing", "service: a required value is missing"])
        #expect(problems(["point": "atlantis"]) == ["point: unknown code \"atlantis\""])
        #expect(problems(["service": "nowhere"]) == ["service: unknown code \"nowhere\""])
        #expect(problems(["service": "kela"]).count == 1)
        #expect(problems(["service": "kela"]).first?.hasPrefix(
            "service: \"kela\" is not a receiving service (an internal referral destination); receiving services: health-station, ") == true)
        #expect(problems(["urgency": "soon"]) == ["urgency: \"soon\" is none of: normal, urgent"])
        #expect(problems(["result": "maybe"]) == ["result: \"maybe\" is none of: reached, not-reached, declined, returned"])
    }

    @Test func theTimesAreInstantsWithOffsetsInTheirOrder() {
        #expect(problems(["sent_at": "2026-03-02T09:00:00"]).first?.hasPrefix("sent_at: ") == true)
        #expect(problems(["sent_at": "2026-03-02T09:00:00"]).count == 1)
        #expect(problems(["taken_at": "2.3.2026 10.12"]).count == 1)
        #expect(problems(["closed_at": "2026-02-30T11:00:00+02:00"]).first?.hasPrefix("closed_at: ") == true)
        // Taken before sent; closed before taken — instants compared, not the clocks.
        #expect(problems(["taken_at": "2026-03-02T08:59:59+02:00"]) == ["taken_at: earlier than sent_at 2026-03-02T09:00:00+02:00"])
        #expect(problems(["taken_at": "2026-03-02T09:30:00+03:00"]) == ["taken_at: earlier than sent_at 2026-03-02T09:00:00+02:00"])
        #expect(problems(["closed_at": "2026-03-02T10:11:00+02:00"]) == ["closed_at: earlier than taken_at 2026-03-02T10:12:00+02:00"])
        #expect(problems(["taken_at": "2026-03-02T10:00:00+01:00", "closed_at": "2026-03-02T10:30:00+02:00"])
            == ["closed_at: earlier than taken_at 2026-03-02T10:00:00+01:00"])
        #expect(problems(["taken_at": "2026-03-02T10:00:00+01:00", "closed_at": "2026-03-02T09:30:00+00:00"]).isEmpty)
    }

    @Test func aCloseNeedsATakeAndAResultAndAResultNeedsAClose() {
        #expect(problems(["taken_at": ""]) == ["closed_at: needs a value in taken_at too"])
        #expect(problems(["result": nil]) == ["closed_at: needs a value in result too"])
        #expect(problems(["taken_at": nil, "result": ""]) == ["closed_at: needs a value in taken_at too", "closed_at: needs a value in result too"])
        #expect(problems(["closed_at": ""]) == ["result: needs a value in closed_at too"])
        #expect(problems(["closed_at": "", "taken_at": "", "result": ""]).isEmpty)
        // A bad close is still a close: it needs its take too.
        #expect(problems(["taken_at": "", "closed_at": "tomorrow"]).count == 2)
    }

    @Test func theTries() {
        #expect(problems(["tries": "x"]) == ["tries: \"x\" is not a whole number"])
        #expect(problems(["tries": "21"]) == ["tries: 21 is not between 0 and 20"])
        #expect(problems(["tries": "-1"]) == ["tries: -1 is not between 0 and 20"])
        #expect(problems(["tries": "0"]) == ["tries: at least 1 when the result is reached"])
        #expect(problems(["tries": nil, "result": "not-reached"]) == ["tries: at least 1 when the result is not-reached"])
        #expect(problems(["tries": "", "result": "declined"]).isEmpty)
        #expect(problems(["tries": "0", "result": "returned"]).isEmpty)
    }

    /// A personal identity code is refused in every column, named, and never read as a value.
    @Test func anIdentityCodeIsRefusedInAnyColumn() {
        for column in HandoffCSV.columns {
            let found = problems([column: "150655-902T"])
            #expect(found.contains("\(column): \(Fixtures.catalog.strings.inLanguage(.en).message(for: .identityCode))"), "\(column): \(found)")
        }
        #expect(problems(["point": "\"x"]).first?.hasPrefix("point: ") == true)
    }

    /// `export --format xlsx --kind handoffs`' sheet (for when the store is wired): the CSV's columns with the sending
    /// day, labels beside codes, times as the region's date-times, and the hours to take and to close.
    @Test func theWorkbookRowHasItsHeadings() throws {
        let sheet = RecordSheet(
            kind: .handoffs, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
            strings: Fixtures.catalog.strings.inLanguage(.en), timeZone: TimeZone(identifier: "Europe/Helsinki")!)
        #expect(sheet.sheetName == "handoffs")
        #expect(sheet.header == [
            "sent_at", "day", "point", "point_label", "service", "service_label", "urgency", "taken_at", "closed_at", "result",
            "result_label", "tries", "hours_to_take", "hours_to_close",
        ])
        #expect(sheet.columnWidths.count == sheet.header.count)
        let closed = try read(Self.good).get()
        let row = sheet.row(closed)
        #expect(row.count == sheet.header.count)
        #expect(row[0] == .number(Workbook.serial(closed.sentAt, in: sheet.timeZone), .dateTime))
        #expect(row[5] == .text("Health station") && row[6] == .text("urgent") && row[9] == .text("reached"))
        #expect(row[10] == .text("Client reached") && row[11] == .number(2, .integer))
        #expect(row[12] == .number(1.2, .decimal1) && row[13] == .number(2, .decimal1))
        let open = sheet.row(HandoffRecord(sentAt: closed.sentAt, point: Self.point, service: "home-care"))
        #expect(open[7] == .empty && open[8] == .empty && open[9] == .empty && open[10] == .text("Open") && open[12] == .empty)
    }

    @Test func everyProblemOfARowIsNamedAtOnce() {
        let found = problems([
            "sent_at": "yesterday", "point": "atlantis", "service": "kela", "urgency": "now", "taken_at": "", "result": "won",
            "tries": "many",
        ])
        #expect(found.map { String($0.prefix { $0 != ":" }) } == ["sent_at", "point", "service", "urgency", "result", "tries", "closed_at"])
    }
}
