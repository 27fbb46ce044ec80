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

    /// Parses UTF-8 JSON text; throws `JSONValue.SyntaxError` with the parser's reason.
    public static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            let reason = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw SyntaxError(reason: reason ?? context.debugDescription)
        } catch {
            throw SyntaxError(reason: "\(error)")
        }
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

extension JSONValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Most values in data files are texts, then objects: try those first, since each miss throws.
        if container.decodeNil() {
            self = .null
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let o = try? container.decode([String: JSONValue].self) {
            self = .object(o)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else {
            self = .number(try container.decode(Double.self))
        }
    }
}
