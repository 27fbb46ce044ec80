import Foundation
import TestSupport
import Testing
@testable import Guidance

/// The shipped data loads, and each kind of bad data stops the load naming its file and key.
struct CatalogTests {
    @Test func theShippedDataHoldsEveryContractCode() {
        let v = Fixtures.catalog.vocabulary
        #expect(v.channel.codes == ["walk-in", "phone", "chat", "e-service", "video", "outreach"])
        #expect(v.contactBy.codes == ["client", "relative", "professional"])
        #expect(v.reason.codes == ["face-to-face", "no-other-known", "digital-barrier", "referred-here", "nearby", "event", "other"])
        #expect(v.topic.codes.count == 16)
        #expect(v.referral.terms.filter { $0.kind == .internal }.count == 10)
        #expect(v.referral.terms.filter { $0.kind == .external }.count == 11)
        #expect(v.ageGroup.codes == ["0-17", "18-29", "30-64", "65-74", "75+", "unknown"])
        #expect(v.serviceArea.codes == ["social", "health", "both"])
        #expect(v.serviceChain.codes == ["families", "working-age", "older-people", "mental-health-substance"])
        #expect(Set(v.segment.codes) == Set(Segment.allCases.map(\.rawValue)))
        #expect(Fixtures.catalog.directory.count == v.referral.codes.count)
        #expect(Fixtures.catalog.points.contains { $0.walkIn })
    }

    @Test func labelsComeInThreeLanguages() {
        let walkIn = Fixtures.catalog.vocabulary.channel["walk-in"]!.label
        #expect(Set([walkIn.fi, walkIn.sv, walkIn.en]).count == 3)
        #expect(Fixtures.catalog.strings.inLanguage(.en)(.segmentResult, ["segment": "X"]) == "Segment: X")
    }

    struct Breakage: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let path: [String]
        let value: JSONValue?
        /// The problem expected: its key and a part of its message.
        let key: String
        let message: String
        var testDescription: String { name }

        var steps: [PathStep] { path.map { Int($0).map(PathStep.index) ?? .key($0) } }

        /// The shipped data with this breakage does not load, and the problem is named by its file and key.
        func expectNamedByTheCatalog() {
            let files = Fixtures.contents(changing: file, at: steps, to: value)
            do throws(Catalog.Invalid) {
                _ = try Catalog.load(files)
                Issue.record("the broken data loaded")
            } catch {
                #expect(error.problems.contains { $0.file == file && $0.key == key && $0.message.contains(message) },
                        "got: \(error.problems)")
            }
        }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "a duplicate code", file: "vocabulary.json", path: ["channel", "1", "code"], value: .string("walk-in"),
                 key: "channel[1].code", message: "duplicate code 'walk-in'"),
        Breakage(name: "a missing translation", file: "vocabulary.json", path: ["topic", "3", "label", "sv"], value: nil,
                 key: "topic[3].label.sv", message: "missing translation"),
        Breakage(name: "an empty translation", file: "vocabulary.json", path: ["topic", "3", "label", "en"], value: .string(" "),
                 key: "topic[3].label.en", message: "empty text"),
        Breakage(name: "a translation of tabs, line breaks and an ideographic space", file: "vocabulary.json",
                 path: ["topic", "3", "label", "fi"], value: .string("\t\r\n\u{3000}"), key: "topic[3].label.fi", message: "empty text"),
        Breakage(name: "a translation of no characters", file: "vocabulary.json", path: ["topic", "3", "label", "sv"], value: .string(""),
                 key: "topic[3].label.sv", message: "empty text"),
        Breakage(name: "a code that is not a code", file: "vocabulary.json", path: ["topic", "0", "code"], value: .string("Asuminen"),
                 key: "topic[0].code", message: "not a code"),
        Breakage(name: "an unknown referral kind", file: "vocabulary.json", path: ["referral", "0", "kind"], value: .string("own"),
                 key: "referral[0].kind", message: "neither"),
        Breakage(name: "a reason for an unknown channel", file: "vocabulary.json", path: ["reason", "0", "channels", "0"],
                 value: .string("pigeon"), key: "reason[0].channels", message: "unknown channel 'pigeon'"),
        Breakage(name: "overlapping age groups", file: "vocabulary.json", path: ["age_group", "1", "min_age"], value: .number(17),
                 key: "age_group", message: "overlap"),
        Breakage(name: "a missing segment", file: "vocabulary.json", path: ["segment", "3"], value: nil,
                 key: "segment", message: "exactly"),
        Breakage(name: "an empty code list", file: "vocabulary.json", path: ["reason"], value: .array([]),
                 key: "reason", message: "empty list"),
        Breakage(name: "an empty menu cell", file: "service-menu.json", path: ["menu", "older-people", "network"], value: .array([]),
                 key: "menu.older-people.network", message: "empty list"),
        Breakage(name: "a menu cell with too few services", file: "service-menu.json", path: ["menu", "families", "self-care"],
                 value: .array([.string("omaolo"), .string("pyyda-apua"), .string("health-village")]),
                 key: "menu.families.self-care", message: "at least 4"),
        Breakage(name: "a missing menu cell", file: "service-menu.json", path: ["menu", "working-age", "community"], value: nil,
                 key: "menu.working-age.community", message: "missing"),
        Breakage(name: "an unknown service in a cell", file: "service-menu.json", path: ["menu", "families", "network", "0"],
                 value: .string("no-such-service"), key: "menu.families.network[0]", message: "unknown service 'no-such-service'"),
        Breakage(name: "a service without a description", file: "service-menu.json", path: ["services", "0", "description"],
                 value: nil, key: "services[0].description", message: "missing"),
        Breakage(name: "an item without a scale", file: "instrument.json", path: ["axes", "0", "items", "0", "scale"], value: nil,
                 key: "axes[0].items[0].scale", message: "missing"),
        Breakage(name: "an item with an unknown scale", file: "instrument.json", path: ["axes", "1", "items", "2", "scale"],
                 value: .string("likert7"), key: "axes[1].items[2].scale", message: "unknown scale 'likert7'"),
        Breakage(name: "a scale without the answer 5", file: "instrument.json", path: ["scales", "0", "answers", "4"], value: nil,
                 key: "scales[0].answers", message: "exactly 1, 2, 3, 4, 5"),
        Breakage(name: "a minimum above the items", file: "instrument.json", path: ["axes", "1", "minimum_answered"], value: .number(6),
                 key: "axes[1].minimum_answered", message: "between 1 and"),
        Breakage(name: "a missing axis", file: "instrument.json", path: ["axes", "1"], value: nil,
                 key: "axes", message: "'professional' axis is missing"),
        Breakage(name: "a threshold out of range", file: "instrument.json", path: ["threshold"], value: .number(150),
                 key: "threshold", message: "between 0 and 100"),
        Breakage(name: "a point code with a letter outside a-z", file: "points.json", path: ["points", "0", "code"],
                 value: .string("järvenpää"), key: "points[0].code", message: "not a code"),
        Breakage(name: "a point without walk_in", file: "points.json", path: ["points", "2", "walk_in"], value: nil,
                 key: "points[2].walk_in", message: "missing"),
        Breakage(name: "a referral missing from the directory", file: "directory.json", path: ["entries", "0"], value: nil,
                 key: "entries", message: "no entry for referral 'health-station'"),
        Breakage(name: "an unknown referral in the directory", file: "directory.json", path: ["entries", "0", "referral"],
                 value: .string("spa"), key: "entries[0].referral", message: "unknown referral code 'spa'"),
        Breakage(name: "a text the program uses is missing", file: "strings.json", path: ["segment.result"], value: nil,
                 key: "segment.result", message: "missing"),
        // CONTRACT §8's consultation lines (data/FORMAT.md).
        Breakage(name: "a consultation line's hour not HH:MM", file: "consultation.json", path: ["lines", "1", "hours", "0", "from"],
                 value: .string("9:00"), key: "lines[1].hours[0]", message: "'from' and 'to' are HH:MM, 'from' before 'to'"),
        Breakage(name: "a consultation line open backwards", file: "consultation.json", path: ["lines", "0", "hours", "0", "to"],
                 value: .string("07:00"), key: "lines[0].hours[0]", message: "'from' before 'to'"),
        Breakage(name: "a consultation line on weekday 8", file: "consultation.json", path: ["lines", "2", "hours", "0", "days", "0"],
                 value: .number(8), key: "lines[2].hours[0].days", message: "weekdays 1 (Monday) to 7 (Sunday), at least one"),
        Breakage(name: "a consultation line on no day", file: "consultation.json", path: ["lines", "2", "hours", "0", "days"],
                 value: .array([]), key: "lines[2].hours[0].days", message: "at least one"),
        Breakage(name: "a consultation line for an unknown topic", file: "consultation.json", path: ["lines", "0", "topics", "2"],
                 value: .string("x"), key: "lines[0].topics[2]", message: "unknown topic 'x'"),
        Breakage(name: "a consultation line for an unknown age group", file: "consultation.json", path: ["lines", "1", "age_groups", "0"],
                 value: .string("0-6"), key: "lines[1].age_groups[0]", message: "unknown age_group '0-6'"),
        Breakage(name: "a consultation line without segments", file: "consultation.json", path: ["lines", "4", "segments"],
                 value: nil, key: "lines[4].segments", message: "missing"),
        Breakage(name: "two consultation lines with one code", file: "consultation.json", path: ["lines", "3", "code"],
                 value: .string("health-nurse"), key: "lines[4].code", message: "duplicate code 'health-nurse'"),
        Breakage(name: "a consultation line without a translation", file: "consultation.json", path: ["lines", "0", "who", "sv"],
                 value: nil, key: "lines[0].who.sv", message: "missing translation"),
        Breakage(name: "no consultation lines", file: "consultation.json", path: ["lines"], value: .array([]),
                 key: "lines", message: "empty list"),
    ]

    @Test(arguments: breakages)
    func badDataIsNamedByFileAndKey(_ b: Breakage) {
        b.expectNamedByTheCatalog()
    }

    @Test func everyProblemIsReportedAtOnce() {
        var files = Fixtures.contents(changing: "vocabulary.json", at: ["channel", 1, "code"], to: .string("walk-in"))
        files["points.json"] = Data("{\"points\": [".utf8)
        files["strings.json"] = nil
        #expect(throws: Catalog.Invalid.self) { try Catalog.load(files) }
        do throws(Catalog.Invalid) {
            _ = try Catalog.load(files)
        } catch {
            let keys = error.problems.map { "\($0.file): \($0.key)" }
            #expect(keys.contains("vocabulary.json: channel[1].code"))
            #expect(keys.contains("points.json: (top level)"))
            #expect(error.problems.contains { $0.file == "points.json" && $0.message.hasPrefix("not valid JSON") })
            #expect(error.problems.contains { $0.file == "strings.json" && $0.message == "file not found" })
        }
    }

    /// A consultation line with a missing translation still has its topics, age groups and segments checked.
    @Test func everyProblemOfAConsultationLineIsReportedAtOnce() {
        var files = Fixtures.contents(changing: "consultation.json", at: ["lines", 0, "who", "sv"], to: nil)
        let document = try! JSONValue.parse(files["consultation.json"]!)
        files["consultation.json"] = Data(document.setting(["lines", 0, "topics", 2], to: .string("x")).out.written().utf8)
        do throws(Catalog.Invalid) {
            _ = try Catalog.load(files)
            Issue.record("the broken data loaded")
        } catch {
            let keys = error.problems.filter { $0.file == "consultation.json" }.map(\.key)
            #expect(keys == ["lines[0].who.sv", "lines[0].topics[2]"], "\(error.problems)")
        }
    }

    @Test func aProblemReadsAsFileKeyMessage() {
        #expect(DataProblem(file: "vocabulary.json", key: "topic[3].label.sv", message: "missing translation").description
            == "vocabulary.json: topic[3].label.sv: missing translation")
    }
}

struct LanguageTests {
    @Test func theLocaleChoosesTheLanguage() {
        #expect(Language.fromLocale([:]) == .fi)
        #expect(Language.fromLocale(["LANG": "sv_FI.UTF-8"]) == .sv)
        #expect(Language.fromLocale(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LANG": "de_DE.UTF-8"]) == .fi)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .fi)
        #expect(Language.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "sv_FI.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_MESSAGES": "sv_SE", "LANG": "en_US"]) == .sv)
    }
}

struct SegmentGridTests {
    @Test(arguments: SegmentationTests.cases)
    func theMarkerStandsInTheSegmentsCell(_ c: SegmentationTests.Case) throws {
        let assessment = try Fixtures.instrument.assess(SegmentationTests.answers(c))
        let lines = SegmentGrid().lines(
            for: assessment, instrument: Fixtures.instrument, segments: Fixtures.catalog.vocabulary.segment, language: .en)
        let markerLine = try #require(lines.firstIndex { $0.contains(SegmentGrid.marker) })
        let label = Fixtures.catalog.vocabulary.segment.label(c.segment.rawValue, in: .en)
        let topHalf = lines.firstIndex { $0.contains("├") }!
        let labelLine = try #require(lines.firstIndex { $0.contains(label) })
        #expect((markerLine < topHalf) == (labelLine < topHalf))
        // Same side: the marker and the label are on the same side of the middle border.
        let middle = Array(lines[labelLine]).firstIndex(of: "│").map { first in
            Array(lines[labelLine])[(first + 1)...].firstIndex(of: "│")!
        }!
        let markerColumn = Array(lines[markerLine]).firstIndex(of: SegmentGrid.marker)!
        let labelColumn = Array(lines[labelLine]).firstIndex(of: label.first!)!
        #expect((markerColumn < middle) == (labelColumn < middle))
        #expect(lines.filter { $0.contains(SegmentGrid.marker) }.count == 1)
    }
}
