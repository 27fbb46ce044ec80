import Foundation
import Guidance
import Testing
import TestSupport

/// Issue 10's "done when", the way a trainer or supervisor does it: the demo's month, all points, saved from the
/// day browser as the evaluation page and as JSON — and every number on the page is the JSON's.
@Suite(.serialized)
struct EvaluationEndToEndTests {
    /// Saves the shown period's report from the browser (`x`, the format's key) to `path`.
    static func save(_ tmux: Tmux, key: String, format: String, to path: String) throws {
        try tmux.send("x")
        try tmux.expectToSee("1 CSV · 2 JSON · 3 HTML")
        try tmux.send(key)
        try tmux.expectToSee("Tiedosto (\(format)):")
        try tmux.send("C-u")
        try tmux.send("-l", path)
        try tmux.send("Enter")
        try tmux.expectToSee("Raportti tallennettu:")
    }

    @Test func theMonthsEvaluationFromTheDemoAgreesWithItsJSON() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace(point: nil)
        let tmux = try Tmux(width: 120, height: 40)
        try tmux.start(neuvo: "demo --db \(workspace.path("demo.sqlite")) --days 60 --lang fi")
        #expect(try tmux.waitFor(seconds: 60) { $0.contains("Yhteydenottoja") }.found)
        try tmux.send("b")
        try tmux.expectToSee("x Vie raportti")
        // The month, every point.
        try tmux.send("m")
        for _ in Fixtures.catalog.points { try tmux.send("c") }
        try tmux.expectToSee(" · kaikki pisteet")
        let html = workspace.path("month.html"), json = workspace.path("month.json")
        try Self.save(tmux, key: "3", format: "HTML", to: html)
        try Self.save(tmux, key: "2", format: "JSON", to: json)
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitFor(seconds: 20) { $0.contains("EXITED 0") }.found)

        // The demo names what it writes as practice: DEMO- before the name typed.
        let page = try XHTMLPage(try String(contentsOfFile: workspace.path("DEMO-month.html"), encoding: .utf8))
        let report = try JSONValue.object(try Data(contentsOf: URL(fileURLWithPath: workspace.path("DEMO-month.json"))))
        #expect(!FileManager.default.fileExists(atPath: html) && !FileManager.default.fileExists(atPath: json))
        #expect(page.mismatches("current", json: report) == [])
        #expect(page.elements(with: "data-key").filter { $0.attributes["data-period"] == "current" }.count > 50)
        // The demo's month holds every kind of the evaluation: outcomes, unmet needs, answers, staffing, and the
        // handoffs the demo stored (CONTRACT §9).
        for key in ["feedback_responses", "mood_responses", "contacts_with_unmet_need", "handoffs"] {
            guard case .number(let n)? = report[key] else { Issue.record("\(key) is not a number"); continue }
            #expect(n > 0, "\(key)")
        }
        guard case .object(let outcomes)? = report["referral_outcomes"] else { Issue.record("no referral_outcomes"); return }
        #expect(outcomes["reached"] != nil && outcomes["pending"] != nil)
        #expect(report["staff_hours"] != .number(0) && report["cost_per_contact"] != .null)
    }
}
