import Foundation
import Testing
import TestSupport

/// A full or read-only disk (CONTRACT §12, issue 21): a backup that cannot be written leaves no file; an import that
/// does not fit says so in one line, exits 1 and leaves the database whole, and goes through once there is room. Each on
/// a small tmpfs of its own.
@Suite(.serialized, .enabled(if: SmallDisk.canMount, "needs root (CAP_SYS_ADMIN) to mount a small tmpfs as the full disk"))
struct FullDiskTests {
    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    static let diskFull = "neuvo: the disk is full: nothing was saved and the database is whole – free some space (or ask IT) and try again\n"

    @Test func aBackupOntoAFullOrReadOnlyDiskIsRefusedInOneLineAndLeavesNoFile() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try BackupCommandTests.database(in: directory)
        let before = try BackupCommandTests.report(db)
        let full = try SmallDisk(size: "64k")
        defer { full.remove() }
        let onFull = try Self.neuvo(["backup", "--to", full.path + "/b.sqlite", "--db", db])
        #expect(onFull.status == 1, "\(onFull.stdout)\(onFull.stderr)")
        #expect(onFull.stderr == "neuvo: \(full.path)/b.sqlite: the disk is full, no backup was made and nothing was left behind – free some space or choose another disk\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: full.path) == [])

        let readOnly = try SmallDisk(size: "1m", options: ["ro"])
        defer { readOnly.remove() }
        let onReadOnly = try Self.neuvo(["backup", "--to", readOnly.path + "/b.sqlite", "--db", db])
        #expect(onReadOnly.status == 1)
        #expect(onReadOnly.stderr == "neuvo: \(readOnly.path)/b.sqlite: cannot write the backup (Read-only file system); nothing was left behind\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path) == [])
        // The database backed up is whole and says the same.
        #expect(try DatabaseFaultTests.integrity(db) == "ok")
        #expect(try BackupCommandTests.report(db) == before)
    }

    @Test func anImportOntoAFullDiskSaysSoInOneLineLeavesTheDatabaseWholeAndGoesThroughOnceThereIsRoom() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let disk = try SmallDisk(size: "4m")
        defer { disk.remove() }
        let db = disk.path + "/neuvo.sqlite"
        let small = directory.appendingPathComponent("small.csv").path
        let count = try DatabaseFaultTests.writeSmallCSV(small, rows: 5)
        #expect(try Self.neuvo(["import", small, "--db", db]).status == 0)
        let report = try BackupCommandTests.report(db)
        let big = directory.appendingPathComponent("big.csv").path
        try DatabaseFaultTests.demoCSV(seed: 11, days: 400).write(toFile: big, atomically: true, encoding: .utf8)

        // Too big for the room left.
        let tooBig = try Self.neuvo(["import", big, "--db", db])
        #expect(tooBig.status == 1, "\(tooBig.stdout)\(tooBig.stderr)")
        #expect(tooBig.stderr == Self.diskFull, "\(tooBig.stderr)")
        #expect(try DatabaseFaultTests.integrity(db) == "ok")
        #expect(try DatabaseFaultTests.contactCount(db) == count)

        // No room at all: even five contacts.
        disk.fill()
        let noRoom = try Self.neuvo(["import", small, "--db", db])
        #expect(noRoom.status == 1 && noRoom.stderr == Self.diskFull, "\(noRoom.stdout)\(noRoom.stderr)")
        #expect(!noRoom.stderr.contains("SQLite"))
        disk.makeRoom()
        #expect(try DatabaseFaultTests.integrity(db) == "ok")
        #expect(try BackupCommandTests.report(db) == report)
        #expect(try DatabaseFaultTests.contactCount(db) == count)
        let again = try Self.neuvo(["import", small, "--db", db])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try DatabaseFaultTests.contactCount(db) == 2 * count)
    }

    /// PostgreSQL's full disk (its 53100, `disk_full`): its tables in a tablespace on a small tmpfs, its write-ahead log
    /// on the cluster's own disk as a region's server has it (a full WAL disk stops the server itself, which
    /// `ServerOutageEndToEndTests` covers). An import that needs a page more than there is room for says so in the same
    /// one line as on SQLite, exits 1 and leaves the database as it was; with room again it goes through.
    @Test func aPostgreSQLImportOntoAFullDiskSaysSoInOneLineLeavesTheDatabaseAsItWasAndGoesThroughOnceThereIsRoom() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cluster = try PostgresCluster.shared
        let disk = try SmallDisk(size: "48m")
        defer { disk.remove() }
        // The tablespace's folder belongs to the server's OS user (`postgres` when the tests run as root).
        let location = disk.path + "/tablespace"
        try FileManager.default.createDirectory(atPath: location, withIntermediateDirectories: false)
        if getuid() == 0 { try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: location) }
        let db = try Backend.bareDatabase(), name = PostgresCluster.databaseName(db)
        func superuser(_ sql: String) throws {
            let done = try cluster.psql(sql)
            #expect(done.status == 0, "\(sql): \(done.stderr)")
        }
        try superuser("CREATE TABLESPACE \(name) LOCATION '\(location)'")
        // The tables on the small disk, the catalogs not: a connection rewrites the catalogs' cache file
        // (pg_internal.init) in the database's own folder whenever a catalog change dropped it, and on a full disk
        // that is the server's FATAL at connection time, before the import writes a page.
        try superuser("GRANT CREATE ON TABLESPACE \(name) TO neuvo_owner")
        try superuser("ALTER DATABASE \(name) SET default_tablespace = \(name)")
        defer {
            _ = try? cluster.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            _ = try? cluster.psql("DROP TABLESPACE IF EXISTS \(name)")
        }
        let initialised = try Self.neuvo(["init", "--db", db])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let small = directory.appendingPathComponent("small.csv").path
        let count = try DatabaseFaultTests.writeSmallCSV(small, rows: 5)
        #expect(try Self.neuvo(["import", small, "--db", db]).status == 0)
        let report = try BackupCommandTests.report(db)
        func contacts() throws -> String {
            try cluster.psql("SELECT count(*) FROM neuvo.contact", database: name).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        disk.fill()
        let big = directory.appendingPathComponent("big.csv").path
        try DatabaseFaultTests.demoCSV(seed: 11, days: 120).write(toFile: big, atomically: true, encoding: .utf8)
        let noRoom = try Self.neuvo(["import", big, "--db", db])
        #expect(noRoom.status == 1, "\(noRoom.stdout)\(noRoom.stderr)")
        #expect(noRoom.stderr == Self.diskFull, "\(noRoom.stderr)")
        #expect(!noRoom.stderr.contains("PostgreSQL") && !noRoom.stderr.contains("53100"))
        disk.makeRoom()
        #expect(try BackupCommandTests.report(db) == report)
        #expect(try contacts() == String(count))
        let again = try Self.neuvo(["import", big, "--db", db])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Int(contacts()) ?? 0 > count)
        #expect(try Self.neuvo(["audit", "--verify", "--db", db]).status == 0, "the refused import left the audit chain whole")
    }
}
