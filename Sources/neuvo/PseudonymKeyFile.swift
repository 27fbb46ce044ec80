import Foundation
import Guidance

/// The installation's pseudonym key on SQLite: 32 random bytes in `pseudonym.key` beside the database, created once
/// with mode 0600 in a directory of mode 0700, never rewritten — but by `neuvo copy` into a database that holds no
/// contacts yet. (On PostgreSQL the key lives in the database, read by no neuvo role.)
enum PseudonymKeyFile {
    static let name = "pseudonym.key"

    /// The directory of the key that goes with the database file at `path`.
    static func directory(besideDatabase path: String) -> String {
        (path as NSString).deletingLastPathComponent.nonEmpty(or: ".")
    }

    /// Loads the key in `directory`, creating the directory and the key when there is none yet.
    static func loadOrCreate(in directory: String) throws -> PseudonymKey {
        PseudonymKey(bytes: try loadOrCreateBytes(in: directory))!
    }

    /// The key's bytes, as `loadOrCreate` finds or makes them.
    static func loadOrCreateBytes(in directory: String) throws -> [UInt8] {
        let path = directory + "/" + name
        if !FileManager.default.fileExists(atPath: path) {
            try create(at: path, directory: directory)
        }
        guard let bytes = FileManager.default.contents(atPath: path), PseudonymKey(bytes: bytes) != nil else {
            throw Failure(message: "\(path): not a pseudonym key (\(PseudonymKey.byteCount) bytes expected)")
        }
        return [UInt8](bytes)
    }

    /// Puts `bytes` in place of the key in `directory` (the caller has made sure no contact's pseudonym was made with it).
    static func replace(with bytes: [UInt8], in directory: String) throws {
        let path = directory + "/" + name
        let temporary = try writePrivately(bytes, beside: path, directory: directory)
        defer { unlink(temporary) }
        guard rename(temporary, path) == 0 else {
            throw Failure(message: "\(path): cannot write the pseudonym key (\(String(cString: strerror(errno))))")
        }
    }

    /// Another key than the one to place is already in the directory (`place`).
    struct OtherKey: Error {
        let path: String
    }

    /// Puts the key `bytes` in `directory` unless the same key is there already (true when it was written). Another
    /// key there is `OtherKey`, changed in nothing: a backup beside another installation's key must not replace it.
    static func place(_ bytes: [UInt8], in directory: String) throws -> Bool {
        let path = directory + "/" + name
        if let found = FileManager.default.contents(atPath: path) {
            guard [UInt8](found) == bytes else { throw OtherKey(path: path) }
            return false
        }
        let temporary = try writePrivately(bytes, beside: path, directory: directory)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            guard errno == EEXIST else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return try place(bytes, in: directory)
        }
        return true
    }

    private static func create(at path: String, directory: String) throws {
        // Written in full to a file of its own (per process and call) first, then linked into place: link() fails if a key is
        // already there, so two processes starting at once never see half a key or write two.
        let temporary = try writePrivately(PseudonymKey.randomBytes(), beside: path, directory: directory)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw Failure(message: "\(path): cannot create the pseudonym key (\(String(cString: strerror(errno))))")
        }
    }

    /// `bytes` in a new file of mode 0600 beside `path`, synced; returns its path.
    private static func writePrivately(_ bytes: [UInt8], beside path: String, directory: String) throws -> String {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(message: "\(directory): cannot create the data directory (\(error.localizedDescription))")
        }
        let temporary = "\(path).\(getpid()).\(UUID().uuidString).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw Failure(message: "\(path): cannot create the pseudonym key (\(String(cString: strerror(errno))))")
        }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced else {
            unlink(temporary)
            throw Failure(message: "\(path): cannot write the pseudonym key")
        }
        return temporary
    }
}
