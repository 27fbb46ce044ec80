import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// Paste is text, never commands (CONTRACT §10): into the focused text field through its own rules; ignored elsewhere.
struct PasteTests {
    @Test func aPasteOnTodayChangesNothing() throws {
        let harness = try AppHarness()
        let before = harness.screen()
        // Keys that would open the form, save and quit, if they were keys.
        harness.app.press(.paste("n11\r1\r1\u{13}q\u{3}"))
        #expect(harness.screen() == before)
        #expect(harness.app.isRunning)
        #expect(try harness.contacts().isEmpty)
    }

    @Test func aPastedIdentityCodeIsTakenAsTyped() throws {
        let harness = try AppHarness()
        let code = "150655" + "-902T"
        harness.type("n11<enter>1<enter><ctrl-t>")
        // Copied with its line break.
        harness.app.press(.paste(code + "\n"))
        #expect(harness.screen().contains("Ikäryhmä       65–74 vuotta"))
        harness.type("<f2>")
        let contact = try #require(try harness.contacts().first)
        #expect(contact.clientRef == AppHarness.key.pseudonym(for: try IdentityCode(code)))
    }

    @Test func aPasteKeepsToTheFieldsRules() throws {
        let harness = try AppHarness()
        // The duration keeps its digits; a choice list's filter narrows and nothing is chosen.
        harness.type("n11<enter>1<enter><tab><tab><tab><tab>")
        harness.app.press(.paste("25 min"))
        harness.type("<f2>")
        #expect(try harness.contacts().first?.durationMinutes == 25)
        var picker = Picker(choices: [Choice(code: "a", label: "Asuminen"), Choice(code: "b", label: "Terveys")], mode: .single)
        let pasted = picker.paste("1\n")
        #expect(pasted)
        #expect(picker.chosen.isEmpty && picker.filter == "1")
        var field = TextField(maxLength: 11)
        field.paste("  150655-902T-and-more\r\n")
        #expect(field.text == "150655-902T")
        #expect(TextField.pastable("a\tb\nc\u{7}") == "a b c")
    }
}
