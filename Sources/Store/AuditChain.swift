import Crypto
import Foundation

/// The audit log's hash chain (CONTRACT §6, "tamper-evident"), one scheme on both backends so that `neuvo copy` carries
/// the hashes unchanged and either backend verifies them: a row's hash is SHA-256, in lowercase hex, over the previous
/// row's hash and the row's own fields, each written as its length in UTF-8 bytes, a colon and the field itself
/// (`5:hello`), in this order: previous hash, at, user, command, details, contacts (decimal), the number of clients
/// (decimal), then each client. The first row of a chain has the previous hash "" (empty). PostgreSQL computes it in
/// `neuvo.audit_hash` (the built-in `sha256`), SQLite here.
public enum AuditChain {
    /// The hash of a row whose previous row's hash is `previous`.
    public static func hash(previous: String, _ entry: AuditEntry) -> String {
        var text = ""
        func field(_ value: String) {
            text += "\(value.utf8.count):"
            text += value
        }
        field(previous)
        field(entry.at)
        field(entry.user)
        field(entry.command)
        field(entry.details)
        field(String(entry.contacts))
        field(String(entry.clients.count))
        entry.clients.forEach(field)
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// `entry` with its place in the chain after a row whose hash is `previous`.
    public static func chained(_ entry: AuditEntry, after previous: String) -> AuditEntry {
        var entry = entry
        entry.previousHash = previous
        entry.hash = hash(previous: previous, entry)
        return entry
    }

    /// Walks the rows in the chain's order (SQLite: by id; PostgreSQL: by place, `seq`), fed a page at a time; says where
    /// the chain first breaks, naming rows by id.
    public struct Verifier: Sendable {
        public private(set) var rows = 0
        public private(set) var lastID: Int64 = 0
        public private(set) var lastHash = ""
        public private(set) var broken: Break?
        /// On PostgreSQL, the chain's newest row as the server held it when the check began (nil: no head to check);
        /// it must be among the rows read, with its hash, else rows were deleted from the end.
        let head: (id: Int64, hash: String)?
        var headSeen = false

        public init(head: (id: Int64, hash: String)? = nil) {
            self.head = head
        }

        /// Takes the next row; false once the chain is broken (the rest need not be read).
        @discardableResult
        public mutating func take(id: Int64, _ entry: AuditEntry) -> Bool {
            guard broken == nil else { return false }
            if entry.hash.isEmpty {
                broken = .outside(id: id)
            } else if entry.hash != AuditChain.hash(previous: entry.previousHash, entry) {
                broken = .changed(id: id)
            } else if entry.previousHash != lastHash && !entry.previousHash.isEmpty {
                // A row whose previous hash is "" starts a chain: the first row, or the first of a log copied in
                // after the target's own rows (`neuvo copy` carries the hashes unchanged). Anywhere else, the previous
                // hash must be the row before's.
                broken = .unlinked(id: id, after: rows == 0 ? nil : lastID)
            }
            guard broken == nil else { return false }
            if let head, head.id == id, head.hash == entry.hash { headSeen = true }
            rows += 1
            lastID = id
            lastHash = entry.hash
            return true
        }

        /// After the last row: the head must have been met (an empty log's head is row 0 with the hash "").
        public mutating func finish() {
            guard broken == nil, let head, !headSeen, head.id != 0 || head.hash != "" else { return }
            broken = .headMissing(headID: head.id, lastID: rows == 0 ? nil : lastID)
        }
    }

    /// Where and how the chain breaks.
    public enum Break: Equatable, Sendable {
        /// The row's fields do not give its hash: the row was changed.
        case changed(id: Int64)
        /// The row has no place in the chain: inserted with the triggers off.
        case outside(id: Int64)
        /// The row's previous hash is not the row before's (`after`, nil when it is the first row): a row was deleted,
        /// changed or inserted out of order before it.
        case unlinked(id: Int64, after: Int64?)
        /// The server's head names row `headID` (0: the head itself is gone), which is not among the rows (the last found
        /// is `lastID`): the newest rows were deleted.
        case headMissing(headID: Int64, lastID: Int64?)

        /// The first row where the chain breaks.
        public var id: Int64 {
            switch self {
            case .changed(let id), .outside(let id), .unlinked(let id, _): id
            case .headMissing(let head, _): head
            }
        }
    }
}
