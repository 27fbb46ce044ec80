/// The segmentation instrument of CONTRACT §2, read from `instrument.json` so that a region
/// can replace it with its licensed one.
public struct Instrument: Sendable {
    public enum AxisID: String, CaseIterable, Sendable {
        /// The client's view: everyday coping.
        case client
        /// The professional's view: how demanding the service need is.
        case professional
    }

    public struct Scale: Sendable {
        public let id: String
        /// The labelled answers, 1 to 5.
        public let answers: [LocalizedText]
        public static let values = 1...5
    }

    public struct Item: Sendable {
        public let id: String
        public let scale: Scale
        public let text: LocalizedText
    }

    public struct Axis: Sendable {
        public let id: AxisID
        public let label: LocalizedText
        /// The ends of the axis as the grid names them (weak/good coping, simple/complex need).
        public let low: LocalizedText
        public let high: LocalizedText
        public let minimumAnswered: Int
        public let items: [Item]
    }

    public let name: LocalizedText
    /// A score at or above this, in tenths (500 = 50.0), is high.
    public let thresholdTenths: Int
    public let client: Axis
    public let professional: Axis

    public var axes: [Axis] { [client, professional] }
    public func axis(_ id: AxisID) -> Axis { id == .client ? client : professional }

    static func read(_ root: DataNode) -> Instrument? {
        let name = root.member("name")?.localized
        let threshold = root.member("threshold")?.number
        if let threshold, !(0...100).contains(threshold) || (threshold * 10).rounded() != threshold * 10 {
            root.member("threshold")?.report("must be between 0 and 100 with at most one decimal")
        }
        var scales: [String: Scale] = [:]
        for (id, node) in root.member("scales")?.keyedElements(by: "id") ?? [] {
            guard let answers = node.member("answers") else { continue }
            let labelled = answers.keyedElements(by: "value") { $0.integer.map(String.init) }
            let values = labelled.compactMap { Int($0.key) }
            guard values == Array(Scale.values) else {
                answers.report("must answer exactly \(Scale.values.map(String.init).joined(separator: ", ")) in order")
                continue
            }
            let labels = labelled.compactMap { $0.node.member("label")?.localized }
            if labels.count == values.count { scales[id] = Scale(id: id, answers: labels) }
        }
        var axes: [AxisID: Axis] = [:]
        var itemIDs = Set<String>()
        let axisList = root.member("axes")
        for (id, node) in axisList?.keyedElements(by: "id", read: { $0.text }) ?? [] {
            guard let axisID = AxisID(rawValue: id) else {
                node.member("id")?.report("unknown axis '\(id)' (expected client or professional)")
                continue
            }
            var items: [Item] = []
            for (itemID, itemNode) in node.member("items")?.keyedElements(by: "id", read: { $0.text }) ?? [] {
                if !itemIDs.insert(itemID).inserted {
                    itemNode.member("id")?.report("item '\(itemID)' is on both axes")
                }
                let text = itemNode.member("text")?.localized
                guard let scaleNode = itemNode.member("scale"), let scaleID = scaleNode.text else { continue }
                guard let scale = scales[scaleID] else {
                    scaleNode.report("unknown scale '\(scaleID)'")
                    continue
                }
                if let text { items.append(Item(id: itemID, scale: scale, text: text)) }
            }
            let minimum = node.member("minimum_answered")?.integer
            if let minimum, !(1...max(1, items.count)).contains(minimum) {
                node.member("minimum_answered")?.report("must be between 1 and the number of items (\(items.count))")
                continue
            }
            guard let minimum, let label = node.member("label")?.localized,
                let low = node.member("low")?.localized, let high = node.member("high")?.localized, !items.isEmpty
            else { continue }
            axes[axisID] = Axis(id: axisID, label: label, low: low, high: high, minimumAnswered: minimum, items: items)
        }
        var listed = Set<String>()
        if case .array(let elements)? = axisList?.value {
            for case .object(let fields) in elements { if case .string(let id)? = fields["id"] { listed.insert(id) } }
        }
        for id in AxisID.allCases where axisList != nil && !listed.contains(id.rawValue) {
            axisList?.report("the '\(id.rawValue)' axis is missing")
        }
        guard let name, let threshold, let client = axes[.client], let professional = axes[.professional] else { return nil }
        return Instrument(
            name: name, thresholdTenths: Int((threshold * 10).rounded()), client: client, professional: professional)
    }
}
