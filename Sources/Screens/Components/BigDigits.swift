/// Numbers in block digits, 3 × 5 cells a digit (each cell `scale` × `scale` on a large screen): figures read across a
/// room. The glyphs are shapes, not texts, so they live here.
public enum BigDigits {
    /// Each digit's five rows, `#` a block.
    static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", " # ", " # ", " # "],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
    ]

    public static let glyphHeight = 5

    /// Columns `number` takes at `scale`: 3 a digit and 1 between digits, times the scale.
    public static func width(of number: Int, scale: Int = 1) -> Int {
        let digits = String(number).count
        return (digits * 3 + digits - 1) * scale
    }

    /// The rows of `number` at `scale`, `█` for a block.
    public static func rows(_ number: Int, scale: Int = 1) -> [String] {
        let digits = String(number).compactMap { glyphs[$0] }
        return (0..<glyphHeight * scale).map { row in
            digits.map { glyph in
                String(glyph[row / scale].flatMap { cell in Array(repeating: cell == "#" ? "█" : " ", count: scale) })
            }.joined(separator: String(repeating: " ", count: scale))
        }
    }
}
