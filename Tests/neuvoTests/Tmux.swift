import Foundation

/// The real binary in a real terminal: a private tmux server, driven with send-keys and read with
/// capture-pane, waiting for what is expected against a deadline — never for a fixed time.
final class Tmux {
    let socket = "neuvo-test-\(UUID().uuidString.prefix(8))"

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts a shell in a `width` × `height` window; `command` is then typed into it.
    init(width: Int = 100, height: Int = 30) throws {
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "bash --norc --noprofile"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink("/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Runs `neuvo arguments…` in the shell, in a UTF-8 locale and a 256-colour terminal, then prints its
    /// exit status as `EXITED n`.
    func start(neuvo arguments: String, environment: [String: String] = [:]) throws {
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
        let line = "env LANG=C.UTF-8 TERM=xterm-256color \(extra)\(NeuvoProcess.binary.path) \(arguments); echo EXITED $?"
        try tmux(["send-keys", "-t", "0", "-l", line])
        try send("Enter")
    }

    /// Keys as tmux names them: `Up`, `F2`, `Enter`, `q`.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    /// Polls the screen until `condition` holds or `seconds` pass; the last screen is returned either way.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: (String) -> Bool) throws -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (true, last) }
            usleep(50_000)
        } while Date() < deadline
        return (false, last)
    }

    func waitFor(_ text: String, seconds: Double = 10) throws -> (found: Bool, screen: String) {
        try waitFor(seconds: seconds) { $0.contains(text) }
    }

    /// The process running in the pane's shell (neuvo, while it runs).
    func childProcess() throws -> pid_t? {
        let shell = try tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Spawned with posix_spawn and reaped with waitpid: the tmux server that `new-session` starts lives on
    /// with whatever descriptors it inherits, which would keep Foundation's `Process` waiting for ever.
    /// Output goes to a file that only stdout and stderr point at.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["/usr/bin/tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = NeuvoProcess.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The test runner's threads block signals, and a spawned process inherits the mask: give tmux (and so
        // neuvo) an empty mask and default handlers, as a login shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, envp) == 0 else {
            throw TmuxFailed(message: "cannot start tmux")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // Exited normally with status 0: the low 7 bits are 0 (no signal), the next 8 the exit status.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { throw TmuxFailed(message: text) }
        return text
    }

    struct TmuxFailed: Error { let message: String }
}
