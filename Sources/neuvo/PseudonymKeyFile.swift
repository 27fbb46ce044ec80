import Foundation
import Guidance

/// The installation's pseudonym key: 32 random bytes in `pseudonym.key` beside the database,
/// created once with mode 0600 in a directory of mode 0700, never rewritten.
enum PseudonymKeyFile {
    static let name = "pseudonym.key"

    /// Loads the key in `directory`, creating the directory and the key when there is none yet.
    static func loadOrCreate(in directory: String) throws -> PseudonymKey {
        let path = directory + "/" + name
        if !FileManager.default.fileExists(atPath: path) {
            try create(at: path, directory: directory)
        }
        guard let bytes = FileManager.default.contents(atPath: path), let key = PseudonymKey(bytes: bytes) else {
            throw Failure(message: "\(path): not a pseudonym key (\(PseudonymKey.byteCount) bytes expected)")
        }
        return key
    }

    private static func create(at path: String, directory: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(message: "\(directory): cannot create the data directory (\(error.localizedDescription))")
        }
        // Written in full to a file of its own (per process and call) first, then linked into place: link() fails if a key is
        // already there, so two processes starting at once never see half a key or write two.
        let temporary = "\(path).\(getpid()).\(UUID().uuidString).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw Failure(message: "\(path): cannot create the pseudonym key (\(String(cString: strerror(errno))))")
        }
        defer { unlink(temporary) }
        let bytes = PseudonymKey.randomBytes()
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced else {
            throw Failure(message: "\(path): cannot write the pseudonym key")
        }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw Failure(message: "\(path): cannot create the pseudonym key (\(String(cString: strerror(errno))))")
        }
    }
}
