import Foundation
import Guidance
import Testing
import TestSupport

/// The handoffs' figures wired to the store (issue 18), as processes on both backends: `import --kind handoffs` stores
/// them (all or nothing), `export --kind handoffs` gives them back as the same CSV (or a workbook), and every report —
/// the period and, on the page, the previous one — counts those sent in it, `--point` narrowing by the sending point.
struct HandoffWiringTests {
    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    /// The demo's handoffs of seed 6, 42 days up to 2023-10-26 (`demo-data`'s fixed end).
    static let file: Result<String, any Error> = Result {
        try NeuvoProcess.run(["demo-data", "--seed", "6", "--days", "42", "--kind", "handoffs"]).stdout
    }

    static func records(_ csv: String) throws -> [HandoffRecord] {
        let points = Set(Fixtures.catalog.points.map(\.code)), services = HandoffCSV.receivingServices(Fixtures.vocabulary)
        return try csv.split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return try HandoffCSV.record(
                from: Dictionary(uniqueKeysWithValues: zip(HandoffCSV.columns, fields)), points: points, services: services,
                vocabulary: Fixtures.vocabulary)
        }
    }

    /// `report --format json` of the period (and point), as JSON.
    static func report(_ db: String, _ from: String, _ to: String, point: String? = nil) throws -> [String: JSONValue] {
        let result = try neuvo(["report", "--db", db, "--from", from, "--to", to, "--format", "json"] + (point.map { ["--point", $0] } ?? []))
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONValue.object(Data(result.stdout.utf8))
    }

    static func counts(_ values: some Sequence<String>) -> JSONValue {
        .object(Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +).mapValues { .number(Double($0)) })
    }

    /// A fresh database on the backend: a SQLite file in `workspace`, or a PostgreSQL database opened by its owner.
    static func database(_ backend: Backend, _ workspace: Workspace) throws -> String {
        switch backend {
        case .sqlite: workspace.database
        case .postgres: try Backend.freshPostgresDatabase()
        }
    }

    @Test(arguments: Backend.allCases)
    func importedHandoffsAreCountedByEveryReportAndExportedAsTheyCame(_ backend: Backend) throws {
        let workspace = try Workspace()
        let db = try Self.database(backend, workspace)
        let csv = try Self.file.get(), path = workspace.path("handoffs.csv")
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let records = try Self.records(csv)
        try #require(records.count > 20)

        let imported = try Self.neuvo(["import", path, "--kind", "handoffs", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "\(records.count) handoffs rows imported from \(path)\n")

        // The whole period, every point.
        let all = try Self.report(db, "2023-09-15", "2023-10-26")
        #expect(all["handoffs"] == .number(Double(records.count)))
        #expect(all["handoffs_urgent"] == .number(Double(records.filter { $0.urgency == .urgent }.count)))
        #expect(all["handoffs_by_service"] == Self.counts(records.map(\.service)))
        #expect(all["handoffs_by_result"] == Self.counts(records.map { $0.result?.rawValue ?? "open" }))
        #expect(all["handoff_hours_to_take_median"] != .null && all["handoff_reached_rate"] != .null)
        // --point narrows by the sending point; a period counts by the day sent.
        let point = try #require(records.first?.point)
        let atPoint = try Self.report(db, "2023-09-15", "2023-10-26", point: point)
        #expect(atPoint["handoffs"] == .number(Double(records.filter { $0.point == point }.count)))
        let day = try #require(records.last?.sentAt.date)
        let oneDay = try Self.report(db, day.description, day.description)
        #expect(oneDay["handoffs"] == .number(Double(records.filter { $0.sentAt.date == day }.count)))
        let before = try Self.report(db, "2023-08-01", "2023-08-31")
        #expect(before["handoffs"] == .number(0) && before["handoffs_by_result"] == .object([:]))
        #expect(before["handoff_hours_to_close_median"] == .null)

        // The page sets the period beside the previous one: both count their own handoffs.
        let page = try Self.neuvo(["report", "--db", db, "--from", "2023-10-01", "--to", "2023-10-26", "--format", "html"])
        #expect(page.status == 0, "\(page.stderr)")
        let html = try XHTMLPage(page.stdout)
        func shown(_ period: String) -> String? {
            html.elements(with: "data-key").first { $0.attributes["data-key"] == "handoffs" && $0.attributes["data-period"] == period }?.attributes["data-value"]
        }
        let october = records.filter { $0.sentAt.date >= CivilDate(iso: "2023-10-01")! }.count
        let september = records.filter { $0.sentAt.date >= CivilDate(iso: "2023-09-05")! && $0.sentAt.date <= CivilDate(iso: "2023-09-30")! }.count
        #expect(shown("current") == String(october), "\(String(describing: shown("current")))")
        #expect(shown("previous") == String(september), "\(String(describing: shown("previous")))")

        // Exported as they came, in the order sent; a period by the day sent.
        let exported = try Self.neuvo(["export", "--kind", "handoffs", "--db", db])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout == csv)
        let ofDay = try Self.neuvo(["export", "--kind", "handoffs", "--from", day.description, "--to", day.description, "--db", db])
        #expect(try Self.records(ofDay.stdout) == records.filter { $0.sentAt.date == day })
        let book = workspace.path("handoffs.xlsx")
        let workbook = try Self.neuvo(["export", "--kind", "handoffs", "--format", "xlsx", "--output", book, "--db", db])
        #expect(workbook.status == 0, "\(workbook.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: book)).prefix(2) == Data("PK".utf8))

        // All or nothing: a file with one bad row writes none of its good ones.
        let bad = csv + "2023-10-20T10:00:00+03:00,\(point),health-station,normal,2023-10-20T09:00:00+03:00,,,0\n"
        try bad.write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try Self.neuvo(["import", path, "--kind", "handoffs", "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(records.count + 2):taken_at: earlier than sent_at"), "\(refused.stderr)")
        #expect(try Self.report(db, "2023-09-15", "2023-10-26")["handoffs"] == .number(Double(records.count)))
    }

    /// On PostgreSQL the server applies each login's points: an advisor imports and reads her own points' handoffs
    /// (a row elsewhere refused whole), a supervisor reads them all, and the board and a trainer are refused a report
    /// as before.
    @Test func onPostgresEachLoginImportsAndReadsTheHandoffsOfItsPoints() throws {
        let uri = try Backend.freshPostgresDatabase()
        let suffix = "_" + UUID().uuidString.prefix(8).lowercased()
        let advisor = "adv" + suffix, supervisor = "sup" + suffix, board = "brd" + suffix, trainer = "trn" + suffix
        for login in [advisor, supervisor, board, trainer] { try PostgresCluster.shared.createLogin(login) }
        let roles = try Self.neuvo([
            "roles", "--db", uri, "--set", "\(advisor)=advisor", "--point", "jarvenpaa-library", "--set", "\(supervisor)=supervisor",
            "--set", "\(board)=board", "--set", "\(trainer)=trainer",
        ])
        #expect(roles.status == 0, "\(roles.stderr)")
        let asAdvisor = try Backend.postgresURI(uri, as: advisor), asSupervisor = try Backend.postgresURI(uri, as: supervisor)

        let workspace = try Workspace()
        let csv = try Self.file.get()
        let lines = csv.split(separator: "\n").map(String.init)
        let records = try Self.records(csv)
        let mine = lines.dropFirst().filter { $0.contains(",jarvenpaa-library,") }, others = lines.dropFirst().filter { !$0.contains(",jarvenpaa-library,") }
        try #require(!mine.isEmpty && !others.isEmpty)
        let path = workspace.path("handoffs.csv")
        // One row of another point: refused whole, named, nothing written.
        try ([lines[0]] + mine + [others[0]]).map { $0 + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        let elsewhere = try Self.neuvo(["import", path, "--kind", "handoffs", "--db", asAdvisor])
        #expect(elsewhere.status == 1)
        #expect(elsewhere.stderr.hasPrefix("\(mine.count + 2):point:"), "\(elsewhere.stderr)")
        #expect(try Self.report(uri, "2023-09-15", "2023-10-26")["handoffs"] == .number(0))

        try ([lines[0]] + mine).map { $0 + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Self.neuvo(["import", path, "--kind", "handoffs", "--db", asAdvisor]).status == 0)
        try ([lines[0]] + others).map { $0 + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Self.neuvo(["import", path, "--kind", "handoffs", "--db", uri]).status == 0)

        let bySupervisor = try Self.report(asSupervisor, "2023-09-15", "2023-10-26")
        #expect(bySupervisor["handoffs"] == .number(Double(records.count)))
        #expect(bySupervisor["handoffs_by_service"] == Self.counts(records.map(\.service)))
        let byAdvisor = try Self.report(asAdvisor, "2023-09-15", "2023-10-26")
        #expect(byAdvisor["handoffs"] == .number(Double(mine.count)))
        let theirExport = try Self.neuvo(["export", "--kind", "handoffs", "--db", asAdvisor])
        #expect(theirExport.status == 0, "\(theirExport.stderr)")
        #expect(try Self.records(theirExport.stdout).allSatisfy { $0.point == "jarvenpaa-library" })
        #expect(try Self.records(theirExport.stdout).count == mine.count)
        for login in [board, trainer] {
            let refused = try Self.neuvo(["report", "--from", "2023-09-15", "--to", "2023-10-26", "--db", try Backend.postgresURI(uri, as: login)])
            #expect(refused.status == 1)
            #expect(refused.stdout.isEmpty && !refused.stderr.contains("handoff"), "\(refused.stderr)")
        }
        // Each read of the figures is in the audit log, by the login that read them.
        let audit = try Self.neuvo(["audit", "--db", uri]).stdout
        #expect(audit.contains("handoff figures"), "\(audit)")
    }
}
