import Foundation
import Guidance

// What ContactFile.swift and RecordFile.swift use of neuvo's `Context` and `Failure` (Sources/neuvo/GlobalOptions.swift,
// Neuvo.swift, Context+Store.swift), without the database, the terminal and the commands.

public struct Context: Sendable {
    public let catalog: Catalog
    public let strings: Strings

    public init(catalog: Catalog, language: Language) {
        self.catalog = catalog
        self.strings = catalog.strings.inLanguage(language)
    }

    func message(for problem: ContactProblem) -> String { strings.message(for: problem) }
}

struct Failure: Error {
    let message: String
    var status: Int32 = 1
}

/// The entry points, public for the fuzz targets.
public enum NeuvoFiles {
    public static func contacts(_ data: Data, context: Context) { FileFuzzEntry.contacts(data, context: context) }
    public static func records(_ data: Data, kind: RecordKind, context: Context) {
        FileFuzzEntry.records(data, kind: kind, context: context)
    }
    public static func handoffs(_ data: Data, context: Context) { FileFuzzEntry.handoffs(data, context: context) }
}
