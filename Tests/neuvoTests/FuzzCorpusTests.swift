import Foundation
import Guidance
import TestSupport
import Testing
@testable import neuvo

/// Every file of the CSV fuzz corpora (Tests/fuzz/corpus/<kind>, `make fuzz`) fed once to the function its fuzz
/// target calls, `FileFuzzEntry`: each must return. The other targets are in GuidanceTests' FuzzCorpusTests.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../fuzz/corpus").standardized

    static let context = Context(
        catalog: Fixtures.catalog, data: DataDirectory(path: Fixtures.dataDirectory.path), language: .en,
        strings: Fixtures.catalog.strings.inLanguage(.en), databasePath: "/nonexistent/neuvo.sqlite", databaseIsDefault: false)

    static func inputs(_ target: String) throws -> [(name: String, data: Data)] {
        let directory = corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.map { ($0, try Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    @Test func contactsCorpus() throws {
        let inputs = try Self.inputs("Contacts")
        #expect(inputs.count >= 4)
        for input in inputs { FileFuzzEntry.contacts(input.data, context: Self.context) }
        #expect(FileFuzzEntry.contacts(try Data(contentsOf: Self.corpus.appendingPathComponent("Contacts/valid-minimal.csv")), context: Self.context) == 1)
    }

    @Test(arguments: [RecordKind.feedback, .mood, .staffing])
    func recordsCorpus(kind: RecordKind) throws {
        let target = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        let inputs = try Self.inputs(target)
        #expect(inputs.count >= 2)
        for input in inputs { FileFuzzEntry.records(input.data, kind: kind, context: Self.context) }
        #expect(FileFuzzEntry.records(try Data(contentsOf: Self.corpus.appendingPathComponent("\(target)/valid.csv")), kind: kind, context: Self.context) == 2)
    }
}
