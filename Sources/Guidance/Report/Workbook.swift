import Foundation

/// A workbook as neuvo writes one (`--format xlsx`): sheets of cells, each cell a text or a number with the number
/// format it is shown in. Pure data; module XLSX writes it through libxlsxwriter. A text is always a text cell, never
/// a formula, whatever it begins with (`=`, `+`, `-`, `@`): nothing here can say "formula".
public struct Workbook: Sendable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet] = []) { self.sheets = sheets }

    /// How a number is shown. The codes are Excel's own and locale-neutral: Excel and LibreOffice show them with the
    /// reader's decimal and thousands separators.
    public enum NumberStyle: String, Sendable, CaseIterable {
        /// A count of contacts, answers or days: `1 234`.
        case count = "#,##0"
        /// A rate, stored as the fraction `--format json` writes (0.6154): `61.54 %`.
        case percent = "0.00%"
        /// Euros: `1 234.50 €`.
        case euros = "#,##0.00 \"€\""
        /// Hours: `1 234.50`.
        case hours = "#,##0.00"
        /// A score (NPS, eNPS) to one decimal.
        case decimal1 = "0.0"
        /// A mean or a ratio to two decimals.
        case decimal2 = "0.00"
        /// A whole number shown as it is (minutes, an answer on a scale, a 0/1 flag).
        case integer = "0"
        /// A day, stored as the spreadsheet's day number.
        case date = "yyyy-mm-dd"
        /// A moment in the region's time zone, stored as the spreadsheet's day number with its fraction.
        case dateTime = "yyyy-mm-dd hh:mm:ss"
    }

    public enum Cell: Equatable, Sendable {
        case empty
        case text(String)
        /// A heading: bold text.
        case heading(String)
        case number(Double, NumberStyle)

        public static func count(_ n: Int) -> Cell { .number(Double(n), .count) }
    }

    public struct Sheet: Sendable {
        /// At most 31 characters, none of `[]:*?/\` (`Workbook.sheetName`).
        public var name: String
        /// Each column's width in characters, from the first.
        public var columnWidths: [Double]
        /// Rows kept in view while scrolling: the top rows through the table's header.
        public var frozenRows: Int
        public var rows: [[Cell]]

        public init(name: String, columnWidths: [Double] = [], frozenRows: Int = 0, rows: [[Cell]] = []) {
            self.name = name
            self.columnWidths = columnWidths
            self.frozenRows = frozenRows
            self.rows = rows
        }
    }

    /// A sheet's name as a spreadsheet takes it: the characters it refuses replaced, at most 31 characters, and
    /// different from the names already taken (a number appended).
    public static func sheetName(_ wanted: String, taken: [String]) -> String {
        var name = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("'") || name.hasSuffix("'") { name = name.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
        if name.isEmpty { name = "Sheet" }
        name = String(name.prefix(31)).trimmingCharacters(in: .whitespaces)
        let lowered = Set(taken.map { $0.lowercased() })
        var candidate = name
        var n = 2
        while lowered.contains(candidate.lowercased()) {
            let suffix = " (\(n))"
            candidate = String(name.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        return candidate
    }

    /// The spreadsheet's day number of a day: days since 30.12.1899 (Excel's and LibreOffice's epoch for any day
    /// after 1.3.1900).
    public static func serial(_ day: CivilDate) -> Double { Double(day.daysSinceEpoch + 25_569) }

    /// The spreadsheet's day number of a moment, as the clock showed it in `timeZone`: a spreadsheet's date-time
    /// has no zone, so the region's (the database's `timezone` setting, `RegionClock`) is the one written.
    public static func serial(_ moment: Timestamp, in timeZone: TimeZone) -> Double {
        let instant = moment.instant
        let local = instant + Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
        // The day and the time of day apart, so that a time is the same fraction on any day.
        let (days, seconds) = local.quotientAndRemainder(dividingBy: 86_400)
        let day = seconds < 0 ? days - 1 : days
        return Double(day + 25_569) + Double(local - day * 86_400) / 86_400
    }

    /// A column's width for the longest of its texts, between `minimum` and `maximum` characters.
    public static func width(_ texts: [String], minimum: Double = 8, maximum: Double = 60) -> Double {
        let longest = texts.map { TextWidth.of($0) }.max() ?? 0
        return min(maximum, max(minimum, Double(longest) + 2))
    }
}
