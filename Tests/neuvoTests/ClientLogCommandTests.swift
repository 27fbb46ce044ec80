import Foundation
import Guidance
import Testing
import TestSupport
@testable import neuvo

/// `neuvo audit --client -`, `--login` and `neuvo client-data -` as a DPO runs them (CONTRACT §11): the identity code
/// on standard input only, a bad one refused without echoing it, the answers, each search audited; on PostgreSQL the
/// owner and supervisors only.
struct ClientLogCommandTests {
    static let code = "150655-" + "902T"
    static let badCode = "150655-" + "902X"

    static func neuvo(_ arguments: [String], input: String = "") throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"], input: input)
    }

    /// A SQLite database with the client's two contacts and another client's one, imported by a file; its path.
    static func database(in directory: URL) throws -> String {
        let db = directory.appendingPathComponent("neuvo.sqlite").path
        let key = try PseudonymKeyFile.loadOrCreate(in: directory.path)
        let ref = key.pseudonym(for: try IdentityCode(code))
        let other = key.pseudonym(for: try IdentityCode("010180-" + "1232"))
        let csv = directory.appendingPathComponent("contacts.csv").path
        try """
            occurred_at,point,channel,topics,resolved,referrals,client_ref
            2023-03-13T10:00:00+02:00,jarvenpaa-library,walk-in,housing,no,kela,\(ref)
            2023-03-14T10:00:00+02:00,jarvenpaa-library,phone,housing;benefits,yes,,\(ref)
            2023-03-14T11:00:00+02:00,jarvenpaa-library,walk-in,housing,yes,,\(other)

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try neuvo(["import", csv, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    @Test func onSQLiteTheClientsLogReviewAndDataAnswerFromStandardInputAndAreAudited() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        #expect(try Self.neuvo(["export", "--db", db]).status == 0)

        let review = try Self.neuvo(["audit", "--client", "-", "--db", db], input: Self.code + "\n")
        #expect(review.status == 0, "\(review.stderr)")
        let lines = review.stdout.split(separator: "\n")
        #expect(lines.count == 3, "a header, the import, the export: \(review.stdout)")
        #expect(lines.contains { $0.contains("import") && $0.contains("contacts.csv") } && lines.contains { $0.contains("export") })
        #expect(!review.stdout.contains(Self.code))

        let data = try Self.neuvo(["client-data", "-", "--db", db], input: Self.code)
        #expect(data.status == 0, "\(data.stderr)")
        let json = try JSONValue.object(data.stdout)
        guard case .array(let contacts)? = json["contacts"] else { Issue.record("\(data.stdout)"); return }
        #expect(contacts.count == 2 && json["assessments"] == .array([]) && json["handoffs"] == .array([]))
        #expect(!data.stdout.contains("client_ref") && !data.stdout.contains(Self.code))

        // Both searches are in the log, naming the client; the next review shows them.
        let again = try Self.neuvo(["audit", "--client", "-", "--db", db], input: Self.code)
        #expect(again.stdout.contains("audit rows of a client read: 2") && again.stdout.contains("data held on a client read: 2 contacts"), "\(again.stdout)")
        // A spot check of the login: every row is its own.
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let spot = try Self.neuvo(["audit", "--login", user, "--from", "2000-01-01", "--db", db])
        #expect(spot.status == 0 && spot.stdout.contains("import") && spot.stdout.contains("audit rows of a client read"), "\(spot.stdout)\(spot.stderr)")
        let nobody = try Self.neuvo(["audit", "--login", "nobody-at-all", "--db", db])
        #expect(nobody.status == 0 && nobody.stdout == "The login nobody-at-all has no audit rows for this period.\n", "\(nobody.stdout)")
        #expect(try Self.neuvo(["audit", "--verify", "--db", db]).status == 0)
    }

    @Test func anIdentityCodeIsTakenFromStandardInputOnlyAndABadOneIsNeverEchoed() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        for arguments in [["audit", "--client", Self.code], ["client-data", Self.code]] {
            let refused = try Self.neuvo(arguments + ["--db", db])
            #expect(refused.status == 2, "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.contains("standard input") && !refused.stderr.contains(Self.code), "\(refused.stderr)")
        }
        for arguments in [["audit", "--client", "-"], ["client-data", "-"]] {
            let bad = try Self.neuvo(arguments + ["--db", db], input: Self.badCode)
            #expect(bad.status == 1 && bad.stderr.split(separator: "\n").count == 1, "\(arguments): \(bad.stderr)")
            #expect(!bad.stderr.contains(Self.badCode) && !bad.stderr.contains("150655"), "\(bad.stderr)")
            #expect(bad.stderr.contains("check character"), "names the problem: \(bad.stderr)")
            let empty = try Self.neuvo(arguments + ["--db", db], input: "\n")
            #expect(empty.status == 1, "\(empty.stderr)")
        }
        let mixed = try Self.neuvo(["audit", "--client", "-", "--login", "anna", "--db", db], input: Self.code)
        #expect(mixed.status == 2, "\(mixed.stderr)")
        // A client never named: the review says so, and is itself audited.
        let stranger = try Self.neuvo(["audit", "--client", "-", "--db", db], input: "311299-" + "998D")
        #expect(stranger.status == 0 && stranger.stdout == "No audit row names this client.\n", "\(stranger.stdout)")
    }

    @Test func onPostgreSQLTheOwnerAndSupervisorsReviewAndAnAdvisorIsRefused() throws {
        let uri = try Backend.freshPostgresDatabase()
        let suffix = "_" + UUID().uuidString.prefix(6).lowercased()
        let (anna, sara) = ("advisor" + suffix, "supervisor" + suffix)
        for login in [anna, sara] { try PostgresCluster.shared.createLogin(login) }
        #expect(try Self.neuvo(["roles", "--db", uri, "--set", "\(anna)=advisor", "--point", "jarvenpaa-library"]).status == 0)
        #expect(try Self.neuvo(["roles", "--db", uri, "--set", "\(sara)=supervisor"]).status == 0)
        for arguments in [["audit", "--client", "-"], ["client-data", "-"], ["audit", "--login", sara]] {
            let refused = try Self.neuvo(arguments + ["--db", try Backend.postgresURI(uri, as: anna)], input: Self.code)
            #expect(refused.status == 1 && refused.stderr.contains("owner and supervisor"), "\(arguments): \(refused.stderr)")
        }
        let review = try Self.neuvo(["audit", "--client", "-", "--db", try Backend.postgresURI(uri, as: sara)], input: Self.code)
        #expect(review.status == 0 && review.stdout == "No audit row names this client.\n", "\(review.stdout)\(review.stderr)")
        let data = try Self.neuvo(["client-data", "-", "--db", try Backend.postgresURI(uri, as: sara)], input: Self.code)
        #expect(data.status == 0, "\(data.stderr)")
        #expect(try JSONValue.object(data.stdout)["contacts"] == .array([]), "\(data.stdout)")
        let bad = try Self.neuvo(["client-data", "-", "--db", try Backend.postgresURI(uri, as: sara)], input: Self.badCode)
        #expect(bad.status == 1 && !bad.stderr.contains(Self.badCode), "\(bad.stderr)")
        // Both searches audited, as the login the server authenticated.
        let spot = try Self.neuvo(["audit", "--login", sara, "--db", uri])
        #expect(spot.stdout.contains("audit rows of a client read: 0") && spot.stdout.contains("data held on a client read: 0 contacts"), "\(spot.stdout)")
    }
}
