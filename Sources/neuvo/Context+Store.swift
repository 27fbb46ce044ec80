import ArgumentParser
import Foundation
import Guidance
import Store

extension Context {
    /// Opens the contact log for a command, turning every refusal into a clear one-line message. `lockWait`: see
    /// `SQLiteLog.open` (the screens wait briefly for another process's lock).
    func openLog(lockWait: TimeInterval? = nil) throws -> any ContactLog {
        do {
            return try ContactLogs.open(databasePath, catalog: catalog, createDirectory: databaseIsDefault, lockWait: lockWait)
        } catch {
            throw Failure(message: message(for: error))
        }
    }

    func message(for error: StoreError) -> String { strings.message(for: error) }

    func message(for problem: ContactProblem) -> String { strings.message(for: problem) }

    /// A `--point` must be one of data/points.json's (bad usage otherwise).
    func check(point: String?) throws {
        guard let point, !catalog.points.contains(where: { $0.code == point }) else { return }
        throw Failure.usage(strings(.unknownPoint, ["point": point, "points": catalog.points.map(\.code).joined(separator: ", ")]))
    }

    /// Every `--point` must be one of data/points.json's (bad usage otherwise).
    func check(points: [String]) throws {
        for point in points { try check(point: point) }
    }

    /// A period runs forwards (bad usage otherwise).
    func check(from: CivilDate?, to: CivilDate?) throws {
        guard let from, let to, from > to else { return }
        throw Failure.usage(strings(.reportFromAfterTo, ["from": from.description, "to": to.description]))
    }

    /// The audit log's "who": the OS user running neuvo.
    func actor(_ command: String) -> Actor {
        Actor(user: Self.osUser, command: command)
    }

    static let osUser: String = {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(geteuid())"
    }()
}
