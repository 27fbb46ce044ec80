import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// Issue 24: one earlier contact is "1 earlier contact", and the satisfaction scale's choices carry their number once.
struct PluralLabelTests {
    @Test(arguments: [
        (Language.fi, "1 aiempi yhteydenotto tästä asiasta:", "2 aiempaa yhteydenottoa tästä asiasta:"),
        (.sv, "1 tidigare kontakt i det här ärendet:", "2 tidigare kontakter i det här ärendet:"),
        (.en, "1 earlier contact on this matter:", "2 earlier contacts on this matter:"),
    ])
    func earlierContactsInTheSingularAndThePlural(language: Language, one: String, two: String) throws {
        let harness = try AppHarness(language: language)
        let code = try IdentityCode("150655" + "-902T")
        let ref = AppHarness.key.pseudonym(for: code)
        let actor = Actor(user: "test", command: "test")
        let point = Fixtures.catalog.points[0].code
        try harness.log.log(
            Contact(occurredAt: Fixtures.at("2026-11-20T09:00:00+02:00"), point: point, channel: "phone", topics: ["housing"],
                    resolved: false, clientRef: ref), by: actor)
        let topic = Fixtures.vocabulary.topic.terms.first { $0.code == "housing" }!.label[language]
        harness.type("n1" + String(topic.prefix(3)).lowercased() + "<enter><enter>1<enter><ctrl-t>150655-902T")
        #expect(harness.screen(Size(width: 120, height: 40)).contains(one), "\(harness.screen(Size(width: 120, height: 40)))")
        try harness.log.log(
            Contact(occurredAt: Fixtures.at("2026-11-21T09:00:00+02:00"), point: point, channel: "chat", topics: ["housing"],
                    resolved: false, clientRef: ref), by: actor)
        let again = try AppHarness(language: language, log: harness.log)
        again.type("n1" + String(topic.prefix(3)).lowercased() + "<enter><enter>1<enter><ctrl-t>150655-902T")
        #expect(again.screen(Size(width: 120, height: 40)).contains(two), "\(again.screen(Size(width: 120, height: 40)))")
    }

    @Test(arguments: Language.allCases)
    func theSatisfactionScaleNamesEachNumberOnce(language: Language) throws {
        let picker = try #require(ContactForm.pickers(AppHarness.context(language: language))[.satisfaction])
        #expect(picker.choices.map(\.code) == ["1", "2", "3", "4", "5"])
        for choice in picker.choices {
            #expect(choice.label.first?.isNumber == false, "\(choice.label)")
        }
    }
}
