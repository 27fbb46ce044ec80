import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo client-data -`: everything held linked to the client whose identity code is on standard input, as JSON,
    /// for a subject access request (CONTRACT §11); audited. The owner and supervisors on PostgreSQL.
    struct ClientData: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "client-data",
            abstract: "Print as JSON everything held linked to a client (identity code on standard input): contacts, assessments, follow-ups, handoffs.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "'-': the identity code is read from standard input.")
        var source: String

        func validate() throws {
            guard source == "-" else {
                throw ValidationError("client-data takes '-' and reads the identity code from standard input, never from the command line")
            }
        }

        func run() throws {
            let context = try global.context()
            let log = try context.openLogToRead(.clientData)
            defer { try? log.close() }
            _ = try context.readScope(log, point: nil, command: .clientData)
            let code = try IdentityCodeInput.read(context)
            let data = try log.clientData(code, key: try IdentityCodeInput.key(context), by: context.actor("client-data"))
            Output.standard(Self.out(data).written() + "\n")
        }

        /// The JSON as written: objects' keys in order, whole numbers without a fraction.
        static func out(_ value: JSONValue) -> JSONOut {
            switch value {
            case .null: .null
            case .bool(let b): .bool(b)
            case .number(let n): value.integer.map(JSONOut.int) ?? .decimal(String(n))
            case .string(let s): .string(s)
            case .array(let items): .array(items.map(out))
            case .object(let fields): .object(fields.keys.sorted().map { ($0, out(fields[$0]!)) })
            }
        }
    }
}
