import ArgumentParser
import Foundation
import Guidance
import Store
import XLSX

extension Neuvo {
    /// `neuvo export [--kind KIND] [--from DATE] [--to DATE] [--point P] [--format csv|xlsx] [--output FILE]`: contacts
    /// (or records) as CSV, or as an Excel workbook, on standard output or to a file.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write contacts (or feedback, mood, staffing or handoffs) as CSV in the format that import reads, or as an Excel workbook.",
            discussion: """
                --format xlsx writes one row per record for a pivot table in Excel, LibreOffice or Power BI: codes \
                beside their labels in the chosen language, times as date-times in the region's time zone, yes/no as \
                1/0, and topics and referrals both joined and as one 0/1 column per code. A workbook is binary: give \
                --output FILE or redirect standard output to a file. The CSV stays the format machines (and import) read.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, xlsx
        }

        @Option(help: "What to write: contacts, the anonymous records feedback, mood or staffing, or handoffs (their figures, by the day sent).")
        var kind: RecordKind = .contacts

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (YYYY-MM-DD, today or yesterday), by each contact's day.")
        var from: DayArgument?

        @Option(help: "The last day, inclusive.")
        var to: DayArgument?

        @Option(help: "Only this advice point's contacts.")
        var point: String?

        @Option(help: "csv (for import and other tools) or xlsx (an Excel workbook for people and pivot tables).")
        var format: Format = .csv

        @Option(help: "Write to this file (replaced whole, or left as it was on failure) instead of standard output.")
        var output: String?

        func run() throws {
            if format == .xlsx { try FileOutput.refuseWorkbookOnTerminal(output: output) }
            let context = try global.context()
            try context.check(point: point)
            try context.check(from: from?.written, to: to?.written)  // a period backwards, before anything is opened
            let log = try context.openLogToRead(.export)
            defer { try? log.close() }
            _ = try context.readScope(log, point: point, command: .export)
            let clock = Context.testNow(try context.clock(of: log))
            let (from, to) = (from.day(clock), to.day(clock))
            try context.check(from: from, to: to)
            let period = Period(from: from, to: to)
            switch format {
            case .csv: try FileOutput.text(to: output) { try writeCSV(log, context, period, $0) }
            case .xlsx: try FileOutput.workbook(to: output) { try writeWorkbook(log, context, period, clock.timeZone, $0) }
            }
        }

        /// The days asked for, as dates (nil: open).
        struct Period {
            let from: CivilDate?, to: CivilDate?
        }

        func writeCSV(_ log: any ContactLog, _ context: Context, _ period: Period, _ output: Output) throws {
            let (from, to) = (period.from, period.to)
            let csv = try CSVOutput(output: output)
            try csv.write(kind.columns)
            if kind == .handoffs {
                for record in try handoffRecords(log, context, period) { try csv.write(HandoffCSV.fields(of: record)) }
                try csv.flush()
                return
            }
            guard kind == .contacts else {
                for record in try log.records(kind, from: from, to: to, point: point, audited: true, by: context.actor("export")) {
                    try csv.write(EvaluationCSV.fields(of: record))
                }
                try csv.flush()
                return
            }
            let vocabulary = context.catalog.vocabulary
            try log.exportContacts(from: from, to: to, point: point, by: context.actor("export")) { contact in
                try csv.write(ContactCSV.fields(of: contact, vocabulary: vocabulary))
            }
            try csv.flush()
        }

        /// The handoffs' figures (CONTRACT §9) sent in the period (by the day sent; an open end: every day), through the
        /// handoff store: on PostgreSQL the server applies the login's points and audits the read.
        func handoffRecords(_ log: any ContactLog, _ context: Context, _ period: Period) throws -> [HandoffRecord] {
            guard let store = log as? any HandoffStore else { throw Failure(message: "this database keeps no handoffs") }
            return try context.handoffFailures {
                try store.handoffRecords(
                    from: period.from ?? Self.firstDay, to: period.to ?? Self.lastDay, point: point, by: context.actor("export"))
            }
        }

        /// The open ends of a period of handoffs.
        static let firstDay = CivilDate(year: 1900, month: 1, day: 1)!, lastDay = CivilDate(year: 9999, month: 12, day: 31)!

        /// The same records, read the same way (and audited the same way), one row each; times on the region's clock
        /// (the database's `timezone` setting).
        func writeWorkbook(_ log: any ContactLog, _ context: Context, _ period: Period, _ timeZone: TimeZone, _ writer: XLSXWriter) throws {
            let (from, to) = (period.from, period.to)
            let sheet = RecordSheet(
                kind: kind, vocabulary: context.catalog.vocabulary, points: context.catalog.points, strings: context.strings,
                timeZone: timeZone)
            try writer.beginSheet(sheet.sheetName, columnWidths: sheet.columnWidths, frozenRows: 1, top: [sheet.header.map(Workbook.Cell.heading)])
            if kind == .handoffs {
                for record in try handoffRecords(log, context, period) { try writer.write(sheet.row(record)) }
                return
            }
            guard kind == .contacts else {
                for record in try log.records(kind, from: from, to: to, point: point, audited: true, by: context.actor("export")) {
                    try writer.write(sheet.row(record))
                }
                return
            }
            try log.exportContacts(from: from, to: to, point: point, by: context.actor("export")) { contact in
                try writer.write(sheet.row(contact))
            }
        }
    }
}
