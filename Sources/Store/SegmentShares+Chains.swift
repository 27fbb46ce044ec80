import Guidance

extension SegmentShares {
    /// Counts one contact with a segment under its service chain: the chain saved with its segmentation, else
    /// the one `targets`' rule gives its age group and topics (`times` such contacts at once).
    mutating func count(_ segment: Segment, savedChain: String?, ageGroup: String, topics: [String], targets: SegmentTargets, times n: Int = 1) {
        let chain = savedChain ?? targets.chain(ageGroup: ageGroup, topics: topics)
        counts[chain, default: [:]][segment, default: 0] += n
    }
}
