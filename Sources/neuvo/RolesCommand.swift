import ArgumentParser
import Foundation
import Guidance
import Screens
import Store

extension Neuvo {
    /// `neuvo roles [--set USER=ROLE] [--remove USER]`: who is a supervisor or a trainer; changes are audited.
    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change who is a supervisor or a trainer (anyone else is an advisor).")

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("set"), help: "USER=ROLE, ROLE one of advisor, supervisor, trainer.")
        var assignments: [String] = []

        @Option(help: "Make USER an advisor again (the default).")
        var remove: [String] = []

        func run() throws {
            let context = try global.context()
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
    }
}
