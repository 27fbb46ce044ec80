import ArgumentParser
import Foundation
import Guidance

extension Neuvo {
    /// `neuvo segment`: scores one assessment (CONTRACT §2, §5).
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score one segmentation assessment and show the client's segment.",
            discussion: """
                The answers are JSON: {"client": {"C1": 4, ...}, "professional": {"P1": 2, ...}}, each answer 1-5, \
                null or left out when not answered, and optionally "override": {"segment": "network", "reason": "..."}.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, text
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: "The answers as JSON: a file, or - for standard input.")
        var answers: String

        @Option(help: "A service chain: list the service menu for the client's segment in it.")
        var chain: String?

        @Option(help: "json for tools, text for people.")
        var format: Format = .json

        func run() throws {
            let context = try global.context()
            try Self.check(chain: chain, context: context)
            let document = try readDocument(strings: context.strings)
            Output.standard(try Self.render(document, chain: chain, format: format, context: context) + "\n")
        }

        private func readDocument(strings: Strings) throws -> JSONValue {
            let data: Data?
            if answers == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = FileManager.default.contents(atPath: answers)
            }
            guard let data else { throw Failure(message: strings(.answersUnreadable, ["file": answers])) }
            do {
                return try JSONValue.parse(data)
            } catch {
                throw Failure(message: strings(.answersNotJSON, ["file": answers, "reason": error.reason]))
            }
        }

        /// The scored assessment as JSON or text; a `Failure` naming every missing or bad item otherwise.
        static func render(_ document: JSONValue, chain: String?, format: Format, context: Context) throws -> String {
            let catalog = context.catalog
            try check(chain: chain, context: context)
            let assessment: Assessment
            do {
                assessment = try catalog.instrument.readAssessment(document)
            } catch {
                throw Failure(message: error.problems.map { context.strings.message(for: $0, instrument: catalog.instrument, vocabulary: catalog.vocabulary) }.joined(separator: "; "))
            }
            let services = chain.map { catalog.serviceMenu.services(chain: $0, segment: assessment.segment) }
            switch format {
            case .json: return json(assessment, chain: chain, services: services, language: context.language).written()
            case .text: return text(assessment, chain: chain, services: services, context: context)
            }
        }

        /// An unknown service chain is bad usage (exit 2), named with the ones there are.
        static func check(chain: String?, context: Context) throws {
            let chains = context.catalog.vocabulary.serviceChain
            guard let chain, !chains.contains(chain) else { return }
            throw Failure.usage(context.strings(.unknownChain, ["chain": chain, "chains": chains.codes.joined(separator: ", ")]))
        }

        static func json(_ a: Assessment, chain: String?, services: [Service]?, language: Language) -> JSONOut {
            var fields: [(String, JSONOut)] = [
                ("segment", .string(a.segment.rawValue)),
                ("client_score", .decimal(Tenths.written(a.clientScore.tenths))),
                ("need_score", .decimal(Tenths.written(a.needScore.tenths))),
                ("computed_segment", .string(a.computedSegment.rawValue)),
                ("client_answered", .int(a.clientScore.answered)),
                ("need_answered", .int(a.needScore.answered)),
            ]
            if let override = a.override {
                fields.append(("override", .object([("segment", .string(override.segment.rawValue)), ("reason", .string(override.reason))])))
            }
            if let chain, let services {
                fields.append(("chain", .string(chain)))
                fields.append(
                    ("services", .array(services.map { .object([("code", .string($0.code)), ("name", .string($0.name[language])), ("description", .string($0.description[language]))]) })))
            }
            return .object(fields)
        }

        static func text(_ a: Assessment, chain: String?, services: [Service]?, context: Context) -> String {
            let catalog = context.catalog, strings = context.strings, language = context.language
            let segments = catalog.vocabulary.segment
            let instrument = catalog.instrument
            var lines = [strings(.segmentResult, ["segment": segments.label(a.segment.rawValue, in: language)]), ""]
            if let override = a.override {
                lines.insert(
                    strings(.segmentOverridden, ["computed": segments.label(a.computedSegment.rawValue, in: language), "reason": override.reason]),
                    at: 1)
            }
            let scored = [(instrument.client, a.clientScore), (instrument.professional, a.needScore)]
            let levels = scored.map { axis, score in (score.isHigh ? axis.high : axis.low)[language] }
            let levelWidth = levels.map(\.count).max() ?? 0
            for ((axis, score), level) in zip(scored, levels) {
                let written = Tenths.written(score.tenths, in: language)
                lines.append(
                    "  " + strings(.segmentScore, [
                        "axis": axis.label[language],
                        "score": String(repeating: " ", count: max(0, 5 - written.count)) + written,
                        "answered": String(score.answered), "items": String(axis.items.count),
                        "level": level + String(repeating: " ", count: levelWidth - level.count),
                    ]))
            }
            lines.append("  " + strings(.segmentThreshold, ["threshold": Tenths.written(instrument.thresholdTenths, in: language)]))
            lines.append("")
            lines += SegmentGrid().lines(for: a, instrument: instrument, segments: segments, language: language).map { "  " + $0 }
            lines.append("  " + strings(.segmentMarker, ["marker": String(SegmentGrid.marker)]))
            if let chain, let services {
                lines.append("")
                lines.append(strings(.segmentServices, [
                    "chain": catalog.vocabulary.serviceChain.label(chain, in: language),
                    "segment": segments.label(a.segment.rawValue, in: language),
                ]))
                for service in services {
                    lines.append("  • \(service.name[language])")
                    lines.append("    \(service.description[language])")
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
