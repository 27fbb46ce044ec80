import CLibpq

extension PQConnection {
    /// Runs `sql`, a `COPY table (columns…) FROM STDIN` in text format, sending `rows`; returns the number of
    /// rows the server stored. Each row holds one value per column, `nil` being NULL. Values are escaped as
    /// the text format needs (backslash, tab, newline, carriage return), so any text round-trips exactly.
    ///
    /// The rows go in 64 KiB messages. COPY is all or nothing: on any error no row is stored, and the
    /// server's error (with its SQLSTATE and the failing line in `detail`/context) is thrown.
    @discardableResult
    public func copyIn(_ sql: String, rows: some Sequence<[String?]>) throws(PQError) -> Int {
        var iterator = rows.makeIterator()
        do {
            return try copyRows(sql, next: { () throws(Never) in iterator.next() })
        } catch {
            switch error {
            case .server(let error): throw error
            case .source(let never): switch never {}
            }
        }
    }

    /// Like `copyIn(_:rows:)`, but asks `next` for each row until it returns nil, so a large import need not
    /// be held in memory. `next` runs with the connection locked: it must not use this connection. When
    /// `next` throws, the COPY is abandoned (nothing is stored) and that error is rethrown as it is;
    /// failures of the server or connection are `PQError`s.
    @discardableResult
    public func copyIn(_ sql: String, nextRow next: () throws -> [String?]?) throws -> Int {
        do {
            return try copyRows(sql, next: next)
        } catch {
            switch error {
            case .server(let error): throw error
            case .source(let error): throw error
            }
        }
    }

    private func copyRows<E: Error>(_ sql: String, next: () throws(E) -> [String?]?) throws(CopyFailure<E>) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let connection: OpaquePointer
        do {
            connection = try withHandle { $0 }
        } catch {
            throw .server(error)
        }
        guard let started = PQexec(connection, sql) else {
            throw .server(PQError(connection: connection, fallback: "the COPY could not be sent"))
        }
        guard PQresultStatus(started) == PGRES_COPY_IN else {
            // Not a COPY FROM STDIN: a failure, or another statement that has now run.
            do {
                _ = try Self.checked(started, connection)
            } catch {
                throw .server(error)
            }
            throw .server(PQError(message: "copyIn needs a COPY … FROM STDIN statement"))
        }
        PQclear(started)

        var writer = CopyWriter(connection: connection)
        var sourceError: E?
        do {
            while writer.isSending, let row = try next() { writer.append(row) }
        } catch {
            sourceError = error
        }
        writer.flush()
        // Ending with a message makes the server fail the COPY with it, storing nothing.
        let reason = sourceError.map { "the rows could not be read: \($0)" }
        let ended = writer.isSending && PQputCopyEnd(connection, reason) == 1
        let (ok, error) = Self.finishCopy(connection, abandoning: ended ? nil : reason ?? "the COPY data could not be sent")
        if let sourceError { throw .source(sourceError) }
        if let error { throw .server(error) }
        guard let ok else { throw .server(PQError(connection: connection, fallback: "the COPY ended without a result")) }
        return ok.affectedRows
    }

}

/// Why a COPY failed: the server (or connection), or the source of the rows.
private enum CopyFailure<Source: Error>: Error {
    case server(PQError)
    case source(Source)
}

/// Buffers rows in COPY text format and sends them in large messages. Values are scanned as UTF-8 bytes
/// in place; a value with nothing to escape is copied in one go.
private struct CopyWriter {
    /// Large messages keep the per-message cost of libpq and the server low; much larger gains nothing.
    static let chunk = 64 * 1024

    let connection: OpaquePointer
    var buffer: [UInt8] = []
    /// False once libpq refused data (the connection failed, or the server ended the COPY with an error):
    /// the rest is not read, and the error comes from the results.
    private(set) var isSending = true

    init(connection: OpaquePointer) {
        self.connection = connection
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    mutating func append(_ row: [String?]) {
        for (column, value) in row.enumerated() {
            if column > 0 { buffer.append(0x09) }
            guard let value else {
                buffer.append(0x5C)  // \N is NULL
                buffer.append(0x4E)
                continue
            }
            let done: Void? = value.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
            if done == nil { append(escaping: Array(value.utf8)) }
        }
        buffer.append(0x0A)
        if buffer.count >= Self.chunk { flush() }
    }

    private mutating func append(escaping bytes: some Collection<UInt8>) {
        // Backslash, tab, newline and carriage return are the only bytes the text format reads specially.
        guard bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            buffer.append(contentsOf: bytes)
            return
        }
        for byte in bytes {
            switch byte {
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
            case 0x09: buffer.append(0x5C); buffer.append(0x74)  // \t
            case 0x0A: buffer.append(0x5C); buffer.append(0x6E)  // \n
            case 0x0D: buffer.append(0x5C); buffer.append(0x72)  // \r
            default: buffer.append(byte)
            }
        }
    }

    mutating func flush() {
        guard isSending, !buffer.isEmpty else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        // Blocking mode: 1 means queued or sent, -1 a failure.
        let sent = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(connection, $0.baseAddress, Int32($0.count)) }
        }
        if sent != 1 { isSending = false }
        buffer.removeAll(keepingCapacity: true)
    }
}
