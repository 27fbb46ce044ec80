import Foundation
import TestSupport
@testable import Guidance

extension Fixtures {
    /// The shipped files with `file` changed at `path` (nil removes the value).
    static func contents(changing file: String, at path: [PathStep], to value: JSONValue?) -> [String: Data] {
        var files = contents()
        let document = try! JSONValue.parse(files[file]!)
        files[file] = Data(document.setting(path[...], to: value).out.written().utf8)
        return files
    }
}

enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)
    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }
}

extension JSONValue {
    subscript(_ step: PathStep) -> JSONValue? {
        switch (self, step) {
        case (.object(let fields), .key(let key)): fields[key]
        case (.array(let items), .index(let i)): items.indices.contains(i) ? items[i] : nil
        default: nil
        }
    }

    func setting(_ path: ArraySlice<PathStep>, to value: JSONValue?) -> JSONValue {
        guard let step = path.first else { return value ?? .null }
        let rest = path.dropFirst()
        switch (self, step) {
        case (.object(var fields), .key(let key)):
            if rest.isEmpty && value == nil {
                fields[key] = nil
            } else {
                fields[key] = (fields[key] ?? .null).setting(rest, to: value)
            }
            return .object(fields)
        case (.array(var items), .index(let i)):
            if rest.isEmpty && value == nil {
                items.remove(at: i)
            } else {
                items[i] = items[i].setting(rest, to: value)
            }
            return .array(items)
        default:
            fatalError("no \(step) in \(self)")
        }
    }

    var out: JSONOut {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let n): n.rounded() == n ? .int(Int(n)) : .decimal(String(n))
        case .string(let s): .string(s)
        case .array(let items): .array(items.map(\.out))
        case .object(let fields): .object(fields.keys.sorted().map { ($0, fields[$0]!.out) })
        }
    }
}
