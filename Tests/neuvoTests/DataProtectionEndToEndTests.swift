import Foundation
import Testing

/// CONTRACT §11 on the real terminal: the identity code masked once accepted, the idle cover after
/// `privacy.idle_minutes` (1 here, the least there is) and gone at a key that does nothing else, and nothing of a
/// contact left in the terminal's scrollback after the app.
@Suite(.serialized)
struct DataProtectionEndToEndTests {
    static let code = "150655" + "-902T"
    static let contactData = ["150655", "902T", "Henkilötunnus", "Yhteydenottoja", "Etuudet", "Terveysasema", "65–74"]

    @Test func theCodeIsMaskedTheIdleCoverHidesTheFormAndTheScrollbackKeepsNothing() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let set = try NeuvoProcess.run(["settings", "--idle-minutes", "1", "--db", workspace.database, "--lang", "en"])
        #expect(set.status == 0 && set.stdout.contains("Idle cover: 1 min after the last key"), "\(set.stdout)\(set.stderr)")
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        try tmux.send("n")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.send("C-t")
        try tmux.expectToSee("▸ Henkilötunnus")
        try tmux.send(Self.code)
        let masked = try tmux.expectToSee("150655-****")
        #expect(!masked.screen.contains("902T"), "\(masked.screen)")
        try tmux.expectToSee("65–74 vuotta")
        // A minute without a key: everything but the header goes.
        let covered = try tmux.waitFor(seconds: 180, pollEvery: 0.5) { $0.contains("Näyttö on peitetty") }
        #expect(covered.found, "no cover: \(covered.screen)")
        let lines = covered.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("Järvenpään") == true || lines.first?.contains("│") == true, "the header stays: \(covered.screen)")
        for data in Self.contactData + ["F1", "F2"] { #expect(!lines.dropFirst().joined().contains(data), "\(data) under the cover") }
        // F2 takes the cover away and saves nothing; the form is as it was.
        try tmux.send("F2")
        let back = try tmux.expectToSee("150655-****")
        #expect(!back.screen.contains("tallennettu") && !back.screen.contains("Näyttö on peitetty"), "\(back.screen)")
        try tmux.send("1", "1", "Enter", "1", "1", "Enter", "F2")
        try tmux.expectToSee("Yhteydenottoja 1")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let rows = try workspace.export().split(separator: "\n")
        #expect(rows.count == 2, "one contact (the uncovering F2 saved none): \(rows)")
        let history = try tmux.history()
        for data in Self.contactData { #expect(!history.contains(data), "\(data) stayed in the terminal:\n\(history)") }
    }

    /// A terminal without an alternate screen (vt100): the app wipes the screen as it ends, so that nothing of it stays.
    @Test func aTerminalWithoutAnAlternateScreenIsWipedAtTheEnd() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi", environment: ["TERM": "vt100"])
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        try tmux.send("n")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.send("C-t")
        try tmux.send(Self.code)
        try tmux.expectToSee("150655-****")
        try tmux.send("1", "1", "Enter", "1", "1", "Enter", "F2")
        try tmux.expectToSee("Yhteydenottoja 1")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let history = try tmux.history()
        for data in Self.contactData { #expect(!history.contains(data), "\(data) stayed in the terminal:\n\(history)") }
    }
}
