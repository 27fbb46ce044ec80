import Foundation

/// One thing wrong in a data file, named by file and key: `vocabulary.json: topic[3].label.sv: missing translation`.
public struct DataProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let key: String
    public let message: String

    public var description: String { "\(file): \(key): \(message)" }
}

/// Collects the problems found while reading the data files, so that all of them are reported at once.
final class ProblemLog {
    private(set) var problems: [DataProblem] = []

    func add(file: String, key: String, _ message: String) {
        problems.append(DataProblem(file: file, key: key.isEmpty ? "(top level)" : key, message: message))
    }
}

/// A value in a data file together with where it stands, so that every check can name its key.
/// Readers return nil after logging a problem; the caller simply skips what is missing.
struct DataNode {
    let value: JSONValue
    let file: String
    let path: String
    let log: ProblemLog

    /// The top of a data file; nil, logged, when its contents are not JSON.
    static func root(of data: Data, file: String, log: ProblemLog) -> DataNode? {
        do {
            return DataNode(value: try JSONValue.parse(data), file: file, path: "", log: log)
        } catch {
            log.add(file: file, key: "", "not valid JSON: \(error.reason)")
            return nil
        }
    }

    func report(_ message: String) {
        log.add(file: file, key: path, message)
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    var fields: [String: JSONValue]? {
        if case .object(let fields) = value { return fields }
        return nil
    }

    /// The member `key` of this object, or nil (logged as missing when `required`).
    func member(_ key: String, required: Bool = true) -> DataNode? {
        guard let fields else {
            report("expected an object")
            return nil
        }
        guard let child = fields[key], child != .null else {
            if required { log.add(file: file, key: childPath(key), "missing") }
            return nil
        }
        return DataNode(value: child, file: file, path: childPath(key), log: log)
    }

    /// The members of this object in key order.
    var members: [(key: String, node: DataNode)]? {
        guard let fields else {
            report("expected an object")
            return nil
        }
        return fields.keys.sorted().map { key in
            (key, DataNode(value: fields[key]!, file: file, path: childPath(key), log: log))
        }
    }

    var elements: [DataNode]? {
        guard case .array(let items) = value else {
            report("expected a list")
            return nil
        }
        return items.enumerated().map { index, item in
            DataNode(value: item, file: file, path: "\(path)[\(index)]", log: log)
        }
    }

    var text: String? {
        guard case .string(let s) = value else {
            report("expected text")
            return nil
        }
        // Only white space, tested scalar by scalar (stopping at the first other one) rather than by trimming,
        // which copied every text of the data folder through NSString at each load.
        guard !s.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) else {
            report("empty text")
            return nil
        }
        return s
    }

    var code: String? {
        guard let s = text else { return nil }
        guard Code.isValid(s) else {
            report("'\(s)' is not a code (lowercase letters, digits, '-' or '+', at most 40)")
            return nil
        }
        return s
    }

    var integer: Int? {
        guard let n = value.integer else {
            report("expected a whole number")
            return nil
        }
        return n
    }

    var number: Double? {
        guard case .number(let n) = value else {
            report("expected a number")
            return nil
        }
        return n
    }

    var bool: Bool? {
        guard case .bool(let b) = value else {
            report("expected true or false")
            return nil
        }
        return b
    }

    /// A text in fi, sv and en; each missing or empty language is its own problem.
    var localized: LocalizedText? {
        guard fields != nil else {
            report("expected a text in fi, sv and en")
            return nil
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let node = member(language.rawValue, required: false) else {
                log.add(file: file, key: childPath(language.rawValue), "missing translation")
                continue
            }
            texts[language] = node.text
        }
        guard let fi = texts[.fi], let sv = texts[.sv], let en = texts[.en] else { return nil }
        return LocalizedText(fi: fi, sv: sv, en: en)
    }

    /// The elements of this list keyed by their member `key` (nil: the element itself), first occurrence kept;
    /// an element whose key is missing, malformed or a duplicate is reported and left out.
    func keyedElements(by key: String? = "code", read: (DataNode) -> String? = { $0.code }) -> [(key: String, node: DataNode)] {
        guard let nodes = elements else { return [] }
        if nodes.isEmpty { report("empty list") }
        var seen = Set<String>()
        var result: [(key: String, node: DataNode)] = []
        for node in nodes {
            guard let keyNode = key.map({ node.member($0) }) ?? node, let value = read(keyNode) else { continue }
            guard seen.insert(value).inserted else {
                keyNode.report("duplicate code '\(value)'")
                continue
            }
            result.append((value, node))
        }
        return result
    }
}

/// The shape every code in the product shares: CONTRACT §1 and the point codes.
public enum Code {
    public static func isValid(_ s: String) -> Bool {
        (1...40).contains(s.utf8.count) && s.utf8.allSatisfy { c in
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
        }
    }
}
