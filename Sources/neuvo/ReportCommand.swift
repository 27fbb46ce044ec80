import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo report --from DATE --to DATE [--point P] [--format json|csv|text]` (CONTRACT §5).
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The measures over a period: volumes, reasons, topics, referrals, resolution, repeats.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv, text
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (YYYY-MM-DD, today or yesterday), by each contact's day.")
        var from: CivilDate

        @Option(help: "The last day, inclusive.")
        var to: CivilDate

        @Option(help: "Only this advice point's contacts (repeats are still looked for among all).")
        var point: String?

        @Option(help: "json or csv for tools, text for people.")
        var format: Format = .json

        @Option(
            help: "For figures that leave the organisation: counts from 1 to N − 1 as <N in text and CSV, left out of JSON maps (null in JSON elsewhere), and rates computed from them withheld.")
        var minCell: Int = 1

        func validate() throws {
            guard minCell >= 1 else { throw ValidationError("--min-cell must be at least 1") }
        }

        func run() throws {
            let context = try global.context()
            try context.check(point: point)
            try context.check(from: from, to: to)
            let report = try context.openLog().report(from: from, to: to, point: point, by: context.actor("report"))
            let format = ReportFormat(
                vocabulary: context.catalog.vocabulary, points: context.catalog.points, strings: context.strings, minCell: minCell)
            // The same document the day browser's export writes.
            Output.standard(try format.document(report, as: ReportFormat.Document(rawValue: self.format.rawValue)!))
        }
    }
}
