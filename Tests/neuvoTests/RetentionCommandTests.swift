import Foundation
import Guidance
import Testing
import TestSupport

/// `neuvo retention` and its settings through the binary, on a SQLite file, as IT's timer runs it (CONTRACT §11).
struct RetentionCommandTests {
    static let today = ["NEUVO_NOW": "2026-12-07T12:00:00+02:00"]

    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"], environment: Self.today)
    }

    @Test func itPrintsWhatItWouldRemoveThenRemovesItAndASettingOutOfRangeChangesNothing() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("neuvo.sqlite").path
        let file = directory.appendingPathComponent("contacts.csv")
        try """
            occurred_at,point,channel,topics,resolved,client_ref
            2025-12-05T10:00:00+02:00,jarvenpaa-library,walk-in,housing,yes,old-client
            2025-12-07T10:00:00+02:00,jarvenpaa-library,walk-in,housing,yes,kept-client
            2026-12-07T10:00:00+02:00,jarvenpaa-library,walk-in,housing,yes,new-client

            """.write(to: file, atomically: true, encoding: .utf8)
        let imported = try Self.neuvo(["import", file.path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let report = try Self.neuvo(["report", "--db", db, "--from", "2025-01-01", "--to", "2026-12-31"])

        for bad in [["--client-ref-days", "13"], ["--client-ref-days", "0"], ["--draft-days", "366"], ["--follow-up-days", "20", "--client-ref-days", "15"]] {
            let refused = try Self.neuvo(["settings", "--db", db] + bad)
            #expect(refused.status == 1, "\(bad): \(refused.stdout)")
            #expect(refused.stderr.contains("nothing was changed"), "\(bad): \(refused.stderr)")
        }
        let shown = try Self.neuvo(["settings", "--db", db])
        #expect(shown.stdout.contains("Follow-up window: 14 × 24 h") && shown.stdout.contains("Pseudonym kept: 365 days")
                    && shown.stdout.contains("Drafts kept: 30 days"), "\(shown.stdout)")

        let dry = try Self.neuvo(["retention", "--dry-run", "--db", db])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout == "Dry run, nothing changed: would unlink the pseudonym from 1 contacts (days before 2025-12-07), remove 0 drafts, erase 0 handoffs' details\n")
        #expect(try Self.neuvo(["export", "--db", db]).stdout.contains("old-client"))

        let done = try Self.neuvo(["retention", "--db", db])
        #expect(done.stdout == "Pseudonym unlinked from 1 contacts (days before 2025-12-07), 0 drafts removed, 0 handoffs' details erased\n", "\(done.stderr)")
        let exported = try Self.neuvo(["export", "--db", db]).stdout
        #expect(!exported.contains("old-client") && exported.contains("kept-client") && exported.contains("new-client"))
        #expect(try Self.neuvo(["report", "--db", db, "--from", "2025-01-01", "--to", "2026-12-31"]).stdout == report.stdout)
        let audit = try Self.neuvo(["audit", "--db", db]).stdout
        #expect(audit.contains("retention dry run: 1 client_refs unlinked") && audit.contains("retention: 1 client_refs unlinked"), "\(audit)")
        let again = try Self.neuvo(["retention", "--db", db])
        #expect(again.stdout.hasPrefix("Pseudonym unlinked from 0 contacts"))
    }
}

extension RetentionCommandTests {
    /// `kill -9` (or a power cut) while retention is under way (CONTRACT §11, issue 20's "Bad input"): the file stays
    /// whole and holds none of its work — every pseudonym still there, no audit row, every report as before — and the
    /// next run does all of it. As the import's test in `DatabaseFaultTests`: the run can never commit, however fast
    /// the machine, for its files may not grow past 8 MB (`ulimit -f`) while its one transaction writes more than that
    /// to the write-ahead log; it is killed once 1 MB of it is there, or the kernel's SIGXFSZ kills it at the limit.
    @Test func aRetentionKilledMidWayLeavesTheDatabaseWholeAndTheNextRunFinishesIt() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.path + "/neuvo.sqlite", csv = root.path + "/old.csv"
        // 60 000 contacts of 2024, each of a client of its own: all unlinked by one run.
        let rows = 60_000
        let first = CivilDate(iso: "2024-01-01")!
        var text = "occurred_at,point,channel,topics,resolved,client_ref\n"
        for i in 0..<rows {
            text += "\(first.adding(days: i % 300))T\(10 + i % 7):00:00+02:00,jarvenpaa-library,walk-in,housing,\(i % 3 == 0 ? "no" : "yes"),client-\(i)\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try Self.neuvo(["import", csv, "--db", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        let period = ["--from", "2024-01-01", "--to", "2026-12-31"]
        let report = try Self.neuvo(["report", "--db", database] + period)
        #expect(report.status == 0 && !report.stdout.isEmpty)
        let linked = #"SELECT count(*) FROM contact WHERE client_ref IS NOT NULL"#
        #expect(try DatabaseFaultTests.sqlite(database, linked) == String(rows))

        let retention = try DatabaseFaultTests.startUnderFileLimit(
            blocks: 8192, "retention --db \(DatabaseFaultTests.quoted(database)) --lang en",
            environment: DatabaseFaultTests.environment.merging(Self.today) { $1 })
        let wal = database + "-wal"
        let underWay = DatabaseFaultTests.poll(seconds: 300) { !retention.isRunning || DatabaseFaultTests.fileSize(wal) > 1_000_000 }
        #expect(underWay, "retention neither wrote 1 MB of its transaction nor ended in 5 minutes")
        if retention.isRunning { kill(retention.processIdentifier, SIGKILL) }
        retention.waitUntilExit()
        #expect(retention.terminationReason == .uncaughtSignal)
        #expect([SIGKILL, SIGXFSZ].contains(retention.terminationStatus), "ended with status \(retention.terminationStatus), not killed")
        #expect(DatabaseFaultTests.fileSize(wal) > 1_000_000, "killed before its transaction was under way")

        // Whole, and none of it done.
        #expect(try DatabaseFaultTests.integrity(database) == "ok")
        #expect(try DatabaseFaultTests.sqlite(database, linked) == String(rows))
        #expect(try DatabaseFaultTests.sqlite(database, "SELECT count(*) FROM audit WHERE command = 'retention'") == "0")
        #expect(try Self.neuvo(["report", "--db", database] + period).stdout == report.stdout)

        // Run again: all of it, and still every report as before.
        let again = try Self.neuvo(["retention", "--db", database])
        #expect(again.stdout == "Pseudonym unlinked from \(rows) contacts (days before 2025-12-07), 0 drafts removed, 0 handoffs' details erased\n",
                "\(again.stderr)")
        #expect(try DatabaseFaultTests.sqlite(database, linked) == "0")
        #expect(try Self.neuvo(["report", "--db", database] + period).stdout == report.stdout)
        #expect(try DatabaseFaultTests.integrity(database) == "ok")
    }
}
