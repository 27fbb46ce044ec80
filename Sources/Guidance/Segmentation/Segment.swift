/// The four client segments of the two-axis segmentation (CONTRACT §2).
public enum Segment: String, CaseIterable, Sendable, Codable {
    case selfCare = "self-care"
    case community
    case collaboration
    case network

    /// The segment for the two halves of the grid: coping good or weak, service need complex or simple.
    public init(copingHigh: Bool, needHigh: Bool) {
        switch (copingHigh, needHigh) {
        case (true, false): self = .selfCare
        case (false, false): self = .community
        case (true, true): self = .collaboration
        case (false, true): self = .network
        }
    }

    public var copingHigh: Bool { self == .selfCare || self == .collaboration }
    public var needHigh: Bool { self == .collaboration || self == .network }
}
