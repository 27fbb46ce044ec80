import Foundation

/// The region's target shares of the four segments in each service chain, and the rule that places a contact in a
/// chain when its segmentation did not name one (`segment-targets.json`).
public struct SegmentTargets: Sendable {
    /// One service chain: its targets and which contacts the rule gives it.
    public struct Chain: Equatable, Sendable {
        public let code: String
        /// A contact with any of these topics belongs here, unless a chain before this one took it.
        public let topics: Set<String>
        /// A contact in any of these age groups belongs here, unless a chain before this one took it.
        public let ageGroups: Set<String>
        /// The last chain takes every contact the others did not.
        public let otherwise: Bool
        /// The target share of each segment in thousandths; the four sum to 1000.
        public let targets: [Segment: Int]
    }

    /// In the rule's order: the first that matches a contact is its chain.
    public let chains: [Chain]
    /// How far an actual share may be from its target, in thousandths, before the screen marks it.
    public let tolerance: Int

    /// The chain the rule gives a contact of `ageGroup` about `topics`: the first chain that lists one of the
    /// topics or the age group, else the last (`otherwise`). Used for contacts without a chain of their own.
    public func chain(ageGroup: String, topics: some Sequence<String>) -> String {
        let topics = Set(topics)
        return (chains.first { !$0.topics.isDisjoint(with: topics) || $0.ageGroups.contains(ageGroup) } ?? chains.last)?.code ?? ""
    }

    public subscript(chain code: String) -> Chain? { chains.first { $0.code == code } }

    /// How an actual share stands against its target.
    public enum Standing: Equatable, Sendable {
        case onTarget, above, below
    }

    /// The fewest contacts of a chain its shares are compared with their targets over: one contact more or less moves
    /// a share of `n` contacts by 1/n, and under 1 / (2 × tolerance) — 10 contacts at 5 points — that is more than the
    /// whole band around the target, so a mark would tell which way one client went ("+60.0 ▲" over one contact).
    public var minimumContacts: Int {
        tolerance > 0 ? (1000 + 2 * tolerance - 1) / (2 * tolerance) : 1
    }

    /// Whether `count` of `total` is farther than the tolerance above or below `target` (thousandths); nil under
    /// `minimumContacts` (and over no contacts). Exact integer arithmetic: a share exactly at the tolerance is on target.
    public func standing(_ count: Int, of total: Int, target: Int) -> Standing? {
        guard total > 0, total >= minimumContacts else { return nil }
        let difference = count * 1000 - target * total
        if difference > tolerance * total { return .above }
        if difference < -tolerance * total { return .below }
        return .onTarget
    }

    // MARK: - Reading

    /// Every service chain of the vocabulary exactly once; targets for the four segments summing to 1; topics and age
    /// groups from the vocabulary; the last chain, and only it, `otherwise`.
    static func read(_ root: DataNode, vocabulary: Vocabulary) -> SegmentTargets? {
        let tolerance = root.member("tolerance").flatMap { $0.thousandths(in: 0...999, "a share from 0 to 1") }
        guard let list = root.member("chains") else { return nil }
        let entries = list.keyedElements(by: "chain")
        var chains: [Chain] = []
        for (index, (code, node)) in entries.enumerated() {
            guard vocabulary.serviceChain.contains(code) else {
                node.member("chain")?.report("unknown service chain '\(code)'")
                continue
            }
            let topics = node.codes("topics", in: vocabulary.topic, "topic")
            let ageGroups = node.codes("age_groups", in: vocabulary.ageGroup, "age group")
            let otherwise = node.member("otherwise", required: false)?.bool ?? false
            let isLast = index == entries.count - 1
            if otherwise && !isLast {
                node.member("otherwise")?.report("only the last chain takes the contacts left")
            } else if otherwise && !(topics.isEmpty && ageGroups.isEmpty) {
                node.report("the chain that takes the contacts left lists no topics or age groups")
            } else if !otherwise && isLast {
                node.report("the last chain needs \"otherwise\": true, so that every contact has a chain")
            } else if !otherwise && topics.isEmpty && ageGroups.isEmpty {
                node.report("needs topics or age_groups to take contacts by")
            }
            guard let targets = node.member("targets").flatMap(readTargets) else { continue }
            chains.append(Chain(code: code, topics: topics, ageGroups: ageGroups, otherwise: otherwise, targets: targets))
        }
        for code in vocabulary.serviceChain.codes where !entries.contains(where: { $0.key == code }) {
            list.report("service chain '\(code)' has no targets")
        }
        guard let tolerance, chains.count == entries.count else { return nil }
        return SegmentTargets(chains: chains, tolerance: tolerance)
    }

    /// `{"self-care": 0.35, …}`: each segment once, summing to 1.
    private static func readTargets(_ node: DataNode) -> [Segment: Int]? {
        for (key, member) in node.members ?? [] where Segment(rawValue: key) == nil {
            member.report("unknown segment '\(key)'")
        }
        var targets: [Segment: Int] = [:]
        for segment in Segment.allCases {
            targets[segment] = node.member(segment.rawValue)?.thousandths(in: 0...1000, "a share from 0 to 1")
        }
        guard targets.count == Segment.allCases.count else { return nil }
        let sum = targets.values.reduce(0, +)
        guard sum == 1000 else {
            node.report("the shares sum to \(Ratio(sum, of: 1000)!.written(decimals: 3)), not 1")
            return nil
        }
        return targets
    }
}

extension DataNode {
    /// A number with at most three decimals as thousandths within `range` (`0.35` → 350).
    func thousandths(in range: ClosedRange<Int>, _ what: String) -> Int? {
        guard let n = number else { return nil }
        let scaled = (n * 1000).rounded()
        guard abs(n * 1000 - scaled) < 1e-6, scaled >= Double(range.lowerBound), scaled <= Double(range.upperBound) else {
            report("\(n) is not \(what) with at most three decimals")
            return nil
        }
        return Int(scaled)
    }

    /// The optional list `key` of codes from `list` (`topics`: topic codes); an unknown one is named.
    func codes(_ key: String, in list: CodeList, _ what: String) -> Set<String> {
        guard let node = member(key, required: false) else { return [] }
        var codes: Set<String> = []
        for (code, element) in node.keyedElements(by: nil) {
            guard list.contains(code) else {
                element.report("unknown \(what) '\(code)'")
                continue
            }
            codes.insert(code)
        }
        return codes
    }
}

/// The contacts with a segment in a period, for one point or all, by service chain and segment: what the segment
/// targets screen sets against `SegmentTargets`. The store counts them.
public struct SegmentShares: Equatable, Sendable {
    public let from: CivilDate
    public let to: CivilDate
    public let point: String?
    /// Chain → segment → contacts.
    public var counts: [String: [Segment: Int]]

    public init(from: CivilDate, to: CivilDate, point: String?, counts: [String: [Segment: Int]] = [:]) {
        self.from = from
        self.to = to
        self.point = point
        self.counts = counts
    }

    public func count(chain: String, segment: Segment) -> Int { counts[chain]?[segment] ?? 0 }

    /// The chain's contacts with a segment.
    public func total(chain: String) -> Int { counts[chain]?.values.reduce(0, +) ?? 0 }

    /// Every contact with a segment in the period (the report's `by_segment` summed).
    public var total: Int { counts.values.reduce(0) { $0 + $1.values.reduce(0, +) } }
}
