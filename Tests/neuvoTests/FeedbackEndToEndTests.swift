import Foundation
import Testing

/// The feedback kiosk and the advisor's mood question through the real binary in tmux, then found by `neuvo export`.
@Suite(.serialized)
struct FeedbackEndToEndTests {
    /// A fixed day for what is stored (`NEUVO_NOW`, for tests only) and this machine's state kept in the workspace.
    static func environment(_ workspace: Workspace, now: String = "2026-11-23T10:00:00+02:00", extra: [String: String] = [:]) -> [String: String] {
        ["NEUVO_NOW": now, "XDG_STATE_HOME": workspace.path("state")].merging(extra) { _, new in new }
    }

    static func export(_ kind: String, _ workspace: Workspace) throws -> [String] {
        let result = try NeuvoProcess.run(["export", "--kind", kind, "--db", workspace.database])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// The numbers of the boxes drawn with a double border (`║ 10 ║`, the highlighted one) on a captured screen.
    static func highlighted(_ screen: String) -> [Int] {
        screen.split(separator: "\n").flatMap { line in
            line.split(separator: "║", omittingEmptySubsequences: false).dropFirst().compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    /// Waits until `number`, and only it, is highlighted; records the screen when it is not.
    static func expectHighlighted(_ number: Int, _ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let seen = try tmux.waitFor { highlighted($0) == [number] }
        #expect(seen.found, "not \(number) highlighted; the screen:\n\(seen.screen)", sourceLocation: sourceLocation)
    }

    @Test func aClientAnswersInEnglishAndStaffLeave() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "feedback --db \(workspace.database) --lang fi", environment: Self.environment(workspace))
        try tmux.expectToSee("Kerro meille, miten onnistuimme")
        // Esc and q do nothing: the kiosk is still there to choose English.
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.send("3")
        let first = try tmux.expectToSee("How likely would you recommend this service")
        #expect(!first.screen.contains("2026") && !first.screen.contains("Ctrl-X"), "\(first.screen)")
        // 9 and Enter, 1 (yes), 2 (no): each waited for as a client would look.
        let steps: [([String], String)] = [
            (["9", "Enter"], "Did you get your matter settled?"), (["1"], "Were you sent from one place"), (["2"], "Thank you"),
        ]
        for (keys, expected) in steps {
            for key in keys { try tmux.send(key) }
            let shown = try tmux.waitFor(expected)
            #expect(shown.found, "after \(keys): \(shown.screen)")
        }
        try tmux.send("C-x")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        #expect(try Self.export("feedback", workspace) == ["day,point,nps,settled,bounced", "2026-11-23,jarvenpaa-library,9,yes,no"])
    }

    /// A client typing `1` `0` for 10 sees the 10 highlighted and 10 is stored; the next, typing `1` and Enter, gets 1.
    @Test func oneThenZeroIsTenAndOneThenEnterIsOne() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "feedback --db \(workspace.database) --lang en", environment: Self.environment(workspace))
        try tmux.expectToSee("Tell us how we did")
        try tmux.send("3")
        try tmux.expectToSee("(10: press 1, then 0)")
        // Each key on its own, as a client types them; the highlighted box is the one drawn with a double border.
        try tmux.send("1")
        try Self.expectHighlighted(1, tmux)
        try tmux.send("0")
        try Self.expectHighlighted(10, tmux)
        try tmux.send("Enter")
        try tmux.expectToSee("Did you get your matter settled?")
        try tmux.send("1")
        try tmux.expectToSee("Were you sent from one place")
        try tmux.send("2")
        try tmux.expectToSee("Thank you")
        // The next client: `1` and Enter is 1.
        try tmux.send("x")
        try tmux.expectToSee("Tell us how we did")
        try tmux.send("3")
        try tmux.expectToSee("How likely would you recommend this service")
        try tmux.send("1")
        try Self.expectHighlighted(1, tmux)
        try tmux.send("Enter")
        try tmux.expectToSee("Did you get your matter settled?")
        try tmux.send("4")
        try tmux.expectToSee("Were you sent from one place")
        try tmux.send("3")
        try tmux.expectToSee("Thank you")
        try tmux.send("C-x", "q")
        try tmux.expectToSee("EXITED 0")
        let rows = try Self.export("feedback", workspace)
        #expect(rows.first == "day,point,nps,settled,bounced")
        #expect(rows.dropFirst().sorted() == ["2026-11-23,jarvenpaa-library,1,,", "2026-11-23,jarvenpaa-library,10,yes,no"], "\(rows)")
    }

    /// Issue 24: every score 0–10 typed by its digits (`1` `0` for 10), each client after the thank-you, is stored as
    /// typed, read back with `neuvo export --kind feedback`.
    @Test func everyScoreTypedByItsDigitsIsStoredAsTyped() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "feedback --db \(workspace.database) --lang en", environment: Self.environment(workspace))
        for score in 0...10 {
            try tmux.expectToSee("Tell us how we did")
            try tmux.send("3")
            try tmux.expectToSee("How likely would you recommend this service")
            for digit in String(score) {
                try tmux.send(String(digit))
            }
            try Self.expectHighlighted(score, tmux)
            try tmux.send("Enter")
            try tmux.expectToSee("Did you get your matter settled?")
            // The other two answers tell the clients apart: settled yes, partly, no in turn; the last question skipped.
            try tmux.send(String(score % 3 + 1))
            try tmux.expectToSee("Were you sent from one place")
            try tmux.send("3")
            try tmux.expectToSee("Thank you")
            // A tap or any key: the next client.
            try tmux.send("Space")
        }
        try tmux.expectToSee("Tell us how we did")
        try tmux.send("C-x", "q")
        try tmux.expectToSee("EXITED 0")
        let rows = try Self.export("feedback", workspace)
        let settled = ["yes", "partly", "no"]
        #expect(rows.first == "day,point,nps,settled,bounced")
        #expect(rows.dropFirst().sorted() == (0...10).map { "2026-11-23,jarvenpaa-library,\($0),\(settled[$0 % 3])," }.sorted(), "\(rows)")
    }

    @Test func idleGoesBackToTheStartAndKeepsNothing() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(
            neuvo: "feedback --db \(workspace.database) --lang fi --point kerava-service-centre",
            environment: Self.environment(workspace, extra: ["NEUVO_KIOSK_IDLE_SECONDS": "3"]))
        try tmux.expectToSee("Kerro meille, miten onnistuimme")
        try tmux.send("1")
        try tmux.expectToSee("Kuinka todennäköisesti suosittelisit")
        try tmux.send("7", "Enter")
        try tmux.expectToSee("Saitko asiasi hoidettua?")
        // Three seconds without a key: back at the start.
        try tmux.expectToSee("Kerro meille, miten onnistuimme")
        try tmux.send("C-x", "q")
        try tmux.expectToSee("EXITED 0")
        #expect(try Self.export("feedback", workspace) == ["day,point,nps,settled,bounced"])
    }

    @Test func helpNamesTheStaffExitAndTheMainHelpTheKiosk() throws {
        let help = try NeuvoProcess.run(["feedback", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Ctrl-X q"), "\(help.stdout)")
        #expect(try NeuvoProcess.run(["--help"]).stdout.contains("feedback"))
    }

    @Test func theAdvisorLeavingAfterTwoIsAskedTheMoodOnceADay() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 80, height: 24)
        let environment = Self.environment(workspace, now: "2026-11-23T15:05:00+02:00")
        try tmux.start(neuvo: "--db \(workspace.database) --lang en", environment: environment)
        try tmux.expectToSee("No contacts logged today")
        try tmux.send("q")
        try tmux.expectToSee("How was your working day?")
        // A digit highlights and Enter answers, on the mood's row as on eNPS's, where `1` `0` is 10.
        try tmux.send("4")
        try Self.expectHighlighted(4, tmux)
        try tmux.send("Enter")
        try tmux.expectToSee("How likely would you recommend your workplace")
        try tmux.send("1")
        try Self.expectHighlighted(1, tmux)
        try tmux.send("0")
        try Self.expectHighlighted(10, tmux)
        try tmux.send("Enter")
        try tmux.expectToSee("EXITED 0")
        #expect(try Self.export("mood", workspace) == ["day,point,mood,enps", "2026-11-23,jarvenpaa-library,4,10"])
        // Leaving again the same day asks nothing.
        try tmux.clear()
        try tmux.start(neuvo: "--db \(workspace.database) --lang en", environment: environment)
        try tmux.expectToSee("No contacts logged today")
        try tmux.send("q")
        let again = try tmux.waitFor("EXITED 0")
        #expect(again.found && !again.screen.contains("working day"), "\(again.screen)")
        #expect(try Self.export("mood", workspace).count == 2)
    }

    @Test func onPostgreSQLAnAdvisorsKioskIsForTheirOwnPointOnly() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let team = try TeamEndToEndTests.team()
        let elsewhere = try NeuvoProcess.run(["feedback", "--db", team.anna, "--point", "kerava-service-centre", "--lang", "en"])
        #expect(elsewhere.status == 1)
        #expect(elsewhere.stderr.contains("is not an advisor of kerava-service-centre"), "\(elsewhere.stderr)")
        let supervisor = try NeuvoProcess.run(["feedback", "--db", team.sara, "--lang", "en"])
        #expect(supervisor.status == 1, "\(supervisor.stderr)")

        // Anna works at one point only: no --point needed.
        let workspace = try Workspace(point: nil)
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "feedback --db '\(team.anna)' --lang en", environment: Self.environment(workspace))
        try tmux.expectToSee("Tell us how we did")
        try tmux.send("1", "9", "Right", "Enter")
        try tmux.expectToSee("Saitko asiasi hoidettua?")
        try tmux.send("4")
        try tmux.expectToSee("Ohjattiinko sinua")
        try tmux.send("1")
        try tmux.expectToSee("Kiitos palautteestasi!")
        try tmux.send("C-x", "q")
        try tmux.expectToSee("EXITED 0")
        let csv = try NeuvoProcess.run(["export", "--kind", "feedback", "--db", team.owner])
        #expect(csv.stdout == "day,point,nps,settled,bounced\n2026-11-23,jarvenpaa-library,10,,yes\n", "\(csv.stdout)\(csv.stderr)")
    }
}
