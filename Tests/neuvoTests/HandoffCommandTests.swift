import Foundation
import Guidance
import Testing
import TestSupport

/// `neuvo handoff send FILE|-`, `neuvo handoffs [--open] [--format csv|json]` and `neuvo roles --set LOGIN=service
/// --service CODE…` as processes (CONTRACT §9): JSON in, the id out; a bad field named, exit 1, nothing kept; the list
/// with the client's details only to the receiving service (on SQLite the file's user), each such listing audited.
struct HandoffCommandTests {
    static let handoff = #"""
        {"point": "jarvenpaa-library", "service": "adult-social-work", "name": "Testi Asiakas", "phone": "+358 40 123 4567",
         "consent": true, "urgency": "urgent", "language": "sv", "when": "aamupäivällä", "note": "Asia vuokrarästeistä"}
        """#

    static func neuvo(_ arguments: [String], input: String = "") throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"], input: input)
    }

    static func replacing(_ key: String, with value: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "\"\(key)\": (\"[^\"]*\"|true|false)")
        let range = NSRange(handoff.startIndex..., in: handoff)
        return pattern.stringByReplacingMatches(in: handoff, range: range, withTemplate: "\"\(key)\": \(value)")
    }

    @Test func aHandoffSentFromAFileOrStandardInputPrintsItsIdAndIsListedWithItsDetails() throws {
        let workspace = try Workspace()
        let file = workspace.path("handoff.json")
        try Self.handoff.write(toFile: file, atomically: true, encoding: .utf8)
        let sent = try Self.neuvo(["handoff", "send", file, "--db", workspace.database])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout == "1\n")
        let piped = try Self.neuvo(["handoff", "send", "-", "--db", workspace.database], input: Self.replacing("urgency", with: #""normal""#))
        #expect(piped.stdout == "2\n", "\(piped.stderr)")

        let csv = try Self.neuvo(["handoffs", "--db", workspace.database])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,sent_at,point,service,urgency,state,taken_at,tries,closed_at,result,name,phone,language,when,note")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("2,") && lines[2].hasPrefix("1,"), "newest first")
        #expect(lines[2].contains(",jarvenpaa-library,adult-social-work,urgent,sent,,0,,,Testi Asiakas,+358 40 123 4567,sv,aamupäivällä,Asia vuokrarästeistä"), "\(lines[2])")
        // Each listing with details is in the audit log, naming the handoffs.
        let audit = try Self.neuvo(["audit", "--db", workspace.database]).stdout
        #expect(audit.contains("handoffs listed: 2, with details: 1, 2"), "\(audit)")

        let json = try Self.neuvo(["handoffs", "--open", "--format", "json", "--db", workspace.database])
        #expect(json.status == 0, "\(json.stderr)")
        guard case .array(let items) = try JSONValue.parse(Data(json.stdout.utf8)), case .object(let first)? = items.first else {
            Issue.record("not a JSON array: \(json.stdout)")
            return
        }
        #expect(items.count == 2)
        #expect(first["id"] == .number(2) && first["tries"] == .number(0) && first["taken_at"] == .null && first["name"] == .string("Testi Asiakas"))
        #expect(first["state"] == .string("sent") && first["when"] == .string("aamupäivällä"))
    }

    @Test(arguments: [
        ("point", #""nowhere""#, "point: unknown advice point nowhere"),
        ("service", #""kela""#, "service: kela is an external destination"),
        ("service", #""no-such""#, "service: unknown service no-such"),
        ("consent", "false", "consent: without the client's explicit consent (true) nothing is sent"),
        ("phone", #""12345""#, "phone: +358… or a Finnish number beginning with 0"),
        ("name", #""Asiakas 150655-902T""#, "the field name holds a personal identity code"),
        ("note", #""hetu 150655-902T""#, "the field note holds a personal identity code"),
        ("language", #""de""#, "language: fi, sv, en or other, not de"),
        ("urgency", #""asap""#, "urgency: normal or urgent, not asap"),
    ])
    func aBadFieldIsNamedWithExitOneAndNothingIsKept(field: String, value: String, message: String) throws {
        let workspace = try Workspace()
        let result = try Self.neuvo(["handoff", "send", "-", "--db", workspace.database], input: Self.replacing(field, with: value))
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let listed = try Self.neuvo(["handoffs", "--db", workspace.database])
        #expect(listed.stdout.split(separator: "\n").count == 1, "only the header: \(listed.stdout)")
    }

    @Test func notJSONAnUnknownKeyOrAMissingFileIsRefused() throws {
        let workspace = try Workspace()
        let notJSON = try Self.neuvo(["handoff", "send", "-", "--db", workspace.database], input: "name=Testi")
        #expect(notJSON.status == 1 && notJSON.stderr.contains("a handoff is one JSON object"))
        let unknown = try Self.neuvo(
            ["handoff", "send", "-", "--db", workspace.database], input: Self.handoff.replacingOccurrences(of: #""note""#, with: #""hetu""#))
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown field hetu"), "\(unknown.stderr)")
        let missing = try Self.neuvo(["handoff", "send", workspace.path("missing.json"), "--db", workspace.database])
        #expect(missing.status == 1 && missing.stderr.contains("cannot read the file"), "\(missing.stderr)")
        // No personal detail is ever taken from the command line: there is no option for one.
        let option = try Self.neuvo(["handoff", "send", "--name", "Testi", "-", "--db", workspace.database], input: Self.handoff)
        #expect(option.status == 2)
    }

    // MARK: - PostgreSQL: the service role, and details to the receiving service only

    @Test func onPostgresTheServiceLoginListsWithDetailsAndTheAdvisorWithout() throws {
        let uri = try Backend.freshPostgresDatabase()
        let suffix = "_" + UUID().uuidString.prefix(8).lowercased()
        let advisor = "adv" + suffix, service = "svc" + suffix
        for login in [advisor, service] { try PostgresCluster.shared.createLogin(login) }
        let roles = try Self.neuvo(["roles", "--db", uri, "--set", "\(advisor)=advisor", "--point", "jarvenpaa-library",
                                    "--set", "\(service)=service", "--service", "adult-social-work", "--service", "health-station"])
        #expect(roles.status == 0, "\(roles.stderr)")
        #expect(roles.stdout.contains("\(service)\tservice\tadult-social-work,health-station"), "\(roles.stdout)")
        let asAdvisor = try Backend.postgresURI(uri, as: advisor), asService = try Backend.postgresURI(uri, as: service)

        let sent = try Self.neuvo(["handoff", "send", "-", "--db", asAdvisor], input: Self.handoff)
        #expect(sent.status == 0 && sent.stdout == "1\n", "\(sent.stderr)")
        // The server's refusal for a point not hers, named.
        let elsewhere = try Self.neuvo(["handoff", "send", "-", "--db", asAdvisor], input: Self.replacing("point", with: #""kerava-service-centre""#))
        #expect(elsewhere.status == 1 && elsewhere.stderr.contains("from her own points only"), "\(elsewhere.stderr)")

        let byService = try Self.neuvo(["handoffs", "--db", asService])
        #expect(byService.status == 0, "\(byService.stderr)")
        #expect(byService.stdout.hasPrefix("id,sent_at,point,service,urgency,state,taken_at,tries,closed_at,result,name,phone,language,when,note\n"))
        #expect(byService.stdout.contains("Testi Asiakas,+358 40 123 4567,sv"))
        let byAdvisor = try Self.neuvo(["handoffs", "--db", asAdvisor])
        #expect(byAdvisor.status == 0, "\(byAdvisor.stderr)")
        #expect(byAdvisor.stdout.hasPrefix("id,sent_at,point,service,urgency,state,taken_at,tries,closed_at,result\n1,"))
        #expect(!byAdvisor.stdout.contains("Testi") && !byAdvisor.stdout.contains("4567"))
        // The audit log names the service login and the handoff it showed.
        let audit = try Self.neuvo(["audit", "--db", uri]).stdout
        #expect(audit.contains(service) && audit.contains("handoffs listed: 1, with details: 1"), "\(audit)")

        // A service login's screens are its queue: the handoff sent above, its details once opened (audited).
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let screens = try Tmux(width: 100, height: 30)
        try screens.start(neuvo: "--db '\(asService)' --lang en")
        try screens.expectToSee("open 1")
        #expect(try !screens.screen().contains("Testi Asiakas"), "no details in the list")
        try screens.send("Enter")
        try screens.expectToSee("Testi Asiakas")
        try screens.send("Escape")
        try screens.expectToSee("open 1")
        try screens.send("q")
        try screens.expectToSee("EXITED 0")
        #expect(try Self.neuvo(["audit", "--db", uri]).stdout.contains("handoff 1 opened"))

        // A service login's services must be receiving ones; --service goes with the role service only.
        let external = try Self.neuvo(["roles", "--db", uri, "--set", "\(service)=service", "--service", "kela"])
        #expect(external.status == 1 && external.stderr.contains("unknown service kela"), "\(external.stderr)")
        let stray = try Self.neuvo(["roles", "--db", uri, "--set", "\(advisor)=advisor", "--point", "jarvenpaa-library", "--service", "health-station"])
        #expect(stray.status == 2 && stray.stderr.contains("--service goes with the role service only"), "\(stray.stderr)")
    }
}
