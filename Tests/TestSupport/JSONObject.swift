import Foundation
import Guidance

extension JSONValue {
    public struct NotAnObject: Error, CustomStringConvertible {
        public let description: String
    }

    /// The members of a JSON text whose top is an object (a report, a segment's result); anything else throws.
    public static func object(_ text: String) throws -> [String: JSONValue] {
        try object(Data(text.utf8))
    }

    public static func object(_ data: Data) throws -> [String: JSONValue] {
        guard case .object(let fields) = try parse(data) else {
            throw NotAnObject(description: "not a JSON object: \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
        return fields
    }
}
