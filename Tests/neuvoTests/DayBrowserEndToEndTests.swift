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
        let today = Timestamp.now().date
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
        let today = Timestamp.now().date
        let first = CivilDate(year: today.year, month: today.month, day: 1)!
        let last = CivilDate(year: today.year, month: today.month, day: CivilDate.daysIn(month: today.month, year: today.year))!
        let mondays = (0..<CivilDate.daysIn(month: today.month, year: today.year)).filter { first.adding(days: $0).weekday == 1 }.count
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("b Päiväkatsaus").found)
        // The month in the browser, then the staffed hours: Mondays 8 h at 30,50 €.
        try tmux.send("b")
        #expect(try tmux.waitFor("(sama viikonpäivä viikkoa aiemmin)").found)
        try tmux.send("m")
        #expect(try tmux.waitFor("(edellinen kuukausi)").found)
        try tmux.send("h")
        let staffing = try tmux.waitFor("Viikkorytmi")
        #expect(staffing.found, "\(staffing.screen)")
        try tmux.send("-l", "8")
        try tmux.send("Tab")
        try tmux.send("-l", "30,50")
        try tmux.send("F2")
        let saved = try tmux.waitFor("Henkilöstötunnit tallennettu \(mondays) päivälle")
        #expect(saved.found, "\(saved.screen)")
        // A bad hour is named, and nothing more is saved.
        try tmux.send("-l", "x")
        try tmux.send("F2")
        let bad = try tmux.waitFor("tuntihinta ”30,50x” ei kelpaa")
        #expect(bad.found, "\(bad.screen)")
        try tmux.send("Escape")
        #expect(try tmux.waitFor("(edellinen kuukausi)").found)
        try tmux.send("Escape")
        #expect(try tmux.waitFor("b Päiväkatsaus").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)

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
        let yesterday = Timestamp.now().date.adding(days: -1)
        let second = Fixtures.catalog.points[1]
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        #expect(try tmux.waitFor("b Päiväkatsaus").found)
        try tmux.send("b")
        #expect(try tmux.waitFor("(sama viikonpäivä viikkoa aiemmin)").found)
        // A day back, then the next point.
        try tmux.send("Left")
        let moved = try tmux.waitFor(" \(yesterday.day).\(yesterday.month).\(yesterday.year) · Järvenpään pääkirjasto")
        #expect(moved.found, "\(moved.screen)")
        try tmux.send("c")
        let other = try tmux.waitFor(" \(yesterday.day).\(yesterday.month).\(yesterday.year) · \(second.name[.fi])")
        #expect(other.found, "\(other.screen)")
        // The contacts behind the first figure (all contacts), and back.
        try tmux.send("Enter")
        let list = try tmux.waitFor("Luvun yhteydenotot")
        #expect(list.found, "\(list.screen)")
        #expect(list.screen.contains("Yhteenveto: Yhteydenotot"))
        try tmux.send("Escape")
        #expect(try tmux.waitFor("x Vie raportti").found)
        // The day's report as CSV, to a file of our choosing.
        let path = workspace.directory.appendingPathComponent("day.csv").path
        try tmux.send("x")
        #expect(try tmux.waitFor("1 CSV · 2 JSON").found)
        try tmux.send("1")
        #expect(try tmux.waitFor("Tiedosto (CSV):").found)
        try tmux.send("C-u")
        try tmux.send("-l", path)
        try tmux.send("Enter")
        let saved = try tmux.waitFor("Raportti tallennettu:")
        #expect(saved.found, "\(saved.screen)")
        try tmux.send("Escape")
        #expect(try tmux.waitFor("b Päiväkatsaus").found)
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)

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
        #expect(try tmux.waitFor("n Uusi yhteydenotto").found)
        try tmux.send("b")
        try tmux.send("F1")
        let help = try tmux.waitFor("Ohje: Tänään")
        #expect(help.found, "\(help.screen)")
        #expect(!help.screen.contains("Päiväkatsaus"))
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitFor("EXITED 0").found)
    }
}
