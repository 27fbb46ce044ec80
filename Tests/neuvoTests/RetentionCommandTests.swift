import Foundation
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
