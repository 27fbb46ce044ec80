/// Who does what, recorded in the audit log with every read and write of contact data.
public struct Actor: Sendable {
    /// The OS user.
    public let user: String
    /// The command or screen, e.g. `import`, `report`.
    public let command: String

    public init(user: String, command: String) {
        self.user = user
        self.command = command
    }
}
