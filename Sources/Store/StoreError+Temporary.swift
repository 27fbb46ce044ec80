import GRDB
import PQ

extension StoreError {
    /// `error` as a temporary `StoreError` (`isTemporary`) when it is one — another process's lock on SQLite, a lost
    /// connection or a connection limit on PostgreSQL, a full disk on either — whichever backend threw it; nil for any other error.
    public static func temporary(_ error: any Error) -> StoreError? {
        switch error {
        case let error as StoreError where error.isTemporary: error
        case let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode.primaryResultCode): .busy
        case let error as DatabaseError where isDiskFull(error): .diskFull
        case let error as PQError where error.sqlState == StoreError.diskFullState: .diskFull
        case let error as PQError: connectionLimit(error) ?? (error.isConnectionProblem ? .connectionLost(reason: error.message) : nil)
        default: nil
        }
    }

    /// The server's refusal of a new connection for one of its connection limits (SQLSTATE 53300, too_many_connections),
    /// as `tooManyConnections`; nil for any other failure. Which limit is read from the server's message, in English
    /// (the server's own `max_connections` for any other wording: it is the one a region reaches as sessions grow).
    static func connectionLimit(_ error: PQError) -> StoreError? {
        guard error.sqlState == "53300" else { return nil }
        if let name = error.message.firstMatch(of: #/too many connections for role "(.*)"/#)?.output.1 {
            return .tooManyConnections(.login(String(name)))
        }
        if let name = error.message.firstMatch(of: #/too many connections for database "(.*)"/#)?.output.1 {
            return .tooManyConnections(.database(String(name)))
        }
        return .tooManyConnections(.server)
    }
}

extension StoreError {
    /// PostgreSQL's SQLSTATE for a write the server could not make for lack of space (`disk_full`).
    public static let diskFullState = "53100"

    /// SQLite could not write for lack of space: `SQLITE_FULL`, or, on a disk with no byte left, the WAL's shared-memory
    /// file that cannot grow (`SQLITE_IOERR_SHMSIZE`, met by the first read of a connection opened then).
    static func isDiskFull(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_FULL || error.extendedResultCode == .SQLITE_IOERR_SHMSIZE
    }
}
