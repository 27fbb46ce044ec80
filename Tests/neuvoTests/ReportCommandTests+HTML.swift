import Foundation
import Guidance
import TestSupport
import Testing

/// `neuvo report --format html` as a process: one well-formed, self-contained page whose every number is the one
/// `--format json` prints for the period and for the previous period of the same length, masked alike under
/// `--min-cell`, in the language asked.
extension ReportCommandTests {
    /// Monday to Friday, and the five days before it.
    static let period = ("2023-10-16", "2023-10-20"), previousPeriod = ("2023-10-11", "2023-10-15")

    func run(_ from: String, _ to: String, _ format: String, _ extra: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(["report", "--from", from, "--to", to, "--db", db, "--format", format] + extra)
    }

    @Test(arguments: [["--lang", "en"], ["--lang", "sv", "--point", "jarvenpaa-library"], ["--lang", "fi", "--min-cell", "5"]])
    func theHTMLPageShowsTheJSONsFiguresForThePeriodAndThePreviousOne(options: [String]) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(Self.period.0, Self.period.1, "html", options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let html = result.stdout
        let page = try XHTMLPage(html)
        let current = try JSONValue.object(try run(Self.period.0, Self.period.1, "json", options).stdout)
        let previous = try JSONValue.object(try run(Self.previousPeriod.0, Self.previousPeriod.1, "json", options).stdout)
        #expect(page.mismatches("current", json: current) == [])
        #expect(page.mismatches("previous", json: previous) == [])
        #expect(page.elements(with: "data-period").filter { $0.attributes["data-period"] == "previous" }.count > 50)

        // Every section of the evaluation, §8's consultations and §9's handoffs, each with its chart; nothing fetched from elsewhere.
        let sections = page.elements(named: "section").compactMap { $0.attributes["id"] }
        #expect(sections == [
            "targets", "volumes", "reasons", "topics", "referrals", "settled", "repeats", "costs", "staff", "clients", "unmet", "consultations",
            "handoffs",
        ])
        #expect(page.elements(named: "section").allSatisfy { $0.attributes["id"] == "targets" || $0.descendants.contains("svg") })
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=") && !html.contains("url("))

        // The shipped targets, each marked for both periods.
        #expect(page.elements(with: "data-target").count == Fixtures.catalog.targets.targets.count)
        let language = Language(rawValue: options[1])!
        #expect(html.contains("lang=\"\(language.rawValue)\""))
        for target in Fixtures.catalog.targets.targets { #expect(html.contains(target.label[language])) }
        let title = Fixtures.catalog.strings.inLanguage(language)(.reportHtmlTitle)
        #expect(html.contains("<h1>\(title)</h1>"))
        if options.contains("--min-cell") {
            #expect(page.elements(with: "data-masked").count > 0)
            #expect(html.contains("&lt;5"))
        }
    }

    @Test func theHTMLPageComparesAWholeMonthWithTheMonthBefore() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let html = try run("2023-10-01", "2023-10-31", "html", ["--lang", "en"]).stdout
        #expect(html.contains("Compared with the previous period 1.9.2023–30.9.2023"))
        let page = try XHTMLPage(html)
        #expect(page.mismatches("previous", json: try JSONValue.object(try run("2023-09-01", "2023-09-30", "json", []).stdout)) == [])
        #expect(try NeuvoProcess.run(["report", "--help"]).stdout.contains("html"))
    }
}
