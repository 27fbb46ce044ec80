/// One row of the audit log.
public struct AuditEntry: Equatable, Sendable {
    public let at: String
    public let user: String
    public let command: String
    public let details: String
    public let contacts: Int
    /// The pseudonyms of the clients whose data the action read or changed (never an identity code).
    public var clients: [String]
    /// The row's place in the hash chain (`AuditChain`): the hash of the row before ("" for a chain's first row) and
    /// its own. Empty until the row is written; a copy carries them unchanged.
    public var previousHash: String
    public var hash: String

    public init(
        at: String, user: String, command: String, details: String, contacts: Int, clients: [String] = [], previousHash: String = "",
        hash: String = ""
    ) {
        self.at = at
        self.user = user
        self.command = command
        self.details = details
        self.contacts = contacts
        self.clients = clients
        self.previousHash = previousHash
        self.hash = hash
    }
}
