import Foundation
import Guidance

/// `neuvo.config.json` beside the database: the advice point each OS user works at, remembered from the
/// first start. Per user, because advisors of several points may share one database.
struct AdvisorConfig: Codable, Equatable {
    static let name = "neuvo.config.json"

    var points: [String: String] = [:]

    static func path(besideDatabase database: String) -> String {
        (database as NSString).deletingLastPathComponent.nonEmpty(or: ".") + "/" + name
    }

    /// The config at `path`; empty when there is none yet.
    static func load(_ path: String, strings: Strings) throws -> AdvisorConfig {
        guard let data = FileManager.default.contents(atPath: path) else { return AdvisorConfig() }
        do {
            return try JSONDecoder().decode(AdvisorConfig.self, from: data)
        } catch {
            throw Failure(message: strings(.configUnreadable, ["path": path, "reason": "\(error)"]))
        }
    }

    /// Writes the whole file anew and renames it into place, so a crash leaves the old one or the new one.
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temporary = "\(path).\(getpid()).tmp"
        try encoder.encode(self).write(to: URL(fileURLWithPath: temporary))
        chmod(temporary, 0o600)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure(message: "\(path): \(String(cString: strerror(errno)))")
        }
    }
}

extension String {
    func nonEmpty(or fallback: String) -> String { isEmpty ? fallback : self }
}
