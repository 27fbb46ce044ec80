/// A kind of service on the segmented service menu.
public struct Service: Equatable, Sendable {
    public let code: String
    public let name: LocalizedText
    public let description: LocalizedText
}

/// The segmented service menu: for each service chain and segment, the services that fit (`service-menu.json`).
public struct ServiceMenu: Sendable {
    /// Every cell must offer at least this many kinds of service.
    public static let minimumPerCell = 4

    private let cells: [String: [Segment: [Service]]]

    /// The services for a client of `segment` in `chain`; empty for an unknown chain.
    public func services(chain: String, segment: Segment) -> [Service] {
        cells[chain]?[segment] ?? []
    }

    static func read(_ root: DataNode, chains: [String]) -> ServiceMenu? {
        var catalogue: [String: Service] = [:]
        for (code, node) in root.member("services")?.keyedElements() ?? [] {
            guard let name = node.member("name")?.localized, let description = node.member("description")?.localized
            else { continue }
            catalogue[code] = Service(code: code, name: name, description: description)
        }
        guard let menu = root.member("menu") else { return nil }
        var cells: [String: [Segment: [Service]]] = [:]
        for (chain, chainNode) in menu.members ?? [] where !chains.contains(chain) {
            chainNode.report("unknown service chain '\(chain)'")
        }
        for chain in chains {
            guard let chainNode = menu.member(chain) else { continue }
            for segment in Segment.allCases {
                guard let cell = chainNode.member(segment.rawValue) else { continue }
                var services: [Service] = []
                for (code, node) in cell.keyedElements(by: nil) {
                    guard let service = catalogue[code] else {
                        node.report("unknown service '\(code)'")
                        continue
                    }
                    services.append(service)
                }
                if case .array = cell.value, services.count < minimumPerCell {
                    cell.report("needs at least \(minimumPerCell) services (has \(services.count))")
                }
                cells[chain, default: [:]][segment] = services
            }
        }
        return ServiceMenu(cells: cells)
    }
}
