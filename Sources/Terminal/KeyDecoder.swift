/// The one place bytes from the terminal become keys (CONTRACT §10).
///
/// Every form the terminals advisors use send is recognised whatever `TERM` says — F1–F4 as `ESC O P`… (xterm,
/// Windows Terminal, macOS), `ESC [ 11~`… (PuTTY, rxvt) and `ESC [ [ A`… (the Linux console), Home and End in their
/// four forms, Shift-Tab — beside the sequences terminfo lists for this terminal. A sequence not known is dropped
/// whole, never taken as Esc and letters. A lone Esc is Esc once nothing has followed it for the escape delay.
/// Bracketed paste (`ESC [ 200~`…`ESC [ 201~`) comes as one `.paste` of its text.
public struct KeyDecoder: Sendable {
    /// The sequences every terminal may send, beside terminfo's (the bytes after ESC).
    public static let sequences: [String: Key] = {
        var table: [String: Key] = [
            "[A": .up, "[B": .down, "[C": .right, "[D": .left,
            "OA": .up, "OB": .down, "OC": .right, "OD": .left,
            "[H": .home, "[F": .end, "OH": .home, "OF": .end,
            "[1~": .home, "[4~": .end, "[7~": .home, "[8~": .end,
            "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown,
            "[Z": .backTab,
            "OM": .enter,
            "[[E": .function(5),
        ]
        for (n, letter) in zip(1...4, ["P", "Q", "R", "S"]) {
            table["O" + letter] = .function(n)
            table["[[" + ["A", "B", "C", "D"][n - 1]] = .function(n)
        }
        // VT220 numbering, as PuTTY and rxvt send: F1–F5 are 11–15, F6–F10 17–21, F11 and F12 23 and 24.
        for (n, code) in zip(1...12, [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]) {
            table["[\(code)~"] = .function(n)
        }
        return table
    }()

    /// How long a lone Esc waits for the rest of a sequence: sequences arrive together, a person's next key does not
    /// (htop and mc wait about as long). Well under the 50 ms in which Esc must act.
    public static let escapeDelay = 0.025

    /// How long a paste may pause before it is taken as ended without its closing bracket.
    public static let pasteDelay = 0.5

    private static let escape: UInt8 = 0x1B
    private static let pasteStart = Array("[200~".utf8)
    private static let pasteEnd = Array("\u{1B}[201~".utf8)

    /// Known sequences as bytes after ESC: the table's and terminfo's.
    private let known: [[UInt8]: Key]
    /// Every proper prefix of a known sequence: bytes that may still become one.
    private let prefixes: Set<[UInt8]>
    private var pending: [UInt8] = []
    /// The text of a paste so far; nil when not in one.
    private var pasted: [UInt8]?

    /// `terminfo`: the sequences this terminal's terminfo entry gives for keys (whole, with their ESC); those not
    /// starting with ESC are left to the bytes' own meaning.
    public init(terminfo: [String: Key] = [:]) {
        var known: [[UInt8]: Key] = [:]
        for (sequence, key) in Self.sequences { known[Array(sequence.utf8)] = key }
        for (sequence, key) in terminfo {
            let bytes = Array(sequence.utf8)
            guard bytes.count > 1, bytes[0] == Self.escape, known[Array(bytes.dropFirst())] == nil else { continue }
            known[Array(bytes.dropFirst())] = key
        }
        self.known = known
        var prefixes = Set<[UInt8]>()
        for sequence in known.keys where sequence.count > 1 {
            for end in 1..<sequence.count { prefixes.insert(Array(sequence[..<end])) }
        }
        self.prefixes = prefixes
    }

    /// Whether bytes wait that make no key yet (the start of a sequence, or a paste).
    public var isWaiting: Bool { !pending.isEmpty || pasted != nil }

    /// Whether a paste has begun and not ended: the next bytes may be `pasteDelay` apart.
    public var isPasting: Bool { pasted != nil }

    public mutating func feed(_ bytes: [UInt8]) {
        pending += bytes
    }

    public mutating func feed(_ byte: UInt8) {
        pending.append(byte)
    }

    /// The next key from what has been fed; nil when the bytes so far make none yet. `final`: nothing more came within
    /// the delay, so a lone Esc is Esc, a sequence cut short is dropped, and a paste without its end ends.
    public mutating func next(final: Bool = false) -> Key? {
        while true {
            if pasted != nil {
                if let key = continuePaste(final: final) { return key }
                if pasted != nil { return nil }
                continue
            }
            guard let first = pending.first else { return nil }
            if first != Self.escape {
                guard let character = Self.character(pending, final: final) else { return nil }
                pending.removeFirst(character.length)
                if let key = character.key { return key }
                continue
            }
            switch sequence(final: final) {
            case .wait: return nil
            case .key(let key, let length):
                pending.removeFirst(length)
                return key
            case .drop(let length):
                pending.removeFirst(length)
            case .paste(let length):
                pending.removeFirst(length)
                pasted = []
            }
        }
    }

    /// All keys the bytes so far make, the delay having passed (for tests and scripts).
    public mutating func keys(final: Bool = true) -> [Key] {
        var keys: [Key] = []
        while let key = next(final: final) { keys.append(key) }
        return keys
    }

    private enum Sequence {
        case wait, key(Key, Int), drop(Int), paste(Int)
    }

    /// What the bytes from an ESC make.
    private func sequence(final: Bool) -> Sequence {
        let rest = Array(pending.dropFirst())
        guard !rest.isEmpty else { return final ? .key(.escape, 1) : .wait }
        // Only CSI (`ESC [`) and SS3 (`ESC O`) begin the sequences keys send: Esc with anything else (Esc Esc, Esc and a
        // letter typed at once, or Alt with a key, which no screen uses) is Esc, and what follows is its own key.
        guard rest[0] == UInt8(ascii: "[") || rest[0] == UInt8(ascii: "O") else { return .key(.escape, 1) }
        // The longest known sequence the bytes begin with, unless more could still make a longer one.
        var match: (key: Key, length: Int)?
        for length in stride(from: min(rest.count, 8), through: 1, by: -1) {
            if let key = known[Array(rest[..<length])] {
                match = (key, length + 1)
                break
            }
        }
        if !final, prefixes.contains(rest) { return .wait }
        if let match { return .key(match.key, match.length) }
        // Not known: how long the sequence is, to drop it whole. Cut short after its first byte, it was Esc and a key.
        guard let length = Self.extent(of: rest) else {
            guard final else { return .wait }
            return rest.count == 1 ? .key(.escape, 1) : .drop(pending.count)
        }
        if Array(rest[..<length]) == Self.pasteStart { return .paste(length + 1) }
        if let pointer = Self.pointer(Array(rest[..<length])) { return .key(.pointer(pointer), length + 1) }
        return .drop(length + 1)
    }

    /// How many bytes after ESC a sequence takes by the grammar terminals use, or nil when it is not complete yet:
    /// CSI (`[`, parameters, a final byte; `[[` and a letter on the Linux console) or SS3 (`O` and one byte).
    static func extent(of rest: [UInt8]) -> Int? {
        guard let introducer = rest.first else { return nil }
        switch introducer {
        case UInt8(ascii: "["):
            if rest.count >= 2, rest[1] == UInt8(ascii: "[") { return rest.count >= 3 ? 3 : nil }
            var index = 1
            while index < rest.count {
                let byte = rest[index]
                if (0x40...0x7E).contains(byte) {
                    // The old X10 mouse report: ESC [ M and three bytes.
                    if byte == UInt8(ascii: "M"), index == 1 { return rest.count >= 5 ? 5 : nil }
                    return index + 1
                }
                // Not a parameter or intermediate byte: the sequence ends before it.
                if !(0x20...0x3F).contains(byte) { return index }
                index += 1
            }
            return nil
        default:
            return rest.count >= 2 ? 2 : nil
        }
    }

    /// An SGR (1006) mouse report, `[<b;x;yM` (pressed) or `…m` (released), with 1-based cells: the left button's press
    /// and the wheel; nil for the rest (releases, other buttons, motion), which no screen uses.
    static func pointer(_ sequence: [UInt8]) -> Pointer? {
        guard sequence.count > 3, sequence[0] == UInt8(ascii: "["), sequence[1] == UInt8(ascii: "<"),
              sequence.last == UInt8(ascii: "M") else { return nil }
        let fields = String(decoding: sequence[2..<(sequence.count - 1)], as: UTF8.self).split(separator: ";").compactMap { Int($0) }
        guard fields.count == 3, fields[1] >= 1, fields[2] >= 1 else { return nil }
        // Shift, Alt and Ctrl add 4, 8 and 16; motion adds 32.
        let button = fields[0] & ~(4 | 8 | 16)
        let action: Pointer.Action
        switch button {
        case 0: action = .press
        case 64: action = .wheelUp
        case 65: action = .wheelDown
        default: return nil
        }
        return Pointer(action, x: fields[1] - 1, y: fields[2] - 1)
    }

    /// The text of a paste up to `ESC [ 201~`.
    private mutating func continuePaste(final: Bool) -> Key? {
        let end = Self.pasteEnd
        if let range = pending.firstRange(of: end) {
            let text = (pasted ?? []) + pending[..<range.lowerBound]
            pending.removeSubrange(..<range.upperBound)
            pasted = nil
            return .paste(Self.text(text))
        }
        // Keep back what may be the start of the closing bracket.
        var kept = 0
        for length in stride(from: min(end.count - 1, pending.count), through: 1, by: -1) where Array(pending.suffix(length)) == Array(end.prefix(length)) {
            kept = length
            break
        }
        if final {
            let text = (pasted ?? []) + pending
            pending = []
            pasted = nil
            return text.isEmpty ? nil : .paste(Self.text(text))
        }
        pasted = (pasted ?? []) + pending.dropLast(kept)
        pending = Array(pending.suffix(kept))
        return nil
    }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }

    /// A key from the bytes of one character (UTF-8), and how many bytes it took; nil when more bytes are needed. The
    /// key is nil for bytes that make no character.
    static func character(_ bytes: [UInt8], final: Bool) -> (key: Key?, length: Int)? {
        let lead = bytes[0]
        let length = utf8Length(lead)
        if lead >= 0x80, length == 1 { return (nil, 1) }
        guard bytes.count >= length else { return final ? (nil, bytes.count) : nil }
        if length == 1 { return (key(character: UInt32(lead)), 1) }
        var decoder = UTF8()
        var iterator = bytes[..<length].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (nil, 1) }
        return (.character(Character(scalar)), length)
    }

    /// The key of one character as the terminal sends it: Tab, Enter (CR or LF), Backspace (BS or DEL), Ctrl and a
    /// letter, or the character.
    public static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0...31: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
