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
        #expect(try tmux.waitFor("Missä neuvontapisteessä työskentelet?").found)
        try tmux.send("3")
        #expect(try tmux.waitFor("Keravan palvelutori │").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
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
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        // n 1 1 Enter 1 Enter 1 F2: eight keystrokes, each waited for as an advisor would look.
        let steps: [(String, String)] = [
            ("n", "▸ Miksi tänne"), ("1", "▸ Aiheet"), ("1", "[x] 1 Etuudet"), ("Enter", "▸ Ohjaukset"),
            ("1", "[x] 1 Terveysasema"), ("Enter", "▸ Ratkesi"), ("1", "▸ Tunnistus"), ("F2", "tallennettu."),
        ]
        for (key, expected) in steps {
            try tmux.send(key)
            let shown = try tmux.waitFor(expected)
            #expect(shown.found, "after \(key): \(shown.screen)")
        }
        #expect(try tmux.waitFor("Yhteydenottoja 1").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
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
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        // Services for older people, no referral, resolved; then F7: the older people's line fits first.
        try tmux.send("n", "1", "8", "Enter", "Enter", "1")
        #expect(try tmux.waitFor("▸ Tunnistus").found)
        try tmux.send("F7")
        let lines = try tmux.waitFor("Sopivat tälle asiakkaalle")
        #expect(lines.found, "\(lines.screen)")
        #expect(lines.screen.contains("1 Ikäihmisten palveluohjauksen konsultaatio"), "\(lines.screen)")
        try tmux.send("1")
        let recorded = try tmux.waitFor("Konsultaatio kirjattu")
        #expect(recorded.found, "\(recorded.screen)")
        #expect(recorded.screen.contains("Konsultaatio   Ikäihmisten palveluohjauks"), "\(recorded.screen)")
        try tmux.send("F2")
        #expect(try tmux.waitFor("tallennettu.").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
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
        #expect(try tmux.waitFor("No contacts logged today").found)
        try tmux.send("n", "1", "h", "o", "u")
        #expect(try tmux.waitFor("Filter: hou").found)
        try tmux.resize(width: 60, height: 20)
        #expect(try tmux.waitFor("needs at least 80 × 24").found)
        try tmux.resize(width: 120, height: 35)
        let back = try tmux.waitFor("Filter: hou")
        #expect(back.found, "\(back.screen)")
        try tmux.send("Enter", "Enter", "Enter", "1", "F2")
        #expect(try tmux.waitFor("saved.").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
        #expect(try workspace.export().contains(",walk-in,housing,yes,"))
    }

    @Test func aKilledAppOffersTheHalfWrittenContactBack() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        try tmux.send("n", "1", "2", "Enter")
        #expect(try tmux.waitFor("▸ Ohjaukset").found)
        let pid = try #require(try tmux.childProcess())
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try tmux.waitFor("EXITED 137").found)
        try tmux.send("reset", "Enter")
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        let offer = try tmux.waitFor("Tallentamaton yhteydenotto")
        #expect(offer.found, "\(offer.screen)")
        #expect(offer.screen.contains("Käynti paikan päällä, Asuminen"))
        try tmux.send("Enter")
        let form = try tmux.waitFor("Aiheet         Asuminen")
        #expect(form.found, "\(form.screen)")
        #expect(form.screen.contains("Miksi tänne    Halusi asioida kasvokkain"))
        try tmux.send("Enter", "1", "F2")
        #expect(try tmux.waitFor("tallennettu.").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
        #expect(try workspace.export().contains(",walk-in,housing,yes,client,face-to-face,,no,"))
    }

    @Test func aSegmentationSavedWithTheContact() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 120, height: 40)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        try tmux.send("n", "1", "8", "Enter", "Enter", "2")
        #expect(try tmux.waitFor("▸ Tunnistus").found)
        try tmux.send("F3")
        #expect(try tmux.waitFor("C1  Selviydyn arjen askareista").found)
        // The client's six statements, then the professional's five aspects: a client who copes but needs a lot.
        for answer in ["4", "4", "5", "4", "3", "5", "3", "4", "4", "3", "2"] { try tmux.send(answer) }
        let scored = try tmux.waitFor("5/5 vastattu · 55,0 korkea")
        #expect(scored.found, "\(scored.screen)")
        #expect(scored.screen.contains("Yhteistyöasiakas"))
        try tmux.send("c", "c", "c")
        #expect(try tmux.waitFor("Ikäihmiset").found)
        try tmux.send("F2")
        let back = try tmux.waitFor("Segmentti: Yhteistyöasiakas")
        #expect(back.found, "\(back.screen)")
        try tmux.send("F2")
        #expect(try tmux.waitFor("tallennettu.").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
        let csv = try workspace.export()
        #expect(csv.contains(",walk-in,older-people,no,client,face-to-face,,no,"), "\(csv)")
        #expect(csv.contains(",collaboration,"), "\(csv)")
    }

    @Test func aFollowUpClosedWithANote() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        // Not resolved: a follow-up.
        try tmux.send("n", "1", "2", "Enter", "Enter", "2", "F2")
        #expect(try tmux.waitFor("Avoimia jatkotoimia 1").found)
        try tmux.send("f")
        #expect(try tmux.waitFor("Avoimia: 1").found)
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Muistiinpano:").found)
        try tmux.send("-l", "Soitettu, asia hoidettu")
        try tmux.send("Enter")
        let done = try tmux.waitFor("merkitty tehdyksi.")
        #expect(done.found, "\(done.screen)")
        try tmux.send("Escape")
        #expect(try tmux.waitFor("Avoimia jatkotoimia 0").found)
        #expect(try tmux.waitFor("hoidettu").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
    }

    /// CONTRACT §7: what became of a referral, set in follow-ups, is in the export.
    @Test func aReferralOutcomeSetInFollowUpsIsExported() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        // Not resolved, referred to the health station: a follow-up.
        try tmux.send("n", "1", "1", "Enter", "1", "Enter", "2", "F2")
        #expect(try tmux.waitFor("Avoimia jatkotoimia 1").found)
        try tmux.send("f")
        #expect(try tmux.waitFor("Avoimia: 1").found)
        try tmux.send("o")
        let panel = try tmux.waitFor("Terveysasema: Odottaa tietoa")
        #expect(panel.found, "\(panel.screen)")
        try tmux.send("2")
        let set = try tmux.waitFor("Terveysasema: Palvelu tavoitettu")
        #expect(set.found, "\(set.screen)")
        try tmux.send("Escape")
        let marked = try tmux.waitFor("Terveysasema ✓")
        #expect(marked.found, "\(marked.screen)")
        try tmux.send("Escape", "q")
        #expect(try tmux.waitFor("EXITED 0").found)
        let csv = try workspace.export()
        #expect(csv.contains(",health-station:reached,"), "\(csv)")
    }

    @Test func aKillDuringTheSegmentationLosesNoAnswer() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("Tänään ei ole vielä kirjattu").found)
        try tmux.send("n", "1", "F3")
        #expect(try tmux.waitFor("C1  Selviydyn arjen askareista").found)
        try tmux.send("4", "4", "5")
        #expect(try tmux.waitFor("3/6 vastattu").found)
        let pid = try #require(try tmux.childProcess())
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try tmux.waitFor("EXITED 137").found)
        try tmux.send("reset", "Enter")
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("Tallentamaton yhteydenotto").found)
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Segmentointi kesken – F3 jatkaa").found)
        try tmux.send("F3")
        let resumed = try tmux.waitFor("3/6 vastattu")
        #expect(resumed.found, "\(resumed.screen)")
        try tmux.send("Escape", "Escape", "q")
        #expect(try tmux.waitFor("EXITED 0").found)
    }
}
