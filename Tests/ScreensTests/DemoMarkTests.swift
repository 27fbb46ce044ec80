import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// Issue 24: what the demo produces carries its mark — the HTML page, the file's name, the mood question — and `~` in
/// a path typed on the screens is `$HOME`.
struct DemoMarkTests {
    static func demoBrowser(_ script: String = "") throws -> AppHarness {
        let context = AppHarness.context(demo: true)
        let harness = try AppHarness(log: Fixtures.demoLog, first: DayBrowserScreen(context), demo: true)
        harness.type(script)
        return harness
    }

    @Test func theDemosHtmlPageReadBackCarriesTheMarkInItsTitleHeaderAndName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-demo-mark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = try Self.demoBrowser("x3")
        // The name offered begins with the mark…
        #expect(harness.screen(Size(width: 120, height: 40)).contains("Tiedosto (HTML): DEMO-neuvo-report-jarvenpaa-library-2026-11-23-2026-11-23.html"))
        // …and a name typed without it gets it all the same.
        harness.type("<ctrl-u>" + directory.appendingPathComponent("marraskuu.html").path + "<enter>")
        let path = directory.appendingPathComponent("DEMO-marraskuu.html").path
        #expect(harness.screen(Size(width: 200, height: 40)).contains("Raportti tallennettu: \(path)"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("marraskuu.html").path))
        let page = try String(contentsOfFile: path, encoding: .utf8)
        let title = try #require(page.firstMatch(of: /<title>([^<]*)<\/title>/)?.1)
        #expect(title.hasPrefix("DEMO · Lähineuvonnan arviointi"))
        let heading = try #require(page.firstMatch(of: /<h1>(.*)<\/h1>/)?.1)
        #expect(heading == "<span class=\"demo\">DEMO</span> Lähineuvonnan arviointi")
        #expect(page.contains("<p class=\"demo\">Harjoitusaineisto (neuvo demo): keksittyjä lukuja, ei oikeita asiakkaita."))
        // A name with the mark already keeps it as typed.
        harness.type("x2<ctrl-u>" + directory.appendingPathComponent("demo-luvut.json").path + "<enter>")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("demo-luvut.json").path))
    }

    @Test func aRealDatabasesPageHasNoMark() throws {
        let report = try Fixtures.demoLog.report(
            from: CivilDate(iso: "2026-11-23")!, to: CivilDate(iso: "2026-11-23")!, point: nil, by: Actor(user: "t", command: "t"))
        let page = try AppHarness.context().reportFormat.document(report, as: .html)
        #expect(!page.contains("DEMO"))
        #expect(try AppHarness.context(demo: true).reportFormat.document(report, as: .html).contains("<title>DEMO · "))
    }

    @Test(arguments: [
        ("~/nov.html", "/home/elsewhere/nov.html"), ("~", "/home/elsewhere"), ("nov.html", "/work/here/nov.html"),
        ("/tmp/nov.html", "/tmp/nov.html"), ("a/~/b.html", "/work/here/a/~/b.html"),
    ])
    func aTildeIsHomeFromTheEnvironment(typed: String, written: String) {
        let export = ReportExport(period: BrowserPeriod(.day, day: CivilDate(iso: "2026-11-23")!), point: nil, document: .html, path: typed)
        #expect(export.absolutePath(home: "/home/elsewhere/", currentDirectory: "/work/here") == written)
        var demo = export
        demo.isDemo = true
        #expect(demo.absolutePath(home: "/home/elsewhere", currentDirectory: "/work/here")
            == (written as NSString).deletingLastPathComponent + "/DEMO-" + (written as NSString).lastPathComponent)
    }

    @Test(arguments: Language.allCases)
    func theMoodQuestionInTheDemoCarriesTheMark(language: Language) {
        let strings = Fixtures.catalog.strings.inLanguage(language)
        for size in [Size.minimum, Size(width: 120, height: 40)] {
            let demo = MoodQuestion(strings: strings, mood: true, enps: true, isDemo: true).frame(size: size)
            #expect(demo.lines[0].hasPrefix(strings(.demoMark)))
            #expect((0..<size.width).allSatisfy { demo[$0, 0].style == .demo })
            let real = MoodQuestion(strings: strings, mood: true, enps: true).frame(size: size)
            #expect(!real.text.contains("DEMO"))
        }
    }

    /// F1 names the formats `x` offers: HTML and Excel too.
    @Test(arguments: [
        (Language.fi, "CSV, JSON, HTML-sivu tai Excel-työkirja"), (.sv, "CSV, JSON, en HTML-sida eller en Excel-arbetsbok"),
        (.en, "CSV, JSON, an HTML page or an Excel workbook"),
    ])
    func theBrowsersHelpNamesEveryFormatXOffers(language: Language, formats: String) throws {
        let harness = try AppHarness(
            language: language, log: Fixtures.demoLog, first: DayBrowserScreen(AppHarness.context(language: language, demo: true)), demo: true)
        harness.type("<f1>")
        let help = harness.screen(Size(width: 200, height: 60)).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(help.contains(formats), "\(help)")
    }
}

/// Issue 24: help that does not fit says which lines show, of how many, and how to scroll.
struct HelpScrollSignTests {
    @Test func longHelpSaysThereIsMore() throws {
        let harness = try AppHarness(log: Fixtures.demoLog, first: DayBrowserScreen(AppHarness.context(role: .supervisor)), role: .supervisor)
        harness.type("<f1>")
        let top = harness.screen()
        let sign = try #require(top.firstMatch(of: /1–(\d+) \/ (\d+)  ↑↓ PgUp PgDn/))
        #expect(Int(sign.1)! < Int(sign.2)!)
        harness.type("<pgdn>")
        #expect(harness.screen().contains("11–"), "\(harness.screen())")
        // Where it all fits, no sign.
        #expect(!harness.screen(Size(width: 200, height: 80)).contains("↑↓ PgUp PgDn"))
    }
}
