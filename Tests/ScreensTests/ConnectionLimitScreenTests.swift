import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// The server at its connection limit under open screens (CONTRACT §12): a save the server refuses to reconnect for is
/// kept as when the server is away, one line names the limit and whom to tell, and the save goes through once there is
/// room. Given a server of 4 connections (the last kept for superusers), the screens' own session ended by the server,
/// and every other slot taken …
@Suite(.serialized)
struct ConnectionLimitScreenTests {
    /// A private cluster of 4 connections, one kept for superusers, with a database `neuvo init` made.
    static func tinyServer() throws -> (PostgresCluster, uri: String) {
        let cluster = try PostgresCluster.start(settings: ["max_connections": "4", "superuser_reserved_connections": "1"])
        try cluster.createLogin("neuvo_owner", createRole: true)
        try cluster.createLogin("others")
        let uri = try cluster.createDatabase(owner: "neuvo_owner")
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog)
        return (cluster, uri)
    }

    /// The server filled around the one session of `neuvo_owner`, which it then ended (`HeldConnections.fullAroundSession`).
    static func fullAroundSession(_ cluster: PostgresCluster) throws -> (others: HeldConnections, superuser: HeldConnections) {
        try HeldConnections.fullAroundSession(of: "neuvo_owner", cluster, others: "others")
    }

    @Test func aSaveRefusedForTheConnectionLimitIsKeptNamedAndWrittenOnceThereIsRoom() throws {
        let (cluster, uri) = try Self.tinyServer()
        defer { try? cluster.stop() }
        let harness = try AppHarness(language: .en, log: try ContactLogs.open(uri, catalog: Fixtures.catalog))
        harness.type("n11<enter>11<enter>")
        let (others, superuser) = try Self.fullAroundSession(cluster)
        // When the advisor saves
        harness.type("<f2>")
        // Then the form is done, its contact kept on the machine, and one line says the server is full and to tell IT
        #expect(harness.app.pendingSaves.count == 1)
        #expect(harness.app.top is TodayScreen, "the form is done; the advisor goes on")
        let screen = harness.screen()
        let line = try #require(screen.split(separator: "\n").first { $0.contains("Server full") }, "\(screen)")
        #expect(line.contains("max_connections") && line.contains("tell IT") && line.contains("1 waiting, kept on this machine"), "\(line)")
        #expect(!screen.contains("FATAL") && !screen.contains("53300"))
        // … and stays so while the server is full
        #expect(!harness.app.refreshIfOthersSaved() || harness.app.pendingSaves.count == 1)
        #expect(harness.app.pendingSaves.count == 1)
        // When a slot is given back, Then the contact is written, once, and the line goes
        others.release(1)
        #expect(SharedDatabaseTests.refreshes(harness, within: 20))
        #expect(harness.app.pendingSaves.isEmpty)
        #expect(try harness.contacts().count == 1)
        #expect(!harness.screen().contains("Server full"))
        _ = superuser
    }

    @Test func theBoardSaysTheServerIsFullAndKeepsItsFigures() throws {
        let (cluster, uri) = try Self.tinyServer()
        defer { try? cluster.stop() }
        let log = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        let board = BoardTests.board(log, language: .en)
        #expect(board.refresh(force: true))
        let (others, superuser) = try Self.fullAroundSession(cluster)
        #expect(!board.refresh(force: true))
        let note = try #require(board.standingNote)
        #expect(note.contains("Server full") && note.contains("max_connections"), "\(note)")
        #expect(board.figures != nil, "the figures read before stay on the wall")
        others.release(1)
        let deadline = Date().addingTimeInterval(20)
        while !board.refresh(force: true) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(board.standingNote == nil)
        _ = superuser
    }
}
