import Foundation
import Guidance
import Screens

/// `roles.json` beside the database: which OS users are supervisors or trainers. Anyone not listed is an
/// advisor. Changed only through `neuvo roles`, which records each change in the audit log.
struct RoleFile: Codable, Equatable {
    static let name = "roles.json"

    var users: [String: String] = [:]

    static func path(besideDatabase database: String) -> String {
        (database as NSString).deletingLastPathComponent.nonEmpty(or: ".") + "/" + name
    }

    static func load(_ path: String, strings: Strings) throws -> RoleFile {
        guard let data = FileManager.default.contents(atPath: path) else { return RoleFile() }
        do {
            let file = try JSONDecoder().decode(RoleFile.self, from: data)
            if let (user, role) = file.users.first(where: { Role(rawValue: $0.value) == nil }) {
                throw Failure(message: strings(.rolesUnknownRole, ["path": path, "user": user, "role": role]))
            }
            return file
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: strings(.configUnreadable, ["path": path, "reason": "\(error)"]))
        }
    }

    func role(of user: String) -> Role { users[user].flatMap(Role.init(rawValue:)) ?? .advisor }

    /// The whole file anew, renamed into place.
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temporary = "\(path).\(getpid()).tmp"
        try encoder.encode(self).write(to: URL(fileURLWithPath: temporary))
        chmod(temporary, 0o644)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure(message: "\(path): \(String(cString: strerror(errno)))")
        }
    }
}
