/// A walk-in advice point (or a phone/chat guidance service), from `points.json`.
public struct AdvicePoint: Equatable, Sendable {
    public let code: String
    public let name: LocalizedText
    public let municipality: LocalizedText
    /// Clients walk in here; the contact form preselects the walk-in channel.
    public let walkIn: Bool

    /// CONTRACT §1: a point code is `[a-z0-9-]{1,40}`.
    public static func isValidCode(_ s: String) -> Bool {
        Code.isValid(s) && !s.contains("+")
    }

    static func readAll(_ root: DataNode) -> [AdvicePoint] {
        _ = root.member("example", required: false)?.bool
        let read: (DataNode) -> String? = { node in
            guard let code = node.code else { return nil }
            guard isValidCode(code) else {
                node.report("'\(code)' is not a point code ([a-z0-9-], at most 40)")
                return nil
            }
            return code
        }
        return (root.member("points")?.keyedElements(read: read) ?? []).compactMap { code, node in
            guard let name = node.member("name")?.localized, let municipality = node.member("municipality")?.localized,
                let walkIn = node.member("walk_in")?.bool
            else { return nil }
            return AdvicePoint(code: code, name: name, municipality: municipality, walkIn: walkIn)
        }
    }
}

/// What a referral destination is and how to reach it, from `directory.json` (edited by the region).
public struct DirectoryEntry: Equatable, Sendable {
    public let referral: String
    public let description: LocalizedText
    public let howToReach: LocalizedText
    public let phone: String?
    public let web: String?

    static func readAll(_ root: DataNode, referrals: CodeList) -> [DirectoryEntry] {
        _ = root.member("example", required: false)?.bool
        guard let list = root.member("entries") else { return [] }
        let keyed = list.keyedElements(by: "referral")
        let entries = keyed.compactMap { code, node -> DirectoryEntry? in
            guard referrals.contains(code) else {
                node.member("referral")?.report("unknown referral code '\(code)'")
                return nil
            }
            guard let description = node.member("description")?.localized,
                let howToReach = node.member("how_to_reach")?.localized
            else { return nil }
            return DirectoryEntry(
                referral: code, description: description, howToReach: howToReach,
                phone: node.member("phone", required: false)?.text, web: node.member("web", required: false)?.text)
        }
        let listed = Set(keyed.map(\.key))
        for code in referrals.codes where !listed.contains(code) {
            list.report("no entry for referral '\(code)'")
        }
        return entries
    }
}
