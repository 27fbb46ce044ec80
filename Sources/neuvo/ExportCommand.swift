import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo export [--from DATE] [--to DATE] [--point P]`: contacts as CSV on standard output.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write contacts as CSV to standard output, in the format that import reads.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The first day (YYYY-MM-DD, today or yesterday), by each contact's day.")
        var from: CivilDate?

        @Option(help: "The last day, inclusive.")
        var to: CivilDate?

        @Option(help: "Only this advice point's contacts.")
        var point: String?

        func run() throws {
            let context = try global.context()
            try context.check(point: point)
            try context.check(from: from, to: to)
            let log = try context.openLog()
            let csv = try CSVOutput()
            try csv.write(ContactColumn.allCases.map(\.rawValue))
            let vocabulary = context.catalog.vocabulary
            try log.exportContacts(from: from, to: to, point: point, by: context.actor("export")) { contact in
                try csv.write(ContactCSV.fields(of: contact, vocabulary: vocabulary))
            }
            try csv.flush()
        }
    }
}
