import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo handoff send FILE|-` (CONTRACT §9): sends a handoff that came by another channel or from another system.
    struct HandoffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handoff",
            abstract: "Send a client's matter, with consent, to a receiving service's queue (a warm handoff).",
            subcommands: [Send.self])

        struct Send: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Send one handoff from a JSON file (or - for standard input); prints its id.",
                discussion: """
                    The file holds one JSON object: {"point", "service", "name", "phone", "consent": true, "urgency", \
                    "language", "when", "note"}, the last four optional. The service is a receiving service (an internal \
                    referral destination). Personal details are never taken from the command line. A bad field is named, \
                    exit 1, and nothing is kept. On PostgreSQL the owner or an advisor at the point sends.
                    """)

            @OptionGroup var global: GlobalOptions

            @Argument(help: "The JSON file, or - for standard input.")
            var file: String

            func run() throws {
                let context = try global.context()
                let data: Data
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    guard let read = FileManager.default.contents(atPath: file) else {
                        throw Failure(message: context.strings(.handoffUnreadable, ["file": file]))
                    }
                    data = read
                }
                let request: HandoffRequest
                do {
                    request = try HandoffRequest.parse(json: data)
                } catch {
                    throw Failure(message: error.message(context.strings))
                }
                if let problem = request.problem(points: Set(context.catalog.points.map(\.code)), vocabulary: context.catalog.vocabulary) {
                    throw Failure(message: problem.message(context.strings))
                }
                let store = try context.openHandoffStore()
                defer { try? store.log.close() }
                let id = try context.handoffFailures { try store.handoffs.sendHandoff(request, fromContact: nil, by: context.actor("handoff send")) }
                Output.standard("\(id)\n")
            }
        }
    }

    /// `neuvo handoffs [--open] [--format csv|json]`: the handoffs the login may see, newest first; the client's details
    /// only to a login of the receiving service (on SQLite the file's user, who is every role there), audited.
    struct Handoffs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the handoffs this login may see, newest first (details only to the receiving service).",
            discussion: """
                Columns id, sent_at, point, service, urgency, state, taken_at, tries, closed_at, result; and name, phone, \
                language, when, note to a login of the receiving service only (on a SQLite file, its user). Every \
                listing that shows details is written to the audit log with the handoffs it showed.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json
        }

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Only open ones (sent or taken).")
        var open = false

        @Option(help: "csv or json.")
        var format: Format = .csv

        static let columns = ["id", "sent_at", "point", "service", "urgency", "state", "taken_at", "tries", "closed_at", "result"]
        static let detailColumns = ["name", "phone", "language", "when", "note"]

        func run() throws {
            let context = try global.context()
            let store = try context.openHandoffStore()
            defer { try? store.log.close() }
            let details = (store.log as? PostgresLog).map { $0.session.role == .service } ?? true
            let found = try context.handoffFailures { try store.handoffs.handoffs(open: open, details: details, by: context.actor("handoffs")) }
            let names = Self.columns + (details ? Self.detailColumns : [])
            let rows = found.map { Self.values($0, details: details) }
            switch format {
            case .csv:
                let csv = try CSVOutput()
                try csv.write(names)
                for row in rows { try csv.write(row.map { $0 ?? "" }) }
                try csv.flush()
            case .json:
                let objects = rows.map { row in
                    JSONOut.object(zip(names, row).map { name, value in
                        (name, value.map { name == "id" || name == "tries" ? .int(Int($0) ?? 0) : .string($0) } ?? .null)
                    })
                }
                Output.standard(JSONOut.array(objects).written(indent: 2) + "\n")
            }
        }

        static func values(_ h: Handoff, details: Bool) -> [String?] {
            let r = h.record
            var values: [String?] = [
                String(h.id), r.sentAt.description, r.point, r.service, r.urgency.rawValue, r.state.rawValue, r.takenAt?.description,
                String(r.tries), r.closedAt?.description, r.result?.rawValue,
            ]
            if details {
                let d = h.details
                values += [d?.name, d?.phone, d?.language?.rawValue, d?.when, d?.note]
            }
            return values
        }
    }
}

extension Context {
    /// The log as a handoff store (both backends are one).
    func openHandoffStore() throws -> (log: any ContactLog, handoffs: any HandoffStore) {
        let log = try openLog()
        guard let handoffs = log as? any HandoffStore else { throw Failure(message: "this database keeps no handoffs") }
        return (log, handoffs)
    }

    /// Runs a handoff operation, its refusals as one-line messages in the user's language (the server's own, which name
    /// the field or who may, as they are).
    func handoffFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as HandoffError {
            switch error {
            case .invalid(let problem): throw Failure(message: problem.message(strings))
            case .notFound(let id): throw Failure(message: strings(.handoffNotFound, ["id": String(id)]))
            case .wrongState(let id, let reason): throw Failure(message: strings(.handoffWrongState, ["id": String(id), "reason": reason]))
            case .refused(let reason): throw Failure(message: reason)
            }
        } catch let error as StoreError {
            throw Failure(message: message(for: error))
        }
    }
}
