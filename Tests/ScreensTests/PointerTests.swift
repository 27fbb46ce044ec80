import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

extension Canvas {
    /// Where `text` begins on the frame (its first occurrence), in cells.
    func position(of text: String) -> (x: Int, y: Int)? {
        for (y, line) in lines.enumerated() {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), y) }
        }
        return nil
    }
}

extension AppHarness {
    /// A click (or tap) on the cell where `text` begins on the screen as drawn at `size`.
    func click(_ text: String, size: Size = .minimum, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = app.frame(size: size)
        guard let at = frame.position(of: text) else {
            Issue.record("no \"\(text)\" to click on:\n\(frame.text)", sourceLocation: sourceLocation)
            return
        }
        app.press(.pointer(Pointer(.press, x: at.x, y: at.y)))
    }
}

/// Clicks, taps and the wheel (CONTRACT §10): each presses what was drawn where it lands, as the key would.
struct PointerTests {
    /// Today, the form, follow-ups, the directory, the day browser and help, each reached by its keys.
    static let screens = ["", "n", "f", "p", "b", "<f1>", "n<f3>"]

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)], screens)
    func everyFooterEntryIsClickableAndPressesTheKeyItNames(size: Size, script: String) throws {
        let harness = try AppHarness(role: .supervisor)
        harness.type(script)
        let frame = harness.app.frame(size: size)
        let y = size.height - 1
        let footer = frame.regions.filter { $0.y == y }
        #expect(!footer.isEmpty, "no clickable footer: \(frame.lines[y])")
        for region in footer {
            let key = try #require(region.keys.count == 1 ? region.keys.first : nil)
            let drawn = String(frame.lines[y].dropFirst(region.x).prefix(region.width))
            // An entry naming two keys (`←/→`) presses its first.
            #expect(drawn.hasPrefix(key.name + " ") || drawn.hasPrefix(key.name + "/"), "the entry \"\(drawn)\" presses \(key.name)")
        }
        // Every entry drawn is covered: no cell of the footer's text outside a region.
        for (x, character) in frame.lines[y].enumerated() where character != " " {
            #expect(footer.contains { $0.contains(x: x, y: y) }, "column \(x) of \"\(frame.lines[y])\" takes no click")
        }
    }

    @Test func aClickOnTheFooterDoesWhatItsKeyDoes() throws {
        let harness = try AppHarness()
        harness.click("Uusi yhteydenotto")
        #expect(harness.screen().contains("▸ Miksi tänne"))
        harness.click("Ohje")
        #expect(harness.screen().contains("Ohje: Uusi yhteydenotto"))
        harness.click("Takaisin")
        #expect(harness.screen().contains("▸ Miksi tänne"))
    }

    @Test func aClickOnAChoiceChoosesItAndOnAFieldFocusesIt() throws {
        let harness = try AppHarness()
        harness.type("n")
        harness.click("Halusi asioida kasvokkain")
        #expect(harness.screen().contains("Miksi tänne    Halusi asioida kasvokkain"))
        #expect(harness.screen().contains("▸ Aiheet"))
        harness.click("Asuminen")
        harness.type("<enter>")
        #expect(harness.screen().contains("Aiheet         Asuminen"))
        // A field's label: the focus goes there.
        harness.click("Henkilötunnus")
        #expect(harness.screen().contains("▸ Henkilötunnus"))
        harness.click("Kanava")
        #expect(harness.screen().contains("▸ Kanava"))
    }

    @Test func aClickOnARowHighlightsItAndASecondOpensIt() throws {
        let harness = try AppHarness()
        for _ in 1...3 { harness.type(ContactFormTests.typicalWalkIn) }
        #expect(try harness.contacts().count == 3)
        let frame = harness.app.frame(size: .minimum)
        let rows = frame.lines.indices.filter { frame.lines[$0].contains("Käynti") }
        #expect(rows.count == 3)
        let before = frame.lines.firstIndex { $0.contains("Käynti") }
        harness.app.press(.pointer(Pointer(.press, x: 4, y: rows[1])))
        #expect(harness.app.top is TodayScreen, "one click only highlights")
        #expect(harness.cursor()?.y == rows[1] && before != nil)
        harness.app.press(.pointer(Pointer(.press, x: 4, y: rows[1])))
        #expect(harness.app.top is ContactForm && harness.screen().contains("(muok"))
    }

    @Test func theWheelMovesAsTheArrowsDo() throws {
        let harness = try AppHarness()
        for _ in 1...3 { harness.type(ContactFormTests.typicalWalkIn) }
        harness.type("<home>")
        let first = try #require(harness.cursor()?.y)
        harness.app.press(.pointer(Pointer(.wheelDown, x: 0, y: 0)))
        #expect(harness.cursor()?.y == first + 1)
        harness.app.press(.pointer(Pointer(.wheelUp, x: 0, y: 0)))
        #expect(harness.cursor()?.y == first)
    }

    @Test func aClickOnAnItemOfTheSegmentationGoesToItAndADigitAnswersIt() throws {
        let harness = try AppHarness()
        harness.type("n<f3>")
        harness.click("C3 ")
        harness.type("4")
        let segmentation = try #require(harness.app.top as? SegmentationScreen)
        #expect(segmentation.answers == ["C3": 4])
    }

    @Test func aClickOnADestinationHighlightsItAndASecondChoosesIt() throws {
        let harness = try AppHarness()
        harness.type("n<f4>")
        let frame = harness.app.frame(size: .minimum)
        let rows = frame.regions.filter { $0.keys == [.down] || $0.keys == [.down, .down] }
        let second = try #require(rows.first { $0.keys == [.down] })
        harness.app.press(.pointer(Pointer(.press, x: second.x, y: second.y)))
        #expect(harness.app.top is DirectoryScreen)
        let chosen = try #require((harness.app.top as? DirectoryScreen)?.selected)
        _ = harness.app.frame(size: .minimum)  // drawn again, as the app does after each key
        harness.app.press(.pointer(Pointer(.press, x: second.x, y: second.y)))
        #expect(harness.app.top is ContactForm)
        #expect(harness.screen().contains(chosen.label))
    }

    @Test func aClickOnAFigureOfTheDayBrowserHighlightsItAndASecondOpensItsContacts() throws {
        let harness = try DayBrowserScreenTests.browser()
        let browser = try DayBrowserScreenTests.screen(harness)
        let frame = harness.app.frame(size: .minimum)
        let third = try #require(frame.regions.first { $0.keys == [.down, .down] })
        harness.app.press(.pointer(Pointer(.press, x: third.x + 1, y: third.y)))
        #expect(try DayBrowserScreenTests.screen(harness).highlight == browser.highlight + 2)
        _ = harness.app.frame(size: .minimum)  // drawn again, as the app does after each key
        harness.app.press(.pointer(Pointer(.press, x: third.x + 1, y: third.y)))
        #expect(harness.app.top is FigureContactsScreen)
    }

    @Test func aClickOnTheStaffingsFieldsAndDays() throws {
        let harness = try EvaluationBrowserTests.browser(try EvaluationBrowserTests.log())
        harness.type("h")
        var frame = harness.app.frame(size: .minimum)
        // Tuesday's cost of an hour.
        let tuesday = try #require(frame.lines.firstIndex { $0.hasPrefix("  ti ") })
        let cost = try #require(frame.regions.first { $0.y == tuesday && $0.keys.count == 3 })
        harness.app.press(.pointer(Pointer(.press, x: cost.x, y: cost.y)))
        #expect((harness.app.top as? StaffingScreen)?.focus == .pattern(row: 1, column: 1))
        harness.app.press(.paste("30,50"))
        #expect(harness.screen().contains("30,50"))
        // A day: the first click goes to the list and highlights it, the second opens its fields.
        frame = harness.app.frame(size: .minimum)
        let day = try #require(frame.position(of: "ke 18.11.2026"))
        harness.app.press(.pointer(Pointer(.press, x: day.x, y: day.y)))
        #expect((harness.app.top as? StaffingScreen)?.focus == .days && (harness.app.top as? StaffingScreen)?.editing == nil)
        _ = harness.app.frame(size: .minimum)
        harness.app.press(.pointer(Pointer(.press, x: day.x, y: day.y)))
        #expect((harness.app.top as? StaffingScreen)?.editing?.day == CivilDate(iso: "2026-11-18"))
    }

    @Test func aClickWhereNothingIsDrawnDoesNothing() throws {
        let harness = try AppHarness()
        let before = harness.screen()
        harness.app.press(.pointer(Pointer(.press, x: 79, y: 12)))
        #expect(harness.screen() == before)
    }
}

/// The kiosk answered with taps alone, from the language to the thank-you, in the app's one loop as `neuvo feedback` runs it.
struct KioskTapTests {
    /// A tap where `text` begins on the app's frame at `size`.
    static func tap(_ text: String, _ app: App, size: Size = .minimum, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = app.frame(size: size)
        guard let at = frame.position(of: text) else {
            Issue.record("no \"\(text)\" to tap:\n\(frame.text)", sourceLocation: sourceLocation)
            return
        }
        app.press(.pointer(Pointer(.press, x: at.x, y: at.y)))
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func aClientAnswersTheKioskWithTapsAlone(size: Size) throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let kiosk = FeedbackKioskTests.kiosk(log: log)
        let app = FeedbackKioskTests.app(kiosk, log: log)
        Self.tap("English", app, size: size)
        #expect(app.frame(size: size).text.contains("How likely"), "\(app.frame(size: size).text)")
        // The box 10: a tap answers it whole (not 1, not 0).
        Self.tap(" 10 ", app, size: size)
        Self.tap("Partly", app, size: size)
        Self.tap("Skip", app, size: size)
        #expect(app.frame(size: size).text.contains("Thank you"))
        Self.tap("Thank you", app, size: size)
        #expect(kiosk.step == .language && app.isRunning)
        let answers = try log.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: Actor(user: "test", command: "test"))
        #expect(answers.count == 1)
        guard case .feedback(let answer) = try #require(answers.first) else {
            Issue.record("not feedback: \(answers)")
            return
        }
        #expect(answer.nps == 10 && answer.settled == FeedbackAnswer.settledAnswers[1] && answer.bounced == nil)
    }

    @Test func aTapOnTheBackHintGoesBackAndTheMoodIsAnsweredByATap() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let kiosk = FeedbackKioskTests.kiosk(log: log)
        let app = FeedbackKioskTests.app(kiosk, log: log)
        app.press(.character("3"))
        #expect(kiosk.step == .nps)
        let frame = app.frame(size: .minimum)
        let hint = try #require(frame.lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        app.press(.pointer(Pointer(.press, x: 40, y: hint)))
        #expect(kiosk.step == .language)

        let question = MoodQuestion(strings: Fixtures.catalog.strings, mood: true, enps: false)
        let asking = FeedbackKioskTests.app(question, log: log)
        let boxes = asking.frame(size: .minimum)
        let four = try #require(boxes.position(of: " 4 "))
        asking.press(.pointer(Pointer(.press, x: four.x + 1, y: four.y)))
        #expect(question.isDone && question.mood == 4 && !asking.isRunning)
    }
}
