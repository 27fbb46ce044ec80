import Foundation
import TestSupport
import Testing
@testable import Guidance

/// Every file of the fuzz corpora (Tests/fuzz/corpus/<target>, `make fuzz`) fed once to the function its fuzz target
/// calls, which must accept a file named `good-…` and refuse one named `bad-…` (Tests/fuzz/README.md). The CSV kinds
/// are in neuvoTests' FuzzCorpusTests.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../fuzz/corpus").standardized

    /// A corpus file: its name, bytes, and whether the parser must accept it (from the name).
    struct Input {
        let name: String
        let data: Data
        let good: Bool
    }

    /// The files of one target's corpus, by name; a file named neither `good-…` nor `bad-…` is recorded as an issue.
    static func inputs(_ target: String) throws -> [Input] {
        let directory = corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.compactMap { name in
            guard let good = expectation(name) else {
                Issue.record("\(target)/\(name): name a corpus file good-… or bad-… (Tests/fuzz/README.md)")
                return nil
            }
            return Input(name: name, data: try Data(contentsOf: directory.appendingPathComponent(name)), good: good)
        }
    }

    /// `good-…` or `good.…` → true, `bad-…` or `bad.…` → false, anything else nil.
    static func expectation(_ name: String) -> Bool? {
        switch name.prefix(while: { $0 != "-" && $0 != "." }) {
        case "good": true
        case "bad": false
        default: nil
        }
    }

    @Test func identityCodeCorpus() throws {
        let inputs = try Self.inputs("IdentityCode")
        #expect(inputs.filter(\.good).count >= 3 && inputs.filter { !$0.good }.count >= 2)
        for input in inputs {
            let code = FuzzEntry.identityCode(input.data), hundredths = FuzzEntry.hundredths(input.data)
            if input.name.hasPrefix("good-code") {
                #expect(code, "\(input.name): an identity code (or text holding one) that is not read")
            } else if input.name.hasPrefix("good-hours") {
                #expect(hundredths != nil, "\(input.name): a decimal of hours or euros that is not read")
            } else if input.good {
                Issue.record("\(input.name): a good IdentityCode file is good-code-… or good-hours-…")
            } else {
                #expect(!code && hundredths == nil, "\(input.name): read as a code (\(code)) or as \(hundredths.map(String.init) ?? "no") hundredths")
            }
        }
        #expect(FuzzEntry.hundredths(Data("7.5".utf8)) == 750)
    }

    @Test func answersCorpus() throws {
        let inputs = try Self.inputs("Answers")
        #expect(inputs.filter(\.good).count >= 3 && inputs.filter { !$0.good }.count >= 2)
        for input in inputs {
            let read = FuzzEntry.segmentationAnswers(input.data, instrument: Fixtures.instrument)
            #expect(read == input.good, "\(input.name): \(read ? "accepted" : "refused")")
        }
    }

    @Test func catalogCorpus() throws {
        let inputs = try Self.inputs("Catalog")
        #expect(inputs.filter(\.good).count >= 4 && inputs.filter { !$0.good }.count >= 9)
        let contents = Fixtures.contents()
        let base = FuzzEntry.parsed(contents)
        #expect(base.count == contents.count, "every shipped file is JSON")
        for input in inputs {
            let loaded = FuzzEntry.catalog(input.data, base: base)
            #expect(loaded == input.good, "\(input.name): \(loaded ? "loaded" : "refused")")
        }
        // An unchanged file gives the shipped catalogue back; a broken one is refused.
        let unchanged = FuzzEntry.catalog(Data([3]) + contents[Catalog.pointsFile]!, base: base)
        #expect(unchanged)
        let truncated = FuzzEntry.catalog(Data([3]) + contents[Catalog.pointsFile]!.prefix(100), base: base)
        #expect(!truncated)
    }
}
