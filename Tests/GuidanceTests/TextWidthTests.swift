import Testing
@testable import Guidance

struct TextWidthTests {
    static let widths: [(String, Int)] = [
        ("Järvenpää", 9), ("Åbo", 3), ("Träskända", 9),
        ("e\u{0301}", 1),  // e + combining acute: one column
        ("東京", 4), ("한국", 4), ("ｱ", 1), ("Ａ", 2),
        ("🙂", 2), ("❤️", 2),
        ("", 0), ("a\tb", 2),
    ]

    @Test(arguments: widths)
    func columnsAsTerminalsDrawThem(_ example: (String, Int)) {
        #expect(TextWidth.of(example.0) == example.1)
    }

    @Test func truncatingAndPaddingByColumns() {
        #expect(TextWidth.truncated("Järvenpään pääkirjasto", to: 10) == "Järvenpää…")
        #expect(TextWidth.truncated("東京都庁", to: 5) == "東京…")
        #expect(TextWidth.padded("Åbo", to: 6) == "Åbo   ")
        #expect(TextWidth.of(TextWidth.padded("東京都庁", to: 6)) == 6)
    }
}

struct WrappingTests {
    @Test func linesBreakAtSpacesWithinTheWidth() {
        #expect(TextWidth.wrapped("Make the window bigger: neuvo needs at least 80 × 24", to: 20)
            == ["Make the window", "bigger: neuvo needs", "at least 80 × 24"])
        #expect(TextWidth.wrapped("Suurenna", to: 5) == ["Suur…"])
    }
}
