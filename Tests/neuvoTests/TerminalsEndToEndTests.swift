import Foundation
import Testing

/// The terminals advisors really use (CONTRACT §10), through the real binary in tmux: the bytes PuTTY, the Linux console
/// and xterm send for the function keys, Home, End and Shift-Tab, whatever `TERM` says; a quick Esc; paste as text.
@Suite(.serialized)
struct TerminalsEndToEndTests {
    static let terms = ["xterm-256color", "screen-256color", "linux"]

    /// A workspace whose OS user is a supervisor (the day browser is theirs), and neuvo started in it under `term`.
    static func started(term: String) throws -> (Workspace, Tmux) {
        let workspace = try Workspace()
        try #"{"users": {"\#(Workspace.user)": "supervisor"}}"#.write(
            to: workspace.directory.appendingPathComponent("roles.json"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi", environment: ["TERM": term])
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        return (workspace, tmux)
    }

    @Test(arguments: terms)
    func everyFormOfTheFunctionKeysHomeEndAndShiftTabWorks(term: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (workspace, tmux) = try Self.started(term: term)
        _ = workspace
        // F1 in each form opens help; Esc closes it.
        for f1 in ["\u{1B}OP", "\u{1B}[11~", "\u{1B}[[A"] {
            try tmux.sendBytes(f1)
            try tmux.expectToSee("Ohje: Tänään")
            try tmux.send("Escape")
            try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        }
        // The form: Shift-Tab as ESC [ Z; F3 and F4 as PuTTY, the Linux console and xterm send them; F2 as PuTTY's.
        try tmux.send("n")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.sendBytes("\u{1B}[Z")
        try tmux.expectToSee("▸ Kanava")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.send("1", "1", "Enter", "1", "1", "Enter")
        try tmux.expectToSee("Etuudet ja toimeentulotuki")
        for (f3, f4) in [("\u{1B}[13~", "\u{1B}[14~"), ("\u{1B}[[C", "\u{1B}[[D"), ("\u{1B}OR", "\u{1B}OS")] {
            try tmux.sendBytes(f3)
            try tmux.expectToSee("Segmentointi")
            try tmux.send("Escape")
            try tmux.expectToSee("F3 Segmentointi")
            try tmux.sendBytes(f4)
            try tmux.expectToSee("Valitse ohjaus")
            try tmux.send("Escape")
            try tmux.expectToSee("F3 Segmentointi")
        }
        try tmux.sendBytes("\u{1B}[12~")
        try tmux.expectToSee("Yhteydenottoja 1")
        // F2 as xterm and the Linux console send it: each saves a contact of its own.
        for (count, f2) in [(2, "\u{1B}OQ"), (3, "\u{1B}[[B")] {
            try tmux.send("n")
            try tmux.expectToSee("▸ Miksi tänne")
            try tmux.send("1", "1", "Enter", "1", "Enter", "1")
            try tmux.expectToSee("Etuudet ja toimeentulotuki")
            try tmux.sendBytes(f2)
            try tmux.expectToSee("Yhteydenottoja \(count)")
        }
        // The day browser: Home and End in all four forms move within it, never leave it. F1 after them shows the
        // browser's help, so each was taken before it, and none as Esc.
        try tmux.send("b")
        try tmux.expectToSee("(sama viikonpäivä viikkoa aiemmin)")
        for (home, end) in [("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[7~", "\u{1B}[8~"), ("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF")] {
            try tmux.sendBytes(end)
            try tmux.sendBytes(home)
            try tmux.sendBytes("\u{1B}[[E\u{1B}[1;5A")
            try tmux.sendBytes("\u{1B}[11~")
            try tmux.expectToSee("Ohje: Päiväkatsaus")
            try tmux.send("Escape")
            try tmux.expectToSee("(sama viikonpäivä viikkoa aiemmin)")
        }
        try tmux.send("Escape")
        try tmux.expectToSee("Yhteydenottoja 3")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    /// Esc acts at once: the measured time from Esc to the frame without help is printed (the project's timings are
    /// printed, not asserted; the delay itself is asserted in `KeyDecoderTests`).
    @Test(arguments: terms)
    func escActsAtOnce(term: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (workspace, tmux) = try Self.started(term: term)
        _ = workspace
        // Beside it, F1's time to open help: what sending and reading the pane take, which Esc's time includes too.
        var esc: [Double] = [], f1: [Double] = []
        for _ in 1...5 {
            var sent = Date()
            try tmux.send("F1")
            let help = try tmux.waitFor(seconds: 10, pollEvery: 0.002) { $0.contains("Ohje: Tänään") }
            #expect(help.found, "F1 did not open help: \(help.screen)")
            f1.append(Date().timeIntervalSince(sent))
            sent = Date()
            try tmux.send("Escape")
            let gone = try tmux.waitFor(seconds: 10, pollEvery: 0.002) { !$0.contains("Ohje: Tänään") && $0.contains("Tänään ei ole") }
            #expect(gone.found, "Esc did not close help: \(gone.screen)")
            esc.append(Date().timeIntervalSince(sent))
        }
        let median = { (times: [Double]) in Int(times.sorted()[times.count / 2] * 1000) }
        print("TERM=\(term): Esc closes help in \(median(esc)) ms (median of 5), F1 opens it in \(median(f1)) ms")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    /// A paste is text, never commands, whatever `TERM` says: on Today nothing happens; into the identity code's field
    /// the code is taken.
    @Test(arguments: terms)
    func aPasteOnTodayChangesNothingAndIntoTheIdentityCodeTakesTheCode(term: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (workspace, tmux) = try Self.started(term: term)
        // As keys, this would open the form, fill it, save it and quit.
        try tmux.paste("n11\r1\r1\u{13}q")
        // F1 after it shows Today's help: the paste opened nothing.
        try tmux.send("F1")
        try tmux.expectToSee("Ohje: Tänään")
        try tmux.send("Escape")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        try tmux.send("n")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.send("C-t")
        try tmux.expectToSee("▸ Henkilötunnus")
        // A whole valid code: the form goes back to where Ctrl-T came from, the age group filled.
        try tmux.paste("150655" + "-902T\n")
        try tmux.expectToSee("65–74 vuotta")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.send("1", "1", "Enter", "1", "1", "Enter", "F2")
        try tmux.expectToSee("Yhteydenottoja 1")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let rows = try NeuvoProcess.run(["export", "--db", workspace.database])
        #expect(rows.status == 0, "\(rows.stderr)")
        #expect(rows.stdout.contains("65-74"), "the pasted code gave the age group: \(rows.stdout)")
    }

    /// Clicks through the real binary, whatever `TERM` says: a footer entry, a choice, a field, a row (a second click
    /// opens it); the mouse is reported with SGR coordinates while neuvo runs, and left to the terminal with `--no-mouse`.
    @Test(arguments: terms)
    func clicksOnTheFooterAChoiceAFieldAndARow(term: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (workspace, tmux) = try Self.started(term: term)
        _ = workspace
        #expect(try tmux.format("mouse_sgr_flag") == "1" && tmux.format("mouse_standard_flag") == "1")
        try tmux.click("Uusi yhteydenotto")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.click("Halusi asioida kasvokkain")
        try tmux.expectToSee("▸ Aiheet")
        try tmux.click("Asuminen")
        try tmux.expectToSee("Aiheet         Asuminen")
        try tmux.click("Henkilötunnus")
        try tmux.expectToSee("▸ Henkilötunnus")
        try tmux.click("Ratkesi")
        try tmux.expectToSee("▸ Ratkesi")
        try tmux.send("1", "1", "Enter")
        try tmux.click("Tallenna")
        try tmux.expectToSee("Yhteydenottoja 1")
        // The row, highlighted already (the only one): a click opens it.
        try tmux.click("Käynti")
        try tmux.expectToSee("(muok")
        try tmux.send("Escape")
        try tmux.expectToSee("Yhteydenottoja 1")
        try tmux.click("Lopeta")
        try tmux.expectToSee("EXITED 0")
        #expect(try tmux.format("mouse_sgr_flag") == "0" && tmux.format("mouse_standard_flag") == "0", "the mouse is given back")

        try tmux.clear()
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi --no-mouse", environment: ["TERM": term])
        try tmux.expectToSee("Yhteydenottoja 1")
        #expect(try tmux.format("mouse_standard_flag") == "0", "--no-mouse leaves the mouse to the terminal")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    /// The last clicks of issue 19 through the real binary: the handoff panel's consent and its own choices (language,
    /// urgency — each a click away whatever step has the focus), and the segmentation's chain ("c valitsee" or, inferred
    /// from the topics, "c vaihtaa").
    @Test func clicksOnTheHandoffPanelsChoicesAndTheSegmentationsChain() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (workspace, tmux) = try Self.started(term: "xterm-256color")
        _ = workspace
        try tmux.send("n", "1", "1", "Enter", "1", "1", "Enter", "F9")
        try tmux.click("k = kyllä")
        try tmux.expectToSee("▸ Nimi")
        try tmux.click("2 ruotsi")
        try tmux.expectToSee("[ruotsi]")
        try tmux.click("2 kiireellinen")
        try tmux.expectToSee("[kiireellinen]")
        try tmux.send("Escape", "F3")
        let seen = try tmux.waitFor { $0.contains("c valitsee") || $0.contains("c vaihtaa") }
        #expect(seen.found, "\(seen.screen)")
        let hint = seen.screen.contains("c valitsee") ? "c valitsee" : "c vaihtaa"
        try tmux.click(hint)
        let chosen = try tmux.waitFor { !$0.contains(hint) }
        #expect(chosen.found, "a click on \"\(hint)\" chose no chain: \(chosen.screen)")
    }

    /// A client answers the kiosk with taps alone, whatever `TERM` says: the language, 10, the answers, the thank-you; a
    /// tap on the hint below the boxes goes back a step, as Esc does.
    @Test(arguments: terms)
    func aClientAnswersTheKioskWithTapsAlone(term: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(
            neuvo: "feedback --db \(workspace.database) --lang fi", environment: FeedbackEndToEndTests.environment(workspace, extra: ["TERM": term]))
        try tmux.click("English")
        try tmux.expectToSee("How likely would you recommend this service")
        try tmux.click("Backspace: back")
        try tmux.expectToSee("Kerro meille, miten onnistuimme")
        try tmux.click("English")
        try tmux.expectToSee("How likely would you recommend this service")
        try tmux.click(" 10 ")
        try tmux.expectToSee("Did you get your matter settled?")
        try tmux.click("Partly")
        try tmux.expectToSee("Were you sent from one place")
        try tmux.click("Skip")
        try tmux.click("Thank you")
        try tmux.expectToSee("Kerro meille, miten onnistuimme")
        try tmux.send("C-x")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        #expect(try FeedbackEndToEndTests.export("feedback", workspace) == [
            "day,point,nps,settled,bounced", "2026-11-23,jarvenpaa-library,10,partly,",
        ])
    }

    /// `neuvo terminal-check` names what arrives — PuTTY's F1, a click, a paste — for whoever sets up a computer; a
    /// signal that ends neuvo gives the mouse and paste back to the terminal too.
    @Test func terminalCheckNamesClicksAndPastesAndASignalGivesTheMouseBack() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "terminal-check --lang en")
        try tmux.expectToSee("Last key: –")
        try tmux.sendBytes("\u{1B}[11~")
        try tmux.expectToSee("Last key: F1")
        try tmux.click("terminal check")
        try tmux.expectToSee("Last key: Click")
        try tmux.paste("n11")
        try tmux.expectToSee("Last key: Paste")
        #expect(try tmux.format("mouse_sgr_flag") == "1")
        let pid = try #require(try tmux.childProcess())
        #expect(kill(pid, SIGTERM) == 0)
        try tmux.expectToSee("EXITED 143")
        #expect(try tmux.format("mouse_sgr_flag") == "0" && tmux.format("mouse_standard_flag") == "0", "the signal handler gives the mouse back")
    }
}
