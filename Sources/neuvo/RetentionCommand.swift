import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo retention [--dry-run]` (CONTRACT §11): removes what need no longer be kept; prints and audits it.
    struct Retention: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove what need no longer be kept: old contacts' pseudonyms, old drafts, old handoff details.",
            discussion: """
                A contact of a day more than retention.client_ref_days (default 365) before today keeps no client_ref; a \
                draft unchanged for more than retention.draft_days (default 30) goes; a handoff's personal details go 30 days \
                after it closed or 90 days after it was sent. Every report stays the same. All in one transaction: an \
                interrupted run changes nothing, and the next run does the work. --dry-run prints what it would remove and \
                changes nothing. Audited. On a shared database only its owner runs it. Change the settings with neuvo settings.
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Print what would be removed, and change nothing.")
        var dryRun = false

        func run() throws {
            let context = try global.context()
            let log = try context.openLog()
            defer { try? log.close() }
            guard let store = log as? any RetentionStore else { throw Failure(message: "this database keeps nothing to remove") }
            let clock = Context.testNow(try context.clock(of: log))
            let result = try store.applyRetention(now: clock.now(), dryRun: dryRun, by: context.actor("retention"))
            let values = [
                "unlinked": String(result.unlinked), "day": result.unlinkedBefore.description, "drafts": String(result.drafts),
                "handoffs": String(result.handoffDetails),
            ]
            Output.standard(context.strings(dryRun ? .retentionDryRun : .retentionDone, values) + "\n")
        }
    }
}
