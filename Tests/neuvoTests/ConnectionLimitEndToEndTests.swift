import Foundation
import Testing
import TestSupport

/// PostgreSQL at its connection limit (CONTRACT §12 "Many sessions"), through the real binary: every entry point that
/// connects — each command, the screens at their start, a save from an open form — gets one line naming the limit and
/// whom to ask, never libpq's FATAL; a command exits 1 (a failed operation, CONTRACT §5), and the form is kept as when
/// the server is away. Each test has a private server of 4 connections, the last kept for superusers.
@Suite(.serialized)
struct ConnectionLimitEndToEndTests {
    /// The server, a database `neuvo init` made on it, and the owner's and the advisor anna's URIs.
    static func team() throws -> (PostgresCluster, owner: String, advisor: String) {
        try ServerOutageEndToEndTests.team(settings: ["max_connections": "4", "superuser_reserved_connections": "1"])
    }

    static let serverFull = "neuvo: PostgreSQL refused the connection: the server's connection limit (max_connections) is reached"

    /// The slots a login may take, all taken (a neuvo process that just ended may hold its slot a moment longer).
    static func fill(_ cluster: PostgresCluster) throws -> HeldConnections {
        let deadline = Date().addingTimeInterval(20)
        while true {
            let held = HeldConnections(cluster, as: "neuvo_owner")
            if held.count == 3 || Date() > deadline { return held }
            held.release()
            usleep(50_000)
        }
    }

    @Test func everyCommandRefusedForTheLimitSaysSoInOneLineAndExits1() throws {
        let (cluster, owner, advisor) = try Self.team()
        defer { try? cluster.stop() }
        let files = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: files) }
        let csv = files.appendingPathComponent("contacts.csv")
        try (ImportFaultTests.header + "\n" + ImportFaultTests.row() + "\n").write(to: csv, atomically: true, encoding: .utf8)
        let handoff = files.appendingPathComponent("handoff.json")
        try HandoffCommandTests.handoff.write(to: handoff, atomically: true, encoding: .utf8)
        let commands: [(arguments: [String], db: String, input: String)] = [
            (["init"], owner, ""),
            (["roles"], owner, ""),
            (["settings"], owner, ""),
            (["report", "--from", "2023-03-01", "--to", "2023-03-31"], advisor, ""),
            (["export"], advisor, ""),
            (["import", csv.path], owner, ""),
            (["audit", "--verify"], owner, ""),
            (["client-data", "-"], owner, "010203A9998\n"),
            (["retention", "--dry-run"], owner, ""),
            (["handoff", "send", handoff.path], advisor, ""),
            (["handoffs"], advisor, ""),
            (["copy", "--from", owner, "--to", files.appendingPathComponent("copy.sqlite").path], owner, ""),
        ]
        let held = try Self.fill(cluster)
        #expect(held.count == 3)
        for command in commands {
            let run = try NeuvoProcess.run(command.arguments + ["--db", command.db, "--lang", "en"], input: command.input)
            let lines = run.stderr.split(separator: "\n")
            #expect(run.status == 1, "\(command.arguments): \(run.status) \(run.stderr)")
            #expect(lines.count == 1 && run.stderr.hasPrefix(Self.serverFull), "\(command.arguments): \(run.stderr)")
            #expect(run.stderr.contains("ask IT") && !run.stderr.contains("FATAL"), "\(command.arguments): \(run.stderr)")
        }
        // In the user's language, whichever it is
        let finnish = try NeuvoProcess.run(["export", "--db", advisor, "--lang", "fi"])
        #expect(finnish.status == 1 && finnish.stderr.contains("palvelimen yhteysraja (max_connections) on täynnä"), "\(finnish.stderr)")
        let swedish = try NeuvoProcess.run(["export", "--db", advisor, "--lang", "sv"])
        #expect(swedish.status == 1 && swedish.stderr.contains("serverns anslutningsgräns (max_connections) är nådd"), "\(swedish.stderr)")
        // Nothing was written meanwhile: the import found no room, and there is room again for the next command
        held.release()
        let export = try NeuvoProcess.run(["export", "--db", owner])
        #expect(export.status == 0 && export.stdout.split(separator: "\n").count == 1, "\(export.stdout)\(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: files.appendingPathComponent("copy.sqlite").path))
    }

    @Test func aLoginsOwnConnectionLimitIsNamedAsTheLogins() throws {
        let (cluster, _, advisor) = try Self.team()
        defer { try? cluster.stop() }
        #expect(try cluster.psql("ALTER ROLE anna CONNECTION LIMIT 0").status == 0)
        let run = try NeuvoProcess.run(["export", "--db", advisor, "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the login anna has reached its own connection limit (CONNECTION LIMIT)"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func theScreensAtTheirStartSayTheServerIsFullAndExit1() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (cluster, owner, advisor) = try Self.team()
        defer { try? cluster.stop() }
        let held = try Self.fill(cluster)
        defer { held.release() }
        let tmux = try Tmux(width: 120, height: 30)
        for (command, db) in [("", advisor), ("board", advisor), ("feedback", advisor), ("queue", owner)] {
            try tmux.clear()
            try tmux.start(neuvo: "\(command) --db '\(db)' --lang en")
            let ended = try tmux.expectToSee("EXITED 1")
            let said = ended.screen.split(separator: "\n").filter { $0.hasPrefix("neuvo:") }
            #expect(said.count == 1 && said[0].hasPrefix(Self.serverFull), "neuvo \(command): \(ended.screen)")
            #expect(!ended.screen.contains("FATAL") && !ended.screen.contains("Fatal error"), "neuvo \(command): \(ended.screen)")
        }
    }

    @Test func aFormSavedWhenTheServerIsFullIsKeptSaidAndWrittenOnceThereIsRoom() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let (cluster, owner, advisor) = try Self.team()
        defer { try? cluster.stop() }
        let state = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let anna = try Tmux(width: 120, height: 30)
        try anna.start(neuvo: "--db '\(advisor)' --lang fi", environment: ["XDG_STATE_HOME": state.path])
        try anna.expectToSee("Järvenpään pääkirjasto")
        try anna.send("n", "1", "1", "Enter", "1", "1", "Enter")
        // Given the server full around the advisor's session, and her session ended by it (a restart, a timeout)
        let (others, superuser) = try HeldConnections.fullAroundSession(of: "anna", cluster, others: "neuvo_owner")
        // When she saves, Then the form is kept on the machine, and one line says the server is full and to tell IT
        try anna.send("F2")
        let kept = try anna.waitFor { $0.contains("Palvelin täynnä") && $0.contains("1 odottaa tallessa koneella") }
        #expect(kept.found, "\(kept.screen)")
        #expect(kept.screen.contains("max_connections") && kept.screen.contains("kerro IT:lle"), "\(kept.screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path + "/neuvo").count == 1, "kept in a private file too")
        // When a slot is free again, Then the contact is written, once, without a key
        others.release(1)
        try anna.expectToSee("odottanutta yhteydenottoa kirjoitettu", seconds: 20)
        superuser.release()
        let export = try NeuvoProcess.run(["export", "--db", owner])
        #expect(export.stdout.split(separator: "\n").count == 2, "\(export.stdout)\(export.stderr)")
        try anna.send("q")
        try anna.expectToSee("EXITED 0")
    }
}
