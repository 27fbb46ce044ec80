import ArgumentParser
import Foundation
import Guidance
import Testing
import TestSupport
@testable import neuvo

/// No identity code on a command line (CONTRACT §11): wherever one stands in the arguments of any command, the command
/// refuses to run (exit 2), says to give it on standard input, and does not repeat it.
struct IdentityCodeArgumentTests {
    static let code = "150655" + "-902T"

    /// Every command as the parser knows it (not a list kept by hand): `neuvo` itself and each subcommand, nested ones too.
    static let commands: [[String]] = {
        func paths(_ command: any ParsableCommand.Type, _ prefix: [String]) -> [[String]] {
            [prefix] + command.configuration.subcommands.flatMap { paths($0, prefix + [$0._commandName]) }
        }
        return paths(Neuvo.self, [])
    }()

    @Test func theCommandsAreAllFound() {
        #expect(Self.commands.count > 15)
        for name in ["report", "export", "import", "settings", "audit", "handoff", "queue", "demo"] {
            #expect(Self.commands.contains([name]), "\(name) is not among \(Self.commands)")
        }
    }

    @Test(arguments: commands)
    func everyCommandRefusesACodeAsAnyArgument(_ command: [String]) throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("neuvo.sqlite").path
        let lower = Self.code.lowercased()
        let placements: [[String]] = [
            [Self.code], ["--db", database, Self.code], ["--db=" + Self.code], ["--lang", "en", "--db", database, "--", lower],
            ["--db", database, "asiakas \(Self.code), soitti"], ["--x=" + Self.code], ["(\(Self.code))."],
        ]
        for placement in placements {
            let result = try NeuvoProcess.run(command + placement, input: Self.code + "\n")
            let said = "neuvo \((command + placement).joined(separator: " ")) → \(result.status) \(result.stderr)"
            #expect(result.status == 2, "\(said)")
            #expect(result.stderr.contains("standard input") || result.stderr.contains("vakiosyötteessä"), "\(said)")
            #expect(!result.stderr.contains("902T") && !result.stderr.contains("902t"), "the refusal repeats the code: \(said)")
            #expect(result.stdout.isEmpty, "\(said)")
        }
        // Refused before anything was opened or made.
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test func theRefusalNamesTheArgumentInTheLanguageAsked() throws {
        let english = try NeuvoProcess.run(["audit", "--lang", "en", "--client", Self.code])
        #expect(english.status == 2)
        #expect(english.stderr == "neuvo: argument 5 is a personal identity code: never give one on the command line (ps and the shell's history show it), give it on standard input: put - in its place\n", "\(english.stderr)")
        let finnish = try NeuvoProcess.run(["report", Self.code], environment: ["LANG": "fi_FI.UTF-8"])
        #expect(finnish.status == 2 && finnish.stderr.contains("argumentti 2 on henkilötunnus"), "\(finnish.stderr)")
    }

    /// What only looks like one is no identity code: dates, times, file names and paths holding a code-shaped part,
    /// a code with a wrong check character, one glued to other letters.
    @Test(arguments: [
        "2026-12-07", "7.12.2026", "07.12.2026-08.12.2026", "241201-9234", "backup-241201-9236.sqlite", "/tmp/241201-9236/neuvo.sqlite",
        "150655-902X", "150655-902TT", "x150655-902T", "150655_902T", "15065-902T", "300255-902T", "2026-11-23T10:00:00+02:00",
        "--from=2026-12-01", "--db=/var/lib/neuvo/150655902T.sqlite",
    ])
    func lookAlikesAreNoCode(_ argument: String) {
        #expect(!IdentityCodeArguments.holdsCode(argument))
    }

    @Test(arguments: [
        "150655-902T", "150655-902t", " 150655-902T ", "--client=150655-902T", "asiakas 150655-902T soitti", "\"150655-902T\"",
        "(150655-902T).", "a,150655-902T", "010190-923E", "010105A923H",
    ])
    func codesAreFoundWhereverTheyStand(_ argument: String) {
        #expect(IdentityCodeArguments.holdsCode(argument))
    }

    @Test func aFileNameWithACodeShapedPartRunsAsBefore() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 241201-9236 has the shape of a valid code (24.12.2001, check character 6), inside a file name.
        #expect(IdentityCodeArguments.holdsCode("241201-9236"))
        let database = directory.appendingPathComponent("backup-241201-9236.sqlite").path
        let result = try NeuvoProcess.run(["settings", "--lang", "en", "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Idle cover: 5 min after the last key"), "\(result.stdout)")
    }
}

/// `privacy.idle_minutes` (CONTRACT §11) through `neuvo settings`: shown, changed in range and audited, refused out of
/// range with nothing changed; on PostgreSQL changed by the owner alone and read by every login.
struct IdleCoverSettingTests {
    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    @Test func onSQLiteTheSettingIsShownChangedAuditedAndCheckedForItsRange() throws {
        let workspace = try Workspace()
        let db = workspace.database
        #expect(try Self.neuvo(["settings", "--db", db]).stdout.contains("Idle cover: 5 min after the last key"))
        for bad in ["-1", "481", "five"] {
            let refused = try Self.neuvo(["settings", "--db", db, "--idle-minutes", bad])
            #expect(refused.status == 2, "\(bad): \(refused.stderr)")
        }
        #expect(try Self.neuvo(["settings", "--db", db]).stdout.contains("Idle cover: 5 min"), "nothing changed by a refusal")
        let off = try Self.neuvo(["settings", "--db", db, "--idle-minutes", "0"])
        #expect(off.status == 0 && off.stdout.contains("Idle cover: off (0 minutes)"), "\(off.stdout)\(off.stderr)")
        #expect(try Self.neuvo(["settings", "--db", db, "--idle-minutes", "480"]).stdout.contains("Idle cover: 480 min"))
        let audit = try Self.neuvo(["audit", "--db", db])
        #expect(audit.stdout.contains("privacy.idle_minutes 5 → 0") && audit.stdout.contains("privacy.idle_minutes 0 → 480"), "\(audit.stdout)")
    }

    @Test func onPostgreSQLOnlyTheOwnerChangesItAndEveryLoginReadsIt() throws {
        let team = try RegionClockCommandTests.team()
        for login in [team.anna, team.sara] {
            let refused = try Self.neuvo(["settings", "--db", login, "--idle-minutes", "1"])
            #expect(refused.status == 1 && refused.stderr.contains("only the owner of a shared database changes them"), "\(refused.stderr)")
        }
        let changed = try Self.neuvo(["settings", "--db", team.owner, "--idle-minutes", "2"])
        #expect(changed.status == 0 && changed.stdout.contains("Idle cover: 2 min"), "\(changed.stderr)")
        for login in [team.anna, team.sara, team.owner] {
            let shown = try Self.neuvo(["settings", "--db", login])
            #expect(shown.stdout.contains("Idle cover: 2 min"), "\(shown.stdout)\(shown.stderr)")
        }
        let audit = try Self.neuvo(["audit", "--db", team.owner])
        #expect(audit.stdout.contains("privacy.idle_minutes 5 → 2"), "\(audit.stdout)")
    }
}
