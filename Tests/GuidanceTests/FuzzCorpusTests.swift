import Foundation
import TestSupport
import Testing
@testable import Guidance

/// Every file of the fuzz corpora (Tests/fuzz/corpus/<target>, `make fuzz`) fed once to the function its fuzz target
/// calls: each must return. The CSV kinds are in neuvoTests' FuzzCorpusTests.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../fuzz/corpus").standardized

    /// The files of one target's corpus, by name.
    static func inputs(_ target: String) throws -> [(name: String, data: Data)] {
        let directory = corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.map { ($0, try Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    @Test func identityCodeCorpus() throws {
        let inputs = try Self.inputs("IdentityCode")
        #expect(inputs.count >= 4)
        for input in inputs {
            FuzzEntry.identityCode(input.data)
            FuzzEntry.hundredths(input.data)
        }
        #expect(FuzzEntry.identityCode(Data("131052-9085".utf8)))
    }

    @Test func answersCorpus() throws {
        let inputs = try Self.inputs("Answers")
        #expect(inputs.count >= 4)
        var read = 0
        for input in inputs where FuzzEntry.segmentationAnswers(input.data, instrument: Fixtures.instrument) { read += 1 }
        #expect(read >= 3, "the shipped examples are read")
    }

    @Test func catalogCorpus() throws {
        let inputs = try Self.inputs("Catalog")
        #expect(inputs.count >= 9)
        let contents = Fixtures.contents()
        let base = FuzzEntry.parsed(contents)
        #expect(base.count == contents.count, "every shipped file is JSON")
        for input in inputs { FuzzEntry.catalog(input.data, base: base) }
        // An unchanged file gives the shipped catalogue back; a broken one is refused.
        let unchanged = FuzzEntry.catalog(Data([3]) + contents[Catalog.pointsFile]!, base: base)
        #expect(unchanged)
        let truncated = FuzzEntry.catalog(Data([3]) + contents[Catalog.pointsFile]!.prefix(100), base: base)
        #expect(!truncated)
    }
}
