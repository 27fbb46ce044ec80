import Foundation
import Guidance
import Screens
import Store

/// What neuvo keeps on this machine for this OS user, beside a database but outside it: `$XDG_STATE_HOME/neuvo/`
/// (`~/.local/state/neuvo/` by default), a directory of mode 0700 with files of mode 0600.
enum LocalState {
    /// `$XDG_STATE_HOME/neuvo/<name>-<database>.json`: one file per database, named by a hash of its location (without
    /// a password).
    static func path(_ name: String, database location: String, environment: [String: String]) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: a stable name, not a secret
        for byte in PostgresLog.redacted(location).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return state + "/neuvo/" + name + "-" + String(hash, radix: 16) + ".json"
    }

    /// Writes `data` in place of what the file held: whole or not at all.
    static func write(_ data: Data, to path: String, what: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]),
              rename(temporary, path) == 0
        else {
            unlink(temporary)
            throw Failure(message: "\(path): cannot keep \(what) (\(String(cString: strerror(errno))))")
        }
    }
}

/// One JSON file of `LocalState`: a value of this OS user's kept on this machine for a database.
struct LocalFile<Value: Codable> {
    let path: String
    /// What the file keeps, for the message when it cannot be written.
    let what: String

    init(_ name: String, database location: String, what: String, environment: [String: String]) {
        path = LocalState.path(name, database: location, environment: environment)
        self.what = what
    }

    /// The value kept, or nil when there is none (or it cannot be read).
    func read() -> Value? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Value.self, from: data)
    }

    /// Writes `value` in place of what the file held: whole or not at all.
    func write(_ value: Value) throws {
        try LocalState.write(try JSONEncoder().encode(value), to: path, what: what)
    }

    func remove() {
        unlink(path)
    }
}

/// When this OS user was last asked the mood question and eNPS on this database (`MoodAsked`): on this machine, never
/// in the database, which must not say who answered.
struct MoodAskedFile {
    let file: LocalFile<MoodAsked>

    init(database location: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        file = LocalFile("mood-asked", database: location, what: "when the mood question was asked", environment: environment)
    }

    /// The demo's: one for every demo database (`neuvo demo` makes a new one each time, in a new temporary folder), so
    /// that the demo, too, asks at most once a day.
    static func demo(environment: [String: String] = ProcessInfo.processInfo.environment) -> MoodAskedFile {
        MoodAskedFile(database: "neuvo demo", environment: environment)
    }

    func read() -> MoodAsked {
        file.read() ?? MoodAsked()
    }

    func save(_ asked: MoodAsked) throws {
        try file.write(asked)
    }
}

/// Kiosk answers the database has not taken yet (it was out of reach), each as its CSV fields — a day, a point and
/// the answer, never a time — until the next start saves them.
struct LocalAnswers {
    let file: LocalFile<[[String]]>

    init(database location: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        file = LocalFile("unsaved-feedback", database: location, what: "the unsaved answers", environment: environment)
    }

    /// Writes `records` in place of what the file held (removes it when there are none).
    func keep(_ records: [EvaluationRecord]) throws {
        guard !records.isEmpty else { return file.remove() }
        try file.write(records.map(EvaluationCSV.fields))
    }

    /// The answers an earlier run kept (those this data/ no longer reads are left out).
    func read(points: Set<String>) -> [EvaluationRecord] {
        let columns = RecordKind.feedback.columns
        return (file.read() ?? []).compactMap { row in
            try? EvaluationCSV.record(.feedback, from: Dictionary(uniqueKeysWithValues: zip(columns, row)), points: points)
        }
    }
}
