import Foundation
import Guidance
import Testing
import TestSupport

/// `neuvo report --format xlsx` and `neuvo export --format xlsx` as processes, the workbooks read back with openpyxl
/// (Debian's python3-openpyxl, `make deps`), a reader nobody here wrote: every figure the HTML page shows is in the
/// workbook with the value `--format json` prints, for the period and the previous one, labelled in the language asked;
/// an export has a row per record with real date-times; text is never a formula; a failed write leaves nothing.
@Suite struct WorkbookCommandTests {
    /// A database of four weeks of contacts with their feedback, mood and staffing, made once for the suite (a failure
    /// to make it fails each test that needs it).
    static let data: Result<URL, any Error> = Result {
        let root = try NeuvoProcess.temporaryDirectory()
        let db = root.path + "/neuvo.sqlite"
        for kind in ["contacts", "feedback", "mood", "staffing"] {
            let csv = try NeuvoProcess.run(["demo-data", "--kind", kind, "--seed", "4", "--days", "28"]).stdout
            try csv.write(toFile: root.path + "/\(kind).csv", atomically: true, encoding: .utf8)
            let imported = try NeuvoProcess.run(["import", "--kind", kind, root.path + "/\(kind).csv", "--db", db])
            guard imported.status == 0 else { throw Unmade(description: "import --kind \(kind): \(imported.stderr)") }
        }
        return root
    }

    struct Unmade: Error, CustomStringConvertible { let description: String }

    static var db: String { get throws { try data.get().path + "/neuvo.sqlite" } }
    /// Two weeks of the four, and the two before.
    static let period = ("2023-10-16", "2023-10-29"), previous = ("2023-10-02", "2023-10-15")

    let root: URL

    init() throws { root = try NeuvoProcess.temporaryDirectory() }

    // MARK: - Reading a workbook

    struct Cell {
        let value: JSONValue
        let type: String
        let format: String
        var text: String? { if case .string(let s) = value { s } else { nil } }
        var number: Double? { if type == "n", case .number(let n) = value { n } else { nil } }
    }

    struct Sheet {
        let name: String
        let freeze: String?
        let widths: [String: Double]
        let rows: [[Cell?]]

        func cell(_ row: Int, _ column: Int) -> Cell? { row < rows.count && column < rows[row].count ? rows[row][column] : nil }
        /// The row of the column headings: the last frozen one.
        var headerRow: Int? { freeze.flatMap { Int($0.dropFirst()) }.map { $0 - 2 } }
    }

    /// The workbook as openpyxl reads it.
    static func read(_ path: String) throws -> [Sheet] {
        let script = NeuvoProcess.repository.appendingPathComponent("Tests/workbook/read_xlsx.py").path
        let result = try NeuvoProcess.run([script, path], executable: "/usr/bin/python3")
        try #require(result.status == 0, "openpyxl could not read \(path): \(result.stderr) (python3-openpyxl: make deps)")
        guard case .array(let sheets)? = try JSONValue.object(result.stdout)["sheets"] else { throw CancellationError() }
        return sheets.map { sheet in
            guard case .object(let s) = sheet, case .string(let name)? = s["name"], case .array(let rows)? = s["rows"],
                  case .object(let widths)? = s["widths"] else { return Sheet(name: "?", freeze: nil, widths: [:], rows: []) }
            var freeze: String?
            if case .string(let f)? = s["freeze"] { freeze = f }
            return Sheet(
                name: name, freeze: freeze,
                widths: widths.compactMapValues { if case .number(let n) = $0 { n } else { nil } },
                rows: rows.map { row in
                    guard case .array(let cells) = row else { return [] }
                    return cells.map { cell in
                        guard case .object(let c) = cell, case .string(let type)? = c["t"], case .string(let format)? = c["f"] else { return nil }
                        return Cell(value: c["v"] ?? .null, type: type, format: format)
                    }
                })
        }
    }

    func run(_ arguments: [String]) throws -> NeuvoProcess.Result { try NeuvoProcess.run(arguments + ["--db", try Self.db]) }

    func report(_ format: String, _ from: String, _ to: String, _ options: [String], output: String? = nil) throws -> NeuvoProcess.Result {
        try run(["report", "--from", from, "--to", to, "--format", format] + options + (output.map { ["--output", $0] } ?? []))
    }

    // MARK: - The report

    @Test(arguments: [["--lang", "en"], ["--lang", "sv", "--point", "jarvenpaa-library"], ["--lang", "fi", "--min-cell", "5"]])
    func everyFigureOfTheHTMLPageIsInTheWorkbookWithTheJSONsValue(options: [String]) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path + "/report.xlsx"
        let written = try report("xlsx", Self.period.0, Self.period.1, options, output: path)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty && written.stderr.isEmpty)
        let sheets = try Self.read(path)
        let current = try JSONValue.object(try report("json", Self.period.0, Self.period.1, options).stdout)
        let before = try JSONValue.object(try report("json", Self.previous.0, Self.previous.1, options).stdout)
        let language = Language(rawValue: options[1])!
        let s = Fixtures.catalog.strings.inLanguage(language)
        let minCell = options.contains("--min-cell") ? 5 : 1

        // The overview, then a sheet per section of the page, named in the language asked.
        let titles = [s(.reportXlsxOverview)] + [
            s(.reportHtmlSectionVolumes), s(.reportHtmlSectionReasons), s(.reportHtmlSectionTopics), s(.reportHtmlSectionReferrals),
            s(.reportHtmlSectionSettled), s(.reportHtmlSectionRepeats), s(.reportHtmlSectionCosts), s(.reportHtmlSectionStaff),
            s(.reportHtmlSectionClients), s(.reportHtmlSectionUnmet), s(.reportHtmlSectionConsultations), s(.reportHandoffSection),
        ].enumerated().map { "\($0.offset + 1). \($0.element)" }
        #expect(sheets.map(\.name) == titles.map { String($0.prefix(31)).trimmingCharacters(in: .whitespaces) })

        // Every (key, code) the HTML page shows for this period, and every one the workbook has.
        let html = try XHTMLPage(try report("html", Self.period.0, Self.period.1, options).stdout)
        var onPage = Set<String>()
        for e in html.elements(with: "data-key") where e.attributes["data-period"] == "current" {
            onPage.insert(e.attributes["data-key"]! + "/" + (e.attributes["data-code"] ?? ""))
        }
        var inBook = Set<String>(), compared = 0
        for sheet in sheets {
            // The period and the previous one as dates at the top, the point, the headings frozen.
            #expect(sheet.cell(1, 1)?.value == .string(Self.period.0 + "T00:00:00") && sheet.cell(1, 1)?.type == "d", "\(sheet.name)")
            #expect(sheet.cell(1, 2)?.value == .string(Self.period.1 + "T00:00:00"), "\(sheet.name)")
            #expect(sheet.cell(2, 1)?.value == .string(Self.previous.0 + "T00:00:00"), "\(sheet.name)")
            #expect(sheet.cell(3, 0)?.text == s(.reportXlsxPoint))
            if options.contains("--point") { #expect(sheet.cell(3, 2)?.text == "jarvenpaa-library") }
            let header = try #require(sheet.headerRow, "\(sheet.name) has no frozen rows")
            #expect(sheet.cell(header, 3)?.text == s(.reportHtmlThisPeriod) && sheet.cell(header, 4)?.text == s(.reportHtmlPreviousPeriod))
            #expect((sheet.widths["A"] ?? 0) >= 24 && (sheet.widths["D"] ?? 0) >= 10, "\(sheet.name)")
            for row in sheet.rows.dropFirst(header + 1) {
                // A figure null in both periods (the handoffs of a file that has none) ends at its key: its cells are empty.
                guard row.count >= 2, let key = row[1]?.text, key.range(of: "^[a-z_]+$", options: .regularExpression) != nil else { continue }
                let code = row.count > 2 ? row[2]?.text ?? "" : ""
                // A map's "no data" line (a chart with no codes in either period) names the map's key alone.
                if code.isEmpty, case .object? = current[key] { continue }
                if sheet.name != sheets[0].name { inBook.insert(key + "/" + code) }
                for (column, json) in [(3, current), (4, before)] {
                    let cell = column < row.count ? row[column] : nil
                    compared += 1
                    if !code.isEmpty {
                        guard case .object(let map)? = json[key] else { Issue.record("\(key) is not a map"); continue }
                        if let masked = cell?.text {
                            #expect(masked == "<\(minCell)" && map[code] == nil, "\(key).\(code)")
                        } else {
                            #expect(cell?.number == (map[code].flatMap { if case .number(let n) = $0 { n } else { nil } } ?? 0), "\(key).\(code)")
                            #expect(cell?.format == "#,##0")
                        }
                        continue
                    }
                    switch json[key] {
                    case .number(let n)?:
                        #expect(cell?.number == n, "\(sheet.name) \(key): \(String(describing: cell)) vs \(n)")
                        let format = cell?.format ?? ""
                        if key.hasSuffix("_rate") { #expect(format == "0.00%", "\(key)") }
                        if key.hasPrefix("cost_") { #expect(format.contains("€"), "\(key)") }
                        if key == "contacts" { #expect(format == "#,##0") }
                    case .null?:
                        // Null in the JSON: empty, or why (masked, withheld, too few answers) as text.
                        #expect(cell?.number == nil, "\(key)")
                        let tooFew = s(.reportHtmlTooFew, ["minimum": String(Report.staffAnonymityMinimum)])
                        if let text = cell?.text { #expect(text == "<\(minCell)" || text == ".." || text == tooFew, "\(key): \(text)") }
                    default: Issue.record("\(key): not in the JSON")
                    }
                }
            }
        }
        #expect(inBook == onPage, "only in the workbook: \(inBook.subtracting(onPage)); only on the page: \(onPage.subtracting(inBook))")
        #expect(compared > 100)

        // The labels as the screens show them: the channels' in the language asked.
        let volumes = sheets[1]
        for row in volumes.rows where row.count > 2 && row[1]?.text == "by_channel" {
            #expect(row[0]?.text == Fixtures.vocabulary.channel.label(row[2]!.text!, in: language))
        }
        // The overview: each of the region's targets, marked for both periods.
        let overview = sheets[0]
        for target in Fixtures.catalog.targets.targets {
            let row = try #require(overview.rows.first { $0.count > 6 && $0[1]?.text == target.key && $0[0]?.text == target.label[language] })
            #expect(row[5]?.text?.isEmpty == false)
            #expect([s(.reportHtmlMet), s(.reportHtmlNotMet), s(.reportHtmlWithheld), s(.reportHtmlNoFigure)]
                .contains { row[6]?.text?.contains($0) == true })
        }
        if minCell > 1 {
            #expect(sheets.contains { $0.rows.joined().contains { $0?.text == "<5" } })
            // No count from 1 to 4 is shown anywhere.
            #expect(!sheets.contains { $0.rows.joined().contains { $0?.format == "#,##0" && ($0?.number).map { $0 >= 1 && $0 < 5 } == true } })
        }
    }

    @Test func aPeriodWithNoContactsIsAWorkbookOfZerosAndEmptyRates() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path + "/empty.xlsx"
        #expect(try report("xlsx", "2020-01-01", "2020-01-31", ["--lang", "en"], output: path).status == 0)
        let sheets = try Self.read(path)
        #expect(sheets.count == 13)
        let volumes = sheets[1]
        let contacts = try #require(volumes.rows.first { $0.count > 3 && $0[1]?.text == "contacts" })
        #expect(contacts[3]?.number == 0 && contacts[4]?.number == 0)
        let rate = try #require(volumes.rows.first { $0.count > 1 && $0[1]?.text == "identified_rate" })
        #expect(rate.count <= 3 || rate[3] == nil)
        #expect(volumes.rows.contains { $0.first??.text == Fixtures.catalog.strings.inLanguage(.en)(.reportHtmlNoData) })
        #expect(sheets[0].rows.contains { $0.count > 6 && $0[6]?.text == Fixtures.catalog.strings.inLanguage(.en)(.reportHtmlNoFigure) })
    }

    @Test func theWorkbookToStandardOutputIsTheSameAndNeverToATerminal() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // Standard output to a pipe: the workbook.
        let piped = try report("xlsx", Self.period.0, Self.period.1, ["--lang", "fi"])
        #expect(piped.status == 0)
        try Data(piped.stdout.utf8).write(to: root.appendingPathComponent("piped.xlsx"))
        #expect(piped.stdout.hasPrefix("PK"))
        // To a terminal: refused, with the way out.
        let command = [NeuvoProcess.binary.path, "report", "--from", Self.period.0, "--to", Self.period.1, "--format", "xlsx", "--db", try Self.db]
            .map { "'\($0)'" }.joined(separator: " ")
        let terminal = try NeuvoProcess.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script")
        #expect(terminal.status == 2)
        #expect(terminal.stdout.contains("--output FILE") && terminal.stdout.contains("redirect"))
        #expect(!terminal.stdout.contains("PK"))
        let exportCommand = [NeuvoProcess.binary.path, "export", "--format", "xlsx", "--db", try Self.db].map { "'\($0)'" }.joined(separator: " ")
        let export = try NeuvoProcess.run(["-qec", exportCommand, "/dev/null"], executable: "/usr/bin/script")
        #expect(export.status == 2 && export.stdout.contains("--output FILE"))
    }

    @Test func aPathThatCannotBeWrittenIsExitOneAndLeavesNothing() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try report("xlsx", Self.period.0, Self.period.1, [], output: root.path + "/no-such-directory/report.xlsx")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("neuvo: cannot write \(root.path)/no-such-directory/report.xlsx: No such file or directory"))
        // A directory where the file should go: refused, and no temporary file left beside it.
        let directory = root.path + "/taken"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        for arguments in [["report", "--from", Self.period.0, "--to", Self.period.1, "--format", "xlsx"], ["export", "--format", "xlsx"],
                          ["export", "--format", "csv"], ["report", "--from", Self.period.0, "--to", Self.period.1, "--format", "html"]] {
            let taken = try run(arguments + ["--output", directory])
            #expect(taken.status == 1, "\(arguments)")
            #expect(taken.stderr.hasPrefix("neuvo: cannot write \(directory):"), "\(taken.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["taken"], "\(arguments)")
        }
        // An existing file is replaced whole.
        let file = root.path + "/report.xlsx"
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try report("xlsx", Self.period.0, Self.period.1, [], output: file).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).prefix(2) == Data("PK".utf8))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root.path)) == ["taken", "report.xlsx"])
    }

    // MARK: - The export

    @Test func theContactsExportHasARowPerContactWithDateTimesInTheRegionsTimeZone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path + "/contacts.xlsx"
        let options = ["--from", "2023-10-16", "--to", "2023-10-22", "--lang", "sv"]
        #expect(try run(["export", "--format", "xlsx", "--output", path] + options).status == 0)
        let csv = try run(["export"] + options).stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let sheets = try Self.read(path)
        #expect(sheets.count == 1 && sheets[0].name == "contacts" && sheets[0].freeze == "A2")
        let header = sheets[0].rows[0].map { $0?.text ?? "" }, rows = Array(sheets[0].rows.dropFirst())
        #expect(rows.count == csv.count - 1 && rows.count > 100)
        let column = { (name: String) in header.firstIndex(of: name)! }
        let helsinki = TimeZone(identifier: "Europe/Helsinki")!
        func local(_ instant: Int64) -> String {
            let seconds = instant + Int64(helsinki.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
            let day = CivilDate(daysSinceEpoch: Int(seconds.quotientAndRemainder(dividingBy: 86_400).quotient))
            let time = Int(seconds - Int64(day.daysSinceEpoch) * 86_400)
            return day.description + "T" + [time / 3600, time / 60 % 60, time % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
        }
        for (row, fields) in zip(rows, csv.dropFirst()) {
            // The CSV's moment (with its offset) as a Helsinki clock showed it.
            #expect(row.at(column("occurred_at"))?.value == .string(local(try Timestamp(iso: fields[0]).instant)), "\(fields[0])")
            #expect(row.at(column("occurred_at"))?.type == "d")
            #expect(row.at(column("point"))?.text == fields[1])
            #expect(row.at(column("channel"))?.text == fields[2])
            #expect(row.at(column("channel_label"))?.text == Fixtures.vocabulary.channel.label(fields[2], in: .sv))
            #expect(row.at(column("resolved"))?.number == (fields[4] == "yes" ? 1 : 0))
            // The list joined, and one 0/1 column per code of the vocabulary.
            let topics = Set(fields[3].split(separator: ";").map(String.init))
            #expect(Set((row.at(column("topics"))?.text ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }) == topics)
            for code in Fixtures.vocabulary.topic.codes {
                #expect(row.at(column("topics:" + code))?.number == (topics.contains(code) ? 1 : 0), "\(code)")
            }
            let referrals = Set(fields[7].split(separator: ";").map(String.init))
            for code in Fixtures.vocabulary.referral.codes {
                #expect(row.at(column("referrals:" + code))?.number == (referrals.contains(code) ? 1 : 0), "\(code)")
            }
        }
    }

    @Test func theExportsTimesFollowTheRegionsTimeZoneSetting() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.path + "/stockholm.sqlite"
        let csv = "occurred_at,point,channel,topics,resolved\n2023-10-16T09:30:00+03:00,jarvenpaa-library,phone,housing,yes\n"
        try csv.write(toFile: root.path + "/one.csv", atomically: true, encoding: .utf8)
        try #require(try NeuvoProcess.run(["import", root.path + "/one.csv", "--db", db]).status == 0)
        func exported() throws -> JSONValue? {
            let path = root.path + "/one.xlsx"
            #expect(try NeuvoProcess.run(["export", "--format", "xlsx", "--output", path, "--db", db]).status == 0)
            return try Self.read(path).first?.rows[1].first??.value
        }
        #expect(try exported() == .string("2023-10-16T09:30:00"))
        #expect(try NeuvoProcess.run(["settings", "--timezone", "Europe/Stockholm", "--db", db]).status == 0)
        #expect(try exported() == .string("2023-10-16T08:30:00"))
    }

    @Test(arguments: ["feedback", "mood", "staffing"])
    func eachKindOfRecordHasARowPerRecord(kind: String) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path + "/\(kind).xlsx"
        #expect(try run(["export", "--kind", kind, "--format", "xlsx", "--output", path, "--lang", "en"]).status == 0)
        let csv = try run(["export", "--kind", kind]).stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let sheet = try #require(try Self.read(path).first)
        #expect(sheet.name == kind && sheet.freeze == "A2")
        let rows = Array(sheet.rows.dropFirst())
        #expect(rows.count == csv.count - 1 && rows.count > 10)
        for (row, fields) in zip(rows, csv.dropFirst()) {
            #expect(row[0]?.value == .string(fields[0] + "T00:00:00") && row[0]?.type == "d")
            #expect(row[1]?.text == fields[1])
            #expect(row[2]?.text == Fixtures.catalog.points.first { $0.code == fields[1] }?.name[.en])
            for (offset, field) in fields.dropFirst(2).enumerated() {
                let cell = offset + 3 < row.count ? row[offset + 3] : nil
                if let n = Double(field) { #expect(cell?.number == n, "\(kind) \(fields)") }
            }
        }
    }

    @Test func textThatLooksLikeAFormulaIsText() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.path + "/injection.sqlite"
        let advisors = ["=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", "=cmd|' /C calc'!A0"]
        var csv = "occurred_at,point,channel,topics,resolved,advisor,client_ref\n"
        for (i, advisor) in advisors.enumerated() {
            csv += "2023-10-16T1\(i):00:00+03:00,jarvenpaa-library,phone,housing,yes,\(advisor),-abcdefg\(i)\n"
        }
        try csv.write(toFile: root.path + "/injection.csv", atomically: true, encoding: .utf8)
        let imported = try NeuvoProcess.run(["import", root.path + "/injection.csv", "--db", db])
        try #require(imported.status == 0, "\(imported.stderr)")
        let path = root.path + "/contacts.xlsx"
        #expect(try NeuvoProcess.run(["export", "--format", "xlsx", "--output", path, "--db", db]).status == 0)
        let sheet = try #require(try Self.read(path).first)
        let header = sheet.rows[0].map { $0?.text ?? "" }
        let advisor = header.firstIndex(of: "advisor")!, clientRef = header.firstIndex(of: "client_ref")!
        #expect(sheet.rows.dropFirst().map { $0.at(advisor)?.text } == advisors)
        #expect(sheet.rows.dropFirst().allSatisfy { $0.at(clientRef)?.text?.hasPrefix("-abcdefg") == true })
        #expect(!sheet.rows.joined().contains { $0?.type == "f" })
    }

    @Test func theHelpNamesTheFormat() throws {
        #expect(try NeuvoProcess.run(["report", "--help"]).stdout.contains("xlsx"))
        #expect(try NeuvoProcess.run(["export", "--help"]).stdout.contains("xlsx"))
    }
}

extension Array where Element == WorkbookCommandTests.Cell? {
    /// The cell of this column, nil when the row ends before it (openpyxl leaves trailing empty cells out).
    func at(_ column: Int) -> WorkbookCommandTests.Cell? { column < count ? self[column] : nil }
}
