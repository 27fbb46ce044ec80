import Foundation
import Guidance

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `neuvo report --format html` read back as XML: it must parse (the page is XHTML-compatible), and every number on
/// it carries its JSON key, code, period and value, which `mismatches` sets against `--format json`.
public struct XHTMLPage {
    public struct Element {
        public let name: String
        public let attributes: [String: String]
        /// The text inside it, its children's included.
        public let text: String
        /// The names of every element inside it.
        public let descendants: [String]
    }

    /// Every element, in document order.
    public let elements: [Element]

    /// Parses the page as XML; throws when it is not well-formed.
    public init(_ text: String) throws {
        let document = try XMLDocument(xmlString: text, options: [])
        var elements: [Element] = []
        func walk(_ node: XMLElement) -> [String] {
            var attributes: [String: String] = [:]
            for attribute in node.attributes ?? [] {
                attributes[attribute.localName ?? attribute.name ?? ""] = attribute.stringValue ?? ""
            }
            let index = elements.count
            elements.append(Element(name: node.localName ?? node.name ?? "", attributes: attributes, text: node.stringValue ?? "", descendants: []))
            var inside: [String] = []
            for child in node.children ?? [] {
                guard let child = child as? XMLElement else { continue }
                inside.append(child.localName ?? child.name ?? "")
                inside += walk(child)
            }
            let e = elements[index]
            elements[index] = Element(name: e.name, attributes: e.attributes, text: e.text, descendants: inside)
            return inside
        }
        if let root = document.rootElement() { _ = walk(root) }
        self.elements = elements
    }

    /// Elements of this name (`section`), or with this attribute.
    public func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }
    public func elements(with attribute: String) -> [Element] { elements.filter { $0.attributes[attribute] != nil } }

    /// The numbers of one period (`current` or `previous`) that differ from the JSON report of that period: a
    /// figure's `data-value` is the JSON's value as written (`null` for null); a map entry's is the count (the map
    /// leaves a zero out), and a masked entry (`data-masked`) is left out of the JSON map.
    public func mismatches(_ period: String, json: [String: JSONValue]) -> [String] {
        var differences: [String] = []
        for e in elements(with: "data-key") where e.attributes["data-period"] == period {
            let key = e.attributes["data-key"]!
            if let code = e.attributes["data-code"] {
                guard case .object(let map)? = json[key] else {
                    differences.append("\(key) is not a map in the JSON")
                    continue
                }
                if e.attributes["data-masked"] == "true" {
                    if map[code] != nil { differences.append("\(key).\(code): masked on the page, \(map[code]!) in the JSON") }
                } else if map[code] ?? .number(0) != e.attributes["data-value"].flatMap({ Double($0) }).map(JSONValue.number) {
                    differences.append("\(key).\(code): \(e.attributes["data-value"] ?? "none") on the page, \(String(describing: map[code])) in the JSON")
                }
            } else {
                let value = e.attributes["data-value"].flatMap { try? JSONValue.parse(Data($0.utf8)) }
                if value == nil || value != json[key] {
                    differences.append("\(key): \(e.attributes["data-value"] ?? "none") on the page, \(String(describing: json[key])) in the JSON")
                }
            }
        }
        return differences
    }
}
