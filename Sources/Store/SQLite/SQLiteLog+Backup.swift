import Foundation
import GRDB

extension SQLiteLog {
    /// Writes a consistent copy of the whole database into the new file `temporary` with `VACUUM INTO`: one read
    /// transaction's snapshot, so that the copy holds every write committed before it began and none after, while other
    /// connections and processes go on writing. The copy is checked (it opens, `PRAGMA quick_check`) and the backup is
    /// audited here as made to `target`; the caller puts the file in place. Returns the contacts the copy holds.
    /// A full disk is `StoreError.diskFull`, with nothing audited; the caller removes `temporary`.
    public func backup(into temporary: String, target: String, by actor: Actor) throws -> Int {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
            var configuration = Configuration()
            configuration.readonly = true
            let copy = try DatabaseQueue(path: temporary, configuration: configuration)
            defer { try? copy.close() }
            let (contacts, check) = try copy.read { db in
                (try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact""#) ?? 0, try String.fetchOne(db, sql: "PRAGMA quick_check"))
            }
            guard check == "ok" else { throw StoreError.cannotOpen(path: temporary, reason: check ?? "quick_check failed") }
            try writer.write { db in try Self.audit(db, actor, details: "backup to \(target)", contacts: contacts) }
            return contacts
        } catch let error as DatabaseError where StoreError.isDiskFull(error) {
            throw StoreError.diskFull
        }
    }
}
