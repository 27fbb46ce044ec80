import ArgumentParser
import Foundation
import Guidance
import Store
import XLSX

extension Neuvo {
    /// `neuvo report --from DATE --to DATE [--point P] [--format json|csv|text|html|xlsx] [--output FILE]` (CONTRACT §5, §7).
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The measures over a period: volumes, reasons, topics, referrals, resolution, repeats, costs, experience.",
            discussion: """
                --format html writes the period's evaluation as one self-contained page (inline CSS and SVG charts, no \
                scripts, prints on A4): each measure beside the previous period of the same length (whole months: as \
                many months before) and the region's targets from data/targets.json marked met or not.

                --format xlsx writes the same figures as an Excel workbook (Excel, LibreOffice, Power BI): an overview \
                sheet with the targets and one sheet per section, each figure with its label in the chosen language \
                and its code, this period beside the previous one, numbers as numbers. A workbook is binary: give \
                --output FILE or redirect standard output to a file.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv, text, html, xlsx
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (YYYY-MM-DD, today or yesterday), by each contact's day.")
        var from: DayArgument

        @Option(help: "The last day, inclusive.")
        var to: DayArgument

        @Option(help: "Only this advice point's contacts (repeats are still looked for among all).")
        var point: String?

        @Option(
            help: "json or csv for tools, text for people, html for a page to mail or print, xlsx for an Excel workbook (both with the previous period and the targets).")
        var format: Format = .json

        @Option(help: "Write to this file (replaced whole, or left as it was on failure) instead of standard output.")
        var output: String?

        @Option(
            help: "For figures that leave the organisation: counts from 1 to N-1 as <N in text, CSV and HTML, left out of JSON maps (null in JSON elsewhere), and rates computed from them withheld.")
        var minCell: Int = 1

        func validate() throws {
            guard minCell >= 1 else { throw ValidationError("--min-cell must be at least 1") }
        }

        func run() throws {
            if format == .xlsx { try FileOutput.refuseWorkbookOnTerminal(output: output) }
            try write()
        }

        func write() throws {
            let context = try global.context()
            try context.check(point: point)
            try context.check(from: from.written, to: to.written)  // a period backwards, before anything is opened
            let log = try context.openLogToRead(.report)
            defer { try? log.close() }
            let scope = try context.readScope(log, point: point, command: .report)
            let clock = Context.testNow(try context.clock(of: log))
            let (from, to) = (from.day(clock), to.day(clock))
            try context.check(from: from, to: to)
            let document = ReportFormat.Document(rawValue: self.format.rawValue)!
            let report = try log.report(from: from, to: to, point: point, by: context.actor("report"))
            // The page sets the period beside the previous one: its report is read too.
            var previous: Guidance.Report?
            if document.needsComparison {
                let before = ReportPeriod.compared(from: from, to: to, today: clock.today)
                previous = try log.report(from: before.from, to: before.to, point: point, by: context.actor("report"))
            }
            var format = ReportFormat(
                vocabulary: context.catalog.vocabulary, points: context.catalog.points, strings: context.strings, minCell: minCell,
                targets: context.catalog.targets)
            format.allPointsLabel = scope.allPointsLabel(context)
            format.today = clock.today
            // The same document the day browser's export writes.
            if document == .xlsx {
                let book = format.workbook(report, comparedWith: previous)
                return try FileOutput.workbook(to: output) { try $0.write(book) }
            }
            let text = try format.document(report, as: document, comparedWith: previous)
            try FileOutput.text(to: output) { $0(text) }
        }
    }
}
