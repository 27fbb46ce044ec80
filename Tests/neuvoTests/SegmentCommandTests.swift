import Foundation
import Guidance
import Testing

/// `neuvo segment` run as a process: output, messages and exit statuses as CONTRACT §5 says.
struct SegmentCommandTests {
    static let network = "data/examples/answers-network.json"

    @Test func jsonForTools() throws {
        let result = try NeuvoProcess.run(["segment", "--answers", Self.network])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let fields = try JSONValue.object(result.stdout)
        #expect(fields["segment"] == .string("network"))
        #expect(fields["computed_segment"] == .string("network"))
        #expect(fields["client_score"] == .number(20.8))
        #expect(fields["need_score"] == .number(75.0))
        #expect(fields["services"] == nil)
    }

    @Test func withAChainTheServiceMenuIsListed() throws {
        let result = try NeuvoProcess.run(["segment", "--answers", Self.network, "--chain", "older-people", "--lang", "en"])
        #expect(result.status == 0)
        guard case .array(let services)? = try JSONValue.object(result.stdout)["services"] else {
            Issue.record("no services in \(result.stdout)")
            return
        }
        #expect(services.count >= 4)
        let codes = services.compactMap { service -> String? in
            if case .object(let f) = service, case .string(let code)? = f["code"], case .string? = f["name"] { return code }
            return nil
        }
        #expect(codes.count == services.count)
        #expect(codes.contains("case-manager"))
        #expect(result.stdout.contains("\"name\": \"Case manager\""))
    }

    @Test func answersFromStandardInput() throws {
        let answers = #"{"client": {"C1": 3, "C2": 3, "C3": 3, "C4": 3}, "professional": {"P1": 3, "P2": 3, "P3": 3, "P4": 3, "P5": null}}"#
        let result = try NeuvoProcess.run(["segment", "--answers", "-"], input: answers)
        #expect(result.status == 0)
        let fields = try JSONValue.object(result.stdout)
        #expect(fields["segment"] == .string("collaboration"))
        #expect(fields["client_score"] == .number(50))
        #expect(fields["need_answered"] == .number(4))
    }

    @Test func textForPeopleDrawsTheGridAndTheMenu() throws {
        let result = try NeuvoProcess.run(["segment", "--answers", Self.network, "--chain", "older-people", "--format", "text"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Segmentti: Verkostoasiakas")
        #expect(result.stdout.contains("20,8"))
        #expect(lines.contains { $0.contains("┌") && $0.contains("┬") })
        #expect(lines.filter { $0.contains("●") && $0.contains("│") }.count == 1)
        #expect(result.stdout.contains("Palveluvalikko – Ikäihmiset, Verkostoasiakas:"))
        #expect(result.stdout.contains("• Kotihoito"))
    }

    @Test func theLanguageComesFromTheOptionOrTheLocale() throws {
        let english = try NeuvoProcess.run(["segment", "--answers", Self.network, "--format", "text", "--lang", "en"])
        #expect(english.stdout.hasPrefix("Segment: Network client"))
        #expect(english.stdout.contains("20.8"))
        let swedish = try NeuvoProcess.run(
            ["segment", "--answers", Self.network, "--format", "text"], environment: ["LANG": "sv_FI.UTF-8"])
        #expect(swedish.stdout.hasPrefix("Segment: Nätverksklient"))
    }

    @Test func anOverrideIsShownBesideTheComputedSegment() throws {
        let result = try NeuvoProcess.run(["segment", "--answers", "data/examples/answers-override.json", "--format", "text", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Segment: Network client\nThe computed segment was Self-care client"))
        let json = try JSONValue.object(try NeuvoProcess.run(["segment", "--answers", "data/examples/answers-override.json"]).stdout)
        #expect(json["segment"] == .string("network"))
        #expect(json["computed_segment"] == .string("self-care"))
    }

    @Test func missingAndBadItemsAreNamedOnOneLine() throws {
        let answers = #"{"client": {"C1": 7, "C2": 3, "C3": 3}, "professional": {"P1": 2, "P2": 2, "P3": 2, "P4": 2}}"#
        let result = try NeuvoProcess.run(["segment", "--answers", "-", "--lang", "en"], input: answers)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("neuvo: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(result.stderr.contains("C1: 7 is not an answer from 1 to 5"))
        #expect(result.stderr.contains("2 of 6 answered, at least 4 needed – unanswered C4, C5, C6"))
    }

    @Test func badInputExitsWithOne() throws {
        let unreadable = try NeuvoProcess.run(["segment", "--answers", "/no/such/file.json", "--lang", "en"])
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr == "neuvo: cannot read the answers file /no/such/file.json\n")
        let notJSON = try NeuvoProcess.run(["segment", "--answers", "-", "--lang", "en"], input: "{client: 3")
        #expect(notJSON.status == 1)
        #expect(notJSON.stderr.hasPrefix("neuvo: the answers file - is not valid JSON"))
    }

    @Test func badUsageExitsWithTwo() throws {
        let chain = try NeuvoProcess.run(["segment", "--answers", Self.network, "--chain", "pets", "--lang", "en"])
        #expect(chain.status == 2)
        #expect(chain.stderr.contains("unknown service chain \"pets\" (choose: families, working-age, older-people, mental-health-substance)"))
        #expect(try NeuvoProcess.run(["segment"]).status == 2)
        #expect(try NeuvoProcess.run(["segment", "--answers", Self.network, "--format", "xml"]).status == 2)
        #expect(try NeuvoProcess.run(["segment", "--answers", Self.network, "--lang", "de"]).status == 2)
        #expect(try NeuvoProcess.run(["no-such-command"]).status == 2)
    }

    @Test func theGlobalOptionsAreAcceptedEverywhere() throws {
        let db = NSTemporaryDirectory() + "neuvo-\(UUID().uuidString).sqlite"
        #expect(try NeuvoProcess.run(["segment", "--answers", Self.network, "--db", db, "--lang", "sv"]).status == 0)
        let screens = try NeuvoProcess.run(["--db", db, "--lang", "en"])
        #expect(screens.status == 1)
        #expect(screens.stderr.contains("neuvo's screens need a terminal"))
        #expect(try NeuvoProcess.run(["--help"]).status == 0)
    }

    @Test func badDataStopsTheProgramNamingFileAndKey() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in Catalog.files {
            try FileManager.default.copyItem(
                at: NeuvoProcess.repository.appendingPathComponent("data/\(file)"), to: directory.appendingPathComponent(file))
        }
        let vocabulary = directory.appendingPathComponent("vocabulary.json")
        let text = try String(contentsOf: vocabulary, encoding: .utf8)
        try text.replacingOccurrences(of: "\"code\": \"phone\"", with: "\"code\": \"walk-in\"")
            .write(to: vocabulary, atomically: true, encoding: .utf8)
        let result = try NeuvoProcess.run(["segment", "--answers", Self.network], environment: ["NEUVO_DATA": directory.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("vocabulary.json: channel[1].code: duplicate code 'walk-in'"))
    }
}
