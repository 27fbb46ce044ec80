import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo backup --to FILE [--force]`: a consistent copy of a SQLite database while others write (CONTRACT §12).
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Back up a SQLite database into one file, consistent while screens and imports keep writing.",
            discussion: """
                The copy is written beside FILE and put in place only when whole, so no partial file is ever left. The \
                pseudonym key goes beside it (pseudonym.key in FILE's directory), so that returning clients are still \
                recognised after a restore. On PostgreSQL, use pg_dump (see the README).
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "The backup file to write (its directory must exist).")
        var to: String

        @Flag(help: "Replace FILE when it exists.")
        var force = false

        func run() throws {
            let context = try global.context()
            let strings = context.strings
            // Nothing written: a script that took exit 0 for a backup made would keep none (CONTRACT §5's failed operation).
            guard !ContactLogs.isPostgres(context.databasePath) else { throw Failure(message: strings(.backupPostgres)) }
            let target = to
            let directory = PseudonymKeyFile.directory(besideDatabase: target)
            let files = FileManager.default
            var isDirectory: ObjCBool = false
            if files.fileExists(atPath: target, isDirectory: &isDirectory) {
                guard !isDirectory.boolValue else { throw Failure(message: strings(.backupIsDirectory, ["file": target])) }
                guard force else { throw Failure(message: strings(.backupExists, ["file": target])) }
            }
            guard files.fileExists(atPath: context.databasePath) else {
                throw Failure(message: strings(.backupNoDatabase, ["path": context.databasePath]))
            }
            if Self.sameFile(target, context.databasePath) { throw Failure.usage(strings(.backupSame, ["file": target])) }
            guard files.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Failure(message: strings(.dbMissingDirectory, ["directory": directory]))
            }
            guard access(directory, W_OK | X_OK) == 0 else {
                throw Failure(message: strings(.backupCannotWrite, ["file": target, "reason": String(cString: strerror(errno))]))
            }
            let log = try context.openLog()
            defer { try? log.close() }
            guard let sqlite = log as? SQLiteLog else { throw Failure(message: strings(.backupPostgres)) }
            let key = try PseudonymKeyFile.loadOrCreateBytes(in: PseudonymKeyFile.directory(besideDatabase: context.databasePath))
            let temporary = directory + "/." + (target as NSString).lastPathComponent + ".\(getpid()).partial"
            defer { Import.remove(database: temporary) }
            let keyPlaced: Bool
            let contacts: Int
            do {
                contacts = try sqlite.backup(into: temporary, target: target, by: context.actor("backup"))
                keyPlaced = try PseudonymKeyFile.place(key, in: directory)
                // As private as the database: the copy holds every contact.
                guard chmod(temporary, 0o600) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                try Self.syncFile(temporary)
                guard rename(temporary, target) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                try? Self.syncFile(directory)
            } catch StoreError.diskFull {
                throw Failure(message: strings(.backupDiskFull, ["file": target]))
            } catch let error as PseudonymKeyFile.OtherKey {
                throw Failure(message: strings(.backupOtherKey, ["key": error.path]))
            } catch let error as POSIXError where error.code == .ENOSPC {
                throw Failure(message: strings(.backupDiskFull, ["file": target]))
            } catch let error as POSIXError {
                throw Failure(message: strings(.backupCannotWrite, ["file": target, "reason": String(cString: strerror(error.code.rawValue))]))
            } catch let error as StoreError {
                throw Failure(message: context.message(for: error))
            }
            let keyPath = directory + "/" + PseudonymKeyFile.name
            Output.standard(strings(.backupDone, ["count": String(contacts), "file": target]) + "\n")
            Output.standard(strings(keyPlaced ? .backupKeyWritten : .backupKeyThere, ["key": keyPath]) + "\n")
        }

        /// Whether the two paths name one file (the database backed up onto itself).
        static func sameFile(_ a: String, _ b: String) -> Bool {
            var first = stat(), second = stat()
            guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }

        /// fsync of a file or a directory: the copy is on the disk before its name is.
        static func syncFile(_ path: String) throws {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }
}
