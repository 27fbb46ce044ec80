import Foundation
import Testing
import TestSupport

/// The warm handoff through the real binary, two processes on one SQLite file in two tmux panes (CONTRACT §9): an
/// advisor saves a contact with a handoff; `neuvo queue --service CODE` shows it without a key, takes it, records a try
/// and closes it reached; the advisor's follow-ups show the result.
@Suite(.serialized)
struct HandoffEndToEndTests {
    @Test func anAdvisorSendsAndTheServiceTakesTriesAndClosesAndTheAdvisorSeesTheOutcome() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let advisor = try Tmux(width: 100, height: 30)
        try advisor.start(neuvo: "--db \(workspace.database) --lang fi")
        try advisor.expectToSee("Tänään ei ole vielä kirjattu")
        let service = try Tmux(width: 100, height: 30)
        try service.start(neuvo: "queue --service health-station --db \(workspace.database) --lang fi")
        try service.expectToSee("Ei avoimia yhteydenottopyyntöjä")
        // The typical walk-in with a referral to the health station, and its handoff: consent, name, number, Finnish,
        // no time, urgent, no note — and save.
        try advisor.send("n", "1", "1", "Enter", "1", "1", "Enter", "F9")
        try advisor.expectToSee("Suostuuko asiakas")
        try advisor.send("k", "Testi Asiakas", "Enter", "040 123 4567", "Enter", "1", "Enter", "2", "Enter", "F2")
        try advisor.expectToSee("yhteydenottopyyntö lähetetty palveluun")
        // The service's queue shows it with no key pressed (the app's tick), urgent.
        try service.expectToSee("kiireellinen")
        try service.send("Enter")
        try service.expectToSee("Testi Asiakas")
        try service.expectToSee("040 123 4567")
        try service.send("o")
        try service.expectToSee("otettu")
        try service.send("v")
        try service.expectToSee("Yritys kirjattu")
        try service.send("s")
        try service.expectToSee("1 = tavoitettu")
        try service.send("1")
        try service.expectToSee("suljettu: Asiakas tavoitettu")
        try service.expectToSee("Ei avoimia yhteydenottopyyntöjä")
        // The advisor's follow-ups: what became of it.
        try advisor.send("f")
        try advisor.expectToSee("Asiakas tavoitettu, yrityksiä 1")
        try service.send("q")
        try service.expectToSee("EXITED 0")
    }

    @Test func aTrainerPlaysTheReceivingServiceInASecondTerminalOnTheDemosFile() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let demo = workspace.path("demo.sqlite")
        let trainer = try Tmux(width: 100, height: 30)
        try trainer.start(neuvo: "demo --db \(demo) --days 2 --lang fi")
        try trainer.expectToSee("Yhteydenottoja")
        let service = try Tmux(width: 100, height: 30)
        try service.start(neuvo: "queue --service health-station --db \(demo) --lang fi")
        let queue = try service.expectToSee("Palvelut: Terveysasema")
        #expect(queue.screen.contains("DEMO"), "the queue on the demo's file carries the demo's mark")
        try trainer.send("n", "1", "1", "Enter", "1", "1", "Enter", "F9", "k", "Demo Asiakas", "Enter", "040 765 4321", "Enter", "F2")
        try trainer.expectToSee("yhteydenottopyyntö lähetetty palveluun")
        // The newest normal one is the queue's last; it shows with no key pressed.
        let arrived = try service.waitFor { $0.contains("0 min") && $0.contains("uusi") }
        #expect(arrived.found, "\(arrived.screen)")
        try service.send("End", "Enter")
        try service.expectToSee("Demo Asiakas")
        try service.send("o")
        try service.expectToSee("otettu")
        try service.send("Escape", "q")
        try service.expectToSee("EXITED 0")
    }
}
