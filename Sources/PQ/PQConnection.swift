import CLibpq
import Foundation

/// One connection to a PostgreSQL server through libpq, used synchronously.
///
/// Every call takes an internal recursive lock, so the object may be shared between threads; calls
/// from several threads run one after another, never interleaved on the wire. `transaction` and
/// `copyIn` hold the lock for their whole length, so another thread's statements cannot land inside them.
public final class PQConnection: @unchecked Sendable {
    /// nil once closed. Read and written only under `lock`.
    private var handle: OpaquePointer?
    /// The statements with parameters this connection has prepared, by their text, with their names: each is parsed,
    /// analysed and rewritten once per connection (row-level security included), then only bound and run. Emptied
    /// with the session (`reset()`), whose prepared statements are gone. Under `lock`.
    private var prepared: [String: String] = [:]
    /// At most this many statements are prepared; further texts run unprepared (a guard, not a working limit: the
    /// logs run a few dozen distinct statements).
    static let preparedLimit = 500
    /// Recursive: `transaction`'s body runs statements on this connection from the same thread.
    let lock = NSRecursiveLock()

    /// Connects with a libpq connection string: a URI (`postgresql:///neuvo?host=/run/postgresql`) or
    /// `key=value` pairs. What the string leaves out comes from libpq's usual sources — the PG* environment
    /// variables, pg_service.conf, .pgpass — and every authentication method (peer, SCRAM, GSSAPI) and
    /// TLS setting works as it does for psql.
    ///
    /// The client encoding is always UTF-8, whatever the string or PGCLIENTENCODING says: Swift's strings
    /// are UTF-8, and the server then converts from any database encoding.
    public init(uri: String) throws(PQError) {
        // PQconnectdbParams with expand_dbname = 1 reads `dbname` as the whole connection string, as
        // PQconnectdb would; a later keyword overrides it, and PQreset reuses both.
        let connection = Self.withCStringArray(["dbname", "client_encoding"]) { keywords in
            Self.withCStringArray([uri, "UTF8"]) { values in PQconnectdbParams(keywords, values, 1) }
        }
        guard let connection else { throw PQError(message: "libpq could not allocate a connection", isConnectionProblem: true) }
        guard PQstatus(connection) == CONNECTION_OK else {
            let error = PQError(connection: connection, fallback: "cannot connect to PostgreSQL")
            PQfinish(connection)
            throw error
        }
        // libpq prints NOTICEs and WARNINGs on stderr by default, which would write over the ncurses
        // screen. They carry nothing the app acts on (failures come as errors), so they are dropped. The
        // receiver stays across PQreset.
        PQsetNoticeReceiver(connection, { _, _ in }, nil)
        handle = connection
    }

    deinit { close() }

    // MARK: - Statements

    /// Runs `sql` and returns its rows.
    ///
    /// With parameters, `sql` is one statement with placeholders `$1`, `$2`…; the values are sent as text
    /// apart from the statement (never spliced into it), `nil` being SQL NULL, and the server infers
    /// their types (write `$1::int` where it cannot). Without parameters, `sql` may hold several
    /// statements separated by semicolons (the simple query protocol): they run in order as one implicit
    /// transaction unless they contain their own BEGIN/COMMIT, the first failure stops the rest, and the
    /// result is the last statement's.
    ///
    /// A statement with parameters is prepared on the connection the first time it runs and reused afterwards (the
    /// server may then keep a generic plan for it, as for any prepared statement).
    ///
    /// `COPY` is refused here (use `copyIn`); the connection stays usable.
    @discardableResult
    public func exec(_ sql: String, _ params: [String?] = []) throws(PQError) -> PQResult {
        try withHandle { connection throws(PQError) in
            let result: OpaquePointer?
            if params.isEmpty {
                result = PQexec(connection, sql)
            } else if let name = try preparedName(of: sql, connection) {
                result = try Self.withParameterArray(params) { values in
                    PQexecPrepared(connection, name, Int32(params.count), values, nil, nil, 0)
                }
            } else {
                result = try Self.withParameterArray(params) { values in
                    PQexecParams(connection, sql, Int32(params.count), nil, values, nil, nil, 0)
                }
            }
            return try Self.checked(result, connection)
        }
    }

    /// The name `sql` is prepared under on this connection, preparing it first; nil past `preparedLimit`. A statement
    /// the server refuses to prepare throws its error, as running it would.
    private func preparedName(of sql: String, _ connection: OpaquePointer) throws(PQError) -> String? {
        if let name = prepared[sql] { return name }
        guard prepared.count < Self.preparedLimit else { return nil }
        let name = "neuvo_\(prepared.count + 1)"
        _ = try Self.checked(PQprepare(connection, name, sql, 0, nil), connection)
        prepared[sql] = name
        return name
    }

    /// Runs `body` in a transaction: BEGIN, then COMMIT when `body` returns, or ROLLBACK when it throws
    /// (the error is then rethrown; a failed ROLLBACK on a lost connection is ignored, the server having
    /// rolled back already). A `body` that swallows a failed statement's error still cannot commit:
    /// the transaction is rolled back and `25P02` (in failed transaction) is thrown.
    ///
    /// `body` must use this connection from the calling thread only: the connection stays locked
    /// meanwhile. Inside a transaction already open (BEGIN by hand, or nested use), `body` simply runs
    /// in it, and the outer one commits or rolls back.
    @discardableResult
    public func transaction<T>(_ body: (PQConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let status = try transactionStatus()
        if status == PQTRANS_INTRANS || status == PQTRANS_INERROR { return try body(self) }
        try exec("BEGIN")
        let value: T
        do {
            value = try body(self)
        } catch {
            rollbackQuietly()
            throw error
        }
        if try transactionStatus() == PQTRANS_INERROR {
            rollbackQuietly()
            throw PQError(
                sqlState: "25P02",
                message: "a statement in the transaction failed, so it was rolled back instead of committed")
        }
        do {
            try exec("COMMIT")
        } catch {
            rollbackQuietly()
            throw error
        }
        return value
    }

    private func rollbackQuietly() {
        guard let status = try? transactionStatus(), status != PQTRANS_IDLE else { return }
        _ = try? exec("ROLLBACK")
    }

    private func transactionStatus() throws(PQError) -> PGTransactionStatusType {
        try withHandle { connection throws(PQError) in PQtransactionStatus(connection) }
    }

    // MARK: - The connection

    /// True while the connection is open and usable (`CONNECTION_OK`); false after a lost connection
    /// (until `reset()` succeeds) or `close()`.
    public var isConnected: Bool {
        lock.withLock { handle.map { PQstatus($0) == CONNECTION_OK } ?? false }
    }

    /// Closes the connection and reconnects with the same parameters. True when the new connection is
    /// usable. Session state — LISTENs, SET values, temporary tables — is gone afterwards.
    @discardableResult
    public func reset() -> Bool {
        lock.withLock {
            guard let handle else { return false }
            PQreset(handle)
            prepared.removeAll()
            return PQstatus(handle) == CONNECTION_OK
        }
    }

    /// libpq's message about the connection's last failure (a `reset()` that could not connect), trimmed; empty when
    /// there is none.
    public var errorMessage: String {
        lock.withLock {
            guard let handle, let message = PQerrorMessage(handle) else { return "" }
            return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The server's version as an integer: 150007 for 15.7 (0 when closed or unknown).
    public var serverVersion: Int {
        lock.withLock { handle.map { Int(PQserverVersion($0)) } ?? 0 }
    }

    /// The process id of the server process serving this connection (as `pg_backend_pid()` reports it, and
    /// as `PQNotification.pid` shows for notifications this connection sends).
    public var backendPID: Int32 {
        lock.withLock { handle.map { PQbackendPID($0) } ?? 0 }
    }

    /// The connection's socket, for `poll`/`select` (-1 when closed or not connected). Only wait on it for
    /// reading; read through `notifications()`.
    public var socket: Int32 {
        lock.withLock { handle.map { PQsocket($0) } ?? -1 }
    }

    /// Closes the connection (PQfinish). Calling it again does nothing; any other call afterwards throws a
    /// connection problem.
    public func close() {
        lock.withLock {
            if let handle { PQfinish(handle) }
            handle = nil
            prepared.removeAll()
        }
    }

    // MARK: - Quoting

    /// `name` as an SQL identifier, in double quotes with inner double quotes doubled: `"we""ird"`. For the
    /// names that cannot be parameters (tables, roles, channels).
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` as an SQL string literal, for the few places that take no parameters (such as
    /// `NOTIFY channel, 'payload'` or role passwords in DDL): single quotes doubled, and with backslashes an
    /// `E'…'` literal with them doubled, which reads the same whatever `standard_conforming_strings` is.
    public static func quoteLiteral(_ text: String) -> String {
        let quoted = text.replacingOccurrences(of: "'", with: "''")
        guard text.contains("\\") else { return "'" + quoted + "'" }
        return "E'" + quoted.replacingOccurrences(of: "\\", with: "\\\\") + "'"
    }

    // MARK: - Internals

    /// Runs `body` with the open connection under the lock; a closed connection throws.
    func withHandle<T>(_ body: (OpaquePointer) throws(PQError) -> T) throws(PQError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let handle else { throw PQError.closed }
        return try body(handle)
    }

    /// A result that succeeded, or its error thrown (the result freed either way).
    static func checked(_ result: OpaquePointer?, _ connection: OpaquePointer) throws(PQError) -> PQResult {
        guard let result else {
            throw PQError(connection: connection, fallback: "the statement could not be sent")
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PQResult(result)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            // The server is now waiting for (or sending) COPY data: end that, or every later call fails.
            PQclear(result)
            _ = finishCopy(connection, abandoning: "COPY is not supported by exec(); use copyIn")
            throw PQError(message: "exec() cannot run COPY; use copyIn", isConnectionProblem: PQstatus(connection) == CONNECTION_BAD)
        default:
            let error = PQError(result: result, connection: connection)
            PQclear(result)
            throw error
        }
    }

    /// Reads results until libpq has none left (it must reach NULL before the next command), ending any
    /// COPY in progress: a COPY IN is ended with `abandoning` as its failure (or normally when nil), a COPY
    /// OUT is read to its end. Returns the last successful result and the first error.
    static func finishCopy(_ connection: OpaquePointer, abandoning reason: String?) -> (ok: PQResult?, error: PQError?) {
        var ok: PQResult?
        var error: PQError?
        var copyInRounds = 0
        while let result = PQgetResult(connection) {
            switch PQresultStatus(result) {
            case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
                ok = PQResult(result)
            case PGRES_COPY_IN, PGRES_COPY_BOTH:
                PQclear(result)
                copyInRounds += 1
                // PQgetResult keeps returning COPY_IN while the end cannot be sent (a dead connection).
                guard copyInRounds == 1, PQputCopyEnd(connection, reason) == 1 else {
                    return (ok, error ?? PQError(connection: connection, fallback: "COPY could not be ended"))
                }
            case PGRES_COPY_OUT:
                PQclear(result)
                var buffer: UnsafeMutablePointer<CChar>?
                while PQgetCopyData(connection, &buffer, 0) > 0 {
                    PQfreemem(buffer)
                    buffer = nil
                }
            default:
                if error == nil { error = PQError(result: result, connection: connection) }
                PQclear(result)
            }
        }
        return (ok, error)
    }

    /// The parameters as one NUL-separated buffer and an array of pointers into it (NULL for nil): one
    /// allocation for all the values rather than one each.
    static func withParameterArray<R>(
        _ values: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R
    ) throws(PQError) -> R {
        var bytes: [CChar] = []
        var offsets: [Int?] = []
        offsets.reserveCapacity(values.count)
        for value in values {
            guard let value else {
                offsets.append(nil)
                continue
            }
            offsets.append(bytes.count)
            for byte in value.utf8 {
                // PostgreSQL text cannot hold NUL; libpq would silently cut the value there.
                guard byte != 0 else {
                    throw PQError(sqlState: "22021", message: "a parameter contains a NUL character, which PostgreSQL text cannot hold")
                }
                bytes.append(CChar(bitPattern: byte))
            }
            bytes.append(0)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let pointers: [UnsafePointer<CChar>?] = offsets.map { offset in offset.map { buffer.baseAddress! + $0 } }
            return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
        }
    }

    /// A NULL-terminated array of C strings, as libpq's keyword/value arrays.
    static func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
