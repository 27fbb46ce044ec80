import CLibpq
import Foundation

/// A `NOTIFY` received on a channel this connection `LISTEN`s to.
public struct PQNotification: Sendable, Equatable {
    /// The channel name, as the server spells it (unquoted identifiers are lower case).
    public var channel: String
    /// The payload; empty when the sender gave none.
    public var payload: String
    /// The server process id of the sending connection (its `backendPID`).
    public var pid: Int32

    public init(channel: String, payload: String, pid: Int32) {
        self.channel = channel
        self.payload = payload
        self.pid = pid
    }
}

extension PQConnection {
    /// The notifications that have arrived, without waiting: reads what is waiting on the socket, then
    /// returns every notification libpq holds (also those that arrived during earlier statements), oldest
    /// first. Listen first with `exec("LISTEN " + PQConnection.quoteIdentifier(channel))`.
    public func notifications() throws(PQError) -> [PQNotification] {
        try withHandle { connection throws(PQError) in
            guard PQconsumeInput(connection) == 1 else {
                throw PQError(connection: connection, fallback: "cannot read from the server")
            }
            return Self.takeNotifications(connection)
        }
    }

    /// Waits up to `timeout` seconds for at least one notification and returns those that have arrived (an
    /// empty array when none came in time). The thread sleeps in `poll()` on the socket meanwhile. The
    /// connection stays locked for the wait, so a listener should have a connection of its own.
    public func waitForNotifications(timeout: Double) throws(PQError) -> [PQNotification] {
        try withHandle { connection throws(PQError) in
            let clock = ContinuousClock()
            // Clamped to a year, so that .infinity or a huge value cannot overflow the conversion.
            let seconds = timeout.isNaN ? 0 : min(max(timeout, 0), 365 * 86_400)
            let deadline = clock.now + .milliseconds(Int64((seconds * 1000).rounded(.up)))
            while true {
                // Those read during earlier statements first: they are not on the socket any more.
                guard PQconsumeInput(connection) == 1 else {
                    throw PQError(connection: connection, fallback: "cannot read from the server")
                }
                let found = Self.takeNotifications(connection)
                let remaining = deadline - clock.now
                if !found.isEmpty || remaining <= .zero { return found }
                let (seconds, attoseconds) = remaining.components
                let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
                var descriptor = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
                guard descriptor.fd >= 0 else {
                    throw PQError(connection: connection, fallback: "the connection has no socket")
                }
                if poll(&descriptor, 1, milliseconds) < 0 && errno != EINTR {
                    throw PQError(message: "poll() failed: \(String(cString: strerror(errno)))", isConnectionProblem: true)
                }
                // Readable, hung up or timed out: PQconsumeInput at the top tells which.
            }
        }
    }

    /// Drains libpq's queue of notifications, freeing each.
    static func takeNotifications(_ connection: OpaquePointer) -> [PQNotification] {
        var found: [PQNotification] = []
        while let notify = PQnotifies(connection) {
            found.append(
                PQNotification(
                    channel: String(cString: notify.pointee.relname), payload: String(cString: notify.pointee.extra),
                    pid: notify.pointee.be_pid))
            PQfreemem(notify)
        }
        return found
    }
}
