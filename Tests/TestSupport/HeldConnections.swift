import Foundation
import PQ

/// Connections held open on a test cluster, to bring the server to its connection limit: taken at once, given back by
/// `release` (or when this goes away).
public final class HeldConnections: @unchecked Sendable {
    private var connections: [PQConnection] = []
    private let cluster: PostgresCluster

    /// Connects as `user` (the superuser when nil) until the server refuses, or `limit` are held.
    public init(_ cluster: PostgresCluster, as user: String? = nil, limit: Int = 50) {
        self.cluster = cluster
        while connections.count < limit, let connection = try? PQConnection(uri: cluster.uri(database: "postgres", user: user)) {
            connections.append(connection)
        }
    }

    deinit { release() }

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
