import Foundation
import Guidance
import Testing
import TestSupport

/// The supervisors' day browser through the real binary in tmux: a supervisor (by roles.json beside the database)
/// browses four weeks of synthetic contacts up to today, and saves a day's report that equals `neuvo report`'s.
@Suite(.serialized)
struct DayBrowserEndToEndTests {
    static var user: String { Workspace.user }

    /// A workspace with four weeks of demo contacts up to today at every point; `role` for this OS user in roles.json.
    static func workspace(role: String?) throws -> Workspace {
        let workspace = try Workspace()
        let today = RegionClock.helsinki().today
        let csv = try NeuvoProcess.run(["demo-data", "--seed", "9", "--days", "28", "--end", today.description])
        #expect(csv.status == 0, "\(csv.stderr)")
        let file = workspace.directory.appendingPathComponent("contacts.csv")
        try csv.stdout.write(to: file, atomically: true, encoding: .utf8)
        let imported = try NeuvoProcess.run(["import", file.path, "--db", workspace.database])
        #expect(imported.status == 0, "\(imported.stderr)")
        if let role {
            try #"{"users": {"\#(user)": "\#(role)"}}"#.write(
                to: workspace.directory.appendingPathComponent("roles.json"), atomically: true, encoding: .utf8)
        }
        return workspace
    }

    @Test func aSupervisorWritesAWeeklyPatternForTheMonthAndTheReportCountsIt() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Self.workspace(role: "supervisor")
        let today = RegionClock.helsinki().today
        let first = CivilDate(year: today.year, month: today.month, day: 1)!
        let last = CivilDate(year: today.year, month: today.month, day: CivilDate.daysIn(month: today.month, year: today.year))!
        let mondays = (0..<CivilDate.daysIn(month: today.month, year: today.year)).filter { first.adding(days: $0).weekday == 1 }.count
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("b Päiväkatsaus")
        // The month in the browser, then the staffed hours: Mondays 8 h at 30,50 €.
        try tmux.send("b")
        try tmux.expectToSee("(sama viikonpäivä viikkoa aiemmin)")
        try tmux.send("m")
        // A month under way is set against the same days of the month before (issue 24).
        let month = today == last ? "(edellinen kuukausi)" : "tähän mennessä"
        try tmux.expectToSee(month)
        try tmux.send("h")
        try tmux.expectToSee("Viikkorytmi")
        try tmux.send("-l", "8")
        try tmux.send("Tab")
        try tmux.send("-l", "30,50")
        try tmux.send("F2")
        try tmux.expectToSee("Henkilöstötunnit tallennettu \(mondays) päivälle")
        // A bad hour is named, and nothing more is saved.
        try tmux.send("-l", "x")
        try tmux.send("F2")
        try tmux.expectToSee("tuntihinta ”30,50x” ei kelpaa")
        try tmux.send("Escape")
        try tmux.expectToSee(month)
        try tmux.send("Escape")
        try tmux.expectToSee("b Päiväkatsaus")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")

        // `neuvo report` counts them.
        let report = try NeuvoProcess.run([
            "report", "--db", workspace.database, "--from", first.description, "--to", last.description,
            "--point", Fixtures.catalog.points[0].code, "--format", "json",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect((json["staff_hours"] as? NSNumber)?.doubleValue == Double(8 * mondays), "\(report.stdout)")
        #expect((json["cost_eur"] as? NSNumber)?.doubleValue == Double(244 * mondays))
        let audit = try NeuvoProcess.run(["audit", "--db", workspace.database]).stdout
        #expect(audit.contains("screen staffing"), "\(audit)")
    }

    @Test func aSupervisorBrowsesDrillsDownAndSavesTheDaysReport() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Self.workspace(role: "supervisor")
        let yesterday = RegionClock.helsinki().today.adding(days: -1)
        let second = Fixtures.catalog.points[1]
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("b Päiväkatsaus")
        try tmux.send("b")
        try tmux.expectToSee("(sama viikonpäivä viikkoa aiemmin)")
        // A day back, then the next point.
        try tmux.send("Left")
        try tmux.expectToSee(" \(yesterday.day).\(yesterday.month).\(yesterday.year) · Järvenpään pääkirjasto")
        try tmux.send("c")
        try tmux.expectToSee(" \(yesterday.day).\(yesterday.month).\(yesterday.year) · \(second.name[.fi])")
        // The contacts behind the first figure (all contacts), and back.
        try tmux.send("Enter")
        let list = try tmux.expectToSee("Luvun yhteydenotot")
        #expect(list.screen.contains("Yhteenveto: Yhteydenotot"))
        try tmux.send("Escape")
        try tmux.expectToSee("x Vie raportti")
        // The day's report as CSV, to a file of our choosing.
        let path = workspace.directory.appendingPathComponent("day.csv").path
        try tmux.send("x")
        try tmux.expectToSee("1 CSV · 2 JSON")
        try tmux.send("1")
        try tmux.expectToSee("Tiedosto (CSV):")
        try tmux.send("C-u")
        try tmux.send("-l", path)
        try tmux.send("Enter")
        try tmux.expectToSee("Raportti tallennettu:")
        try tmux.send("Escape")
        try tmux.expectToSee("b Päiväkatsaus")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")

        // The file is what `neuvo report` prints for the same day and point.
        let report = try NeuvoProcess.run([
            "report", "--db", workspace.database, "--from", yesterday.description, "--to", yesterday.description, "--point", second.code,
            "--format", "csv",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(file == report.stdout)
        #expect(file.hasPrefix("figure,code,value\ncontacts,,"))
        // And the audit log says who wrote it, where.
        let audit = try NeuvoProcess.run(["audit", "--db", workspace.database]).stdout
        #expect(audit.contains("report written to \(path)"), "\(audit)")
    }

    @Test func anAdvisorHasNoDayBrowser() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Self.workspace(role: nil)
        let tmux = try Tmux(width: 120, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("n Uusi yhteydenotto")
        try tmux.send("b")
        try tmux.send("F1")
        let help = try tmux.expectToSee("Ohje: Tänään")
        #expect(!help.screen.contains("Päiväkatsaus"))
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }
}
