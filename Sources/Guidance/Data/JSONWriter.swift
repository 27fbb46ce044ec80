import Foundation

/// Writes JSON deterministically: object keys in the order given, numbers without a needless `.0`,
/// text as UTF-8 with only the escapes JSON requires.
public enum JSONOut: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number already written as it should appear, e.g. a score `62.5` or a rate `0.4167`.
    case decimal(String)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    /// Indented by two spaces, ending without a newline.
    public func written(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let n): return String(n)
        case .decimal(let text): return text
        case .string(let s): return Self.quoted(s)
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { pad + $0.written(indent: indent + 1) }.joined(separator: ",\n") + "\n\(end)]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            return "{\n"
                + fields.map { pad + Self.quoted($0.0) + ": " + $0.1.written(indent: indent + 1) }.joined(separator: ",\n")
                + "\n\(end)}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// A non-negative number kept in tenths (scores, the threshold), written with one decimal.
public enum Tenths {
    /// `625` → `62.5`, with a point: for JSON and other tools.
    public static func written(_ tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }

    /// As people read it: `62,5` in Finnish and Swedish, `62.5` in English.
    public static func written(_ tenths: Int, in language: Language) -> String {
        let text = written(tenths)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
