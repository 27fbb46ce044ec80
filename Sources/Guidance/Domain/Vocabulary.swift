/// One code of a coded field with its labels and whatever the field adds to it.
public struct Term: Equatable, Sendable {
    public let code: String
    public let label: LocalizedText
    /// `topic`: the service area the topic belongs to.
    public var area: String?
    /// `referral`: internal (the wellbeing area's own) or external.
    public var kind: ReferralKind?
    /// `age_group`: the ages it covers, inclusive; nil for `unknown`.
    public var ages: ClosedRange<Int>?
    /// `segment`: what the segment calls for.
    public var description: LocalizedText?
    /// `reason`: the channels the reason fits (why a client came to a point does not fit a phone call the same way);
    /// nil: every channel. The form offers a contact the reasons that fit its channel.
    public var channels: [String]?
}

public enum ReferralKind: String, Sendable, CaseIterable {
    case `internal`, external
}

/// The codes of one field in their data order, looked up by code.
public struct CodeList: Sendable {
    public let field: String
    public let terms: [Term]
    let index: [String: Int]

    init(field: String, terms: [Term]) {
        self.field = field
        self.terms = terms
        self.index = Dictionary(terms.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var codes: [String] { terms.map(\.code) }
    public func contains(_ code: String) -> Bool { index[code] != nil }
    public subscript(code: String) -> Term? { index[code].map { terms[$0] } }

    /// The label of `code`, or the code itself when it is unknown.
    public func label(_ code: String, in language: Language) -> String {
        self[code]?.label[language] ?? code
    }
}

/// Every coded field of CONTRACT §1, read from `vocabulary.json`.
public struct Vocabulary: Sendable {
    public static let fields = [
        "channel", "contact_by", "reason", "topic", "referral", "age_group", "service_area", "service_chain", "segment",
        "referral_outcome", "unmet_need",
    ]

    public let channel: CodeList
    public let contactBy: CodeList
    public let reason: CodeList
    public let topic: CodeList
    public let referral: CodeList
    public let ageGroup: CodeList
    public let serviceArea: CodeList
    public let serviceChain: CodeList
    public let segment: CodeList
    /// What became of a referral (CONTRACT §7): `pending` until the advisor learns more.
    public let referralOutcome: CodeList
    /// Why no service fitted what the client needed (CONTRACT §7).
    public let unmetNeed: CodeList
    /// The consultation lines' codes and names (CONTRACT §8), from `consultation.json`: set by the catalog, so that a
    /// contact's `consultation` is checked and named like every other code.
    public internal(set) var consultation = CodeList(field: "consultation", terms: [])

    /// The age group an age falls in, or `unknown` (the group without a range).
    public func ageGroup(forAge age: Int) -> String {
        ageGroup.terms.first { $0.ages?.contains(age) == true }?.code ?? Self.unknownAgeGroup
    }

    /// The reasons (why this point) that fit a contact by `channel`, in the data's order: those whose `channels` name
    /// it or that name none; every reason for a channel no reason names.
    public func reasons(fitting channel: String?) -> [Term] {
        guard let channel else { return reason.terms }
        let fitting = reason.terms.filter { $0.channels?.contains(channel) ?? true }
        return fitting.isEmpty ? reason.terms : fitting
    }

    public static let unknownAgeGroup = "unknown"
    /// The outcome of a referral nobody has heard of yet; the reached rate leaves it out.
    public static let pendingOutcome = "pending"

    static func read(_ root: DataNode) -> Vocabulary? {
        var lists: [String: CodeList] = [:]
        for field in fields {
            guard let list = root.member(field) else { continue }
            var terms: [Term] = []
            for (code, node) in list.keyedElements() {
                guard let label = node.member("label")?.localized else { continue }
                var term = Term(code: code, label: label)
                readExtras(field: field, node: node, into: &term)
                terms.append(term)
            }
            lists[field] = CodeList(field: field, terms: terms)
        }
        guard lists.count == fields.count else { return nil }
        let vocabulary = Vocabulary(
            channel: lists["channel"]!, contactBy: lists["contact_by"]!, reason: lists["reason"]!,
            topic: lists["topic"]!, referral: lists["referral"]!, ageGroup: lists["age_group"]!,
            serviceArea: lists["service_area"]!, serviceChain: lists["service_chain"]!, segment: lists["segment"]!,
            referralOutcome: lists["referral_outcome"]!, unmetNeed: lists["unmet_need"]!)
        vocabulary.checkRelations(root)
        return vocabulary
    }

    private static func readExtras(field: String, node: DataNode, into term: inout Term) {
        switch field {
        case "topic":
            term.area = node.member("area")?.code
        case "referral":
            if let kind = node.member("kind")?.text {
                term.kind = ReferralKind(rawValue: kind)
                if term.kind == nil { node.member("kind")?.report("'\(kind)' is neither 'internal' nor 'external'") }
            }
        case "age_group":
            let min = node.member("min_age", required: false)?.integer
            let max = node.member("max_age", required: false)?.integer
            if let min {
                if let max, max < min {
                    node.report("max_age is below min_age")
                } else {
                    term.ages = min...(max ?? Int.max)
                }
            } else if max != nil {
                node.report("max_age without min_age")
            }
        case "segment":
            term.description = node.member("description")?.localized
        case "reason":
            if let list = node.member("channels", required: false) {
                term.channels = list.elements?.compactMap(\.text) ?? []
                if term.channels?.isEmpty ?? true { list.report("a list of channel codes, at least one") }
            }
        default:
            break
        }
    }

    /// Checks that span terms: topic areas exist, age ranges do not overlap, the segments are the four.
    private func checkRelations(_ root: DataNode) {
        for (i, term) in topic.terms.enumerated() {
            if let area = term.area, !serviceArea.contains(area) {
                root.log.add(file: root.file, key: "topic[\(i)].area", "unknown service_area '\(area)'")
            }
        }
        let ranged = ageGroup.terms.filter { $0.ages != nil }.sorted { $0.ages!.lowerBound < $1.ages!.lowerBound }
        for (a, b) in zip(ranged, ranged.dropFirst()) where a.ages!.overlaps(b.ages!) {
            root.log.add(file: root.file, key: "age_group", "'\(a.code)' and '\(b.code)' overlap")
        }
        let unranged = ageGroup.terms.filter { $0.ages == nil }.map(\.code)
        if unranged != [Self.unknownAgeGroup] {
            root.log.add(
                file: root.file, key: "age_group",
                "exactly one group, '\(Self.unknownAgeGroup)', must have no min_age (found: \(unranged.joined(separator: ", ")))")
        }
        for (i, term) in reason.terms.enumerated() {
            for code in term.channels ?? [] where !channel.contains(code) {
                root.log.add(file: root.file, key: "reason[\(i)].channels", "unknown channel '\(code)'")
            }
        }
        let segments = Set(segment.codes)
        let expected = Set(Segment.allCases.map(\.rawValue))
        if !referralOutcome.contains(Self.pendingOutcome) {
            root.log.add(file: root.file, key: "referral_outcome", "must hold '\(Self.pendingOutcome)'")
        }
        if segments != expected {
            root.log.add(
                file: root.file, key: "segment",
                "must hold exactly \(Segment.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
