import Foundation
import Guidance
import Testing
import TestSupport

/// A team on one PostgreSQL database, through the real binary in tmux: two advisors at their own points and a
/// supervisor, each with a login of their own, roles granted with `neuvo roles` by the database's owner.
@Suite(.serialized)
struct TeamEndToEndTests {
    /// A fresh database made by `neuvo init`, with the logins `<prefix>_anna` (advisor at Järvenpää), `<prefix>_bert`
    /// (advisor at Kerava) and `<prefix>_sara` (supervisor); returns the URI of each login.
    static func team() throws -> (owner: String, anna: String, bert: String, sara: String) {
        let owner = try Backend.freshPostgresDatabase()
        let cluster = try PostgresCluster.shared
        let prefix = "e2e" + UUID().uuidString.prefix(6).lowercased()
        func uri(_ name: String) -> String { owner.replacingOccurrences(of: "user=neuvo_owner", with: "user=\(prefix)_\(name)") }
        for name in ["anna", "bert", "sara"] { try cluster.createLogin("\(prefix)_\(name)") }
        for arguments in [
            ["--set", "\(prefix)_anna=advisor", "--point", "jarvenpaa-library"],
            ["--set", "\(prefix)_bert=advisor", "--point", "kerava-service-centre"],
            ["--set", "\(prefix)_sara=supervisor"],
        ] {
            let set = try NeuvoProcess.run(["roles", "--db", owner] + arguments)
            #expect(set.status == 0, "\(set.stderr)")
        }
        return (owner, uri("anna"), uri("bert"), uri("sara"))
    }

    /// The summary's contact count on the day browser (today, beside the comparison day).
    static func browsedContacts(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("  Yhteydenotot ") && !$0.contains("vk") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    @Test func anAdvisorsSaveShowsOnTheSupervisorsOpenBrowserAndNotToAnAdvisorElsewhere() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let team = try Self.team()
        let sara = try Tmux(width: 100, height: 30)
        try sara.start(neuvo: "--db '\(team.sara)' --lang fi")
        try sara.expectToSee("b Päiväkatsaus")
        try sara.send("b")
        let before = try sara.waitFor { Self.browsedContacts($0) == 0 }
        #expect(before.found, "\(before.screen)")

        let anna = try Tmux(width: 100, height: 30)
        try anna.start(neuvo: "--db '\(team.anna)' --lang fi")
        try anna.expectToSee("Järvenpään pääkirjasto")
        try anna.send("n", "1", "1", "Enter", "1", "1", "Enter", "F2")
        try anna.expectToSee("Yhteydenottoja 1")

        // Without a key pressed on the supervisor's screen.
        let shown = try sara.waitFor(seconds: 3) { Self.browsedContacts($0) == 1 }
        #expect(shown.found, "the supervisor's browser did not show the save within 3 s:\n\(shown.screen)")

        // The other advisor works at Kerava only: the screens offer no other point, and the server gives no row of it.
        let bert = try Tmux(width: 100, height: 30)
        try bert.start(neuvo: "--db '\(team.bert)' --lang fi")
        try bert.expectToSee("Keravan palvelutori")
        try bert.send("c")
        let points = try bert.expectToSee("Keravan palvelutori – Kerava")
        #expect(!points.screen.contains("Järvenpään pääkirjasto"))
        #expect(points.screen.contains("Tietokanta antaa sinulle nämä pisteet"), "nothing is kept in a file on a team's database")
        let bertsExport = try NeuvoProcess.run(["export", "--db", team.bert])
        #expect(bertsExport.status == 0, "\(bertsExport.stderr)")
        #expect(!bertsExport.stdout.contains("jarvenpaa-library"))
        let annasExport = try NeuvoProcess.run(["export", "--db", team.anna])
        #expect(annasExport.stdout.contains("jarvenpaa-library,walk-in"))

        for tmux in [anna, bert, sara] { try tmux.send("C-c") }
        try sara.expectToSee("EXITED 0")
    }

    @Test func aTrainerAndALoginWithoutARoleAreToldWhyAndLeave() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let team = try Self.team()
        let cluster = try PostgresCluster.shared
        let login = "e2e_norole_" + UUID().uuidString.prefix(6).lowercased()
        try cluster.createLogin(login)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db '\(team.owner.replacingOccurrences(of: "user=neuvo_owner", with: "user=\(login)"))' --lang en")
        let refused = try tmux.expectToSee("EXITED 1")
        #expect(refused.screen.contains("holds no neuvo role"))
    }
}

/// The shared database's server goes away under an advisor's open screens, through the real binary in tmux.
@Suite(.serialized)
struct ServerOutageEndToEndTests {
    /// A private cluster (so that stopping or filling it disturbs no other test; `settings` for its configuration), a
    /// database made by `neuvo init` on it, and an advisor at Järvenpää; returns the cluster and the URIs.
    static func team(settings: [String: String] = [:]) throws -> (PostgresCluster, owner: String, advisor: String) {
        let cluster = try PostgresCluster.start(settings: settings)
        try cluster.createLogin("neuvo_owner", createRole: true)
        try cluster.createLogin("anna")
        let owner = try cluster.createDatabase(owner: "neuvo_owner")
        #expect(try NeuvoProcess.run(["init", "--db", owner]).status == 0)
        #expect(try NeuvoProcess.run(["roles", "--db", owner, "--set", "anna=advisor", "--point", "jarvenpaa-library"]).status == 0)
        return (cluster, owner, owner.replacingOccurrences(of: "user=neuvo_owner", with: "user=anna"))
    }

    /// The advisor's screens in tmux, on Today at Järvenpää.
    static func screens(_ advisor: String, environment: [String: String] = [:]) throws -> Tmux {
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db '\(advisor)' --lang fi", environment: environment)
        try tmux.expectToSee("Järvenpään pääkirjasto")
        return tmux
    }

    @Test func aSaveWhileTheServerIsDownIsKeptSaidAndWrittenOnceWhenItIsBack() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (cluster, owner, advisor) = try Self.team()
        defer { try? cluster.stop() }
        let anna = try Self.screens(advisor)
        try anna.send("n", "1", "1", "Enter", "1", "1", "Enter")
        // The server stops in the middle of the form; the advisor saves.
        try cluster.halt()
        try anna.send("F2")
        let kept = try anna.waitFor { $0.contains("Tietokantayhteys poikki") && $0.contains("1 odottaa tallessa koneella") }
        #expect(kept.found, "\(kept.screen)")
        // It comes back: the contact is written, once, without a key.
        try cluster.resume()
        try anna.expectToSee("odottanutta yhteydenottoa kirjoitettu", seconds: 15)
        let export = try NeuvoProcess.run(["export", "--db", owner])
        #expect(export.stdout.split(separator: "\n").count == 2, "\(export.stdout)\(export.stderr)")
        try anna.send("q")
        try anna.expectToSee("EXITED 0")
    }

    @Test func aServerRestartedUnderAnOpenFormLosesNothingAndSavesOnce() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (cluster, owner, advisor) = try Self.team()
        defer { try? cluster.stop() }
        let anna = try Self.screens(advisor)
        try anna.send("n", "1", "1", "Enter", "1", "1")
        try cluster.restart()
        try anna.send("Enter", "F2")
        try anna.expectToSee("Yhteydenottoja 1")
        let export = try NeuvoProcess.run(["export", "--db", owner])
        #expect(export.stdout.split(separator: "\n").count == 2, "\(export.stdout)\(export.stderr)")
    }

    @Test func aFormTypedWhileTheServerIsDownSurvivesAKillAndIsOfferedBack() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (cluster, owner, advisor) = try Self.team()
        defer { try? cluster.stop() }
        let state = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let anna = try Self.screens(advisor, environment: ["XDG_STATE_HOME": state.path])
        try cluster.halt()
        // Typed while the database is away: its draft cannot reach it, so it is kept on this machine, privately.
        try anna.send("n", "1", "2", "Enter")
        try anna.expectToSee("▸ Ratkesi")
        let files = try FileManager.default.contentsOfDirectory(atPath: state.path + "/neuvo")
        #expect(files.count == 1 && files[0].hasPrefix("unsaved-"), "\(files)")
        let attributes = try FileManager.default.attributesOfItem(atPath: state.path + "/neuvo/" + files[0])
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let pid = try #require(try anna.childProcess())
        #expect(kill(pid, SIGKILL) == 0)
        try anna.expectToSee("EXITED 137")
        // The server is back; the next start hands the form to it as a draft, and offers it back.
        try cluster.resume()
        try anna.send("reset", "Enter")
        try anna.start(neuvo: "--db '\(advisor)' --lang fi", environment: ["XDG_STATE_HOME": state.path])
        let offer = try anna.expectToSee("Tallentamaton yhteydenotto")
        #expect(offer.screen.contains("Asuminen"))
        try anna.send("Enter")
        try anna.expectToSee("Aiheet         Asuminen")
        try anna.send("1", "Enter", "F2")
        try anna.expectToSee("Yhteydenottoja 1")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path + "/neuvo").isEmpty, "handed over, then forgotten")
        let export = try NeuvoProcess.run(["export", "--db", owner])
        #expect(export.stdout.contains(",walk-in,housing,yes,client,face-to-face,"), "\(export.stdout)")
    }
}
