import Testing
import Terminal
@testable import Screens

/// Topics as the vocabulary might name them; the codes are made up for the tests.
let topicChoices = [
    Choice(code: "income", label: "Toimeentulo ja talous"),
    Choice(code: "jobs", label: "Työllisyys"),
    Choice(code: "adultsw", label: "Aikuissosiaalityö"),
    Choice(code: "east", label: "Itä-Uusimaa"),
    Choice(code: "vote", label: "Äänioikeus"),
    Choice(code: "morning", label: "Aamuryhmä"),
    Choice(code: "social", label: "Social work"),
    Choice(code: "kela", label: "Kansaneläkelaitos"),
]

/// Presses `script`'s keys; returns what each did.
@discardableResult
func press(_ picker: inout Picker, _ script: String) -> [Picker.Outcome] {
    Key.sequence(script).map { picker.handle($0) }
}

struct PickerFilterTests {
    func found(_ filter: String, in choices: [Choice] = topicChoices) -> [String] {
        var picker = Picker(choices: choices, mode: .multiple)
        press(&picker, filter)
        #expect(picker.filter == filter)
        return picker.visible.map(\.code)
    }

    @Test func anEmptyFilterShowsEverything() {
        #expect(found("") == topicChoices.map(\.code))
    }

    @Test func wordsMatchAtTheirStartWhateverTheCase() {
        #expect(found("aik") == ["adultsw"])
        #expect(found("AIKUIS") == ["adultsw"])
        #expect(found("sos") == [])  // inside a word, not at its start
        #expect(found("soc") == ["social"])
        // Space chooses, so words of a filter are typed apart with other punctuation.
        #expect(found("wo-so") == ["social"])  // every word, in any order
        #expect(found("soc,x") == [])
        #expect(found("tal.toim") == ["income"])
        #expect(found("uus") == ["east"])  // after the hyphen
    }

    @Test func lettersWithoutMarksFindLettersWithThem() {
        #expect(found("ty") == ["jobs"])
        #expect(found("tyo") == ["jobs"])  // and not Aikuissosiaalityö: its "työ" is inside a word
        #expect(found("tyol") == ["jobs"])
        #expect(found("ita") == ["east"])
        #expect(found("itä-uu") == ["east"])
        #expect(found("aa") == ["vote", "morning"])
        #expect(found("kansanela") == ["kela"])
    }

    @Test func lettersWithMarksFindOnlyThemselves() {
        #expect(found("ää") == ["vote"])
        #expect(found("ÄÄ") == ["vote"])
        #expect(found("äa") == ["vote"])  // the plain a still finds ä
        #expect(found("äm") == [])
        #expect(found("työ") == ["jobs"])
        #expect(found("töy") == [])
        #expect(found("ä") == ["vote"])
        #expect(found("ö") == [])
        #expect(found("a") == ["adultsw", "vote", "morning"])
    }

    @Test func decomposedLettersAreTheSameLetters() {
        let choices = [Choice(code: "x", label: "Ita\u{0308}-Uusimaa"), Choice(code: "y", label: "Åland")]
        #expect(found("itä", in: choices) == ["x"])
        #expect(found("ita\u{0308}", in: choices) == ["x"])
        #expect(found("ita", in: choices) == ["x"])
        #expect(found("ala", in: choices) == ["y"])
        #expect(found("åla", in: choices) == ["y"])
    }

    @Test func codesAreSearchedToo() {
        #expect(found("kel") == ["kela"])  // the code, though no word of the label starts so
        #expect(found("morn") == ["morning"])
        #expect(found("vot") == ["vote"])
    }

    @Test func onlyLettersAndDigitsMakeWords() {
        #expect(found("-") == topicChoices.map(\.code))
        #expect(found("ty.") == ["jobs"])
    }
}

struct PickerKeyTests {
    @Test func typingNarrowsAndBackspaceAndEscUndo() {
        var picker = Picker(choices: topicChoices, mode: .single)
        #expect(press(&picker, "<bs><esc>") == [.ignored, .ignored])
        #expect(press(&picker, "tyx") == [.changed, .changed, .changed])
        #expect(picker.visible.isEmpty && picker.highlighted == nil)
        #expect(press(&picker, "<bs>") == [.changed])
        #expect(picker.filter == "ty" && picker.visible.map(\.code) == ["jobs"])
        #expect(press(&picker, "<esc>") == [.changed])
        #expect(picker.filter == "" && picker.visible.count == topicChoices.count)
        #expect(press(&picker, "<esc>") == [.ignored])
    }

    @Test func aFilterChangeHighlightsTheFirstVisibleChoice() {
        var picker = Picker(choices: topicChoices, mode: .single)
        press(&picker, "<down><down><down><down>")
        #expect(picker.highlighted?.code == "vote")
        press(&picker, "a")
        #expect(picker.navigator.selected == 0 && picker.highlighted?.code == "adultsw")
        press(&picker, "<down>")
        #expect(picker.highlighted?.code == "vote")
        press(&picker, "<bs>")
        #expect(picker.highlighted?.code == "income")
    }

    @Test func oneVisibleChoiceIsNotChosenByItself() {
        var picker = Picker(choices: topicChoices, mode: .single)
        #expect(press(&picker, "ty") == [.changed, .changed])
        #expect(picker.chosen == [] && picker.highlighted?.code == "jobs")
        #expect(press(&picker, "<enter>") == [.picked])
        #expect(picker.chosen == ["jobs"] && picker.filter == "")
    }

    @Test func digitsInSingleModePickTheNthVisibleChoice() {
        var picker = Picker(choices: topicChoices, mode: .single)
        #expect(press(&picker, "3") == [.picked])
        #expect(picker.chosen == ["adultsw"])
        #expect(picker.highlighted?.code == "adultsw")
        #expect(press(&picker, "a2") == [.changed, .picked])  // a: Aikuissosiaalityö, Äänioikeus, Aamuryhmä
        #expect(picker.chosen == ["vote"] && picker.filter == "")
        #expect(picker.highlighted?.code == "vote")  // ready for the next visit
        #expect(press(&picker, "0") == [.ignored])
        #expect(press(&picker, "a4") == [.changed, .ignored])  // only three visible
        #expect(picker.filter == "a" && picker.chosen == ["vote"])
    }

    @Test func digitsInMultipleModeToggleAndClearTheFilter() {
        var picker = Picker(choices: topicChoices, mode: .multiple)
        #expect(press(&picker, "2") == [.changed])
        #expect(picker.chosen == ["jobs"])
        #expect(press(&picker, "aa1") == [.changed, .changed, .changed])
        #expect(picker.chosen == ["jobs", "vote"] && picker.filter == "")
        #expect(press(&picker, "2") == [.changed])
        #expect(picker.chosen == ["vote"])
        #expect(press(&picker, "09") == [.ignored, .ignored])  // eight choices
    }

    @Test func chosenCodesFollowTheOrderOfTheChoices() {
        var picker = Picker(choices: topicChoices, mode: .multiple)
        press(&picker, "8614")
        #expect(picker.chosen == ["income", "east", "morning", "kela"])
        picker.toggle("east")
        picker.toggle("jobs")
        picker.toggle("nosuchcode")
        #expect(picker.chosen == ["income", "jobs", "morning", "kela"])
        picker.setChosen(["social", "nosuchcode", "jobs"])
        #expect(picker.chosen == ["jobs", "social"])
        #expect(Picker(choices: topicChoices, mode: .multiple, chosen: ["kela", "jobs"]).chosen == ["jobs", "kela"])
    }

    @Test func singleModeHoldsOneCode() {
        var picker = Picker(choices: topicChoices, mode: .single, chosen: ["nosuchcode", "kela", "jobs"])
        #expect(picker.chosen == ["kela"])
        #expect(picker.highlighted?.code == "kela")  // Enter keeps the choice
        picker.toggle("jobs")
        #expect(picker.chosen == ["jobs"])
        picker.toggle("jobs")
        #expect(picker.chosen == ["jobs"])
        picker.setChosen([])
        #expect(picker.chosen == [])
    }

    @Test func enterInSingleMode() {
        var picker = Picker(choices: topicChoices, mode: .single)
        #expect(press(&picker, "<down><enter>") == [.changed, .picked])
        #expect(picker.chosen == ["jobs"])
        #expect(press(&picker, "zz<enter>") == [.changed, .changed, .ignored])
        #expect(picker.chosen == ["jobs"] && picker.filter == "zz")
    }

    @Test func enterInMultipleMode() {
        var picker = Picker(choices: topicChoices, mode: .multiple)
        #expect(press(&picker, "<enter>") == [.done])
        #expect(press(&picker, "kans<enter>") == [.changed, .changed, .changed, .changed, .changed])
        #expect(picker.chosen == ["kela"] && picker.filter == "")
        #expect(picker.highlighted?.code == "kela")
        #expect(press(&picker, "soc<enter>") == [.changed, .changed, .changed, .changed])
        #expect(picker.chosen == ["social", "kela"])
        #expect(press(&picker, "zz<enter>") == [.changed, .changed, .ignored])
        #expect(press(&picker, "<esc><enter>") == [.changed, .done])
        #expect(picker.chosen == ["social", "kela"])
    }

    @Test func spaceTogglesInMultipleAndPicksInSingle() {
        var multiple = Picker(choices: topicChoices, mode: .multiple)
        #expect(press(&multiple, "<space><down><space>") == [.changed, .changed, .changed])
        #expect(multiple.chosen == ["income", "jobs"])
        #expect(press(&multiple, "a<space>") == [.changed, .changed])
        #expect(multiple.chosen == ["income", "jobs", "adultsw"] && multiple.filter == "a")
        #expect(press(&multiple, "<space>") == [.changed])
        #expect(multiple.chosen == ["income", "jobs"])
        #expect(press(&multiple, "z<space>") == [.changed, .ignored])

        var single = Picker(choices: topicChoices, mode: .single)
        #expect(press(&single, "<end><space>") == [.changed, .picked])
        #expect(single.chosen == ["kela"])
    }

    @Test func movingTheHighlight() {
        var picker = Picker(choices: topicChoices, mode: .single)
        picker.pageHeight = 3
        #expect(press(&picker, "<down><pgdn><up><end><home>") == Array(repeating: .changed, count: 5))
        #expect(picker.highlighted?.code == "income")
        press(&picker, "<pgdn><pgdn>")
        #expect(picker.highlighted?.code == "social")
        #expect(picker.navigator.offset == 4)
        picker.pageHeight = 8
        #expect(picker.navigator.offset == 0)
    }

    @Test func keysForTheFormAreIgnored() {
        var picker = Picker(choices: topicChoices, mode: .multiple)
        press(&picker, "ty")
        let before = picker
        #expect(press(&picker, "<tab><s-tab><ctrl-s><f2><left><right><del><resize>").allSatisfy { $0 == .ignored })
        #expect(picker == before)
        #expect(picker.handle(.character("\t")) == .ignored)
    }
}
