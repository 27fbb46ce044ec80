import Guidance
import Testing
@testable import Terminal

struct CanvasTests {
    @Test func textIsPlacedClippedAndStyled() {
        var canvas = Canvas(size: Size(width: 12, height: 3))
        #expect(canvas.put("Hyvinkää", x: 1, y: 0, style: .header) == 8)
        #expect(canvas.put("pääkirjasto", x: 6, y: 1) == 6)  // clipped at the right edge
        #expect(canvas.put("abcdef", x: 0, y: 2, maxWidth: 3) == 3)
        #expect(canvas.lines == [" Hyvinkää   ", "      pääkir", "abc         "])
        #expect(canvas[1, 0].style == .header && canvas[0, 0].style == .normal)
        #expect(canvas.text == " Hyvinkää\n      pääkir\nabc")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverHalf() {
        var canvas = Canvas(size: Size(width: 5, height: 1))
        #expect(canvas.put("東京都", x: 0, y: 0) == 4)  // the third would need columns 4 and 5
        #expect(canvas[1, 0].character == nil)
        #expect(canvas.lines == ["東京 "])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.put("e\u{0301}x", x: 0, y: 0)
        #expect(canvas[0, 0].character == "e\u{0301}")
        #expect(canvas[1, 0].character == "x")
    }

    @Test func aParagraphWrapsAtWordsWithinItsRows() {
        var canvas = Canvas(size: Size(width: 12, height: 4))
        #expect(canvas.putWrapped("Järvenpää on kaunis kaupunki", x: 1, y: 1, width: 10, maxLines: 2) == 2)
        #expect(canvas.lines == ["            ", " Järvenpää  ", " on kaunis  ", "            "])
    }

    @Test func paintingAndClearing() {
        var canvas = Canvas(size: Size(width: 6, height: 2))
        canvas.put("valittu", x: 0, y: 0)
        canvas.paint(x: 0, y: 0, width: 6, style: .selection)
        #expect((0..<6).allSatisfy { canvas[$0, 0].style == .selection })
        #expect(canvas.lines[0] == "valitt")
        canvas.clear(y: 0, height: 1)
        #expect(canvas.lines[0] == "      " && canvas[0, 0].style == .normal)
    }

    @Test func sizes() {
        #expect(Size.minimum.description == "80x24")
        #expect(Size(width: 120, height: 40).isBigEnough)
        #expect(!Size(width: 79, height: 24).isBigEnough)
    }
}

struct KeyTests {
    @Test func scriptsOfKeys() {
        #expect(Key.sequence("ab<enter>") == [.character("a"), .character("b"), .enter])
        #expect(Key.sequence("<ctrl-s><f2><pgdn><esc><space><lt>") == [.control("s"), .function(2), .pageDown, .escape, .character(" "), .character("<")])
        #expect(Key.sequence("<notakey>") == Array("<notakey>").map(Key.character))
    }

    @Test func namesForHelpAndFooters() {
        #expect(Key.control("s").name == "Ctrl-S")
        #expect(Key.enter.name == "Enter")
        #expect(Key.function(1).name == "F1")
        #expect(Key.character(" ").name == "Space")
        #expect(Key.pageDown.name == "PgDn")
    }

    @Test func aScriptedTerminalGivesItsKeysAndKeepsItsFrames() {
        let terminal = ScriptedTerminal(script: "x<enter>")
        #expect(terminal.readKey(timeout: nil) == .character("x"))
        terminal.resize(to: Size(width: 100, height: 30))
        #expect(terminal.readKey(timeout: nil) == .resize)
        #expect(terminal.size == Size(width: 100, height: 30))
        #expect(terminal.readKey(timeout: nil) == .enter)
        #expect(terminal.readKey(timeout: 0) == nil)
        terminal.present(Canvas(size: terminal.size))
        #expect(terminal.frames.count == 1 && terminal.lastFrame?.size == terminal.size)
    }
}

struct KeyMapTests {
    enum Action: Equatable, Sendable { case save, next, quit, help }

    let screen = KeyMap<Action>([
        .init([.control("s"), .function(2)], .save, label: "Tallenna", inFooter: true),
        .init([.tab], .next, label: "Seuraava kenttä"),
    ])
    let global = KeyMap<Action>([
        .init([.function(1), .character("?")], .help, label: "Ohje", inFooter: true),
        .init([.control("q")], .quit, label: "Lopeta", inFooter: true),
        .init([.tab], .quit, label: "never reached"),
    ])

    @Test func theScreenFirstThenTheGlobalTable() {
        let keys = KeyMap(screen.bindings + global.bindings)
        #expect(keys.action(for: .control("s")) == .save)
        #expect(keys.action(for: .function(2)) == .save)
        #expect(keys.action(for: .tab) == .next)
        #expect(keys.action(for: .character("?")) == .help)
        #expect(keys.action(for: .character("x")) == nil)
    }

    @Test func footerAndHelpComeFromTheSameTable() {
        let keys = KeyMap(screen.bindings + global.bindings)
        #expect(keys.keyHelp.filter(\.inFooter).map(\.keys) == ["Ctrl-S/F2", "F1/?", "Ctrl-Q"])
        #expect(keys.keyHelp.filter(\.inFooter).map(\.label) == ["Tallenna", "Ohje", "Lopeta"])
        #expect(keys.keyHelp.count == 5)
        #expect(keys.keyHelp[1] == KeyHelp(keys: "Tab", label: "Seuraava kenttä", inFooter: false, key: .tab))
        // A click on a footer entry presses the binding's first key.
        #expect(keys.keyHelp.filter(\.inFooter).map(\.key) == [.control("s"), .function(1), .control("q")])
    }
}
