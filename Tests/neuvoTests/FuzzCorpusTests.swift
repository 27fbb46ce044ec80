import Foundation
import Guidance
import TestSupport
import Testing
@testable import neuvo

/// Every file of the CSV fuzz corpora (Tests/fuzz/corpus/<kind>, `make fuzz`) fed once to the function its fuzz
/// target calls, `FileFuzzEntry`, which must read a file named `good-…` whole (at least one row, no problem) and refuse
/// one named `bad-…` (Tests/fuzz/README.md). The other targets are in GuidanceTests' FuzzCorpusTests.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../fuzz/corpus").standardized

    static let context = Context(
        catalog: Fixtures.catalog, data: DataDirectory(path: Fixtures.dataDirectory.path), language: .en,
        strings: Fixtures.catalog.strings.inLanguage(.en), databasePath: "/nonexistent/neuvo.sqlite", databaseIsDefault: false)

    /// The files of one target's corpus by name, each with whether it must be read (`good-…`) or refused (`bad-…`); a
    /// file named otherwise is recorded as an issue.
    static func inputs(_ target: String) throws -> [(name: String, data: Data, good: Bool)] {
        let directory = corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.compactMap { name in
            let word = name.prefix { $0 != "-" && $0 != "." }
            guard let good = word == "good" ? true : word == "bad" ? false : nil else {
                Issue.record("\(target)/\(name): name a corpus file good-… or bad-… (Tests/fuzz/README.md)")
                return nil
            }
            return (name, try Data(contentsOf: directory.appendingPathComponent(name)), good)
        }
    }

    /// What the reader made of a file, for the message: refused, or its number of rows.
    static func said(_ count: Int?) -> String { count.map { "read, \($0) rows" } ?? "refused" }

    @Test func contactsCorpus() throws {
        let inputs = try Self.inputs("Contacts")
        #expect(inputs.filter(\.good).count >= 2 && inputs.filter { !$0.good }.count >= 3)
        for input in inputs {
            let count = FileFuzzEntry.contacts(input.data, context: Self.context)
            #expect(input.good ? (count ?? 0) > 0 : count == nil, "\(input.name): \(Self.said(count))")
        }
        #expect(FileFuzzEntry.contacts(try Data(contentsOf: Self.corpus.appendingPathComponent("Contacts/good-minimal.csv")), context: Self.context) == 1)
    }

    @Test(arguments: [RecordKind.feedback, .mood, .staffing])
    func recordsCorpus(kind: RecordKind) throws {
        let target = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        let inputs = try Self.inputs(target)
        #expect(inputs.filter(\.good).count >= 1 && inputs.filter { !$0.good }.count >= 2)
        for input in inputs {
            let count = FileFuzzEntry.records(input.data, kind: kind, context: Self.context)
            #expect(input.good ? (count ?? 0) > 0 : count == nil, "\(input.name): \(Self.said(count))")
        }
        #expect(FileFuzzEntry.records(try Data(contentsOf: Self.corpus.appendingPathComponent("\(target)/good.csv")), kind: kind, context: Self.context) == 2)
    }

    @Test func handoffsCorpus() throws {
        let inputs = try Self.inputs("Handoffs")
        #expect(inputs.filter(\.good).count >= 1 && inputs.filter { !$0.good }.count >= 3)
        for input in inputs {
            let count = FileFuzzEntry.handoffs(input.data, context: Self.context)
            #expect(input.good ? (count ?? 0) > 0 : count == nil, "\(input.name): \(Self.said(count))")
        }
        #expect(FileFuzzEntry.handoffs(try Data(contentsOf: Self.corpus.appendingPathComponent("Handoffs/good.csv")), context: Self.context) == 2)
    }
}
