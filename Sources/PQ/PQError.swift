import CLibpq

/// A failure reported by the server or by libpq: what went wrong, and whether the connection is the problem.
public struct PQError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The five-character SQLSTATE (`23505` unique violation, `42601` syntax error, `08006` connection
    /// failure…); nil when libpq failed before the server said anything (no server, a dead socket).
    public var sqlState: String?
    /// The primary message, one line as a rule (the server's, or libpq's own when the server sent none).
    public var message: String
    /// The server's secondary message (`Key (id)=(1) already exists.`), if any.
    public var detail: String?
    /// The server's suggestion on what to do, if any.
    public var hint: String?
    /// True when the connection is lost or unusable, so that reconnecting (`reset()`) is the remedy
    /// rather than changing the statement: the connection is bad after the failure, the SQLSTATE is in
    /// class 08 (connection exception), or the server is shutting down or ended the session.
    public var isConnectionProblem: Bool

    public init(
        sqlState: String? = nil, message: String, detail: String? = nil, hint: String? = nil,
        isConnectionProblem: Bool = false
    ) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.isConnectionProblem = isConnectionProblem || sqlState.map(Self.meansLostConnection) ?? false
    }

    /// `message (detail) hint [SQLSTATE 23505]`, on one line where the server's texts are.
    public var description: String {
        var text = message
        if let detail { text += " (\(detail))" }
        if let hint { text += " \(hint)" }
        if let sqlState { text += " [SQLSTATE \(sqlState)]" }
        return text
    }

    /// Class 08 is "connection exception"; the others end the session from the server's side: 57P01–57P03
    /// administrator/crash shutdown and "cannot connect now" (starting up, shutting down, in recovery),
    /// 57P05 idle session timeout, 25P03 idle-in-transaction timeout.
    static func meansLostConnection(_ sqlState: String) -> Bool {
        sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03", "57P05", "25P03"].contains(sqlState)
    }
}

extension PQError {
    /// The error of a failed result. libpq's own failures (the server closed the connection) come as a
    /// result with a message but no fields, so the message falls back to the result's text, then the
    /// connection's.
    init(result: OpaquePointer?, connection: OpaquePointer?) {
        func field(_ code: UInt8) -> String? {
            guard let result, let value = PQresultErrorField(result, Int32(code)) else { return nil }
            let text = String(cString: value)
            return text.isEmpty ? nil : text
        }
        let primary = field(UInt8(ascii: "M"))
        let message =
            primary ?? result.flatMap { PQresultErrorMessage($0) }.map { String(cString: $0) }.flatMap(Self.trimmed)
            ?? Self.connectionMessage(connection) ?? "unknown libpq failure"
        self.init(
            sqlState: field(UInt8(ascii: "C")), message: message, detail: field(UInt8(ascii: "D")),
            hint: field(UInt8(ascii: "H")), isConnectionProblem: connection.map { PQstatus($0) == CONNECTION_BAD } ?? true)
    }

    /// A failure that libpq reports on the connection only (connecting, sending, consuming input).
    init(connection: OpaquePointer?, fallback: String) {
        self.init(
            message: Self.connectionMessage(connection) ?? fallback,
            isConnectionProblem: connection.map { PQstatus($0) == CONNECTION_BAD } ?? true)
    }

    static let closed = PQError(message: "the connection is closed", isConnectionProblem: true)

    /// A connection that could not be made, from libpq's verbose message (`PQConnection.complete`): the SQLSTATE of the
    /// server's refusal, if it sent one (the last, when libpq tried several hosts), and the message as libpq's default
    /// verbosity gives it — without the code after the severity and without the LOCATION line.
    static func connectFailure(_ connection: OpaquePointer) -> PQError {
        let (message, sqlState) = connectMessage(connectionMessage(connection) ?? "cannot connect to PostgreSQL")
        return PQError(sqlState: sqlState, message: message, isConnectionProblem: true)
    }

    /// Splits a verbose connection message (`… failed: FATAL:  53300: sorry, too many clients already` and a
    /// `LOCATION:  InitProcess, proc.c:359` line) into the default one and the last SQLSTATE it holds. The labels are in
    /// the server's or libpq's language, so only the layout is relied on: two spaces after the severity, the code's
    /// five characters and `: `, a location's `function, file:line`.
    static func connectMessage(_ verbose: String) -> (message: String, sqlState: String?) {
        var sqlState: String?
        var lines: [String] = []
        for line in verbose.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.wholeMatch(of: #/[^:]+:  [^ ,]+, [^ :]+:[0-9]+/#) != nil { continue }
            var text = String(line)
            if let found = text.firstMatch(of: #/:  ([0-9A-Z]{5}): /#) {
                sqlState = String(found.output.1)
                text.replaceSubrange(found.range, with: ":  ")
            }
            lines.append(text)
        }
        return (trimmed(lines.joined(separator: "\n")) ?? verbose, sqlState)
    }

    static func connectionMessage(_ connection: OpaquePointer?) -> String? {
        guard let connection, let text = PQerrorMessage(connection) else { return nil }
        return trimmed(String(cString: text))
    }

    /// libpq ends its messages with a newline, and may prefix the severity (`ERROR:  `).
    static func trimmed(_ text: String) -> String? {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        for prefix in ["ERROR:  ", "FATAL:  ", "PANIC:  "] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        return text.isEmpty ? nil : String(text)
    }
}
