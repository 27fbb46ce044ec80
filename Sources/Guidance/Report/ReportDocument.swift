import CSV
import Foundation

/// A report as one document, byte for byte what `neuvo report --format …` prints: the command and the
/// supervisors' export from the day browser both write it through `document(_:as:comparedWith:)`, so a file saved
/// from the screen equals the command's output for the same period and point.
extension ReportFormat {
    public enum Document: String, CaseIterable, Sendable {
        case json, csv, text, html
        /// A workbook (`workbook(_:comparedWith:)`), binary: written through module XLSX, not by `document`.
        case xlsx

        /// `csv`: the file name's extension.
        public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }

        /// The HTML page and the workbook set the period beside the previous one (`ReportPeriod.previous`): whoever
        /// writes them reads that period's report too and hands it on.
        public var needsComparison: Bool { self == .html || self == .xlsx }
    }

    /// `document(_:as:)` asked for a workbook, which is not text.
    public struct NotText: Error {}

    /// The whole document, ending in a newline (a workbook is not text: `workbook(_:comparedWith:)`). CSV goes through CSV.swift (RFC 4180 quoting), as the contact
    /// export does. `previous` is the report of `ReportPeriod.previous` for the same point: the HTML page shows it
    /// beside the period (without it, the page shows the period alone); the other formats leave it out.
    public func document(_ r: Report, as kind: Document, comparedWith previous: Report? = nil) throws -> String {
        switch kind {
        case .json: return json(r).written() + "\n"
        case .text: return text(r) + "\n"
        case .html: return html(r, comparedWith: previous) + "\n"
        case .xlsx: throw NotText()
        case .csv:
            let stream = OutputStream.toMemory()
            let writer = try CSVWriter(stream: stream)
            for row in csvRows(r) { try writer.write(row: row) }
            writer.stream.close()
            let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// `41,7 %` (`41.7 %` in English): a rate as the report's text writes it, rounded half away from zero to
    /// one decimal; empty for a rate over nothing.
    public func percent(_ ratio: Ratio?) -> String {
        guard let ratio else { return "" }
        let text = Ratio(ratio.numerator * 100, of: ratio.denominator)!.written(decimals: 1, keepZeros: true)
        return (strings.language == .en ? text : text.replacingOccurrences(of: ".", with: ",")) + " %"
    }
}
