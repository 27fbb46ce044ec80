import Foundation
import Guidance
import Screens

/// `roles.json` beside the database: which OS users are supervisors or trainers. Anyone not listed is an
/// advisor. Changed only through `neuvo roles`, which records each change in the audit log.
struct RoleFile: SettingsFile, Equatable {
    static let name = "roles.json"
    static let mode: mode_t = 0o644

    var users: [String: String] = [:]

    /// The file at `path` (none: everyone is an advisor); a role it does not know is named, with its user.
    static func load(_ path: String, strings: Strings) throws -> RoleFile {
        let file = try read(path, strings: strings)
        try file.checkRoles(path, strings: strings)
        return file
    }

    /// Names the first user (by name) whose role is none of advisor, supervisor and trainer.
    func checkRoles(_ path: String, strings: Strings) throws {
        if let (user, role) = users.sorted(by: { $0.key < $1.key }).first(where: { Role(rawValue: $0.value) == nil }) {
            throw Failure(message: strings(.rolesUnknownRole, ["path": path, "user": user, "role": role]))
        }
    }

    /// The user's role; anyone the file does not list is an advisor.
    func role(of user: String) -> Role { users[user].flatMap(Role.init(rawValue:)) ?? .advisor }

    /// The role as the file has it, for the audit log: `advisor` for anyone not listed, an unknown role as written.
    func written(_ user: String) -> String { users[user] ?? Role.advisor.rawValue }

    /// An OS user name as the file may hold it: not empty, no spaces or control characters, no `=`.
    static func isUserName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("=") && name.unicodeScalars.allSatisfy {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .control
        }
    }
}
