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
        // PQconnectStartParams with expand_dbname = 1 reads `dbname` as the whole connection string, as
        // PQconnectdb would; a later keyword overrides it, and PQreset reuses both.
        let connection = Self.withCStringArray(["dbname", "client_encoding"]) { keywords in
            Self.withCStringArray([uri, "UTF8"]) { values in PQconnectStartParams(keywords, values, 1) }
        }
        guard let connection else { throw PQError(message: "libpq could not allocate a connection", isConnectionProblem: true) }
        do {
            try Self.complete(connection, PQconnectPoll)
        } catch {
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

    /// Like `exec(_:_:)` with parameters, but runs `body` while the server works on the statement: for client work that
    /// does not need its result nor this connection. `body` is given `working`, true while the server has not answered
    /// yet (it reads what has come, without waiting), so that it can stop then. When `body` throws, the statement's
    /// result is still read (the connection stays usable) and `body`'s error is thrown.
    @discardableResult
    public func exec(_ sql: String, _ params: [String?], meanwhile body: (_ working: () -> Bool) throws -> Void) throws -> PQResult {
        lock.lock()
        defer { lock.unlock() }
        let connection = try withHandle { $0 }
        let name = try preparedName(of: sql, connection)
        let sent = try Self.withParameterArray(params) { values in
            if let name { return PQsendQueryPrepared(connection, name, Int32(params.count), values, nil, nil, 0) }
            return PQsendQueryParams(connection, sql, Int32(params.count), nil, values, nil, nil, 0)
        }
        guard sent == 1 else { throw PQError(connection: connection, fallback: "the statement could not be sent") }
        var bodyError: (any Error)?
        do {
            try body { PQconsumeInput(connection) == 1 && PQisBusy(connection) == 1 }
        } catch {
            bodyError = error
        }
        // Every result read, up to libpq's NULL, before the next command.
        let (ok, error) = Self.finishCopy(connection, abandoning: "COPY is not supported by exec(_:_:meanwhile:)")
        if let bodyError { throw bodyError }
        if let error { throw error }
        guard let ok else { throw PQError(connection: connection, fallback: "the statement ended without a result") }
        return ok
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
        (try? reconnect()) != nil
    }

    /// `reset()`, throwing why the new connection could not be made: the server's refusal with its SQLSTATE (53300
    /// for its connection limit), or libpq's own failure (no server there).
    public func reconnect() throws(PQError) {
        try withHandle { connection throws(PQError) in
            prepared.removeAll()
            guard PQresetStart(connection) == 1 else { throw PQError.connectFailure(connection) }
            try Self.complete(connection, PQresetPoll)
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

    /// Completes a connection begun by PQconnectStartParams or PQresetStart, as PQconnectdb and PQreset would, but with
    /// libpq's verbose error messages meanwhile: a server that refuses the login sends its SQLSTATE, and only a verbose
    /// message carries it (libpq offers no other way to read the code of a failed start), in whatever language the
    /// server speaks. So a refusal for the connection limit (53300) is known as one on a Swedish server too.
    ///
    /// `connect_timeout` (of the URI or `PGCONNECT_TIMEOUT`) bounds the whole attempt, at least 2 seconds as libpq
    /// reads it; without one, the attempt waits as long as libpq's own would.
    static func complete(
        _ connection: OpaquePointer, _ step: (OpaquePointer) -> PostgresPollingStatusType
    ) throws(PQError) {
        let before = PQsetErrorVerbosity(connection, PQERRORS_VERBOSE)
        defer { PQsetErrorVerbosity(connection, before) }
        let deadline = connectTimeout(connection).map { Date().addingTimeInterval(TimeInterval($0)) }
        // libpq's first poll is done by the start itself: the next step waits for the socket to be writable.
        var state = PGRES_POLLING_WRITING
        while PQstatus(connection) != CONNECTION_BAD {
            switch state {
            case PGRES_POLLING_OK: return
            case PGRES_POLLING_FAILED: throw PQError.connectFailure(connection)
            case PGRES_POLLING_READING, PGRES_POLLING_WRITING:
                // No socket to wait on: libpq's own wait fails so too.
                guard PQsocket(connection) >= 0 else { throw PQError.connectFailure(connection) }
                var descriptor = pollfd(fd: PQsocket(connection), events: Int16(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), revents: 0)
                let wait = deadline.map { Int32(max(0, min(Double(Int32.max), $0.timeIntervalSinceNow * 1000)).rounded(.up)) } ?? -1
                let ready = poll(&descriptor, 1, wait)
                if ready == 0 { throw PQError(message: "timeout expired", isConnectionProblem: true) }
                if ready < 0 && errno != EINTR {
                    throw PQError(message: "cannot wait for the server: \(String(cString: strerror(errno)))", isConnectionProblem: true)
                }
            default: break
            }
            state = step(connection)
        }
        throw PQError.connectFailure(connection)
    }

    /// The connection's `connect_timeout` in seconds as libpq reads it (at least 2; nil for none, 0 or less).
    static func connectTimeout(_ connection: OpaquePointer) -> Int? {
        guard let options = PQconninfo(connection) else { return nil }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "connect_timeout" {
                guard let value = option.pointee.val, let seconds = Int(String(cString: value).trimmingCharacters(in: .whitespaces)),
                    seconds > 0
                else { return nil }
                return max(2, seconds)
            }
            option += 1
        }
        return nil
    }

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
