import Foundation
import PQ

/// Connections held open on a test cluster, to bring the server to its connection limit: taken at once, given back by
/// `release` (or when this goes away).
public final class HeldConnections: @unchecked Sendable {
    private var connections: [PQConnection] = []
    private let cluster: PostgresCluster
    private let user: String?

    /// Connects as `user` (the superuser when nil) until the server refuses, or `limit` are held.
    public init(_ cluster: PostgresCluster, as user: String? = nil, limit: Int = 50) {
        self.cluster = cluster
        self.user = user
        while connections.count < limit, let connection = try? PQConnection(uri: cluster.uri(database: "postgres", user: user)) {
            connections.append(connection)
        }
    }

    deinit { release() }

    /// A server of 4 connections, one kept for superusers, filled around the one open session of `login` (nothing else
    /// connected), whose session is then ended by the server: its reconnection is refused ("remaining connection slots
    /// are reserved") until `others` gives a slot back. Returns the connections of the login `others` (one) and the
    /// superuser's (two, the last slot among them).
    public static func fullAroundSession(
        of login: String, _ cluster: PostgresCluster, others: String
    ) throws -> (others: HeldConnections, superuser: HeldConnections) {
        let superuser = HeldConnections(cluster, limit: 1)
        // Processes that connected a moment ago (init, psql) may not have gone yet: the session and this one only.
        try superuser.waitForClients(2)
        let held = HeldConnections(cluster, as: others)
        // The superusers' slot: a backend that has just left pg_stat_activity may hold its slot a moment longer.
        let deadline = Date().addingTimeInterval(5)
        while superuser.count < 2 && Date() < deadline {
            superuser.take(1)
            if superuser.count < 2 { usleep(20_000) }
        }
        guard held.count == 1, superuser.count == 2 else {
            throw PostgresCluster.Failure(message: "the server was not filled: \(held.count) + \(superuser.count) held")
        }
        guard try superuser.terminate(login: login) == 1 else { throw PostgresCluster.Failure(message: "no session of \(login) to end") }
        return (held, superuser)
    }

    /// Connects `count` more, as the same user.
    public func take(_ count: Int) {
        for _ in 0..<count {
            guard let connection = try? PQConnection(uri: cluster.uri(database: "postgres", user: user)) else { return }
            connections.append(connection)
        }
    }

    /// Waits (at most 20 seconds) until the server has `count` client sessions, this one's included.
    public func waitForClients(_ count: Int) throws {
        guard let connection = connections.first else { throw PostgresCluster.Failure(message: "no connection held") }
        let deadline = Date().addingTimeInterval(20)
        while try connection.exec("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'").int(0, 0) != count {
            guard Date() < deadline else { throw PostgresCluster.Failure(message: "the server did not come to \(count) sessions") }
            usleep(20_000)
        }
    }

    public var count: Int { connections.count }

    /// Closes `count` of the connections (all when nil). Their server processes free their slots a moment later.
    public func release(_ count: Int? = nil) {
        let closing = connections.suffix(count ?? connections.count)
        connections.removeLast(closing.count)
        closing.forEach { $0.close() }
    }

    /// Ends every session of `login` from the first connection held (a superuser's, to be allowed to), waiting until
    /// their server processes have gone; returns how many it ended. Their clients learn it at their next statement.
    @discardableResult
    public func terminate(login: String) throws -> Int {
        guard let connection = connections.first else { throw PostgresCluster.Failure(message: "no connection held") }
        return try connection.exec(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) FROM pg_stat_activity WHERE usename = $1", [login]
        ).int(0, 0) ?? 0
    }
}
