import Foundation

/// A parsed JSON document that keeps the difference between `3`, `3.5`, `"3"`, `true` and `null`,
/// so data files and answer files can be checked value by value with exact messages.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses UTF-8 JSON text (RFC 8259; a leading byte order mark is allowed); throws `JSONValue.SyntaxError` naming
    /// what is wrong and where. Its own parser rather than JSONDecoder: loading the data folder through JSONDecoder was
    /// a third of the start.
    public static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(Array(data))
        return try parser.document()
    }

    public struct SyntaxError: Error, Equatable {
        public let reason: String
    }

    /// The whole number this value holds, if it is one.
    public var integer: Int? {
        if case .number(let n) = self, n.rounded() == n, abs(n) < 1e15 { return Int(n) }
        return nil
    }
}
