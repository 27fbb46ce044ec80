import Foundation
import Guidance
import Testing
@testable import neuvo

/// `neuvo roles` as a process: roles.json beside the database, every change in the audit log, bad assignments
/// refused as bad usage, a role the file does not know named (and put right with the command); anyone not listed
/// is an advisor.
@Suite(.serialized)
struct RolesCommandTests {
    func roles(_ workspace: Workspace, _ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(["roles", "--db", workspace.database, "--lang", "en"] + arguments)
    }

    func file(_ workspace: Workspace) -> URL { workspace.directory.appendingPathComponent("roles.json") }

    /// The users and roles in roles.json as written.
    func written(_ workspace: Workspace) throws -> [String: JSONValue] {
        guard case .object(let top) = try JSONValue.parse(try Data(contentsOf: file(workspace))), case .object(let users)? = top["users"]
        else { throw CancellationError() }
        return users
    }

    /// The audit rows of `neuvo roles`.
    func audited(_ workspace: Workspace) throws -> [String] {
        try NeuvoProcess.run(["audit", "--db", workspace.database, "--lang", "en"]).stdout.split(separator: "\n").map(String.init)
            .filter { $0.contains(" roles ") }
    }

    @Test func settingARoleWritesTheFileBesideTheDatabaseAndAnAuditRow() throws {
        let workspace = try Workspace()
        let set = try roles(workspace, ["--set", "anna=supervisor", "--set", "ben=trainer"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "anna\tsupervisor\nben\ttrainer\n")
        #expect(try written(workspace) == ["anna": .string("supervisor"), "ben": .string("trainer")])
        let audit = try audited(workspace)
        #expect(audit.count == 1, "\(audit)")
        #expect(audit.first?.contains("roles anna: advisor → supervisor, ben: advisor → trainer") == true, "\(audit)")
        // Listing changes nothing and records nothing; setting the same role again neither.
        #expect(try roles(workspace, []).stdout == set.stdout)
        #expect(try roles(workspace, ["--set", "anna=supervisor"]).status == 0)
        #expect(try audited(workspace).count == 1)
    }

    @Test func removingAUserMakesThemAnAdvisorAgainAndIsAudited() throws {
        let workspace = try Workspace()
        #expect(try roles(workspace, ["--set", "anna=trainer"]).status == 0)
        let removed = try roles(workspace, ["--remove", "anna"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "Everyone is an advisor (the role file names no supervisors or trainers).\n")
        #expect(try written(workspace).isEmpty)
        #expect(try audited(workspace).last?.contains("roles anna: trainer → advisor") == true)
        // Setting advisor does the same as removing; removing someone not listed changes nothing.
        #expect(try roles(workspace, ["--set", "ben=supervisor"]).status == 0)
        #expect(try roles(workspace, ["--set", "ben=advisor", "--remove", "nobody"]).status == 0)
        #expect(try written(workspace).isEmpty)
        #expect(try audited(workspace).count == 4)
    }

    @Test(arguments: ["anna", "anna=", "=supervisor", "anna=boss", "anna=Supervisor", "an na=supervisor", "anna:supervisor"])
    func aBadAssignmentIsBadUsageAndChangesNothing(assignment: String) throws {
        let workspace = try Workspace()
        let result = try roles(workspace, ["--set", "ben=trainer", "--set", assignment])
        #expect(result.status == 2)
        #expect(result.stderr == "neuvo: --set \(assignment): write it as USER=ROLE, ROLE one of advisor, supervisor, trainer (on PostgreSQL also board)\n")
        #expect(!FileManager.default.fileExists(atPath: file(workspace).path))
        #expect(try audited(workspace).isEmpty)
    }

    @Test func anUnknownRoleInTheFileIsNamedAndCanBePutRight() throws {
        let workspace = try Workspace()
        try #"{"users": {"anna": "supervisor", "carl": "manager"}}"#.write(to: file(workspace), atomically: true, encoding: .utf8)
        let listed = try roles(workspace, [])
        #expect(listed.status == 1)
        #expect(listed.stderr == "neuvo: \(file(workspace).path): user carl has an unknown role \"manager\" (advisor, supervisor or trainer)\n")
        // The screens refuse to start on it, naming it the same way.
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux(width: 200, height: 10)
        try tmux.start(neuvo: "--db \(workspace.database) --lang en")
        let refused = try tmux.waitFor("EXITED 1")
        #expect(refused.found && refused.screen.contains("user carl has an unknown role \"manager\""), "\(refused.screen)")
        let fixed = try roles(workspace, ["--set", "carl=trainer"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout == "anna\tsupervisor\ncarl\ttrainer\n")
        #expect(try audited(workspace).last?.contains("roles carl: manager → trainer") == true)
    }

    @Test func aUserTheFileDoesNotListIsAnAdvisor() throws {
        let file = RoleFile(users: ["anna": "supervisor", "ben": "trainer"])
        #expect(file.role(of: "anna") == .supervisor && file.role(of: "ben") == .trainer)
        #expect(file.role(of: "carl") == .advisor && file.role(of: "Anna") == .advisor)
        #expect(RoleFile().role(of: "anna") == .advisor)
    }

    /// Through the real screens: with someone else a supervisor, this OS user (not listed) has no day browser.
    @Test func theScreensTreatAnUnlistedUserAsAnAdvisor() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let other = "not-" + DayBrowserEndToEndTests.user
        #expect(try roles(workspace, ["--set", "\(other)=supervisor"]).status == 0)
        let tmux = try Tmux(width: 120, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang en")
        try tmux.expectToSee("n New contact")
        try tmux.send("F1")
        let help = try tmux.expectToSee("Help: Today")
        #expect(!help.screen.contains("Day browser"))
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        // Made a supervisor, the same user has it.
        #expect(try roles(workspace, ["--set", "\(DayBrowserEndToEndTests.user)=supervisor"]).status == 0)
        try tmux.start(neuvo: "--db \(workspace.database) --lang en")
        try tmux.expectToSee("b Day browser")
        try tmux.send("q")
    }
}
