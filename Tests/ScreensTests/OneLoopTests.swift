import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The one loop of every screen (issue 19): the kiosk, the board and the mood question are screens of the app's loop,
/// each getting keys, clicks, pastes, resizes and ticks from it, and each keeping the terminal to itself.
struct OneLoopTests {
    let log: any ContactLog

    init() throws {
        log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
    }

    func feedback() throws -> [EvaluationRecord] {
        try log.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: Actor(user: "test", command: "test"))
    }

    @Test func theKioskHasTheTerminalToItselfAndTheAppsKeysAreNoExit() throws {
        let kiosk = FeedbackKioskTests.kiosk(log: log)
        let app = FeedbackKioskTests.app(kiosk, log: log)
        let start = app.frame(size: .minimum)
        #expect(start.text == kiosk.frame(size: .minimum).text, "no header, status line or footer of the app's")
        #expect(!start.text.contains("F1") && !start.text.contains("neuvo │"))
        // The app's F1 and Ctrl-C are the kiosk's keys here: no help, no exit.
        for key in Key.sequence("<f1><ctrl-c><f10>q<esc>") { app.press(key) }
        #expect(app.isRunning && kiosk.isRunning && app.top is FeedbackKiosk)
        #expect(app.frame(size: .minimum).text == start.text)
        // A paste is no answer; a resize redraws at the new size.
        app.press(.paste("2"))
        #expect(kiosk.step == .language)
        let terminal = ScriptedTerminal(size: .minimum, script: "2")
        terminal.resize(to: Size(width: 120, height: 40))
        app.run(on: terminal)
        #expect(terminal.lastFrame?.size == Size(width: 120, height: 40))
        #expect(kiosk.step == .nps && kiosk.language == .sv)
        // Staff's combination ends the app's loop.
        app.press(.control("x"))
        app.press(.character("q"))
        #expect(!app.isRunning && !kiosk.isRunning)
    }

    @Test func theKioskTicksThroughTheAppAndAskedOnlyForItsOwnTimeouts() throws {
        let kiosk = FeedbackKioskTests.kiosk(log: log)
        let app = FeedbackKioskTests.app(kiosk, log: log)
        let context = app.context
        // At the start the kiosk waits as long as it takes: no tick, no database asked.
        #expect(kiosk.tickDue(idle: 0, context) == nil && !kiosk.watchesSaves)
        for key in Key.sequence("3") { app.press(key) }
        #expect(kiosk.tickDue(idle: 20, context) == 40)
        #expect(app.tick(idle: 30), "a screen with the terminal to itself is drawn afresh on each tick")
        #expect(kiosk.step == .nps)
        app.tick(idle: 60)
        #expect(kiosk.step == .language)
        for key in Key.sequence("37<enter>11") { app.press(key) }
        #expect(kiosk.step == .thanks && kiosk.tickDue(idle: 1, context) == 5)
        app.tick(idle: 6)
        #expect(kiosk.step == .language)
        #expect(try feedback().count == 1)
    }

    @Test func theBoardIsAScreenOfTheLoopReadingItsFiguresItself() throws {
        let (mine, others) = try SharedDatabaseTests.twoLogs(.sqlite)
        let board = BoardTests.board(mine, points: [Fixtures.catalog.points[0].code], language: .en)
        let app = FeedbackKioskTests.app(board, log: mine, language: .en)
        #expect(board.figures != nil, "read as it comes on top")
        #expect(board.tickDue(idle: 0, app.context) == 1 && !board.watchesSaves)
        #expect(app.frame(size: .minimum).text == board.frame(size: .minimum).text)
        try others.log(SharedDatabaseTests.othersContact(), by: BoardTests.actor)
        // The database tells another connection's save at once on SQLite (the board's loop asks each second).
        #expect(app.tick(idle: 1))
        #expect(board.figures?.today.values.first?.contacts == 1, "the board's own check of others' saves, each tick")
        // Its footer, clicked through the app: F1 is the board's help, and its Esc closes it.
        let frame = app.frame(size: .minimum)
        let help = try #require(frame.position(of: "F1"))
        app.press(.pointer(Pointer(.press, x: help.x, y: help.y)))
        #expect(board.showsHelp && app.frame(size: .minimum).text.contains("never shows a contact"))
        let esc = try #require(app.frame(size: .minimum).position(of: "Esc"))
        app.press(.pointer(Pointer(.press, x: esc.x, y: esc.y)))
        #expect(!board.showsHelp)
        let quit = try #require(app.frame(size: .minimum).position(of: "q "))
        app.press(.pointer(Pointer(.press, x: quit.x, y: quit.y)))
        #expect(!app.isRunning)
    }

    /// A board on a terminal smaller than the app's least still draws, and still takes its keys.
    @Test func theBoardDrawsAndTakesKeysBelowTheAppsLeastSize() throws {
        let board = BoardTests.board(log, language: .en)
        let terminal = ScriptedTerminal(size: Size(width: 60, height: 16), script: "<f1>")
        let app = FeedbackKioskTests.app(board, log: log, language: .en)
        app.run(on: terminal)
        #expect(board.showsHelp && app.top is LiveBoard)
        #expect(terminal.lastFrame?.size == Size(width: 60, height: 16))
        #expect(terminal.lastFrame?.text.contains("Help: Live board") == true, "\(terminal.lastFrame?.text ?? "")")
    }

    /// Leaving with a key, the mood question is the app's last screen; the app ends when it is answered.
    @Test(arguments: ["q", "<ctrl-c>"])
    func leavingTodayAsksTheMoodInTheSameLoop(leave: String) throws {
        let app = App(log: log, context: AppHarness.context(language: .en, now: "2026-11-23T15:00:00+02:00", log: log))
        var asked = 0
        let question = MoodQuestion(strings: Fixtures.catalog.strings.inLanguage(.en), mood: true, enps: false)
        app.whenLeaving = {
            asked += 1
            return question
        }
        let terminal = ScriptedTerminal(script: leave + "<f1><ctrl-x>4")
        app.run(on: terminal)
        #expect(asked == 1 && app.isRunning && app.top is MoodQuestion)
        let text = try #require(terminal.lastFrame).text
        #expect(text.contains("How was your working day?") && !text.contains("Help"), "F1 is no key of the question's")
        #expect(question.selected == 4)
        app.press(.enter)
        #expect(question.mood == 4 && !app.isRunning && asked == 1)
    }

    /// A closed window (the input ends) asks nothing: only a key leaves with the question.
    @Test func theInputEndingAsksNothing() throws {
        let app = App(log: log, context: AppHarness.context(language: .en, now: "2026-11-23T15:00:00+02:00", log: log))
        var asked = false
        app.whenLeaving = {
            asked = true
            return nil
        }
        app.run(on: ScriptedTerminal(script: "n"))
        #expect(!asked && app.isRunning)
        app.press(.escape)
        app.press(.character("q"))
        #expect(asked && !app.isRunning)
    }
}
