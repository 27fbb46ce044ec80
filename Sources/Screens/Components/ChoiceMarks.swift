import Guidance
import Terminal

extension Canvas {
    /// Draws `text` wrapped to `width` at `x`, `y` and marks its choices (`markChoices`); returns the rows used.
    @discardableResult
    mutating func putChoices(_ text: String, x: Int, y: Int, width: Int, style: Style = .normal) -> Int {
        let lines = TextWidth.wrapped(text, to: width)
        for (row, line) in lines.enumerated() {
            put(line, x: x, y: y + row, style: style, maxWidth: width)
            markChoices(line, x: x, y: y + row, width: width)
        }
        return lines.count
    }

    /// Marks the choices of a line as drawn at `x`, `y` — `Save (…): 1 CSV · 2 JSON`, `k = kyllä · e tai Esc = ei`,
    /// `Enter jatkaa · d hylkää · Esc myöhemmin` — each to press the key it begins with, so that a click on a choice
    /// does what its key does (CONTRACT §10). A part that begins with no key (a question, a choice's wrapped end)
    /// takes no click.
    mutating func markChoices(_ line: String, x: Int, y: Int, width: Int) {
        var left = x
        for (index, part) in line.components(separatedBy: " · ").enumerated() {
            defer { left += TextWidth.of(part) + TextWidth.of(" · ") }
            // The first part may be the question before its choices: `Save (…): 1 CSV`.
            var choice = Substring(part)
            var skipped = 0
            if index == 0, let colon = part.range(of: ": ", options: .backwards) {
                skipped = TextWidth.of(String(part[..<colon.upperBound]))
                choice = part[colon.upperBound...]
            }
            let leading = choice.prefix { $0 == " " }.count
            guard let name = choice.dropFirst(leading).split(separator: " ").first, let key = Self.choiceKey(String(name)) else { continue }
            let start = left + skipped + leading
            let drawn = min(TextWidth.of(String(choice)) - leading, x + width - start)
            mark(x: start, y: y, width: drawn, keys: [key])
        }
    }

    /// Marks each answer written inline in a line drawn at `x`, `y` — `… soittaa hänelle? k = kyllä, e = ei` — whose key
    /// is among `keys`: from the key up to the next comma or the line's end, to press that key.
    mutating func markInlineAnswers(_ line: String, x: Int, y: Int, keys: Set<Character>) {
        let chars = Array(line)
        for i in chars.indices where keys.contains(chars[i]) && (i == 0 || chars[i - 1] == " ")
            && i + 3 <= chars.count && String(chars[(i + 1)..<(i + 3)]) == " =" {
            let end = chars[i...].firstIndex(of: ",") ?? chars.count
            mark(x: x + TextWidth.of(String(chars[..<i])), y: y, width: TextWidth.of(String(chars[i..<end])), keys: [.character(chars[i])])
        }
    }

    /// Marks the first place each text stands in a line drawn at `x`, `y`, to press its keys: choices written into a
    /// sentence (`Mihin palveluun? 1 Sosiaalipalvelut  2 Terveysasema (Esc peruu)`).
    mutating func markTexts(_ line: String, x: Int, y: Int, _ texts: [(String, [Key])]) {
        for (text, keys) in texts where !text.isEmpty {
            guard let range = line.range(of: text) else { continue }
            mark(x: x + TextWidth.of(String(line[..<range.lowerBound])), y: y, width: TextWidth.of(text), keys: keys)
        }
    }

    /// The key a choice begins with: a letter or digit, `Enter`, `Esc`.
    static func choiceKey(_ name: String) -> Key? {
        switch name {
        case "Enter": return .enter
        case "Esc": return .escape
        default:
            guard name.count == 1, let c = name.first, c.isLetter || c.isNumber else { return nil }
            return .character(c)
        }
    }
}
