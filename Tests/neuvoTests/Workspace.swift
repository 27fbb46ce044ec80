import Foundation

/// A private directory for the end-to-end tests' databases, removed afterwards; by default with this OS user's
/// advice point already chosen in the config file beside `database` (`point: nil` leaves the first start to ask).
final class Workspace {
    static var user: String { String(cString: getpwuid(geteuid()).pointee.pw_name) }

    let directory: URL
    var database: String { path("neuvo.sqlite") }

    init(point: String? = "jarvenpaa-library") throws {
        directory = try NeuvoProcess.temporaryDirectory()
        if let point {
            try #"{"points": {"\#(Self.user)": "\#(point)"}}"#.write(
                to: directory.appendingPathComponent("neuvo.config.json"), atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func export() throws -> String {
        try NeuvoProcess.run(["export", "--db", database]).stdout
    }
}
