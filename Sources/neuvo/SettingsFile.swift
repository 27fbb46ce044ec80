import Foundation
import Guidance

/// A small JSON file beside the database (the advisors' points, the roles): read whole, written whole.
protocol SettingsFile: Codable {
    static var name: String { get }
    /// The file's mode: private, or readable by all for what is not secret.
    static var mode: mode_t { get }
    init()
}

extension SettingsFile {
    static func path(besideDatabase database: String) -> String {
        (database as NSString).deletingLastPathComponent.nonEmpty(or: ".") + "/" + name
    }

    /// The file at `path`; empty when there is none yet.
    static func read(_ path: String, strings: Strings) throws -> Self {
        guard let data = FileManager.default.contents(atPath: path) else { return Self() }
        do {
            return try JSONDecoder().decode(Self.self, from: data)
        } catch {
            throw Failure(message: strings(.configUnreadable, ["path": path, "reason": "\(error)"]))
        }
    }

    /// Writes the whole file anew and renames it into place, so a crash leaves the old one or the new one.
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temporary = "\(path).\(getpid()).\(UUID().uuidString).tmp"
        try encoder.encode(self).write(to: URL(fileURLWithPath: temporary))
        chmod(temporary, Self.mode)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure(message: "\(path): \(String(cString: strerror(errno)))")
        }
    }
}

extension String {
    func nonEmpty(or fallback: String) -> String { isEmpty ? fallback : self }
}
