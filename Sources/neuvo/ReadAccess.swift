import ArgumentParser
import Foundation
import Guidance
import Store

/// The commands that only read a database (`report`, `export`, `audit`; `board` has its own opening): they refuse a
/// SQLite file that is not there rather than create an empty one and read zeros, and, on PostgreSQL, a role that may
/// not run them — in one line naming the roles that may — before anything is read.
enum ReadCommand: String {
    case report, export, audit
    case clientData = "client-data"

    /// The roles that may run the command, as the refusal names them.
    var rolesKey: StringKey { self == .audit || self == .clientData ? .readRolesAudit : .readRolesReport }
}

/// What a reading command counts: `point`'s contacts, or every point the login may read (nil); an advisor's own
/// points when that is all she may read.
struct ReadScope {
    let point: String?
    /// An advisor's points on a shared database (nil: the owner's, a supervisor's or a SQLite file's, every point).
    let ownPoints: [String]?

    /// "your points (…)" for an advisor's report over all she may read; nil where "all points" is true.
    func allPointsLabel(_ context: Context) -> String? {
        guard point == nil, let ownPoints else { return nil }
        return context.strings(.reportYourPoints, ["points": ownPoints.joined(separator: ", ")])
    }
}

extension Context {
    /// Opens the log for a command that only reads: a SQLite path with no file is refused (exit 1, nothing created).
    func openLogToRead(_ command: ReadCommand) throws -> any ContactLog {
        if !ContactLogs.isPostgres(databasePath), !FileManager.default.fileExists(atPath: databasePath) {
            throw Failure(message: strings(.readNoDatabase, ["path": databasePath, "command": command.rawValue]))
        }
        return try openLog()
    }

    /// Who may run `command` on `log`, and over which points. On PostgreSQL the owner and a supervisor read every
    /// point and the audit log, an advisor her own points (another point is refused, naming hers) and no audit log; a
    /// board login, a trainer and a login without a role are refused. A SQLite file is one OS user's: everything.
    func readScope(_ log: any ContactLog, point: String?, command: ReadCommand) throws -> ReadScope {
        guard let shared = log as? PostgresLog else { return ReadScope(point: point, ownPoints: nil) }
        let session = shared.session
        func refused(_ role: String) -> Failure {
            Failure(
                message: strings(
                    .readRoleRefused, ["login": session.login, "role": role, "command": command.rawValue, "roles": strings(command.rolesKey)]))
        }
        switch session.role {
        case .owner: return ReadScope(point: point, ownPoints: nil)
        case nil: throw Failure(message: strings(.appNoRole, ["login": session.login]))
        case .board, .trainer, .service: throw refused(session.role!.rawValue)
        case .supervisor: return ReadScope(point: point, ownPoints: nil)
        case .advisor:
            if command == .audit || command == .clientData { throw refused("advisor") }
            let own = catalog.points.map(\.code).filter(session.points.contains)
            if let point, !session.points.contains(point) {
                throw Failure(
                    message: strings(
                        .readNotOwnPoint, ["login": session.login, "point": point, "command": command.rawValue, "points": own.joined(separator: ", ")]))
            }
            return ReadScope(point: point, ownPoints: own)
        }
    }
}
