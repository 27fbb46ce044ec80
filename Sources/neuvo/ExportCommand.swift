import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo export [--kind KIND] [--from DATE] [--to DATE] [--point P]`: contacts (or records) as CSV on standard output.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write contacts (or feedback, mood or staffing) as CSV to standard output, in the format that import reads.")

        @Option(help: "What to write: contacts, or the anonymous records feedback, mood or staffing.")
        var kind: RecordKind = .contacts

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (YYYY-MM-DD, today or yesterday), by each contact's day.")
        var from: DayArgument?

        @Option(help: "The last day, inclusive.")
        var to: DayArgument?

        @Option(help: "Only this advice point's contacts.")
        var point: String?

        func run() throws {
            let context = try global.context()
            try context.check(point: point)
            try context.check(from: from?.written, to: to?.written)  // a period backwards, before anything is opened
            let log = try context.openLogToRead(.export)
            defer { try? log.close() }
            _ = try context.readScope(log, point: point, command: .export)
            let clock = Context.testNow(try context.clock(of: log))
            let (from, to) = (from.day(clock), to.day(clock))
            try context.check(from: from, to: to)
            let csv = try CSVOutput()
            try csv.write(kind.columns)
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
    }
}
