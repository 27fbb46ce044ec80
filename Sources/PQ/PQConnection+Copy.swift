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
        try copyIn(sql, text: CopyText(), nextRow: next)
    }

    /// Runs `sql`, a `COPY … FROM STDIN` in text format, sending `text`'s rows, made beforehand (while the server was
    /// busy with another statement), then asking `next` for more as `copyIn(_:nextRow:)` does; returns the number of
    /// rows the server stored.
    @discardableResult
    public func copyIn(_ sql: String, text: CopyText, nextRow next: () throws -> [String?]? = { nil }) throws -> Int {
        var sent = false
        do {
            return try copyRows(sql) { (writer: inout CopyWriter) throws -> Bool in
                if !sent {
                    sent = true
                    writer.send(text)
                    return true
                }
                guard let row = try next() else { return false }
                writer.append(row)
                return true
            }
        } catch {
            switch error {
            case .server(let error): throw error
            case .source(let error): throw error
            }
        }
    }

    private func copyRows<E: Error>(_ sql: String, next: () throws(E) -> [String?]?) throws(CopyFailure<E>) -> Int {
        try copyRows(sql) { (writer: inout CopyWriter) throws(E) -> Bool in
            guard let row = try next() else { return false }
            writer.append(row)
            return true
        }
    }

    /// The COPY itself: `write` adds rows to the writer until it returns false.
    private func copyRows<E: Error>(_ sql: String, write: (inout CopyWriter) throws(E) -> Bool) throws(CopyFailure<E>) -> Int {
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
            while writer.isSending, try write(&writer) {}
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

/// Rows in COPY's text format, as `copyIn(_:text:)` sends them: made ahead of their COPY, so that the server can do
/// other work meanwhile. Values are scanned as UTF-8 bytes in place; a value with nothing to escape is copied in one go.
public struct CopyText {
    fileprivate var bytes: [UInt8] = []

    public init() {}

    public var isEmpty: Bool { bytes.isEmpty }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// One row: a value per column, nil being NULL. Backslash, tab, newline and carriage return are escaped, so any
    /// text round-trips exactly.
    public mutating func append(_ row: [String?]) {
        for (column, value) in row.enumerated() {
            if column > 0 { bytes.append(0x09) }
            guard let value else {
                bytes.append(0x5C)  // \N is NULL
                bytes.append(0x4E)
                continue
            }
            let done: Void? = value.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
            if done == nil { append(escaping: Array(value.utf8)) }
        }
        bytes.append(0x0A)
    }

    private mutating func append(escaping value: some Collection<UInt8>) {
        // Backslash, tab, newline and carriage return are the only bytes the text format reads specially.
        guard value.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: value)
            return
        }
        for byte in value {
            switch byte {
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)  // \t
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)  // \n
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)  // \r
            default: bytes.append(byte)
            }
        }
    }
}

/// Buffers rows in COPY text format and sends them in large messages.
private struct CopyWriter {
    /// Large messages keep the per-message cost of libpq and the server low; much larger gains nothing.
    static let chunk = 64 * 1024

    let connection: OpaquePointer
    var buffer = CopyText()
    /// False once libpq refused data (the connection failed, or the server ended the COPY with an error):
    /// the rest is not read, and the error comes from the results.
    private(set) var isSending = true

    init(connection: OpaquePointer) {
        self.connection = connection
        buffer.bytes.reserveCapacity(Self.chunk + 4096)
    }

    mutating func append(_ row: [String?]) {
        buffer.append(row)
        if buffer.bytes.count >= Self.chunk { flush() }
    }

    /// Rows made beforehand, sent in messages of `chunk` bytes.
    mutating func send(_ text: CopyText) {
        var start = 0
        while isSending, start < text.bytes.count {
            let end = min(start + Self.chunk, text.bytes.count)
            text.bytes[start..<end].withUnsafeBufferPointer { put($0) }
            start = end
        }
    }

    mutating func flush() {
        guard isSending, !buffer.isEmpty else {
            buffer.removeAll()
            return
        }
        buffer.bytes.withUnsafeBufferPointer { put($0) }
        buffer.removeAll()
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Blocking mode: 1 means queued or sent, -1 a failure.
        let sent = bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(connection, $0.baseAddress, Int32($0.count)) }
        if sent != 1 { isSending = false }
    }
}
