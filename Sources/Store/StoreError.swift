/// Why the contact log could not be opened or written; the command turns each into a clear message.
public enum StoreError: Error, Equatable, Sendable {
    /// The file exists but is not a neuvo database (another SQLite file, or not SQLite at all).
    case notNeuvoDatabase(path: String)
    /// Written by a newer neuvo: migrations this version does not know.
    case newerSchema(path: String, unknown: [String])
    /// The file or its directory cannot be written; neuvo must write at least its audit log.
    case readOnly(path: String)
    /// The directory the file should be in does not exist.
    case missingDirectory(String)
    /// Any other failure to open, with SQLite's reason.
    case cannotOpen(path: String, reason: String)
    /// A demo database opened by the normal app: synthetic contacts must never mix with real ones.
    case demoDatabase(path: String)
    /// The demo asked to open a database that holds real contacts.
    case notDemoDatabase(path: String)
    /// A PostgreSQL database without neuvo's schema, or one its owner has not yet migrated: `neuvo init` first.
    case notInitialized(uri: String)
    /// A login that holds none of neuvo's roles in this PostgreSQL database (`neuvo roles --set LOGIN=ROLE`).
    case noRole(login: String)
    /// Only the database's owner may do this (`init`, `roles`, `copy`).
    case notOwner(uri: String)
    /// `neuvo init` on a PostgreSQL database holding tables neuvo did not make: refused, nothing changed.
    case foreignTables(uri: String, tables: [String])
    /// The connection to the PostgreSQL server was lost (it restarted, the network dropped); nothing was saved.
    case connectionLost(reason: String)
    /// The PostgreSQL server refused a new connection for a connection limit (SQLSTATE 53300): nothing was done, and the
    /// same call may succeed once others have closed theirs. The screens keep what they were saving, as when the server
    /// is away, and connect again by themselves.
    case tooManyConnections(ConnectionLimit)
    /// Another process holds the database's write lock (an import on SQLite) longer than the caller may wait: nothing
    /// was written; try again in a moment.
    case busy
    /// The disk the database is on is full (SQLite's SQLITE_FULL, PostgreSQL's 53100 disk_full): nothing was written,
    /// the database is whole; the same write succeeds once there is room again.
    case diskFull
    /// The server refused the login this: one of neuvo's functions, whose reason names the role that may.
    case notAllowed(login: String, reason: String)
    /// The server refused the login a privilege it lacks (its own "permission denied for …", not one of neuvo's
    /// refusals): `role` is the login's neuvo role in this database, nil for none.
    case missingRight(login: String, role: String?)
    /// `neuvo init` refused, nothing changed: the database's owner could not grant neuvo's roles — it lacks CREATEROLE
    /// (`role` nil), or, from PostgreSQL 16, the ADMIN OPTION on the group role `role` another login made.
    case ownerCannotGrant(owner: String, role: String?)
    /// A contact that breaks the rules of `Contact.problems` (codes checked against data/).
    case invalidContact(Guidance.FieldProblems)
}

import Guidance

/// Which of PostgreSQL's connection limits refused a session (`StoreError.tooManyConnections`).
public enum ConnectionLimit: Equatable, Sendable {
    /// The server's own: `max_connections`, the last `superuser_reserved_connections` of them kept for superusers
    /// ("sorry, too many clients already", "remaining connection slots are reserved …").
    case server
    /// The login's `ALTER ROLE … CONNECTION LIMIT`.
    case login(String)
    /// The database's `ALTER DATABASE … CONNECTION LIMIT`.
    case database(String)
}

/// No contact has this id: an edit, a follow-up marked done or closed, of a contact that is not in the log.
public struct ContactNotFound: Error, Equatable, Sendable {
    public let id: Int64

    public init(id: Int64) {
        self.id = id
    }
}

/// A saved segmentation that cannot be scored again under the instrument in data/ (a region changed its
/// items since), or a log opened without an instrument. Its contact cannot be read back for editing.
public struct UnreadableAssessment: Error, Equatable, Sendable {
    public let contactID: Int64
    /// What the instrument says is wrong with the saved answers; empty when the log has no instrument.
    public let problems: [AnswerProblem]
}

extension StoreError {
    /// The database could not be reached or was busy, so nothing was done and the same call may succeed in a
    /// moment: a lost connection, another process's lock. The screens keep what they were saving and try again.
    public var isTemporary: Bool {
        switch self {
        case .busy, .connectionLost, .tooManyConnections, .diskFull: true
        default: false
        }
    }
}
