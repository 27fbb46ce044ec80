import Foundation
import Testing

/// The advisor's screens through the real binary in tmux, the way an advisor uses them.
@Suite(.serialized)
struct AdvisorEndToEndTests {
    @Test func theFirstStartAsksForThePointAndRemembersIt() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace(point: nil)
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Missä neuvontapisteessä työskentelet?")
        try tmux.send("3")
        try tmux.expectToSee("Keravan palvelutori │")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        let again = try tmux.waitFor("Keravan palvelutori │ ")
        #expect(again.found && !again.screen.contains("Missä neuvontapisteessä"), "\(again.screen)")
        try tmux.send("q")
    }

    /// The README's typical walk-in, key by key, then found by `neuvo export`.
    @Test func theTypicalWalkInWithTheDocumentedKeystrokes() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        // n 1 1 Enter 1 1 Enter F2: eight keystrokes, each waited for as an advisor would look.
        let steps: [(String, String)] = [
            ("n", "▸ Miksi tänne"), ("1", "▸ Aiheet"), ("1", "[x] 1 Etuudet"), ("Enter", "▸ Ratkesi"),
            ("1", "▸ Ohjaukset"), ("1", "[x] 1 Terveysasema"), ("Enter", "▸ Palveluaukot"), ("F2", "tallennettu."),
        ]
        for (key, expected) in steps {
            try tmux.send(key)
            let shown = try tmux.waitFor(expected)
            #expect(shown.found, "after \(key): \(shown.screen)")
        }
        try tmux.expectToSee("Yhteydenottoja 1")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let csv = try workspace.export()
        #expect(csv.contains(",jarvenpaa-library,walk-in,benefits,yes,client,face-to-face,health-station,no,unknown,social,"), "\(csv)")
    }

    /// CONTRACT §8: the advisor opens the consultation lines from the form (F7), records the one that fits the client,
    /// and `neuvo export` has it in the `consultation` column.
    @Test func aConsultationRecordedInTheFormIsExported() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        // Services for older people, resolved, no referral; then F7: the older people's line fits first.
        try tmux.send("n", "1", "8", "Enter", "1", "Enter")
        try tmux.expectToSee("▸ Palveluaukot")
        try tmux.send("F7")
        // Each wait is for the very line expected: the screen is drawn in parts, and a header can show before its list.
        try tmux.expectToSee("Sopivat tälle asiakkaalle")
        try tmux.expectToSee("1 Ikäihmisten palveluohjauksen konsultaatio")
        try tmux.send("1")
        try tmux.expectToSee("Konsultaatio kirjattu")
        try tmux.expectToSee("Konsultaatio   Ikäihmisten palveluohjauk…")
        try tmux.send("F2")
        try tmux.expectToSee("tallennettu.")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let rows = try workspace.export().split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(rows.first?.firstIndex(of: "consultation"), "\(rows.first ?? [])")
        #expect(rows.count == 2)
        #expect(rows.last?[column] == "older-people-expert", "\(rows)")
    }

    @Test func aResizeDuringInputKeepsWhatWasTyped() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang en")
        try tmux.expectToSee("No contacts logged today")
        try tmux.send("n", "1", "h", "o", "u")
        try tmux.expectToSee("Filter: hou")
        try tmux.resize(width: 60, height: 20)
        try tmux.expectToSee("needs at least 80 × 24")
        try tmux.resize(width: 120, height: 35)
        try tmux.expectToSee("Filter: hou")
        try tmux.send("Enter", "Enter", "Enter", "1", "F2")
        try tmux.expectToSee("saved.")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        #expect(try workspace.export().contains(",walk-in,housing,yes,"))
    }

    @Test func aKilledAppOffersTheHalfWrittenContactBack() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        try tmux.send("n", "1", "2", "Enter")
        try tmux.expectToSee("▸ Ratkesi")
        let pid = try #require(try tmux.childProcess())
        #expect(kill(pid, SIGKILL) == 0)
        try tmux.expectToSee("EXITED 137")
        try tmux.send("reset", "Enter")
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        let offer = try tmux.expectToSee("Tallentamaton yhteydenotto")
        #expect(offer.screen.contains("Käynti paikan päällä, Asuminen"))
        try tmux.send("Enter")
        let form = try tmux.expectToSee("Aiheet         Asuminen")
        #expect(form.screen.contains("Miksi tänne    Halusi asioida kasvokkain"))
        try tmux.send("1", "Enter", "F2")
        try tmux.expectToSee("tallennettu.")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        #expect(try workspace.export().contains(",walk-in,housing,yes,client,face-to-face,,no,"))
    }

    @Test func aSegmentationSavedWithTheContact() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 120, height: 40)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        try tmux.send("n", "1", "8", "Enter", "2", "Enter")
        try tmux.expectToSee("▸ Palveluaukot")
        try tmux.send("F3")
        try tmux.expectToSee("C1  Selviydyn arjen askareista")
        // The client's six statements, then the professional's five aspects: a client who copes but needs a lot.
        for answer in ["4", "4", "5", "4", "3", "5", "3", "4", "4", "3", "2"] { try tmux.send(answer) }
        let scored = try tmux.expectToSee("5/5 vastattu · 55,0 korkea")
        #expect(scored.screen.contains("Yhteistyöasiakas"))
        try tmux.send("c", "c", "c")
        try tmux.expectToSee("Ikäihmiset")
        try tmux.send("F2")
        try tmux.expectToSee("Segmentti: Yhteistyöasiakas")
        try tmux.send("F2")
        try tmux.expectToSee("tallennettu.")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let csv = try workspace.export()
        #expect(csv.contains(",walk-in,older-people,no,client,face-to-face,,no,"), "\(csv)")
        #expect(csv.contains(",collaboration,"), "\(csv)")
    }

    @Test func aFollowUpClosedWithANote() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        // Not resolved: a follow-up.
        try tmux.send("n", "1", "2", "Enter", "2", "F2")
        try tmux.expectToSee("Avoimia jatkotoimia 1")
        try tmux.send("f")
        try tmux.expectToSee("Avoimia: 1")
        try tmux.send("Enter")
        try tmux.expectToSee("Muistiinpano:")
        try tmux.send("-l", "Soitettu, asia hoidettu")
        try tmux.send("Enter")
        try tmux.expectToSee("merkitty tehdyksi.")
        try tmux.send("Escape")
        try tmux.expectToSee("Avoimia jatkotoimia 0")
        try tmux.expectToSee("hoidettu")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    /// CONTRACT §7: what became of a referral, set in follow-ups, is in the export.
    @Test func aReferralOutcomeSetInFollowUpsIsExported() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        // Not resolved, referred to the health station: a follow-up.
        try tmux.send("n", "1", "1", "Enter", "2", "1", "Enter", "F2")
        try tmux.expectToSee("Avoimia jatkotoimia 1")
        try tmux.send("f")
        try tmux.expectToSee("Avoimia: 1")
        try tmux.send("o")
        try tmux.expectToSee("Terveysasema: Odottaa tietoa")
        try tmux.send("2")
        try tmux.expectToSee("Terveysasema: Palvelu tavoitettu")
        try tmux.send("Escape")
        try tmux.expectToSee("Terveysasema ✓")
        try tmux.send("Escape", "q")
        try tmux.expectToSee("EXITED 0")
        let csv = try workspace.export()
        #expect(csv.contains(",health-station:reached,"), "\(csv)")
    }

    @Test func aKillDuringTheSegmentationLosesNoAnswer() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        try tmux.send("n", "1", "F3")
        try tmux.expectToSee("C1  Selviydyn arjen askareista")
        try tmux.send("4", "4", "5")
        try tmux.expectToSee("3/6 vastattu")
        let pid = try #require(try tmux.childProcess())
        #expect(kill(pid, SIGKILL) == 0)
        try tmux.expectToSee("EXITED 137")
        try tmux.send("reset", "Enter")
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tallentamaton yhteydenotto")
        try tmux.send("Enter")
        try tmux.expectToSee("Segmentointi kesken – F3 jatkaa")
        try tmux.send("F3")
        try tmux.expectToSee("3/6 vastattu")
        try tmux.send("Escape", "Escape", "q")
        try tmux.expectToSee("EXITED 0")
    }
}
