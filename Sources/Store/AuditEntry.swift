/// One row of the audit log.
public struct AuditEntry: Equatable, Sendable {
    public let at: String
    public let user: String
    public let command: String
    public let details: String
    public let contacts: Int

    public init(at: String, user: String, command: String, details: String, contacts: Int) {
        self.at = at
        self.user = user
        self.command = command
        self.details = details
        self.contacts = contacts
    }
}
