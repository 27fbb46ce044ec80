import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// Screen readers and magnifiers follow the terminal's cursor: on every screen it sits on the focus — the focused
/// field's input position, the highlighted row, the chosen box — and moves when the focus moves.
struct CursorTests {
    /// The frame's cursor is set, inside the frame, and on the focus: on a highlighted cell when the frame has one,
    /// else on text (where a screen without a focus of its own begins).
    static func expectOnFocus(_ frame: Canvas, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let cursor = try #require(frame.cursor, "\(what): no cursor\n\(frame.text)", sourceLocation: sourceLocation)
        #expect((0..<frame.size.width).contains(cursor.x) && (0..<frame.size.height).contains(cursor.y), "\(what): \(cursor)", sourceLocation: sourceLocation)
        let highlighted = frame.cells.contains { $0.style == .selection }
        let cell = frame[cursor.x, cursor.y]
        if highlighted {
            #expect(cell.style == .selection, "\(what): the cursor at \(cursor) is off the highlight\n\(frame.text)", sourceLocation: sourceLocation)
        } else {
            #expect(cell.character != " ", "\(what): the cursor at \(cursor) is on blank\n\(frame.text)", sourceLocation: sourceLocation)
        }
    }

    /// Every screen of the app, reached by keys from Today (a supervisor, on the demo's ten weeks; the form on an empty log).
    static let screens: [(String, String)] = [
        ("Today", ""),
        ("the contact form", "n"),
        ("the form's topics", "n<tab><tab><tab>"),
        ("the form's identity code", "n<ctrl-t>0101"),
        ("the segmentation", "n<f3>"),
        ("the segmentation's override", "n<f3>o"),
        ("the consultation lines", "n<f7>"),
        ("the directory", "p"),
        ("the directory, searched", "pkela"),
        ("follow-ups", "f"),
        ("help", "<f1>"),
        ("the point choice", "c"),
        ("the day browser", "b"),
        ("the day browser's export", "bx1"),
        ("figure contacts", "b<tab><enter>"),
        ("segment targets", "bs"),
        ("staffing", "bh"),
    ]

    @Test(arguments: screens)
    func theCursorIsOnTheFocusOfEveryScreen(_ screen: (String, String)) throws {
        // The shared demo log is only read: the form writes drafts, so it gets a log of its own.
        let writes = screen.1.hasPrefix("n")
        let harness = try AppHarness(log: writes ? nil : Fixtures.demoLog, role: .supervisor)
        harness.type(screen.1)
        try Self.expectOnFocus(harness.app.frame(size: .minimum), screen.0)
        try Self.expectOnFocus(harness.app.frame(size: Size(width: 120, height: 40)), screen.0 + " at 120x40")
    }

    @Test func theDraftOfferToo() throws {
        let first = try AppHarness()
        first.type("n1asu<enter>")
        let second = try AppHarness(log: first.log)
        #expect(second.app.top is DraftOfferScreen)
        try Self.expectOnFocus(second.app.frame(size: .minimum), "the draft offer")
    }

    @Test func trainerScreensToo() throws {
        let harness = try AppHarness(demo: true, resetDemo: { _ in })
        harness.type("R")
        try Self.expectOnFocus(harness.app.frame(size: .minimum), "the reset's confirmation")
        harness.type("<esc>n<f3>l")
        try Self.expectOnFocus(harness.app.frame(size: .minimum), "the personas")
        let before = try #require(harness.cursor())
        harness.type("<down>")
        #expect(harness.cursor()?.y == before.y + 1)
    }

    @Test func onTodayItIsOnTheHighlightedContactAndMovesWithIt() throws {
        let harness = try AppHarness(log: Fixtures.demoLog)
        let first = try #require(harness.cursor())
        try Self.expectOnFocus(harness.app.frame(size: .minimum), "Today's first contact")
        #expect(first.y > 3, "a contact's row: \(harness.cursorLine())")
        harness.type("<down>")
        #expect(harness.cursor() == Position(x: first.x, y: first.y + 1))
        harness.type("<up>")
        #expect(harness.cursor() == first)
    }

    @Test func inTheFormItIsOnTheFocusedFieldsInputAndMovesWithTab() throws {
        let harness = try AppHarness()
        harness.type("n")
        // Why the client came: the highlighted choice at the right, moving with the arrows.
        let reason = try #require(harness.cursor())
        #expect(reason.x > 40, "\(harness.screen())")
        harness.type("<down>")
        #expect(harness.cursor() == Position(x: reason.x, y: reason.y + 1))
        // The identity code (Ctrl-T): the cursor where the next digit goes, moving as digits are typed.
        harness.type("<ctrl-t>")
        let code = try #require(harness.cursor())
        #expect(harness.cursorLine().contains("Henkilötunnus"), "\(harness.screen())")
        harness.type("0101")
        #expect(harness.cursor() == Position(x: code.x + 4, y: code.y))
        // The channel, two rows above: its choices at the right.
        harness.type("<backtab><backtab>")
        #expect(harness.screen().contains("▸ Kanava"), "\(harness.screen())")
        #expect(harness.cursor()?.x ?? 0 > 40)
        harness.type("<tab><tab>")
        #expect(harness.cursor() == Position(x: code.x + 4, y: code.y))
    }

    @Test func inTheDayBrowserItIsOnTheHighlightedFiguresRow() throws {
        let harness = try AppHarness(log: Fixtures.demoLog, role: .supervisor)
        harness.type("b")
        let browser = try #require(harness.app.top as? DayBrowserScreen)
        let first = try #require(harness.cursor())
        let label = try #require(browser.highlighted).figure.label
        #expect(harness.cursorLine().contains(label), "\(harness.cursorLine())")
        harness.type("<down>")
        #expect(harness.cursor()?.y == first.y + 1)
        harness.type("<tab>")
        #expect(harness.cursor()?.y ?? 0 > first.y + 1)
    }

    @Test func inTheDirectoryItIsOnTheHighlightedDestination() throws {
        let harness = try AppHarness()
        harness.type("p")
        let first = try #require(harness.cursor())
        harness.type("<down>")
        #expect(harness.cursor()?.y == first.y + 1 || harness.cursor()?.y == first.y + 2, "a heading may come between")
    }

    @Test func inTheKioskItIsOnTheChosenBox() throws {
        let kiosk = FeedbackKioskTests.kiosk(log: try SQLiteLog.inMemory(catalog: Fixtures.catalog))
        var frame = kiosk.frame(size: .minimum)
        try Self.expectOnFocus(frame, "the kiosk")
        let suomi = try #require(frame.cursor)
        #expect(frame.lines[suomi.y].dropFirst(suomi.x).hasPrefix("1  suomi"))
        kiosk.press(.right)
        frame = kiosk.frame(size: .minimum)
        let svenska = try #require(frame.cursor)
        #expect(svenska.y == suomi.y && svenska.x > suomi.x)
        #expect(frame.lines[svenska.y].dropFirst(svenska.x).hasPrefix("2  svenska"))
    }

    @Test func inTheMoodQuestionItIsOnTheChosenBox() throws {
        let question = MoodQuestion(strings: Fixtures.catalog.strings, mood: true, enps: false)
        try Self.expectOnFocus(question.frame(size: .minimum), "the mood question, nothing chosen")
        question.press(.right)
        let first = try #require(question.frame(size: .minimum).cursor)
        try Self.expectOnFocus(question.frame(size: .minimum), "the mood question")
        question.press(.right)
        #expect(question.frame(size: .minimum).cursor.map { $0.x > first.x } == true)
    }

    @Test func onTheBoardItIsWhereTheTextBegins() throws {
        let board = BoardTests.board(BoardTests.demoUntilNow)
        board.refresh()
        try Self.expectOnFocus(board.frame(size: .minimum), "the board")
    }

    @Test func aTooSmallWindowPutsItOnTheMessage() throws {
        let harness = try AppHarness()
        #expect(harness.cursor(Size(width: 40, height: 10)) == Position(x: 0, y: 0))
    }
}
