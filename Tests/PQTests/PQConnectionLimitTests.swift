import Foundation
import Testing
import TestSupport

@testable import PQ

/// A server at its connection limit refuses a new connection with SQLSTATE 53300 (too_many_connections), which libpq
/// gives only in a verbose message: `PQConnection` asks for one while it connects, so that the code is known whatever
/// language the server speaks, and hands on the message as libpq's default verbosity has it.
@Suite("PQ connection limits", .serialized)
struct PQConnectionLimitTests {
    /// A private cluster of 4 connections, the last one kept for superusers, and the login `anna`.
    static func tinyCluster() throws -> PostgresCluster {
        let cluster = try PostgresCluster.start(settings: ["max_connections": "4", "superuser_reserved_connections": "1"])
        try cluster.createLogin("anna")
        return cluster
    }

    /// Connections as `user` until the server refuses one (at most `limit`): they hold the slots while kept.
    static func fill(_ cluster: PostgresCluster, as user: String, limit: Int = 10) -> [PQConnection] {
        var held: [PQConnection] = []
        while held.count < limit, let connection = try? PQConnection(uri: cluster.uri(database: "postgres", user: user)) {
            held.append(connection)
        }
        return held
    }

    /// `body` again until it succeeds or 20 seconds have passed: a closed connection's server process frees its slot a
    /// moment after the client has gone.
    static func eventually<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(20)
        while true {
            do {
                return try body()
            } catch where Date() < deadline {
                usleep(20_000)
            }
        }
    }

    @Test("the slots left for superusers, then a full server: each refusal carries 53300 and the server's own words")
    func refusals() throws {
        let cluster = try Self.tinyCluster()
        defer { try? cluster.stop() }
        // Given every slot but the superuser's taken by a login
        let logins = Self.fill(cluster, as: "anna")
        #expect(logins.count == 3)
        // When the login asks for another, Then the server refuses it for the slots it keeps
        let reserved = try #require(throws: PQError.self) { try PQConnection(uri: cluster.uri(database: "postgres", user: "anna")) }
        #expect(reserved.sqlState == "53300")
        #expect(reserved.message.contains("remaining connection slots are reserved"), "\(reserved.message)")
        #expect(reserved.isConnectionProblem)
        // … and the message reads as libpq's default one: no code after the severity, no LOCATION line
        #expect(!reserved.message.contains("53300") && !reserved.message.contains("LOCATION") && !reserved.message.contains("\n"))
        #expect(reserved.message.contains("FATAL:  remaining"), "\(reserved.message)")
        // When the superuser takes the last slot and asks for one more, Then the server is full
        let last = Self.fill(cluster, as: "postgres")
        #expect(last.count == 1)
        let full = try #require(throws: PQError.self) { try PQConnection(uri: cluster.uri(database: "postgres")) }
        #expect(full.sqlState == "53300")
        #expect(full.message.contains("sorry, too many clients already"), "\(full.message)")
        // Once there is room again (two slots: one is kept for superusers), a connection is made as ever
        logins.prefix(2).forEach { $0.close() }
        let again = try Self.eventually { try PQConnection(uri: cluster.uri(database: "postgres", user: "anna")) }
        #expect(try again.exec("SELECT 1").int(0, 0) == 1)
        _ = last
    }

    @Test("reconnecting to a full server throws its refusal; once there is room it reconnects, prepared statements anew")
    func reconnect() throws {
        let cluster = try Self.tinyCluster()
        defer { try? cluster.stop() }
        let db = try PQConnection(uri: cluster.uri(database: "postgres", user: "anna"))
        #expect(try db.exec("SELECT $1::int + 1", ["1"]).int(0, 0) == 2)
        // Given its session ended by the server, and its slot taken by others meanwhile
        let admin = try PQConnection(uri: cluster.uri(database: "postgres"))
        #expect(try admin.exec("SELECT pg_terminate_backend($1, 10000)", [String(db.backendPID)]).bool(0, 0) == true)
        let others = Self.fill(cluster, as: "anna")
        #expect(others.count == 2, "the superuser's connection takes one of the 3 slots open to logins")
        #expect(throws: PQError.self) { try db.exec("SELECT 1") }
        // When it reconnects, Then the server's refusal comes back with its code
        let refused = try #require(throws: PQError.self) { try db.reconnect() }
        #expect(refused.sqlState == "53300", "\(refused)")
        #expect(!db.isConnected)
        #expect(!db.reset())
        // When a slot is free again, Then it reconnects, and a statement prepared before is prepared again
        others.forEach { $0.close() }
        try Self.eventually { try db.reconnect() }
        #expect(db.isConnected)
        #expect(try db.exec("SELECT $1::int + 1", ["2"]).int(0, 0) == 3)
    }

    @Test("a verbose message in another language still gives its code, and loses the code and the location")
    func verboseMessage() {
        let swedish = """
            anslutning till server på uttag "/tmp/x/.s.PGSQL.5432" misslyckades: FATALT:  53300: ledsen, för många klienter redan
            PLATS:  InitProcess, proc.c:359

            """
        let (message, sqlState) = PQError.connectMessage(swedish)
        #expect(sqlState == "53300")
        #expect(message == #"anslutning till server på uttag "/tmp/x/.s.PGSQL.5432" misslyckades: FATALT:  ledsen, för många klienter redan"#)
        // Two hosts tried in turn: the last refusal's code; a failure before any server spoke has none.
        let twoHosts = """
            connection to server at "10.0.0.1", port 5432 failed: FATAL:  57P03: the database system is starting up
            LOCATION:  ProcessStartupPacket, postmaster.c:2413
            connection to server at "10.0.0.2", port 5432 failed: FATAL:  53300: sorry, too many clients already
            LOCATION:  InitProcess, proc.c:359
            """
        #expect(PQError.connectMessage(twoHosts).sqlState == "53300")
        #expect(PQError.connectMessage(twoHosts).message.split(separator: "\n").count == 2)
        let none = PQError.connectMessage(#"connection to server on socket "/nowhere/.s.PGSQL.5432" failed: No such file or directory"#)
        #expect(none.sqlState == nil)
        #expect(none.message.hasSuffix("No such file or directory"))
    }

    @Test("a server that never answers is given up after connect_timeout, as libpq's own wait would")
    func connectTimeout() throws {
        // A socket that listens and never accepts: the kernel takes the connection, no server answers it.
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let listener = try listeningSocket(at: directory + "/.s.PGSQL.5432")
        defer { close(listener) }
        let error = try #require(throws: PQError.self) {
            try PQConnection(uri: "postgresql:///neuvo?host=\(directory)&user=postgres&connect_timeout=2")
        }
        #expect(error.isConnectionProblem)
        #expect(error.sqlState == nil)
        #expect(error.message.contains("timeout expired"), "\(error.message)")
    }

    private func makeTemporaryDirectory() throws -> String {
        var template = Array("/tmp/neuvo-pq.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw SocketFailure(message: "mkdtemp failed") }
        return String(cString: made)
    }

    private func listeningSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SocketFailure(message: "socket failed") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in path.utf8.prefix(bytes.count - 1).enumerated() { bytes[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else {
            close(descriptor)
            throw SocketFailure(message: "cannot listen on \(path): \(String(cString: strerror(errno)))")
        }
        return descriptor
    }
}

struct SocketFailure: Error {
    let message: String
}
