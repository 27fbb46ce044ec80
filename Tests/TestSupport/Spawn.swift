import Foundation

/// Programs the tests run as a shell would.
public enum Spawn {
    /// Runs a program to its end and returns its status (128 + the signal, when one ended it) and output.
    /// posix_spawn, not Foundation's Process: a program that leaves a daemon running with its descriptors (`pg_ctl
    /// start`, `tmux new-session`) keeps Process waiting on its pipes for ever. Output goes to files; the child gets
    /// default signal handling and an empty signal mask, not the test runner's, as from a login shell.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let stem = "\(NSTemporaryDirectory())/neuvo-spawn-\(UUID().uuidString)"
        let outPath = stem + ".out", errPath = stem + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw PostgresCluster.Failure(message: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        // The low 7 bits are the signal that ended it (0: it exited), the next 8 the exit status.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f
        return (code, stdout, stderr)
    }
}
