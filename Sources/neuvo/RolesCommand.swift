import ArgumentParser
import Foundation
import Guidance
import Screens
import Store

extension Neuvo {
    /// `neuvo roles [--set USER=ROLE [--point P]…] [--remove USER]`: who is a supervisor, a trainer or (on PostgreSQL)
    /// an advisor at which points; changes are audited.
    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change who is an advisor (at which points), a supervisor, a trainer or (on PostgreSQL) a wall board.",
            discussion: """
                On a SQLite file, roles.json beside it names supervisors and trainers; anyone else is an advisor. \
                On PostgreSQL the server decides: the database's owner gives logins the DBA has made a role in this \
                database (advisor, supervisor, trainer or board), and an advisor's points with --point; another database \
                on the same server keeps its own roles. The cluster-wide group role (neuvo_advisor and the others) is granted when \
                missing and never revoked: it only opens neuvo's functions. \
                A board login (LOGIN=board) sees every point's daily figures on neuvo board and not one contact. \
                A receiving service's login (LOGIN=service --service CODE, repeated) sees the handoffs to its services, with the \
                client's details, and not one contact.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("set"), help: "USER=ROLE (on PostgreSQL LOGIN=ROLE), ROLE one of advisor, supervisor, trainer (on PostgreSQL also board and service).")
        var assignments: [String] = []

        @Option(help: "On PostgreSQL: a point of the advisors set here (repeat it for several).")
        var point: [String] = []

        @Option(help: "On PostgreSQL: a receiving service of the service logins set here (repeat it for several).")
        var service: [String] = []

        @Option(help: "Make USER an advisor again (on PostgreSQL: take LOGIN's role and points in this database away).")
        var remove: [String] = []

        func run() throws {
            let context = try global.context()
            if ContactLogs.isPostgres(context.databasePath) { return try runOnServer(context) }
            if !point.isEmpty { throw Failure.usage(context.strings(.rolesPointsOnlyForAdvisors)) }
            if !service.isEmpty { throw Failure.usage(context.strings(.handoffServiceRole)) }
            let path = RoleFile.path(besideDatabase: context.databasePath)
            // Read as written, so that a role the file gets wrong can be put right here; named below if it stays.
            // As written, unknown roles and all, so that a wrong role can be put right.
            var file = try RoleFile.read(path, strings: context.strings)
            var changes: [String] = []
            for assignment in assignments {
                let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, RoleFile.isUserName(parts[0]), let role = Role(rawValue: parts[1]) else {
                    throw Failure.usage(context.strings(.rolesBadAssignment, ["assignment": assignment]))
                }
                let before = file.written(parts[0])
                file.users[parts[0]] = role == .advisor ? nil : role.rawValue
                if before != role.rawValue { changes.append("\(parts[0]): \(before) → \(role.rawValue)") }
            }
            for user in remove where file.users[user] != nil {
                changes.append("\(user): \(file.written(user)) → advisor")
                file.users[user] = nil
            }
            if !changes.isEmpty {
                // The audit log lives in the database: the change is recorded there before the file is written.
                let log = try context.openLog()
                try log.record("roles " + changes.joined(separator: ", "), by: context.actor("roles"))
                try file.save(path)
            }
            if file.users.isEmpty {
                Output.standard(context.strings(.rolesEveryoneAdvisor) + "\n")
            }
            for (user, role) in file.users.sorted(by: { $0.key < $1.key }) {
                Output.standard("\(user)\t\(role)\n")
            }
            try file.checkRoles(path, strings: context.strings)
        }

        /// On PostgreSQL: a login's role and an advisor's points in this database, by the database's owner.
        private func runOnServer(_ context: Context) throws {
            let strings = context.strings
            var changes: [(login: String, role: PostgresSession.Role?)] = []
            for assignment in assignments {
                let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                // On the server also `board`: a wall board's login (`neuvo board`), every point's figures and no contact.
                guard parts.count == 2, RoleFile.isUserName(parts[0]), let role = PostgresSession.Role(rawValue: parts[1]), role != .owner else {
                    throw Failure.usage(strings(.rolesBadAssignment, ["assignment": assignment]))
                }
                changes.append((parts[0], role))
            }
            if !point.isEmpty && !changes.contains(where: { $0.role == .advisor }) {
                throw Failure.usage(strings(.rolesPointsOnlyForAdvisors))
            }
            if !service.isEmpty && !changes.contains(where: { $0.role == .service }) {
                throw Failure.usage(strings(.handoffServiceRole))
            }
            try context.check(points: point)
            changes += remove.map { ($0, nil) }
            guard let log = try context.openLog() as? PostgresLog else { return }
            defer { try? log.close() }
            do {
                for change in changes {
                    try log.setRole(
                        of: change.login, to: change.role, points: change.role == .advisor ? point : [],
                        services: change.role == .service ? service : [], by: context.actor("roles"))
                }
            } catch let error as RoleChangeError {
                throw Failure(message: message(for: error, context))
            } catch let error as StoreError {
                throw Failure(message: context.message(for: error))
            }
            let roles = try log.loginRoles()
            if roles.isEmpty { Output.standard(strings(.rolesNoneOnServer) + "\n") }
            for role in roles {
                let places = role.points + role.services
                Output.standard("\(role.login)\t\(role.role.rawValue)" + (places.isEmpty ? "" : "\t" + places.joined(separator: ",")) + "\n")
            }
        }

        private func message(for error: RoleChangeError, _ context: Context) -> String {
            let points = context.catalog.points.map(\.code).joined(separator: ", ")
            switch error {
            case .notOwner: return context.strings(.dbNotOwner, ["uri": PostgresLog.redacted(context.databasePath)])
            case .noSuchLogin(let login): return context.strings(.rolesNoSuchLogin, ["login": login])
            case .advisorPoints(let login): return context.strings(.rolesAdvisorNeedsPoint, ["login": login, "points": points])
            case .unknownPoint(let point): return context.strings(.unknownPoint, ["point": point, "points": points])
            case .ownerRole(let login): return context.strings(.rolesOwnerRole, ["login": login])
            case .servicesNeeded: return context.strings(.handoffServiceNeeded)
            case .unknownService(let code): return context.strings(.handoffUnknownService, ["code": code])
            }
        }
    }
}
