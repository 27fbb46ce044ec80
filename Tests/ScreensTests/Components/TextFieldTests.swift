import Testing
import Terminal
@testable import Screens

struct TextFieldTests {
    /// Presses `script`'s keys; returns what each did.
    @discardableResult
    func press(_ field: inout TextField, _ script: String) -> [Bool] {
        Key.sequence(script).map { field.handle($0) }
    }

    func draw(_ field: TextField, width: Int, focused: Bool = true, style: Style = .normal, placeholder: String = "") -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: 1))
        field.render(into: &canvas, x: 0, y: 0, width: width, focused: focused, style: style, placeholder: placeholder)
        return canvas
    }

    /// The columns drawn in `.selection`: where the cursor is.
    func cursorColumns(_ canvas: Canvas) -> [Int] {
        (0..<canvas.size.width).filter { canvas[$0, 0].style == .selection }
    }

    @Test func typingInsertsAtTheCursor() {
        var field = TextField()
        #expect(press(&field, "Pääkaupunkiseutu").allSatisfy { $0 })
        #expect(field.text == "Pääkaupunkiseutu" && field.cursor == 16)
        press(&field, "<home><right><right><right>x<end> ja Åland")
        #expect(field.text == "Pääxkaupunkiseutu ja Åland")
        #expect(field.cursor == field.text.count)
    }

    @Test func deletingAndMoving() {
        var field = TextField(text: "Kööpenhamina")
        #expect(field.cursor == 12)
        press(&field, "<bs><bs><bs>")
        #expect(field.text == "Kööpenham" && field.cursor == 9)
        press(&field, "<home><del><right><del>")
        #expect(field.text == "öpenham" && field.cursor == 1)
        press(&field, "<left><left><bs>")
        #expect(field.text == "öpenham" && field.cursor == 0)
        press(&field, "<end><right><del>")
        #expect(field.text == "öpenham" && field.cursor == 7)
        #expect(press(&field, "<ctrl-u>") == [true])
        #expect(field.text == "" && field.cursor == 0)
        #expect(press(&field, "<bs><del><left><right><home><end>").allSatisfy { $0 })  // used, changing nothing
    }

    @Test func keysForTheScreenAreNotUsed() {
        var field = TextField(text: "Työ")
        press(&field, "<left>")
        let before = field
        #expect(press(&field, "<enter><tab><s-tab><esc><up><down><pgup><pgdn><ctrl-s><f2><resize>").allSatisfy { !$0 })
        #expect(press(&field, "\t\n\u{7}") == [false, false, false])
        #expect(field == before)
    }

    @Test func maxLengthCountsCharacters() {
        var field = TextField(maxLength: 5)
        #expect(press(&field, "Ääneköski").allSatisfy { $0 })  // the letters past five are swallowed
        #expect(field.text == "Äänek" && field.cursor == 5)
        press(&field, "<home><del>ö")
        #expect(field.text == "öänek" && field.cursor == 1)
        field.set("Seinäjoki")
        #expect(field.text == "Seinä" && field.cursor == 5)
        #expect(TextField(text: "Ylöjärvi", maxLength: 3).text == "Ylö")
        #expect(TextField(text: "", maxLength: 3).cursor == 0)
    }

    @Test func setPutsTheCursorAtTheEnd() {
        var field = TextField(text: "a")
        press(&field, "<home>")
        field.set("Hämeenlinna")
        #expect(field.text == "Hämeenlinna" && field.cursor == 11)
    }

    @Test func aCombiningMarkJoinsTheLetterBeforeIt() {
        var field = TextField()
        press(&field, "Cafe")
        #expect(press(&field, "\u{0301}") == [true])
        #expect(field.text == "Café" && field.text.count == 4 && field.cursor == 4)
        press(&field, "<bs>")
        #expect(field.text == "Caf" && field.cursor == 3)
    }

    @Test func wideCharactersAreOneCharacter() {
        var field = TextField(maxLength: 4)
        press(&field, "東京<left>と")
        #expect(field.text == "東と京" && field.cursor == 2)
        press(&field, "<bs>")
        #expect(field.text == "東京" && field.cursor == 1)
    }

    // MARK: - Drawing

    @Test func thePlaceholderShowsWhenEmptyAndNotFocused() {
        let field = TextField()
        var canvas = draw(field, width: 12, focused: false, placeholder: "min")
        #expect(canvas.lines == ["min         "])
        #expect(canvas[0, 0].style == .muted)
        canvas = draw(field, width: 12, placeholder: "min")
        #expect(canvas.lines == ["            "])
        #expect(cursorColumns(canvas) == [0])
    }

    @Test func theCursorIsDrawnOnItsCellOrPastTheEnd() {
        var field = TextField(text: "Oulu")
        var canvas = draw(field, width: 8)
        #expect(canvas.lines == ["Oulu    "])
        #expect(cursorColumns(canvas) == [4])
        press(&field, "<home>")
        canvas = draw(field, width: 8)
        #expect(cursorColumns(canvas) == [0])
        #expect(cursorColumns(draw(field, width: 8, focused: false)) == [])
    }

    @Test func longTextScrollsToKeepTheCursorInView() {
        var field = TextField(text: "Aikuissosiaalityö")
        var canvas = draw(field, width: 10)
        #expect(canvas.lines == ["siaalityö "])
        #expect(cursorColumns(canvas) == [9])
        press(&field, "<home>")
        canvas = draw(field, width: 10)
        #expect(canvas.lines == ["Aikuissosi"])
        #expect(cursorColumns(canvas) == [0])
        // Not focused, the start shows, cut with an ellipsis.
        #expect(draw(field, width: 10, focused: false).lines == ["Aikuissos…"])
    }

    @Test func aWideCursorCellTakesTwoColumns() {
        var field = TextField(text: "a東b")
        press(&field, "<home><right>")
        var canvas = draw(field, width: 6)
        #expect(canvas.lines == ["a東b  "])
        #expect(cursorColumns(canvas) == [1, 2])
        // Scrolled, a wide character is shown whole or not at all.
        field.set("東京都")
        canvas = draw(field, width: 4)
        #expect(canvas.lines == ["都  "])
        #expect(cursorColumns(canvas) == [2])
    }

    @Test func theStyleColoursTheText() {
        let field = TextField(text: "99x")
        let canvas = draw(field, width: 5, focused: false, style: .warning)
        #expect((0..<5).allSatisfy { canvas[$0, 0].style == .warning })
    }

    @Test func drawsOnlyInsideItsWidth() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.put("##########", x: 0, y: 0)
        TextField(text: "Kajaani").render(into: &canvas, x: 2, y: 0, width: 5, focused: true)
        #expect(canvas.lines == ["##aani ###"])
        #expect(cursorColumns(canvas) == [6])
    }
}
