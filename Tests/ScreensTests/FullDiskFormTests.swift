import Foundation
import Guidance
import Store
import Testing
import TestSupport

@testable import Screens

/// The form on a full disk (CONTRACT §12, issue 21): the save the database cannot take for lack of space is kept in
/// memory as a waiting save (the path a busy or unreachable database takes), the standing line says the disk is full,
/// and the contact is saved once — when there is room again. On a small tmpfs of its own.
@Suite(.serialized, .enabled(if: SmallDisk.canMount, "needs root (CAP_SYS_ADMIN) to mount a small tmpfs as the full disk"))
struct FullDiskFormTests {
    @Test func aSaveOnAFullDiskIsKeptAndSavedOnceThereIsRoom() throws {
        let disk = try SmallDisk(size: "2m")
        defer { disk.remove() }
        let log = try SQLiteLog.open(path: disk.path + "/neuvo.sqlite", catalog: Fixtures.catalog, lockWait: 0.1)
        defer { try? log.close() }
        let harness = try AppHarness(language: .en, log: log)
        disk.fill()
        harness.type(ContactFormTests.typicalWalkIn)
        #expect(harness.app.pendingSaves.count == 1, "the form is kept as a waiting save")
        #expect(harness.screen().contains("Disk full since"), "\(harness.screen())")
        #expect(!harness.screen().contains("SQLite"))
        _ = harness.app.refreshIfOthersSaved()
        #expect(harness.app.pendingSaves.count == 1, "still no room: still waiting")
        disk.makeRoom()
        #expect(SharedDatabaseTests.refreshes(harness))
        #expect(harness.app.pendingSaves.isEmpty)
        #expect(try harness.contacts().count == 1, "saved once")
        #expect(try SQLiteIntegrity.isWhole(disk.path + "/neuvo.sqlite"))
    }
}

/// `PRAGMA integrity_check` through a connection of its own.
enum SQLiteIntegrity {
    static func isWhole(_ path: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-batch", path, "PRAGMA integrity_check"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines) == "ok"
    }
}
