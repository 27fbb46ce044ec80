import Foundation
import Testing
import TestSupport

/// `neuvo import` on bad input (CONTRACT §3): each fault its own message as `LINE:COLUMN: message` on
/// stderr (the header is line 1), exit status 1, every bad row listed — and nothing written at all.
struct ImportFaultTests {
    // MARK: - Helpers

    /// The header of the files these tests write: every column, `advisor` last, so that a bad value there ends its line.
    static let header = "occurred_at,point,channel,topics,resolved,contact_by,reason,referrals,identified,age_group,service_area,duration_min,segment,client_ref,satisfaction,referral_outcomes,unmet_needs,consultation,advisor"
    /// The header `neuvo export` writes.
    static let exportHeader = "occurred_at,point,channel,topics,resolved,contact_by,reason,referrals,identified,age_group,service_area,duration_min,segment,client_ref,satisfaction,advisor,referral_outcomes,unmet_needs,consultation"
    static let columns = header.split(separator: ",").map(String.init)
    static let good: [String: String] = [
        "occurred_at": "2023-03-14T10:25:00+02:00", "point": "jarvenpaa-library", "channel": "walk-in",
        "topics": "housing;benefits", "resolved": "yes", "contact_by": "client", "reason": "face-to-face",
        "referrals": "kela", "identified": "no", "age_group": "65-74", "service_area": "social", "duration_min": "15",
        "segment": "self-care", "client_ref": "abcDEF12_x", "satisfaction": "4", "advisor": "adv-07",
        "referral_outcomes": "kela:reached", "unmet_needs": "", "consultation": "",
    ]

    /// A valid row, with `changes` written in as they are (no quoting added).
    static func row(_ changes: [String: String] = [:]) -> String {
        columns.map { changes[$0] ?? good[$0]! }.joined(separator: ",")
    }

    /// The 1-based position of a column in `header`.
    static func position(_ column: String) -> Int { columns.firstIndex(of: column)! + 1 }

    struct Rejected {
        let result: NeuvoProcess.Result
        /// The `LINE:COLUMN: message` lines.
        let problems: [String]
        let file: String
    }

    /// Imports `csv` (written as it is) into a new database and expects it refused as a whole: exit 1, the
    /// problem lines, a last line `neuvo: FILE: …` saying nothing was imported and how many problems, and no
    /// contact written.
    static func rejected(_ csv: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Rejected {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/contacts.csv", database = root.path + "/neuvo.sqlite"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let result = try NeuvoProcess.run(["import", file, "--db", database, "--lang", "en"])
        #expect(result.status == 1, "stdout: \(result.stdout) stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains("imported"), sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let problems = lines.filter { !$0.hasPrefix("neuvo: ") }
        // The one-line reason: the file, that nothing was imported, and how many problems.
        let reason = lines.last ?? ""
        #expect(reason.hasPrefix("neuvo: \(file): "), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(reason.contains("nothing was imported"), "\(reason)", sourceLocation: sourceLocation)
        #expect(reason.contains(String(problems.count)), "\(reason) does not count \(problems.count)", sourceLocation: sourceLocation)
        try expectNothingWritten(database, sourceLocation: sourceLocation)
        return Rejected(result: result, problems: problems, file: file)
    }

    /// No contact is in the database: the file was never made, or it exports only the header.
    static func expectNothingWritten(_ database: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard FileManager.default.fileExists(atPath: database) else { return }
        let export = try NeuvoProcess.run(["export", "--db", database, "--lang", "en"])
        #expect(export.status == 0, sourceLocation: sourceLocation)
        #expect(export.stdout == exportHeader + "\n", "contacts were written: \(export.stdout)", sourceLocation: sourceLocation)
    }

    /// Exactly these problems, in order: each line starts with `LINE:COLUMN: ` and holds the message part.
    static func expectProblems(
        _ rejected: Rejected, _ expected: [(place: String, message: String)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(rejected.problems.count == expected.count, "\(rejected.result.stderr)", sourceLocation: sourceLocation)
        for (line, want) in zip(rejected.problems, expected) {
            #expect(line.hasPrefix(want.place + ": "), "\(line) is not at \(want.place)", sourceLocation: sourceLocation)
            #expect(line.contains(want.message), "\(line) does not say \(want.message)", sourceLocation: sourceLocation)
        }
    }

    /// A good row on line 2, the bad one on line 3 and another good row on line 4.
    static func withBadRow(_ changes: [String: String]) -> String {
        [header, row(), row(changes), row(["occurred_at": "2023-03-15T09:00:00+02:00"])].joined(separator: "\n") + "\n"
    }

    static func demoCSV(seed: Int, days: Int) throws -> String {
        let result = try NeuvoProcess.run(["demo-data", "--seed", String(seed), "--days", String(days)])
        #expect(result.status == 0, "demo-data: \(result.stderr)")
        return result.stdout
    }

    // MARK: - The template is good

    @Test func theGoodRowsAreAccepted() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/good.csv"
        try Self.withBadRow([:]).write(toFile: file, atomically: true, encoding: .utf8)
        let result = try NeuvoProcess.run(["import", file, "--db", root.path + "/neuvo.sqlite", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "3 contacts imported from \(file)\n")
    }

    // MARK: - The header

    @Test func anUnknownColumnIsNamedWithItsPosition() throws {
        let csv = Self.header.replacingOccurrences(of: ",reason,", with: ",colour,") + "\n" + Self.row() + "\n"
        let rejected = try Self.rejected(csv)
        Self.expectProblems(rejected, [("1:7", "unknown column \"colour\"")])
        #expect(rejected.problems.first?.contains("allowed: occurred_at, point") == true)
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let columns = Self.columns.filter { $0 != "resolved" }
        let csv = columns.joined(separator: ",") + "\n" + columns.map { Self.good[$0]! }.joined(separator: ",") + "\n"
        Self.expectProblems(try Self.rejected(csv), [("1:resolved", "a required column is missing")])
    }

    @Test func aDuplicateColumnIsNamed() throws {
        let csv = Self.header + ",point\n" + Self.row() + ",jarvenpaa-library\n"
        Self.expectProblems(try Self.rejected(csv), [("1:point", "the column \"point\" is in the header twice")])
    }

    // MARK: - Values

    @Test func anUnknownCode() throws {
        Self.expectProblems(try Self.rejected(Self.withBadRow(["channel": "pigeon"])), [("3:channel", "unknown code \"pigeon\"")])
    }

    /// CONTRACT §8: `consultation` is the code of a line in `data/consultation.json`, one line at most.
    /// An unknown point is named on its line, and once after the problems the import says where the points are listed
    /// and how another data folder is chosen.
    @Test func anUnknownPointSaysWhereThePointsAreListed() throws {
        let csv = [Self.header, Self.row(["point": "p-one"]), Self.row(["point": "p-two"])].joined(separator: "\n") + "\n"
        let rejected = try Self.rejected(csv)
        Self.expectProblems(rejected, [("2:point", "unknown code \"p-one\""), ("3:point", "unknown code \"p-two\"")])
        let path = NeuvoProcess.repository.path + "/data/points.json"
        let hints = rejected.result.stderr.split(separator: "\n").filter { $0.contains("NEUVO_DATA") }
        #expect(hints == ["neuvo: the point codes are listed in \(path); the environment variable NEUVO_DATA chooses the data folder"], "\(rejected.result.stderr)")
        // Another kind of problem gives no such hint.
        let channel = try Self.rejected(Self.withBadRow(["channel": "pigeon"]))
        #expect(!channel.result.stderr.contains("NEUVO_DATA"), "\(channel.result.stderr)")
    }

    /// The same for the anonymous records.
    @Test func anUnknownPointInRecordsSaysWhereThePointsAreListed() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let demo = try NeuvoProcess.run(["demo-data", "--kind", "staffing", "--days", "2", "--points", "1"])
        let point = try #require(Fixtures.catalog.points.first?.code)
        let file = root.path + "/staffing.csv"
        try Data(demo.stdout.replacingOccurrences(of: point, with: "p-one").utf8).write(to: URL(fileURLWithPath: file))
        let result = try NeuvoProcess.run(["import", file, "--kind", "staffing", "--db", root.path + "/neuvo.sqlite", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":point: unknown code \"p-one\""), "\(result.stderr)")
        let hints = result.stderr.split(separator: "\n").filter { $0.contains("NEUVO_DATA") }
        #expect(hints.count == 1 && hints[0].contains(NeuvoProcess.repository.path + "/data/points.json"), "\(result.stderr)")
    }

    @Test func anUnknownConsultationLine() throws {
        Self.expectProblems(try Self.rejected(Self.withBadRow(["consultation": "x"])), [("3:consultation", "unknown code \"x\"")])
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["consultation": "health-nurse;older-people-expert"])),
            [("3:consultation", "unknown code \"health-nurse;older-people-expert\"")])
    }

    @Test func aCodeTwiceInAList() throws {
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["topics": "housing;housing"])),
            [("3:topics", "the code \"housing\" is in the list twice")])
    }

    @Test func aDateThatDoesNotExist() throws {
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["occurred_at": "2023-02-30T10:00:00+02:00"])),
            [("3:occurred_at", "\"2023-02-30T10:00:00+02:00\": no such date or time")])
    }

    @Test func aTimeWithoutAnOffset() throws {
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["occurred_at": "2023-03-14T10:25:00"])),
            [("3:occurred_at", "\"2023-03-14T10:25:00\" has no offset")])
    }

    @Test func anOffsetOutOfRange() throws {
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["occurred_at": "2023-03-14T10:25:00+25:00"])),
            [("3:occurred_at", "the offset must be between -14:00 and +14:00")])
    }

    @Test func numbersOutOfRange() throws {
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["duration_min": "481"])), [("3:duration_min", "481 is not between 1 and 480")])
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["satisfaction": "0"])), [("3:satisfaction", "0 is not between 1 and 5")])
    }

    @Test func notANumber() throws {
        Self.expectProblems(
            try Self.rejected(Self.withBadRow(["duration_min": "abc"])), [("3:duration_min", "\"abc\" is not a whole number")])
    }

    // MARK: - Quotes

    /// The one problem of a rejected file is at `line` and in `column`, named by the header (or by its position
    /// past the header's columns).
    static func expectOneProblem(
        _ rejected: Rejected, line: Int, column: String, saying message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(rejected.problems.count == 1, "\(rejected.result.stderr)", sourceLocation: sourceLocation)
        guard let problem = rejected.problems.first else { return }
        let places = ["\(line):\(column): ", "\(line):\(position(column)): "]
        #expect(places.contains { problem.hasPrefix($0) }, "\(problem) is not at \(places)", sourceLocation: sourceLocation)
        #expect(problem.contains(message), "\(problem) does not say \(message)", sourceLocation: sourceLocation)
    }

    /// `ab"c`: a quote inside an unquoted value is a character of the value, which no valid value holds.
    @Test func aStrayQuoteInAValue() throws {
        Self.expectOneProblem(
            try Self.rejected(Self.withBadRow(["advisor": "ab\"c"])), line: 3, column: "advisor", saying: "a quote (\") inside the value")
    }

    /// `a"b"c`: quotes that pair up but stand inside an unquoted value. No valid value holds a quote, so
    /// this is refused too — and the rows after it must not be lost silently.
    @Test func pairedQuotesInsideAValue() throws {
        Self.expectOneProblem(
            try Self.rejected(Self.withBadRow(["advisor": "a\"b\"c"])), line: 3, column: "advisor", saying: "a quote (\") inside the value")
        Self.expectOneProblem(
            try Self.rejected(Self.withBadRow(["advisor": "\"ab\"c"])), line: 3, column: "advisor", saying: "a quote (\") inside the value")
        Self.expectOneProblem(
            try Self.rejected(Self.withBadRow(["advisor": "\"a\"\"b\""])), line: 3, column: "advisor", saying: "a quote (\") inside the value")
    }

    /// `"face-to-face` with the closing quote missing: only that line is named, the lines after it are not
    /// swallowed into one value.
    @Test func aQuoteNeverClosed() throws {
        Self.expectOneProblem(
            try Self.rejected(Self.withBadRow(["reason": "\"face-to-face"])), line: 3, column: "reason", saying: "a quote opened here is never closed")
    }

    /// A properly quoted value that goes on to the next line: named once, at the line where it starts.
    @Test func aQuotedValueOverTwoLines() throws {
        Self.expectOneProblem(
            try Self.rejected(Self.withBadRow(["advisor": "\"adv\n07\""])), line: 3, column: "advisor", saying: "a line break inside a quoted value")
    }

    /// Properly quoted values (RFC 4180) are fine, even where no quoting was needed.
    @Test func quotedValuesAreAccepted() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/quoted.csv"
        let csv = Self.header + "\n" + Self.row(["topics": "\"housing;benefits\"", "advisor": "\"adv-07\""]) + "\n"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try NeuvoProcess.run(["import", file, "--db", root.path + "/neuvo.sqlite", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A file that is not UTF-8 (here Latin-1's "ä", one byte 0xE4) is refused whole, naming the file and the way to
    /// save it; the same value in UTF-8 is imported and exported as it was written.
    @Test func aFileNotInUTF8IsRefusedAndUTF8BeyondASCIIIsKept() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let latin1 = root.path + "/latin1.csv", utf8 = root.path + "/utf8.csv", database = root.path + "/neuvo.sqlite"
        let csv = Self.header + "\n" + Self.row(["advisor": "P\u{E4}ivi"]) + "\n"
        try csv.data(using: .isoLatin1)!.write(to: URL(fileURLWithPath: latin1))
        let refused = try NeuvoProcess.run(["import", latin1, "--db", database, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(latin1) is not UTF-8 text"), "\(refused.stderr)")
        try Self.expectNothingWritten(database)

        try Data(csv.utf8).write(to: URL(fileURLWithPath: utf8))
        let imported = try NeuvoProcess.run(["import", utf8, "--db", database, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try NeuvoProcess.run(["export", "--db", database]).stdout.contains(",P\u{E4}ivi,"))
    }

    // MARK: - Personal identity codes

    /// 150655-902T is a valid identity code (with a temporary individual number). It is refused in
    /// client_ref, and never echoed back in the message.
    @Test func anIdentityCodeAsClientRefIsRefused() throws {
        let rejected = try Self.rejected(Self.withBadRow(["client_ref": "150655-902T"]))
        Self.expectProblems(rejected, [("3:client_ref", "personal identity code")])
        #expect(!rejected.result.stderr.contains("150655-902T"), "the message repeats the identity code")
        #expect(!rejected.result.stderr.contains("150655"))
    }

    @Test func anIdentityCodeElsewhereInARowIsRefused() throws {
        let rejected = try Self.rejected(Self.withBadRow(["advisor": "adv 150655-902T"]))
        Self.expectProblems(rejected, [("3:advisor", "personal identity code")])
        #expect(!rejected.result.stderr.contains("150655-902T"), "the message repeats the identity code")
        // In lower case too, and in a column that is a code.
        let lower = try Self.rejected(Self.withBadRow(["segment": "150655-902t"]))
        Self.expectProblems(lower, [("3:segment", "personal identity code")])
        #expect(!lower.result.stderr.lowercased().contains("150655-902t"))
    }

    // MARK: - All or nothing

    /// Several bad rows: every one is listed (a row with two problems twice), and nothing is written.
    @Test func everyBadRowIsListed() throws {
        let csv = [
            Self.header,
            Self.row(),
            Self.row(["channel": "pigeon"]),
            Self.row(),
            Self.row(["duration_min": "481", "satisfaction": "0"]),
            Self.row(["occurred_at": "2023-03-14T10:25:00"]),
            Self.row(),
            Self.row(["resolved": "maybe"]),
        ].joined(separator: "\n") + "\n"
        let rejected = try Self.rejected(csv)
        Self.expectProblems(
            rejected,
            [
                ("3:channel", "unknown code \"pigeon\""),
                ("5:duration_min", "481 is not between 1 and 480"),
                ("5:satisfaction", "0 is not between 1 and 5"),
                ("6:occurred_at", "has no offset"),
                ("8:resolved", "\"maybe\" is not yes or no"),
            ])
    }

    /// One bad row among many good ones, into a database that already holds contacts: not one of the
    /// good rows is written, and the contacts held are unchanged.
    @Test func oneBadRowWritesNothingIntoAnExistingDatabase() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.path + "/neuvo.sqlite"
        let first = root.path + "/first.csv", second = root.path + "/second.csv"
        try Self.demoCSV(seed: 2, days: 3).write(toFile: first, atomically: true, encoding: .utf8)
        #expect(try NeuvoProcess.run(["import", first, "--db", database, "--lang", "en"]).status == 0)
        let before = try NeuvoProcess.run(["export", "--db", database, "--lang", "en"]).stdout

        var lines = try Self.demoCSV(seed: 9, days: 10).split(separator: "\n").map(String.init)
        #expect(lines.count > 500)
        let bad = lines.count - 3  // near the end, after hundreds of good rows
        let fields = lines[bad].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let channel = try #require(lines[0].split(separator: ",").firstIndex(of: "channel"))
        lines[bad] = fields.enumerated().map { $0.offset == channel ? "pigeon" : $0.element }.joined(separator: ",")
        try (lines.joined(separator: "\n") + "\n").write(toFile: second, atomically: true, encoding: .utf8)

        let result = try NeuvoProcess.run(["import", second, "--db", database, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(bad + 1):channel: unknown code \"pigeon\"\n"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\n") && result.stderr.split(separator: "\n").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("neuvo: \(second): "))
        #expect(result.stderr.contains("nothing was imported"))
        let after = try NeuvoProcess.run(["export", "--db", database, "--lang", "en"]).stdout
        #expect(after == before)
        let audit = try NeuvoProcess.run(["audit", "--db", database, "--lang", "en"]).stdout
        #expect(audit.split(separator: "\n").filter { $0.contains(" import ") }.count == 1, "\(audit)")
    }

    // MARK: - Good files

    @Test func aDryRunChecksTheFileAndWritesNothing() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.path + "/contacts.csv", database = root.path + "/neuvo.sqlite"
        let csv = try Self.demoCSV(seed: 4, days: 7)
        let count = csv.split(separator: "\n").count - 1
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try NeuvoProcess.run(["import", file, "--dry-run", "--db", database, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(count) contacts checked in \(file): no problems (nothing written, --dry-run)\n")
        #expect(result.stderr.isEmpty)
        try Self.expectNothingWritten(database)

        // A dry run of a bad file reports the problems the same way, and exits 1.
        try Self.withBadRow(["channel": "pigeon"]).write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try NeuvoProcess.run(["import", file, "--dry-run", "--db", database, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("3:channel: unknown code \"pigeon\"\n"), "\(bad.stderr)")
        try Self.expectNothingWritten(database)
    }

    /// A spreadsheet's "CSV UTF-8": a byte order mark and Windows line ends. Accepted, and the same
    /// contacts as the plain file.
    @Test func aByteOrderMarkAndWindowsLineEndsAreAccepted() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = try Self.demoCSV(seed: 6, days: 5)
        let count = csv.split(separator: "\n").count - 1
        let plain = root.path + "/plain.csv", windows = root.path + "/windows.csv"
        try csv.write(toFile: plain, atomically: true, encoding: .utf8)
        let crlf = "\u{FEFF}" + csv.replacingOccurrences(of: "\n", with: "\r\n")
        try Data(crlf.utf8).write(to: URL(fileURLWithPath: windows))
        #expect(try Data(contentsOf: URL(fileURLWithPath: windows)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))

        let a = root.path + "/a.sqlite", b = root.path + "/b.sqlite"
        let result = try NeuvoProcess.run(["import", windows, "--db", a, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr.prefix(2000))")
        #expect(result.stdout == "\(count) contacts imported from \(windows)\n")
        #expect(try NeuvoProcess.run(["import", plain, "--db", b, "--lang", "en"]).status == 0)
        let fromWindows = try NeuvoProcess.run(["export", "--db", a]).stdout
        let fromPlain = try NeuvoProcess.run(["export", "--db", b]).stdout
        #expect(fromWindows.split(separator: "\n").count == count + 1)
        #expect(fromWindows == fromPlain)
    }

    /// Export, import into a second database, export again: the same CSV.
    @Test func exportAndImportAgainGivesTheSameCSV() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = root.path + "/demo.csv", exported = root.path + "/exported.csv"
        let csv = try Self.demoCSV(seed: 8, days: 21)
        let count = csv.split(separator: "\n").count - 1
        try csv.write(toFile: source, atomically: true, encoding: .utf8)
        let first = root.path + "/first.sqlite", second = root.path + "/second.sqlite"
        #expect(try NeuvoProcess.run(["import", source, "--db", first, "--lang", "en"]).status == 0)
        let one = try NeuvoProcess.run(["export", "--db", first, "--lang", "en"])
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").count == count + 1)
        #expect(one.stdout.hasPrefix(Self.exportHeader + "\n"))
        try one.stdout.write(toFile: exported, atomically: true, encoding: .utf8)
        let imported = try NeuvoProcess.run(["import", exported, "--db", second, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr.prefix(2000))")
        let two = try NeuvoProcess.run(["export", "--db", second, "--lang", "en"])
        #expect(two.status == 0)
        #expect(two.stdout == one.stdout)
        // The same contacts as the source file, whatever order it had.
        #expect(Set(one.stdout.split(separator: "\n").dropFirst()) == Set(csv.split(separator: "\n").dropFirst()))
    }
}
