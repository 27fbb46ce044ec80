import Testing
import Terminal
@testable import Screens

struct PickerRenderTests {
    let services = [
        Choice(code: "sos", label: "Sosiaalineuvonta", group: "Omat palvelut"),
        Choice(code: "velka", label: "Talous- ja velkaneuvonta", group: "Omat palvelut"),
        Choice(code: "kela", label: "Kela", group: "Muut palvelut"),
        Choice(code: "te", label: "TE-palvelut", group: "Muut palvelut"),
    ]

    func draw(
        _ picker: Picker, width: Int = 30, height: Int, focused: Bool = true, canvasWidth: Int? = nil,
        x: Int = 0, y: Int = 0
    ) -> Canvas {
        var canvas = Canvas(size: Size(width: canvasWidth ?? width, height: height + y))
        picker.render(into: &canvas, x: x, y: y, width: width, height: height, focused: focused, filterLabel: "Suodatin")
        return canvas
    }

    /// The rows whose every cell is in `style`.
    func rows(in canvas: Canvas, styled style: Style, x: Int = 0, width: Int? = nil) -> [Int] {
        (0..<canvas.size.height).filter { y in
            (x..<(x + (width ?? canvas.size.width))).allSatisfy { canvas[$0, y].style == style }
        }
    }

    @Test func groupsAreHeadingsWithoutNumbers() {
        let picker = Picker(choices: services, mode: .single, chosen: ["kela"])
        var canvas = draw(picker, height: 7)
        #expect(canvas.lines == [
            "Omat palvelut                 ",
            "( ) 1 Sosiaalineuvonta        ",
            "( ) 2 Talous- ja velkaneuvonta",
            "Muut palvelut                 ",
            "(•) 3 Kela                    ",
            "( ) 4 TE-palvelut             ",
            "                              ",
        ])
        #expect(canvas[0, 0].style == .muted && canvas[0, 3].style == .muted)
        #expect(rows(in: canvas, styled: .selection) == [4])  // the highlight starts on the chosen
        canvas = draw(picker, height: 7, focused: false)
        #expect(rows(in: canvas, styled: .selection) == [])
        #expect(canvas.lines[4] == "(•) 3 Kela                    ")  // chosen, still marked
    }

    @Test func multipleModeMarksEveryChosenOption() {
        var picker = Picker(choices: topicChoices, mode: .multiple, chosen: ["jobs", "kela"])
        press(&picker, "<down><down>")
        let canvas = draw(picker, height: 8, focused: false)
        #expect(canvas.lines == [
            "[ ] 1 Toimeentulo ja talous   ",
            "[x] 2 Työllisyys              ",
            "[ ] 3 Aikuissosiaalityö       ",
            "[ ] 4 Itä-Uusimaa             ",
            "[ ] 5 Äänioikeus              ",
            "[ ] 6 Aamuryhmä               ",
            "[ ] 7 Social work             ",
            "[x] 8 Kansaneläkelaitos       ",
        ])
        #expect(rows(in: draw(picker, height: 8), styled: .selection) == [3])
    }

    @Test func theFilterIsOnTheFirstRowAndTheNumbersFollowWhatIsShown() {
        var picker = Picker(choices: topicChoices, mode: .multiple)
        press(&picker, "aa")
        let canvas = draw(picker, height: 4)
        #expect(canvas.lines == [
            "Suodatin: aa                  ",
            "[ ] 1 Äänioikeus              ",
            "[ ] 2 Aamuryhmä               ",
            "                              ",
        ])
        #expect(canvas[0, 0].style == .muted && canvas[10, 0].style == .normal)
        #expect(rows(in: canvas, styled: .selection) == [1])
        // Nothing found: the filter alone.
        press(&picker, "x")
        #expect(draw(picker, height: 2).lines == ["Suodatin: aax                 ", "                              "])
    }

    @Test func aLongFilterShowsItsEnd() {
        var picker = Picker(choices: topicChoices, mode: .single)
        press(&picker, "aikuissosiaali")
        #expect(draw(picker, width: 14, height: 2).lines == ["Suodatin: aali", "( ) 1 Aikuiss…"])
    }

    @Test func longLabelsAreCutWithAnEllipsis() {
        let picker = Picker(
            choices: [Choice(code: "a", label: "Aikuissosiaalityön ja päihdepalvelujen neuvonta")], mode: .multiple)
        let canvas = draw(picker, height: 1)
        #expect(canvas.lines == ["[ ] 1 Aikuissosiaalityön ja p…"])
        #expect(rows(in: canvas, styled: .selection) == [0])
    }

    @Test func wideCharactersAreNeverSplit() {
        let picker = Picker(
            choices: [Choice(code: "a", label: "東京都の相談窓口"), Choice(code: "b", label: "Cafe\u{0301} Åbo")],
            mode: .single)
        #expect(draw(picker, height: 2).lines == [
            "( ) 1 東京都の相談窓口        ",
            "( ) 2 Café Åbo                ",
        ])
        let narrow = draw(picker, width: 14, height: 2)
        #expect(narrow.lines == ["( ) 1 東京都… ", "( ) 2 Café Åbo"])
        #expect(narrow[7, 0].character == nil)  // the right half of 東
        #expect(narrow[12, 0].character == "…")
    }

    @Test func numbersStopAtNine() {
        let choices = (1...11).map { Choice(code: "v\($0)", label: "Valinta \($0)") }
        var picker = Picker(choices: choices, mode: .multiple)
        let lines = draw(picker, width: 20, height: 11).lines
        #expect(lines[8] == "[ ] 9 Valinta 9     ")
        #expect(lines[9] == "[ ]   Valinta 10    ")
        #expect(lines[10] == "[ ]   Valinta 11    ")
        // Past nine, only the highlight reaches an option.
        #expect(press(&picker, "9<end><space>") == [.changed, .changed, .changed])
        #expect(picker.chosen == ["v9", "v11"])
    }

    @Test func theListScrollsToKeepTheHighlightInView() {
        let choices = (1...20).map { Choice(code: "v\($0)", label: "Valinta \($0)") }
        var picker = Picker(choices: choices, mode: .single)
        picker.pageHeight = 4
        press(&picker, "<end>")
        var canvas = draw(picker, width: 20, height: 4)
        #expect(canvas.lines == [
            "( )   Valinta 17    ",
            "( )   Valinta 18    ",
            "( )   Valinta 19    ",
            "( )   Valinta 20    ",
        ])
        #expect(rows(in: canvas, styled: .selection) == [3])
        press(&picker, "<up><up><up><up>")
        canvas = draw(picker, width: 20, height: 4)
        #expect(canvas.lines.first == "( )   Valinta 16    ")
        #expect(rows(in: canvas, styled: .selection) == [0])
        // A stale page height: the rectangle drawn in still shows the highlight.
        canvas = draw(picker, width: 20, height: 2)
        #expect(canvas.lines == ["( )   Valinta 16    ", "( )   Valinta 17    "])
        #expect(rows(in: canvas, styled: .selection) == [0])
        press(&picker, "<down><down>")
        canvas = draw(picker, width: 20, height: 2)
        #expect(canvas.lines == ["( )   Valinta 17    ", "( )   Valinta 18    "])
        #expect(rows(in: canvas, styled: .selection) == [1])
    }

    @Test func headingsScrollWithTheirOptions() {
        var picker = Picker(choices: services, mode: .single)
        press(&picker, "<end>")
        var canvas = draw(picker, height: 3)
        #expect(canvas.lines == [
            "Muut palvelut                 ",
            "( ) 3 Kela                    ",
            "( ) 4 TE-palvelut             ",
        ])
        #expect(rows(in: canvas, styled: .selection) == [2])
        press(&picker, "<home>")
        canvas = draw(picker, height: 3)
        #expect(canvas.lines[0] == "Omat palvelut                 ")
        #expect(rows(in: canvas, styled: .selection) == [1])
    }

    @Test func drawsOnlyInsideItsRectangle() {
        var canvas = Canvas(size: Size(width: 16, height: 4))
        canvas.put("################", x: 0, y: 0)
        canvas.put("################", x: 0, y: 3)
        let picker = Picker(choices: services, mode: .single)
        picker.render(into: &canvas, x: 2, y: 1, width: 12, height: 2, focused: true, filterLabel: "Suodatin")
        #expect(canvas.lines == [
            "################",
            "  Omat palvel…  ",
            "  ( ) 1 Sosia…  ",
            "################",
        ])
        #expect(canvas[2, 2].style == .selection && canvas[13, 2].style == .selection)
        #expect(canvas[1, 2].style == .normal && canvas[14, 2].style == .normal)
    }
}
