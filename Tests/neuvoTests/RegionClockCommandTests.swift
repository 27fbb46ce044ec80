import Foundation
import Testing
import TestSupport

/// The region's clock and the reading commands' refusals through the binary, as a region's IT meets them: a machine
/// (and a database server) on UTC, a `--db` with a typo, and each role's login on the shared database.
struct RegionClockCommandTests {
    /// A winter night: 23.30 in UTC is 01.30 the next day in Helsinki.
    static let utcNight = ["TZ": "UTC", "PGTZ": "UTC", "NEUVO_NOW": "2026-01-15T23:30:00Z"]

    static func neuvo(_ arguments: [String], environment: [String: String] = [:]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"], environment: environment)
    }

    /// One contact at 01.00 Helsinki time on 16.1.2026, one more at `point` on 20.1.2026 when given.
    static func csv(at point: String = "jarvenpaa-library", other: String? = nil) -> String {
        "occurred_at,point,channel,topics,resolved\n2026-01-16T01:00:00+02:00,\(point),walk-in,housing,yes\n"
            + (other.map { "2026-01-20T10:00:00+02:00,\($0),phone,benefits,no\n" } ?? "")
    }

    static func importing(_ csv: String, into db: String, environment: [String: String] = [:]) throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("contacts.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let imported = try neuvo(["import", file.path, "--db", db], environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    static func contacts(_ json: String) -> Int? {
        guard let range = json.range(of: #""contacts": "#) else { return nil }
        return Int(json[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func readingCommandsRefuseASQLitePathThatIsNotThereAndCreateNothing() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        for path in [directory.appendingPathComponent("typo.sqlite").path, directory.appendingPathComponent("no/such/dir/neuvo.sqlite").path] {
            for command in [["report", "--from", "2026-01-01", "--to", "2026-01-31"], ["export"], ["audit"], ["board"]] {
                let refused = try Self.neuvo(command + ["--db", path])
                #expect(refused.status == 1, "\(command): \(refused.stderr)")
                #expect(refused.stderr.contains(path) && refused.stderr.split(separator: "\n").count == 1, "\(command): \(refused.stderr)")
                #expect(refused.stdout.isEmpty)
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left.isEmpty, "nothing was created: \(left)")
    }

    @Test func onAUTCMachineTodayIsTheRegionsAndTheSettingChangesIt() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("neuvo.sqlite").path
        try Self.importing(Self.csv(), into: db)
        let today = try Self.neuvo(["report", "--db", db, "--from", "today", "--to", "today"], environment: Self.utcNight)
        #expect(today.status == 0, "\(today.stderr)")
        #expect(Self.contacts(today.stdout) == 1, "today is 16.1. in Helsinki at 23.30 UTC: \(today.stdout.prefix(300))")
        let exported = try Self.neuvo(["export", "--db", db, "--from", "today"], environment: Self.utcNight)
        #expect(exported.stdout.contains("2026-01-16T01:00:00+02:00"))
        let yesterday = try Self.neuvo(["report", "--db", db, "--from", "yesterday", "--to", "yesterday"], environment: Self.utcNight)
        #expect(Self.contacts(yesterday.stdout) == 0)
        // The demo's synthetic contacts end on the region's today too.
        let demo = try Self.neuvo(["demo-data", "--days", "1", "--end", "today"], environment: Self.utcNight)
        #expect(demo.status == 0 && demo.stdout.contains("2026-01-16T") && !demo.stdout.contains("2026-01-15T"), "\(demo.stderr)")

        let shown = try Self.neuvo(["settings", "--db", db])
        #expect(shown.stdout.contains("Time zone: Europe/Helsinki"), "\(shown.stdout)")
        let bad = try Self.neuvo(["settings", "--db", db, "--timezone", "Mars/Olympus"])
        #expect(bad.status == 1)
        #expect(bad.stderr == "neuvo: Mars/Olympus is not a time zone: give an IANA name such as Europe/Helsinki or Europe/Mariehamn\n")
        let changed = try Self.neuvo(["settings", "--db", db, "--timezone", "America/New_York"])
        #expect(changed.status == 0 && changed.stdout.contains("Time zone: America/New_York"), "\(changed.stderr)")
        let there = try Self.neuvo(["report", "--db", db, "--from", "today", "--to", "today"], environment: Self.utcNight)
        #expect(Self.contacts(there.stdout) == 0, "today is 15.1. in New York")
        #expect(there.stdout.contains("2026-01-15"), "\(there.stdout.prefix(200))")
        let audit = try Self.neuvo(["audit", "--db", db])
        #expect(audit.stdout.contains("timezone Europe/Helsinki → America/New_York"), "\(audit.stdout)")
    }

    @Test func onAUTCServerTodayIsTheRegionsToo() throws {
        let uri = try Backend.freshPostgresDatabase()
        try Self.importing(Self.csv(), into: uri)
        let today = try Self.neuvo(["report", "--db", uri, "--from", "today", "--to", "today"], environment: Self.utcNight)
        #expect(today.status == 0, "\(today.stderr)")
        #expect(Self.contacts(today.stdout) == 1, "\(today.stdout.prefix(300))")
        let changed = try Self.neuvo(["settings", "--db", uri, "--timezone", "America/New_York"])
        #expect(changed.status == 0, "\(changed.stderr)")
        let there = try Self.neuvo(["report", "--db", uri, "--from", "today", "--to", "today"], environment: Self.utcNight)
        #expect(Self.contacts(there.stdout) == 0, "\(there.stdout.prefix(300))")
    }

    /// The logins of one shared database: an advisor of two points, a supervisor and a wall board's login.
    static func team() throws -> (owner: String, anna: String, sara: String, wall: String, tom: String) {
        let uri = try Backend.freshPostgresDatabase()
        let suffix = UUID().uuidString.prefix(6).lowercased()
        let (anna, sara, wall, tom) = ("clock_anna_\(suffix)", "clock_sara_\(suffix)", "clock_wall_\(suffix)", "clock_tom_\(suffix)")
        for login in [anna, sara, wall, tom] { try PostgresCluster.shared.createLogin(login) }
        let roles = [
            (anna, ["advisor", "--point", "kerava-service-centre", "--point", "jarvenpaa-library"]), (sara, ["supervisor"]), (wall, ["board"]),
            (tom, ["trainer"]),
        ]
        for (login, role) in roles {
            let set = try Self.neuvo(["roles", "--db", uri, "--set", "\(login)=\(role[0])"] + role.dropFirst())
            #expect(set.status == 0, "\(set.stderr)")
        }
        try Self.importing(Self.csv(at: "kerava-service-centre", other: "hyvinkaa-library"), into: uri)
        func uriOf(_ login: String) -> String { uri.replacingOccurrences(of: "user=\(Backend.postgresOwner)", with: "user=\(login)") }
        return (uri, uriOf(anna), uriOf(sara), uriOf(wall), uriOf(tom))
    }

    static let period = ["--from", "2026-01-01", "--to", "2026-01-31"]

    @Test func anAdvisorsReportSaysHerPointsAndAnotherPointIsRefusedNamingHers() throws {
        let team = try Self.team()
        let text = try Self.neuvo(["report", "--db", team.anna, "--format", "text"] + Self.period)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("your points (jarvenpaa-library, kerava-service-centre)"), "\(text.stdout.prefix(200))")
        #expect(!text.stdout.contains("all points"))
        let html = try Self.neuvo(["report", "--db", team.anna, "--format", "html"] + Self.period)
        #expect(html.stdout.contains("Your points (jarvenpaa-library, kerava-service-centre)"), "\(html.stderr)")
        let supervisor = try Self.neuvo(["report", "--db", team.sara, "--format", "text"] + Self.period)
        #expect(supervisor.stdout.contains("all points"), "a supervisor's counts every point: \(supervisor.stdout.prefix(200))")
        for command in [["report"] + Self.period, ["export"]] {
            let refused = try Self.neuvo(command + ["--db", team.anna, "--point", "hyvinkaa-library"])
            #expect(refused.status == 1, "\(command)")
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
            #expect(
                refused.stderr.contains("not an advisor of hyvinkaa-library") && refused.stderr.contains("(jarvenpaa-library, kerava-service-centre)")
                    && refused.stderr.contains("supervisor"), "\(refused.stderr)")
        }
        let own = try Self.neuvo(["report", "--db", team.anna, "--point", "kerava-service-centre"] + Self.period)
        #expect(own.status == 0 && Self.contacts(own.stdout) == 1, "\(own.stderr)")
    }

    @Test func theBoardLoginsReportExportAndAuditAreRefusedInOneLineNamingWhoMay() throws {
        let team = try Self.team()
        for command in [["report"] + Self.period, ["export"], ["audit"]] {
            let refused = try Self.neuvo(command + ["--db", team.wall])
            #expect(refused.status == 1, "\(command): \(refused.stdout.prefix(100))")
            #expect(refused.stdout.isEmpty, "\(command)")
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
            #expect(refused.stderr.contains("has the role board") && refused.stderr.contains("is for owner"), "\(refused.stderr)")
            let trainer = try Self.neuvo(command + ["--db", team.tom])
            #expect(trainer.status == 1 && trainer.stdout.isEmpty, "\(command)")
            #expect(trainer.stderr.contains("has the role trainer") && trainer.stderr.contains("is for owner"), "\(trainer.stderr)")
        }
        // The audit log is the owner's and the supervisors': an advisor is told so, not the server's "permission denied".
        let advisor = try Self.neuvo(["audit", "--db", team.anna])
        #expect(advisor.status == 1 && advisor.stderr.contains("has the role advisor: neuvo audit is for owner and supervisor only"), "\(advisor.stderr)")
        let owner = try Self.neuvo(["audit", "--db", team.owner])
        #expect(owner.status == 0, "\(owner.stderr)")
    }

    @Test func onlyTheOwnerChangesASharedDatabasesSettings() throws {
        let team = try Self.team()
        for login in [team.anna, team.sara] {
            let refused = try Self.neuvo(["settings", "--db", login, "--timezone", "Europe/Stockholm"])
            #expect(refused.status == 1 && refused.stderr.contains("only the owner of a shared database changes them"), "\(refused.stderr)")
        }
        #expect(try Self.neuvo(["settings", "--db", team.owner, "--timezone", "Europe/Stockholm"]).status == 0)
        let shown = try Self.neuvo(["settings", "--db", team.sara])
        #expect(shown.stdout.contains("Time zone: Europe/Stockholm"), "\(shown.stderr)")
    }
}

/// The same through the screens in tmux, on a machine whose `TZ` is UTC.
@Suite(.serialized)
struct RegionClockScreensEndToEndTests {
    /// The advisor saves a contact now: the stamp carries Helsinki's offset and day, not the machine's UTC.
    @Test func aContactSavedOnAUTCMachineIsStampedInTheRegionsTime() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let helsinki = try #require(TimeZone(identifier: "Europe/Helsinki"))
        let before = Date()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi", environment: ["TZ": "UTC"])
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        for (key, expected) in [("n", "▸ Miksi tänne"), ("1", "▸ Aiheet"), ("1", "[x] 1 Etuudet"), ("Enter", "▸ Ratkesi"), ("1", "▸ Ohjaukset"), ("Enter", "▸ Palveluaukot")] {
            try tmux.send(key)
            try tmux.expectToSee(expected)
        }
        try tmux.send("F2")
        try tmux.expectToSee("Yhteydenottoja 1")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let after = Date()
        let row = try #require(try workspace.export().split(separator: "\n").dropFirst().first, "the contact was saved")
        let stamp = String(row.prefix { $0 != "," })
        let offsets = Set([before, after].map { helsinki.secondsFromGMT(for: $0) / 60 })
        let formatter = DateFormatter()
        formatter.timeZone = helsinki
        formatter.dateFormat = "yyyy-MM-dd"
        let days = Set([before, after].map { formatter.string(from: $0) })
        let offset = String(stamp.suffix(6))
        #expect(offsets.contains { $0 == (offset == "+03:00" ? 180 : offset == "+02:00" ? 120 : -1) }, "stamped \(stamp) on a UTC machine")
        #expect(days.contains(String(stamp.prefix(10))), "the day is Helsinki's: \(stamp)")
    }

    /// The kiosk keeps an answer by the region's day: at 23.30 UTC on 15.1. it is 16.1. in Helsinki.
    @Test func theKioskKeepsAnAnswerByTheRegionsDay() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(
            neuvo: "feedback --db \(workspace.database) --lang fi",
            environment: RegionClockCommandTests.utcNight.merging(["XDG_STATE_HOME": workspace.path("state")]) { _, new in new })
        try tmux.expectToSee("Kerro meille, miten onnistuimme")
        try tmux.send("3")
        try tmux.expectToSee("How likely would you recommend this service")
        try tmux.send("9", "Enter")
        try tmux.expectToSee("Did you get your matter settled?")
        try tmux.send("1")
        try tmux.expectToSee("Were you sent from one place")
        try tmux.send("2")
        try tmux.expectToSee("Thank you")
        try tmux.send("C-x", "q")
        try tmux.expectToSee("EXITED 0")
        let export = try NeuvoProcess.run(["export", "--kind", "feedback", "--db", workspace.database])
        #expect(export.stdout.split(separator: "\n").map(String.init) == ["day,point,nps,settled,bounced", "2026-01-16,jarvenpaa-library,9,yes,no"])
    }

    /// An advisor's board over her two points says "your points", in its header and on their sum; another point is
    /// refused naming hers.
    @Test func anAdvisorsBoardSaysYourPoints() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let team = try RegionClockCommandTests.team()
        let tmux = try Tmux(width: 120, height: 30)
        try tmux.start(neuvo: "board --db '\(team.anna)' --lang en")
        let shown = try tmux.expectToSee("Your points: ", seconds: 20)
        #expect(shown.screen.contains("Your points │") && !shown.screen.contains("All points"), "\(shown.screen)")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        let other = try RegionClockCommandTests.neuvo(["board", "--db", team.anna, "--point", "hyvinkaa-library"])
        #expect(other.status == 1 && other.stderr.contains("(jarvenpaa-library, kerava-service-centre)"), "\(other.stderr)")
    }
}
