import Foundation
import Testing
import TestSupport
@testable import Guidance

struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    func reason(_ text: String) -> String? {
        do throws(JSONValue.SyntaxError) {
            _ = try JSONValue.parse(Data(text.utf8))
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func valuesOfEveryKind() throws {
        #expect(try parse(#" {"a": [1, -2.5, 3e2, 0, true, false, null], "b": {}, "c": []} "#) == .object([
            "a": .array([.number(1), .number(-2.5), .number(300), .number(0), .bool(true), .bool(false), .null]),
            "b": .object([:]), "c": .array([]),
        ]))
        #expect(try parse("\u{FEFF}\"Järvenpää\"") == .string("Järvenpää"))
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e4\ud83d\ude42""#) == .string("a\"b\\c/d\n\tä🙂"))
        #expect(try parse("1.5E-1") == .number(0.15))
    }

    @Test func mistakesAreNamedWithTheirPlace() {
        #expect(reason("") == "the text is empty at line 1, column 1")
        #expect(reason("{\n  \"a\": 1,\n  \"b\" 2\n}") == "unexpected '2' where ':' should be at line 3, column 7")
        #expect(reason("[1, 2") == "the text ends inside a list at line 1, column 6")
        #expect(reason("{\"a\": 1,}") == "unexpected '}' where a member's name in quotes should be at line 1, column 9")
        #expect(reason("[01]") == "unexpected '1' where ',' or ']' should be at line 1, column 3")
        #expect(reason("\"ä\u{1}\"") == "a control character (byte 1) inside a text; write it as an escape at line 1, column 3")
        #expect(reason("\"open") == "a text that is never closed with '\"' at line 1, column 1")
        #expect(reason(#""\ud83d""#) == "an unpaired surrogate in a \\u escape at line 1, column 8")
        #expect(reason("1e999") == "the number 1e999 is too large at line 1, column 1")
        #expect(reason("tru") == "unexpected 't' where a value should be at line 1, column 1")
        #expect(reason("{} x") == "unexpected 'x' after the end of the document at line 1, column 4")
        #expect(reason("[-]") == "unexpected ']' where a number's digits should be at line 1, column 3")
    }

    @Test func invalidUTF8IsRefused() {
        var bytes = Array("[\"a".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"]".utf8)
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Data(bytes)) }
    }

    /// A hostile file nested deeper than any data file could need is refused with a message, never a crash.
    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(reason(deep)?.hasPrefix("nested more than 512 deep") == true)
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(reason(fine) == nil)
    }

    /// Every shipped data file reads the same as through Foundation's parser.
    @Test func shippedFilesReadAsFoundationReadsThem() throws {
        for (name, data) in Fixtures.contents() {
            let foundation = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            #expect(Self.same(try JSONValue.parse(data), foundation), "\(name)")
        }
    }

    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .null: return other is NSNull
        case .bool(let b): return (other as? Bool) == b
        case .number(let n): return (other as? NSNumber)?.doubleValue == n
        case .string(let s): return (other as? String) == s
        case .array(let items):
            guard let others = other as? [Any], others.count == items.count else { return false }
            return zip(items, others).allSatisfy { same($0, $1) }
        case .object(let fields):
            guard let others = other as? [String: Any], others.count == fields.count else { return false }
            return fields.allSatisfy { key, item in others[key].map { same(item, $0) } ?? false }
        }
    }
}
