import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// CONTRACT §11 on screen: an accepted identity code shows masked from then on, and the idle cover hides everything
/// but the header until a key, which does nothing else.
struct DataProtectionScreenTests {
    static let code = "150655" + "-902T"
    static let masked = "150655-****"

    // MARK: - The mask

    @Test func anAcceptedCodeShowsMaskedOnEveryFrameAfterItWhereverTheFocusIs() throws {
        let harness = try AppHarness()
        harness.type("n11<enter>1<enter><ctrl-t>")
        var frames: [String] = []
        for key in Key.sequence(Self.code) {
            harness.app.press(key)
            frames.append(harness.screen())
        }
        // The last character accepts the code: from that frame on, only its date part and -****.
        #expect(frames.last?.contains("Henkilötunnus  " + Self.masked) == true, "\(frames.last ?? "")")
        #expect(harness.screen().contains("65–74 vuotta"))
        // Back on the field (Ctrl-T), moving in it, going through the other fields, the wide screen: still the mask.
        for script in ["<ctrl-t>", "<left>", "<home>", "<end>", "<tab>", "<tab><tab><tab>", "<backtab>"] {
            harness.type(script)
            for size in [Size.minimum, Size(width: 160, height: 50)] {
                let screen = harness.screen(size)
                #expect(!screen.contains(Self.code) && !screen.contains("902T"), "\(script): \(screen)")
            }
        }
        harness.type("<ctrl-t>")
        #expect(harness.cursorLine().contains(Self.masked), "the focused field shows the mask: \(harness.cursorLine())")
        #expect(harness.screen().contains("Kelvollinen henkilötunnus."), "\(harness.screen())")
        // Moving in the field forgets nothing: the contact is saved with the client's pseudonym and age group.
        harness.type("<left><right><enter><f2>")
        let saved = try #require(try harness.contacts().first)
        #expect(saved.clientRef == AppHarness.key.pseudonym(for: try IdentityCode(Self.code)))
        #expect(saved.ageGroup == "65-74")
    }

    @Test func aPastedCodeShowsMaskedAndBackspaceForgetsItForAnother() throws {
        let harness = try AppHarness()
        harness.type("n11<enter>1<enter><ctrl-t>")
        harness.app.press(.paste(Self.code))
        #expect(harness.screen().contains(Self.masked) && !harness.screen().contains(Self.code))
        // On the masked field Backspace forgets the client: no pseudonym, no age group from the code.
        harness.type("<ctrl-t><bs>")
        #expect(!harness.screen().contains(Self.masked))
        // Another code typed in its place is masked in its turn.
        let other = "010190" + "-123M"
        _ = try IdentityCode(other)
        harness.type(other)
        #expect(harness.screen().contains("010190-****") && !harness.screen().contains(other))
        harness.type("<f2>")
        #expect(try harness.contacts().first?.clientRef == AppHarness.key.pseudonym(for: try IdentityCode(other)))
    }

    @Test func theEarlierContactsOfARecognisedClientShowNoCode() throws {
        let harness = try AppHarness()
        let ref = AppHarness.key.pseudonym(for: try IdentityCode(Self.code))
        try harness.log.log(
            Contact(occurredAt: Fixtures.at("2026-11-20T09:00:00+02:00"), point: Fixtures.catalog.points[0].code, channel: "phone",
                    topics: ["housing"], resolved: false, clientRef: ref), by: Actor(user: "test", command: "test"))
        harness.type("n1asu<enter><enter>1<enter><ctrl-t>" + Self.code)
        let screen = harness.screen(Size(width: 160, height: 50))
        #expect(screen.contains("1 aiempi yhteydenotto tästä asiasta:"), "\(screen)")
        #expect(screen.contains(Self.masked) && !screen.contains(Self.code) && !screen.contains(ref))
    }

    // MARK: - The idle cover

    /// A terminal whose input is keys and quiet spells; the quiet advances the test's clock by each wait the app asks
    /// for, until the spell's end.
    final class QuietTerminal: Terminal {
        enum Step { case key(Key), quiet(until: Double) }
        var size: Size
        var steps: [Step]
        var clock = 0.0
        var frames: [Canvas] = []

        init(size: Size = .minimum, _ steps: [Step]) {
            self.size = size
            self.steps = steps
        }

        func readKey(timeout: Double?) -> Key? {
            guard let step = steps.first else { return nil }
            switch step {
            case .key(let key):
                steps.removeFirst()
                if key == .resize { size = Size(width: 120, height: 40) }
                return key
            case .quiet(let until):
                clock = min(until, clock + (timeout ?? until))
                if clock >= until { steps.removeFirst() }
                return nil
            }
        }

        var inputEnded: Bool { steps.isEmpty }
        func present(_ canvas: Canvas) { frames.append(canvas) }
        var last: String { frames.last?.text ?? "" }
    }

    static func keys(_ script: String) -> [QuietTerminal.Step] { Key.sequence(script).map { .key($0) } }

    /// Every screen's help (F1) says, after its keys, what the idle cover does, after how many minutes this database has it, and how to
    /// change it; or that it is off.
    @Test func theHelpSaysWhatTheIdleCoverDoesAndHowToChangeIt() throws {
        for (setting, expected) in [(7.0 * 60, "painettu 7 minuuttiin"), (0, "Näytön peitto on pois päältä")] as [(Double, String)] {
            for script in ["<f1>", "n<f1>", "b<f1>"] {
                let harness = try AppHarness(role: .supervisor)
                harness.app.idleCoverAfter = setting
                harness.type(script)
                #expect(harness.app.top is HelpScreen)
                let help = harness.screen(Size(width: 120, height: 100))
                #expect(help.contains(expected) && help.contains("--idle-minutes"), "\(script): \(help)")
            }
        }
    }

    @Test func afterTheIdleMinutesOnlyTheHeaderShowsAndTheKeyThatUncoversDoesNothingElse() throws {
        let harness = try AppHarness()
        harness.app.idleCoverAfter = 5 * 60
        let terminal = QuietTerminal(
            Self.keys("n11<enter>1<enter><ctrl-t>" + Self.code) + [.quiet(until: 299.5), .quiet(until: 400), .key(.resize), .key(.function(2))])
        var stamped: [(at: Double, frame: Canvas)] = []
        var counted = 0
        harness.app.run(on: terminal, uptime: {
            // Each frame with the clock it was drawn at.
            while counted < terminal.frames.count {
                stamped.append((terminal.clock, terminal.frames[counted]))
                counted += 1
            }
            return terminal.clock
        })
        stamped += terminal.frames[counted...].map { (terminal.clock, $0) }
        let cover = "Näyttö on peitetty"
        let form = try #require(stamped.last { !$0.frame.text.contains(cover) && $0.at < 300 }?.frame)
        #expect(form.text.contains(Self.masked))
        #expect(!stamped.contains { $0.at < 300 && $0.frame.text.contains(cover) }, "covered early")
        // Five minutes without a key: everything but the header goes.
        let covered = try #require(stamped.first { $0.frame.text.contains(cover) }?.frame, "no cover")
        #expect(covered.lines[0] == form.lines[0], "the header stays")
        #expect(covered.text.contains("5 min"))
        for hidden in [Self.masked, "Henkilötunnus", "65–74", "Kanava", "F1", "F2"] {
            #expect(!covered.lines.dropFirst().joined().contains(hidden), "\(hidden) under the cover: \(covered.text)")
        }
        // A resize is no key: still covered, at the new size.
        let resized = try #require(stamped.first { $0.frame.size.width == 120 }?.frame)
        #expect(resized.text.contains(cover) && !resized.text.contains("Henkilötunnus"))
        // The key that uncovers (here F2, the save) does nothing else: nothing saved, the form as it was.
        #expect(!harness.app.isCovered)
        #expect(try harness.contacts().isEmpty, "the uncovering key saved the contact")
        #expect(terminal.last.contains(Self.masked) && terminal.last.contains("65–74 vuotta") && !terminal.last.contains(cover))
        // The next key is a key again.
        terminal.steps = Self.keys("<f2>")
        harness.app.run(on: terminal, uptime: { terminal.clock })
        #expect(try harness.contacts().count == 1)
    }

    @Test func aCoveredTodayTakesNoKeyClickOrPaste() throws {
        let harness = try AppHarness()
        harness.app.idleCoverAfter = 60
        let before = harness.screen()
        for uncovering in [Key.character("n"), .pointer(Pointer(.press, x: 1, y: 1)), .paste("n11")] {
            let terminal = QuietTerminal([.quiet(until: 61), .key(uncovering)])
            harness.app.run(on: terminal, uptime: { terminal.clock })
            #expect(terminal.frames.contains { $0.text.contains("Näyttö on peitetty") })
            #expect(!harness.app.isCovered && harness.screen() == before, "\(uncovering) acted: \(harness.screen())")
        }
    }

    @Test func zeroMinutesOrNoneNeverCovers() throws {
        for setting in [nil, 0.0] {
            let harness = try AppHarness()
            harness.app.idleCoverAfter = setting
            let terminal = QuietTerminal([.quiet(until: 3600)])
            harness.app.run(on: terminal, uptime: { terminal.clock })
            #expect(!harness.app.isCovered && !terminal.frames.contains { $0.text.contains("Näyttö on peitetty") })
        }
    }

    /// The client's kiosk (and the wall's board, the mood question: every screen with the terminal to itself) shows no
    /// client's data and is meant to be seen while no one types: never covered.
    @Test func theKioskIsNeverCovered() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let app = FeedbackKioskTests.app(FeedbackKioskTests.kiosk(log: log), log: log)
        app.idleCoverAfter = 60
        let terminal = QuietTerminal([.quiet(until: 3600)])
        app.run(on: terminal, uptime: { terminal.clock })
        #expect(!app.isCovered && !terminal.frames.contains { $0.text.contains("Näyttö on peitetty") })
    }
}
