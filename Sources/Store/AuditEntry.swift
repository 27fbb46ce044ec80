/// One row of the audit log.
public struct AuditEntry: Equatable, Sendable {
    public let at: String
    public let user: String
    public let command: String
    public let details: String
    public let contacts: Int
}
