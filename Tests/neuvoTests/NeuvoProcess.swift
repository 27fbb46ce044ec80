import Foundation

/// Runs the built `neuvo` binary as a user would, capturing what it prints and its exit status.
struct NeuvoProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The build under test: the binary beside the test bundle (`.build/debug/neuvo`). Never `$NEUVO_BIN` (the report
    /// oracle's choice of binary): a test of another binary would pass for this build; `theBuildUnderTestIsTested`
    /// fails when `$NEUVO_BIN` names another file, so that setting it cannot go unnoticed.
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("neuvo"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("neuvo"),
            repository.appendingPathComponent(".build/debug/neuvo"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// The clean environment every run starts from (tmux's shells too). `NEUVO_NOW` holds the kiosk's day and the mood
    /// question's hour at a morning, so that an advisor quitting in a test is not asked how the day was — whatever the
    /// hour the tests run at; a test of the mood question gives its own.
    static let environment = [
        "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "NEUVO_NOW": "2026-11-23T10:00:00+02:00",
    ]

    /// Runs `neuvo arguments…` (or another program) with `input` on stdin, in a clean environment plus
    /// `environment`, in `directory` (else the repository).
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], executable: String? = nil, in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var env = Self.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
