import Foundation
import TestSupport
import Testing
@testable import Guidance

/// `data/segment-targets.json`: the shipped targets and rule, how a share stands against its target, and each kind
/// of bad data named by file and key.
struct SegmentTargetsTests {
    typealias Breakage = CatalogTests.Breakage
    static let file = Catalog.segmentTargetsFile
    let targets = Fixtures.catalog.segmentTargets

    @Test func theShippedTargetsCoverEveryChainInTheRulesOrderAndSumToOne() {
        #expect(targets.chains.map(\.code) == ["mental-health-substance", "families", "older-people", "working-age"])
        #expect(targets[chain: "older-people"]?.targets == [.network: 150, .collaboration: 250, .community: 250, .selfCare: 350])
        #expect(targets.chains.allSatisfy { $0.targets.values.reduce(0, +) == 1000 })
        #expect(targets.chains.map(\.otherwise) == [false, false, false, true])
        #expect(targets.tolerance == 50)
    }

    @Test(arguments: [
        ("75+", ["substance-use", "family-children"], "mental-health-substance"),
        ("0-17", ["mental-health"], "mental-health-substance"),
        ("75+", ["family-children"], "families"),
        ("0-17", ["housing"], "families"),
        ("65-74", ["benefits"], "older-people"),
        ("75+", [], "older-people"),
        ("30-64", ["older-people"], "working-age"),
        ("unknown", ["money-debt"], "working-age"),
    ])
    func theFirstChainThatListsATopicOrTheAgeGroupTakesTheContact(age: String, topics: [String], chain: String) {
        #expect(targets.chain(ageGroup: age, topics: topics) == chain)
    }

    @Test func aShareIsMarkedOnlyWhenFartherFromItsTargetThanTheTolerance() {
        // Target 35 %, tolerance 5 points: 40 of 100 is on the edge, 41 above, 29 below.
        #expect(targets.standing(40, of: 100, target: 350) == .onTarget)
        #expect(targets.standing(30, of: 100, target: 350) == .onTarget)
        #expect(targets.standing(41, of: 100, target: 350) == .above)
        #expect(targets.standing(29, of: 100, target: 350) == .below)
        #expect(targets.standing(1, of: 3, target: 350) == nil, "3 contacts are under the minimum")
        #expect(targets.standing(4, of: 12, target: 350) == .onTarget)  // 33.3 %
        #expect(targets.standing(0, of: 0, target: 350) == nil)
    }

    @Test func aChainUnderTheMinimumIsNotComparedWhereOneContactWouldCrossTheWholeBand() {
        // Tolerance 5 points: one contact of 10 moves a share by 10 points, the band's width; of 9, by more.
        #expect(targets.minimumContacts == 10)
        #expect(targets.standing(1, of: 1, target: 400) == nil, "one contact: 100 % against 40 % says nothing")
        #expect(targets.standing(9, of: 9, target: 400) == nil)
        #expect(targets.standing(10, of: 10, target: 400) == .above)
    }

    @Test func aRatioRoundsToWholeNumbersToo() {
        // The screen's difference in tenths of a point: −4.25 tenths is −4, 4.5 is 5 (half away from zero).
        #expect(Ratio(-425, of: 100)!.written(decimals: 0) == "-4")
        #expect(Ratio(45, of: 10)!.written(decimals: 0) == "5")
        #expect(Ratio(-45, of: 10)!.written(decimals: 0) == "-5")
    }

    static let breakages: [Breakage] = [
        Breakage(name: "an unknown chain", file: file, path: ["chains", "1", "chain"], value: .string("students"),
                 key: "chains[1].chain", message: "unknown service chain 'students'"),
        Breakage(name: "a chain twice", file: file, path: ["chains", "1", "chain"], value: .string("older-people"),
                 key: "chains[2].chain", message: "duplicate code 'older-people'"),
        Breakage(name: "a chain without targets", file: file, path: ["chains", "1"], value: nil,
                 key: "chains", message: "service chain 'families' has no targets"),
        Breakage(name: "shares that do not sum to 1", file: file, path: ["chains", "2", "targets", "network"], value: .number(0.2),
                 key: "chains[2].targets", message: "the shares sum to 1.05, not 1"),
        Breakage(name: "a missing segment", file: file, path: ["chains", "0", "targets", "community"], value: nil,
                 key: "chains[0].targets.community", message: "missing"),
        Breakage(name: "an unknown segment", file: file, path: ["chains", "0", "targets", "hermit"], value: .number(0),
                 key: "chains[0].targets.hermit", message: "unknown segment 'hermit'"),
        Breakage(name: "a share with four decimals", file: file, path: ["chains", "3", "targets", "network"], value: .number(0.1005),
                 key: "chains[3].targets.network", message: "at most three decimals"),
        Breakage(name: "a share above 1", file: file, path: ["chains", "3", "targets", "network"], value: .number(1.5),
                 key: "chains[3].targets.network", message: "a share from 0 to 1"),
        Breakage(name: "a share that is not a number", file: file, path: ["chains", "3", "targets", "network"], value: .string("10 %"),
                 key: "chains[3].targets.network", message: "expected a number"),
        Breakage(name: "an unknown topic", file: file, path: ["chains", "0", "topics", "1"], value: .string("gambling"),
                 key: "chains[0].topics[1]", message: "unknown topic 'gambling'"),
        Breakage(name: "an unknown age group", file: file, path: ["chains", "2", "age_groups", "1"], value: .string("80+"),
                 key: "chains[2].age_groups[1]", message: "unknown age group '80+'"),
        Breakage(name: "a chain that takes nobody", file: file, path: ["chains", "2", "age_groups"], value: nil,
                 key: "chains[2]", message: "needs topics or age_groups"),
        Breakage(name: "a last chain that does not take the rest", file: file, path: ["chains", "3", "otherwise"], value: nil,
                 key: "chains[3]", message: "the last chain needs \"otherwise\": true"),
        Breakage(name: "otherwise before the last chain", file: file, path: ["chains", "1", "otherwise"], value: .bool(true),
                 key: "chains[1].otherwise", message: "only the last chain"),
        Breakage(name: "the rest with conditions", file: file, path: ["chains", "3", "topics"], value: .array([.string("housing")]),
                 key: "chains[3]", message: "lists no topics or age groups"),
        Breakage(name: "a tolerance above 1", file: file, path: ["tolerance"], value: .number(5),
                 key: "tolerance", message: "a share from 0 to 1"),
        Breakage(name: "no tolerance", file: file, path: ["tolerance"], value: nil, key: "tolerance", message: "missing"),
    ]

    @Test(arguments: breakages)
    func badTargetsAreNamedByFileAndKey(_ b: Breakage) {
        b.expectNamedByTheCatalog()
    }

    @Test func aMissingFileIsNamed() {
        var files = Fixtures.contents()
        files[Self.file] = nil
        do throws(Catalog.Invalid) {
            _ = try Catalog.load(files)
            Issue.record("loaded without \(Self.file)")
        } catch {
            #expect(error.problems.contains { $0.file == Self.file && $0.message == "file not found" })
        }
    }
}
