import ArgumentParser
import Foundation
import Guidance

extension Neuvo {
    /// `neuvo demo-data [--kind KIND] [--seed N] [--days N] [--points N]`: synthetic contacts, or the feedback, mood
    /// or staffing records of their days, or the handoffs sent from them, as CSV on standard output.
    struct DemoData: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo-data",
            abstract: "Write realistic synthetic contacts, or their feedback, mood, staffing or handoff records, as CSV: the same output for the same seed and options.",
            discussion: """
                Calibrated in data/demo.json. The period ends on --end (by default a fixed day, so that a seed alone decides the output). \
                --kind feedback, mood or staffing writes the records of the same contacts' days and points, in the columns \
                `neuvo import --kind` reads. --kind handoffs writes the warm handoffs sent from the same contacts (their figures: \
                times, services, results; never a name or a number).
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "What to write: contacts, feedback, mood, staffing or handoffs.")
        var kind: String = RecordKind.contacts.rawValue

        @Option(help: "The random seed.")
        var seed: UInt64 = 1

        @Option(help: "How many days, ending on --end.")
        var days: Int = 28

        @Option(help: "How many advice points, taken in data/points.json's order (default: all).")
        var points: Int?

        @Option(help: "The last day (YYYY-MM-DD, or today in Europe/Helsinki); default from data/demo.json.")
        var end: DayArgument?

        @Option(help: "Scale the calibrated daily volume, e.g. 5 for five times as many contacts.")
        var volume: Double = 1

        func validate() throws {
            guard RecordKind(rawValue: kind) != nil else {
                throw ValidationError("--kind must be one of \(RecordKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard days >= 1 else { throw ValidationError("--days must be at least 1") }
            guard volume > 0 else { throw ValidationError("--volume must be above 0") }
            if let points, points < 1 { throw ValidationError("--points must be at least 1") }
        }

        func run() throws {
            let context = try global.context()
            let catalog = context.catalog
            let available = catalog.points
            if let points, points > available.count {
                throw Failure.usage(
                    context.strings(
                        .demodataTooManyPoints,
                        ["points": String(points), "count": String(available.count), "path": context.data.path + "/" + Catalog.pointsFile]))
            }
            let calibration = try context.data.loadDemoCalibration(vocabulary: catalog.vocabulary)
            let generator = DemoGenerator(
                calibration: calibration, vocabulary: catalog.vocabulary, points: Array(available.prefix(points ?? available.count)),
                consultationLines: catalog.consultationLines, seed: seed, days: days,
                end: end.day(Context.testNow(.helsinki())) ?? calibration.defaultEnd, volume: volume)
            let kind = RecordKind(rawValue: kind) ?? .contacts
            let csv = try CSVOutput()
            try csv.write(kind.columns)
            if kind == .contacts {
                try generator.generate { contact in
                    try csv.write(ContactCSV.fields(of: contact, vocabulary: catalog.vocabulary))
                }
            } else if kind == .handoffs {
                for handoff in generator.handoffs() {
                    try csv.write(HandoffCSV.fields(of: handoff.record))
                }
            } else {
                for record in generator.records(kind: kind) {
                    try csv.write(EvaluationCSV.fields(of: record))
                }
            }
            try csv.flush()
        }
    }
}
