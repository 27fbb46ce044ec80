import ArgumentParser
import Foundation
import Guidance
import Screens
import Store

extension Neuvo {
    /// `neuvo queue --service CODE…` (CONTRACT §9): the screens started on a receiving service's queue. On SQLite, where
    /// one OS user is every role, the services are named; on PostgreSQL a service login's own services are its queue
    /// (`neuvo` alone starts it too), and `--service` narrows to some of them.
    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The receiving service's queue of handoffs: open one, take it, record tries, close or return it.",
            discussion: """
                On a SQLite file name the receiving services (internal referral destinations) with --service, one or more. \
                A trainer plays the receiving service in a second terminal on the demo's file (neuvo demo --db FILE in \
                the first). On PostgreSQL a login with the role service gets the queue of its own services.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "A receiving service whose queue to show (repeat it for several).")
        var service: [String] = []

        func run() throws {
            let context = try global.context()
            let receiving = HandoffRequest.services(context.catalog.vocabulary)
            for code in service where !receiving.contains(code) {
                throw Failure(message: context.strings(.screenHandoffUnknownService, ["code": code, "known": receiving.joined(separator: ", ")]))
            }
            try AdvisorApp.requireTerminal(context)
            try AdvisorApp.runQueue(context, services: service)
        }
    }
}
