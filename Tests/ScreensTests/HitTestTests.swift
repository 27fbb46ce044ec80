import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The hit-test of every screen at 80 × 24 and 120 × 40 (issue 19): what a click presses is marked where it is drawn,
/// and does there what its key does — a footer entry presses the key it names, a numbered choice its number, a click
/// that moves (a row, a field, an item) brings the focus to where it landed, and a click that opens opens something.
struct HitTestTests {
    static let sizes = [Size.minimum, Size(width: 120, height: 40)]

    /// Every screen of the app, each reached by its keys from Today (as a supervisor on SQLite, who sees them all):
    /// Today, the form, segmentation, consultation lines, follow-ups, the directory, the day browser, its export's
    /// question, a figure's contacts, segment targets, staffing, help and the choice of point.
    /// `demo:` in trainer mode (the practice clients), `queue:` a receiving service's queue.
    static let screens = ["", "n", "n<f3>", "n1<f7>", "f", "p", "b", "bx", "b<enter>", "bs", "bh", "<f1>", "c", "demo:n<f3>l", "queue:"]

    /// A log with today's contacts to list and a follow-up open (the rows to click on).
    static func seededLog() throws -> any ContactLog {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let actor = Actor(user: "anna", command: "test")
        try log.log(SharedDatabaseTests.othersContact(at: "08:15"), by: actor)
        var open = SharedDatabaseTests.othersContact(at: "09:30")
        open.resolved = false
        try log.log(open, by: actor)
        return log
    }

    static func harness(_ script: String) throws -> AppHarness {
        let harness: AppHarness
        if script.hasPrefix("demo:") {
            harness = try AppHarness(log: try seededLog(), demo: true)
        } else if script.hasPrefix("queue:") {
            harness = try AppHarness(log: try seededLog(), first: QueueScreen(services: [HandoffScreensTests.service]))
        } else {
            harness = try AppHarness(log: try seededLog(), role: .supervisor)
        }
        harness.type(script.firstIndex(of: ":").map { String(script[script.index(after: $0)...]) } ?? script)
        return harness
    }

    /// The text drawn in a region's first row.
    static func drawn(_ region: Canvas.Region, on frame: Canvas) -> String {
        let line = Array(frame.lines[region.y])
        guard region.x < line.count else { return "" }
        return String(line[region.x..<min(line.count, region.x + region.width)])
    }

    /// What a row or choice says, without the marks before it (`▸`, `( )`, `(•)`, `[ ]`, `[x]`).
    static func label(_ drawn: String) -> String {
        var text = Substring(drawn.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("▸") { text = text.dropFirst() }
        text = text.drop { $0 == " " }
        if let open = text.first, open == "(" || open == "[", let close = text.firstIndex(where: { $0 == ")" || $0 == "]" }),
           text.distance(from: text.startIndex, to: close) <= 2 {
            text = text[text.index(after: close)...]
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static let moves: Set<Key> = [.up, .down, .tab, .backTab, .home, .end, .left, .right]

    /// The screen each script reaches (the start of its type's name: a figure's list is generic).
    static let reached = [
        "": "TodayScreen", "n": "ContactForm", "n<f3>": "SegmentationScreen", "n1<f7>": "ConsultationScreen", "f": "FollowUpsScreen",
        "p": "DirectoryScreen", "b": "DayBrowserScreen", "bx": "DayBrowserScreen", "b<enter>": "Figure",
        "bs": "SegmentTargetsScreen", "bh": "StaffingScreen", "<f1>": "HelpScreen", "c": "PointChoiceScreen",
        "demo:n<f3>l": "PersonasScreen", "queue:": "QueueScreen",
    ]

    @Test(arguments: sizes, screens)
    func everyClickPressesWhatIsDrawnThere(size: Size, script: String) throws {
        let app = try Self.harness(script).app
        let reached = try #require(app.top.map { String(describing: type(of: $0)) })
        #expect(reached.hasPrefix(Self.reached[script] ?? "?"), "\(script) reached \(reached)")
        let frame = app.frame(size: size)
        let footerY = size.height - 1
        #expect(frame.regions.contains { $0.y == footerY }, "no footer to click:\n\(frame.text)")
        var moved = 0
        for region in frame.regions {
            // A region marked over by a later one at its corner is the later one's there.
            guard frame.keys(at: region.x, region.y) == region.keys else { continue }
            let drawn = Self.drawn(region, on: frame)
            #expect(!drawn.trimmingCharacters(in: .whitespaces).isEmpty || region.height > 1, "a click on nothing drawn at \(region)")
            if region.y == footerY {
                // An entry naming two keys (`←/→`) presses its first.
                #expect(region.keys.count == 1 && (drawn.hasPrefix(region.keys[0].name + " ") || drawn.hasPrefix(region.keys[0].name + "/")),
                        "the footer's \"\(drawn)\" presses \(region.keys)")
            } else if region.keys.count == 1, case .character(let c) = region.keys[0], c.isNumber {
                // A numbered choice: its number is what is drawn first (after its mark, `( )` or `[x]`).
                #expect(Self.label(drawn).hasPrefix(String(c)), "the choice \"\(drawn)\" presses \(c)")
            } else if region.keys.allSatisfy(Self.moves.contains), moved < 12 {
                // A click that moves: the focus (where the cursor goes) lands on what was clicked.
                moved += 1
                let harness = try Self.harness(script)
                _ = harness.app.frame(size: size)
                harness.app.press(.pointer(Pointer(.press, x: region.x, y: region.y)))
                let after = harness.app.frame(size: size)
                let cursor = try #require(after.cursor, "no focus after a click on \"\(drawn)\"")
                // On the row clicked, or (a form laid out anew around its focused field) on a row marked ▸ that holds
                // what was clicked.
                let what = String(Self.label(drawn).prefix(12))
                let landed = (region.y..<region.y + region.height).contains(cursor.y)
                    || after.lines.contains { $0.contains("▸") && $0.contains(what) }
                #expect(landed, "a click on \"\(drawn)\" (\(region.keys.map(\.name))) left the focus on row \(cursor.y):\n\(after.text)")
            }
        }
    }

    /// The segmentation's scale, where it is drawn (`1 Täysin eri mieltä`…, read to the client before the first answer):
    /// a click on an answer answers the item in hand with it, as its digit does. (Where no scale is drawn, nothing to
    /// click: the scale shown before the first answer is the form's part of issue 24.)
    @Test(arguments: sizes)
    func aClickOnTheScaleAnswersTheItemInHand(size: Size) throws {
        let item = Fixtures.catalog.instrument.axes.flatMap(\.items)[0]
        for (n, answer) in item.scale.answers.enumerated() {
            let harness = try Self.harness("n<f3>")
            let frame = harness.app.frame(size: size)
            guard let at = frame.position(of: "\(n + 1) " + answer[.fi]) else { continue }
            #expect(frame.keys(at: at.x, at.y) == [.character(Character(String(n + 1)))], "the scale's \(n + 1) takes no click:\n\(frame.text)")
            harness.app.press(.pointer(Pointer(.press, x: at.x, y: at.y)))
            let screen = try #require(harness.app.top as? SegmentationScreen)
            #expect(screen.answers[item.id] == n + 1)
        }
    }

    /// At 80 × 24 the segmentation shows the grid or the services, `v` switching: a click on the hint switches too.
    @Test func aClickOnTheSegmentationsViewHintSwitchesIt() throws {
        let harness = try Self.harness("n<f3>")
        let before = try #require(harness.app.top as? SegmentationScreen).showsMenu
        KioskTapTests.tap("v Ruudukko", harness.app)
        #expect(try #require(harness.app.top as? SegmentationScreen).showsMenu != before)
    }

    /// The handoff panel's own choices (language, urgency): a click on one, with the focus on another step, brings the
    /// focus there and chooses, as ↑ or ↓ and its number would; a click on another step's row focuses that step.
    @Test(arguments: sizes)
    func aClickOnAHandoffChoiceFocusesItsStepAndChooses(size: Size) throws {
        let harness = try AppHarness()
        harness.type(HandoffScreensTests.contact + "<f9>")
        func editor() throws -> HandoffEditor { try #require((harness.app.top as? ContactForm)?.handoff) }
        // The client's yes, written into the question (`k = kyllä, e = ei`), takes a click as k.
        #expect(try !editor().consent)
        KioskTapTests.tap("k = kyllä", harness.app, size: size)
        #expect(try editor().consent && editor().step == .name)
        let frame = harness.app.frame(size: size)
        let swedish = try #require(frame.position(of: "2 ruotsi"), "\(frame.text)")
        #expect(frame.keys(at: swedish.x, swedish.y) == [.down, .down, .character("2")])
        KioskTapTests.tap("2 ruotsi", harness.app, size: size)
        #expect(try editor().language == .sv && editor().step == .when)
        KioskTapTests.tap("2 kiireellinen", harness.app, size: size)
        #expect(try editor().urgency == .urgent && editor().step == .note)
        // Back from the note: the first language, then the name's row.
        KioskTapTests.tap("1 suomi", harness.app, size: size)
        #expect(try editor().language == .fi && editor().step == .when)
        KioskTapTests.tap("Puhelin", harness.app, size: size)
        #expect(try editor().step == .phone)
        #expect(harness.app.top is ContactForm)
    }

    /// The segmentation's chain, "(c valitsee)" beside it: a click chooses a chain, as `c` does; so does a click on the
    /// service menu's "choose a service chain with c" where the menu is shown.
    @Test(arguments: sizes)
    func aClickOnTheSegmentationsChainChoosesOne(size: Size) throws {
        let harness = try Self.harness("n<f3>")
        #expect(try #require(harness.app.top as? SegmentationScreen).chain == nil)
        KioskTapTests.tap("(c valitsee)", harness.app, size: size)
        let first = try #require(harness.app.top as? SegmentationScreen).chain
        #expect(first != nil, "\(harness.screen(size))")
        let frame = harness.app.frame(size: size)
        // The chain's name, wrapped at 80 columns: its first word takes the click too.
        let label = Fixtures.catalog.vocabulary.serviceChain.label(first!, in: .fi)
        let at = try #require(frame.position(of: String(label.split(separator: " ")[0])), "\(frame.text)")
        #expect(frame.keys(at: at.x, at.y) == [.character("c")])
    }

    /// The day browser's question of format: a click on `2 JSON` asks for the JSON file's name, as `2` does.
    @Test(arguments: sizes)
    func aClickOnAnExportFormatChoosesIt(size: Size) throws {
        let harness = try Self.harness("bx")
        let frame = harness.app.frame(size: size)
        for (choice, format) in [("1 CSV", "CSV"), ("2 JSON", "JSON"), ("3 HTML", "HTML")] {
            let clicked = try Self.harness("bx")
            _ = clicked.app.frame(size: size)
            let at = try #require(frame.position(of: choice), "no \(choice):\n\(frame.text)")
            // The question's, not the footer's; beside it, the panel hides the figures under it from clicks.
            #expect(at.y < size.height - 1)
            #expect(frame.keys(at: size.width - 2, at.y) == nil && frame.keys(at: size.width - 2, at.y + 1) == nil)
            clicked.app.press(.pointer(Pointer(.press, x: at.x + 2, y: at.y)))
            #expect(clicked.screen(size).contains("(\(format)):"), "\(clicked.screen(size))")
        }
    }

    /// A question's choices drawn under it take clicks as their keys do: the demo's reset (`k = kyllä` rebuilds, `e tai
    /// Esc = ei` goes back) and the offer of a draft (`Enter` goes on with it, `Esc` later).
    @Test(arguments: sizes)
    func aClickOnAQuestionsChoiceAnswersIt(size: Size) throws {
        final class Resets: @unchecked Sendable { var count = 0 }
        let resets = Resets()
        let trainer = try AppHarness(demo: true, resetDemo: { _ in resets.count += 1 })
        trainer.type("R")
        #expect(trainer.app.top is ConfirmScreen)
        KioskTapTests.tap("e tai Esc", trainer.app, size: size)
        #expect(trainer.app.top is TodayScreen && resets.count == 0)
        trainer.type("R")
        KioskTapTests.tap("k = kyllä", trainer.app, size: size)
        #expect(trainer.app.top is TodayScreen && resets.count == 1)

        let first = try AppHarness()
        first.type("n1asu<enter>")
        for (choice, opens) in [("Esc myöhemmin", false), ("Enter jatkaa", true)] {
            let second = try AppHarness(log: first.log)
            #expect(second.app.top is DraftOfferScreen)
            KioskTapTests.tap(choice, second.app, size: size)
            #expect(opens ? second.app.top is ContactForm : second.app.top is TodayScreen, "after \(choice): \(second.screen(size))")
        }
    }

    /// The day browser's lengths at the top right (`d Päivä  w Viikko  m Kuukausi`): a click shows that length, as its
    /// key does.
    @Test(arguments: sizes)
    func aClickOnALengthOfTheBrowserShowsIt(size: Size) throws {
        let harness = try Self.harness("b")
        for (tab, length) in [("w Viikko", BrowserPeriod.Length.week), ("m Kuukausi", .month), ("d Päivä", .day)] {
            KioskTapTests.tap(tab, harness.app, size: size)
            let browser = try #require(harness.app.top as? DayBrowserScreen)
            #expect(browser.period.length == length, "after a click on \(tab)")
        }
    }

    /// The trainers' tour: its box hides from clicks what it is drawn over, and a click on "F12 ends the tour" ends it
    /// (F12 is a key some terminals keep for themselves).
    @Test(arguments: sizes)
    func theToursBoxHidesWhatIsUnderItAndAClickOnItsLastLineEndsIt(size: Size) throws {
        let harness = try AppHarness(log: try Self.seededLog(), demo: true)
        harness.type("g")
        #expect(harness.app.tour != nil)
        let frame = harness.app.frame(size: size)
        let leave = try #require(frame.position(of: "F12 lopettaa kierroksen"), "\(frame.text)")
        #expect(frame.keys(at: leave.x, leave.y) == [.function(12)])
        for y in (leave.y - 2)..<leave.y { #expect(frame.keys(at: leave.x + 4, y) == nil, "row \(y) of the box takes a click") }
        harness.app.press(.pointer(Pointer(.press, x: leave.x + 3, y: leave.y)))
        #expect(harness.app.tour == nil && harness.app.top is TodayScreen)
    }

    /// The kiosk, the board and the mood question: each step's boxes, hints and footer entries, through the app's loop.
    @Test(arguments: sizes)
    func theScreensOfTheirOwnTakeClicksOnWhatTheyDraw(size: Size) throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let kiosk = FeedbackKioskTests.kiosk(log: log)
        let app = FeedbackKioskTests.app(kiosk, log: log)
        for step in [FeedbackKiosk.Step.language, .nps, .settled, .bounced, .thanks] {
            #expect(kiosk.step == step)
            let frame = app.frame(size: size)
            let boxes = frame.regions.filter { $0.keys != [.escape] && $0.keys != [.enter] || step == .thanks }
            #expect(!boxes.isEmpty, "nothing to tap at \(step):\n\(frame.text)")
            // Each box its own: no two regions of a step share a cell.
            for (i, a) in frame.regions.enumerated() {
                for b in frame.regions.dropFirst(i + 1) {
                    #expect(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), "\(a) and \(b) overlap at \(step)")
                }
            }
            // The last box of each question (10, the skip), the whole screen at the thank-you.
            let last = try #require(frame.regions.filter { $0.keys != [.escape] }.max { ($0.y, $0.x) < ($1.y, $1.x) })
            app.press(.pointer(Pointer(.press, x: last.x + last.width / 2, y: last.y + last.height / 2)))
        }
        #expect(kiosk.step == .language)
        let answers = try log.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: Actor(user: "test", command: "test"))
        guard case .feedback(let answer)? = answers.first else {
            Issue.record("nothing stored: \(answers)")
            return
        }
        #expect(answers.count == 1 && answer.nps == 10 && answer.settled == nil && answer.bounced == nil)

        let board = BoardTests.board(log, language: .en)
        let wall = FeedbackKioskTests.app(board, log: log, language: .en)
        let frame = wall.frame(size: size)
        let footer = frame.regions.filter { $0.y == size.height - 1 }
        #expect(footer.map(\.keys) == [[.character("q")], [.function(1)]], "\(frame.lines[size.height - 1])")
        for region in footer {
            #expect(Self.drawn(region, on: frame).hasPrefix(region.keys[0].name + " "))
        }

        for enps in [false, true] {
            let question = MoodQuestion(strings: Fixtures.catalog.strings, mood: !enps, enps: enps)
            let asking = FeedbackKioskTests.app(question, log: log)
            let boxes = asking.frame(size: size).regions
            #expect(boxes.count == (enps ? 11 : 5))
            let last = try #require(boxes.last)
            asking.press(.pointer(Pointer(.press, x: last.x, y: last.y)))
            #expect(question.isDone && (enps ? question.enps == 10 : question.mood == 5) && !asking.isRunning)
        }
    }
}
