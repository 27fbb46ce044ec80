import Foundation
import Guidance

/// Starts measured from outside, as a user meets them: a program spawned on a fresh pseudo-terminal (a session of its
/// own, the pty its controlling terminal), timed from just before the exec until the text that its first full frame
/// draws last has come out of the pty.
enum PtyStart {
    struct Failed: Error, CustomStringConvertible { let description: String }

    /// How the program is told to stop once its frame has come.
    enum Stop {
        /// Keys typed on the pty (htop's `q`).
        case keys(String)
        /// SIGTERM (neuvo gives the terminal back and ends; `q` would ask the leaving advisor's mood question first).
        case terminate
    }

    /// `POSIX_SPAWN_SETSID` (glibc ≥ 2.26), a macro Swift does not import.
    static let setsid: Int32 = 0x80

    /// The pseudo-terminal calls of libc, which Swift's Glibc module leaves out (they need `_XOPEN_SOURCE`): looked up
    /// by name instead.
    static func libc<F>(_ name: String, as type: F.Type) throws -> F {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw Failed(description: "libc has no \(name)") }
        return unsafeBitCast(symbol, to: type)
    }

    /// A new pseudo-terminal: its master side, and the path of the side a program opens.
    static func open() throws -> (master: Int32, path: String) {
        let openpt = try libc("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        let grantpt = try libc("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        let unlockpt = try libc("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        let ptsname = try libc("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
        let master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failed(description: "posix_openpt: \(String(cString: strerror(errno)))") }
        var name = [CChar](repeating: 0, count: 128)
        guard grantpt(master) == 0, unlockpt(master) == 0, ptsname(master, &name, name.count) == 0 else {
            close(master)
            throw Failed(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        return (master, String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Milliseconds from the spawn to `marker` on the pty's output (compared without escape sequences, spaces or
    /// control characters, so that however the terminal library spaces a line, `F1 Help` is `F1Help`).
    static func once(
        _ executable: String, _ arguments: [String], environment: [String: String], marker: String, stop: Stop,
        rows: Int = 40, columns: Int = 120, timeout: Double = 10
    ) throws -> Double {
        let (master, terminalPath) = try open()
        defer { close(master) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the pty (without O_NOCTTY) makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failed(description: "\(executable): \(String(cString: strerror(spawned)))") }

        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var elapsed: Double?
        let wanted = Array(marker.utf8.filter { $0 > 0x20 })
        let deadline = start + UInt64(timeout * 1e9)
        while elapsed == nil, DispatchTime.now().uptimeNanoseconds < deadline {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 20) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }  // the program ended (EIO) before its frame
            output += buffer[0..<count]
            if contains(visible(output), wanted) { elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
        }

        switch stop {
        case .keys(let keys): _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        case .terminate: kill(pid, SIGTERM)
        }
        // Reads what it writes while it ends (so it never blocks on a full pty), then waits; SIGKILL after 5 s.
        var status: Int32 = 0
        let end = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
        while waitpid(pid, &status, WNOHANG) == 0 {
            if DispatchTime.now().uptimeNanoseconds > end {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 10) > 0, read(master, &buffer, buffer.count) <= 0 { usleep(1000) }
        }
        guard let elapsed else {
            let seen = String(decoding: visible(output), as: UTF8.self).suffix(300)
            throw Failed(description: "\(executable) drew no \"\(marker)\" within \(timeout) s; it showed: \(seen)")
        }
        return elapsed
    }

    /// The printable bytes of terminal output: escape sequences (CSI, OSC, charset and keypad selections), spaces and
    /// control characters left out.
    static func visible(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x1B, i + 1 < bytes.count {
                switch bytes[i + 1] {
                case UInt8(ascii: "["):
                    i += 2
                    while i < bytes.count, !(0x40...0x7E).contains(bytes[i]) { i += 1 }
                    i += 1
                case UInt8(ascii: "]"):
                    i += 2
                    while i < bytes.count, bytes[i] != 0x07, !(bytes[i] == 0x1B && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\\")) { i += 1 }
                    i += bytes.indices.contains(i) && bytes[i] == 0x1B ? 2 : 1
                case UInt8(ascii: "("), UInt8(ascii: ")"): i += 3
                default: i += 2
                }
                continue
            }
            if byte > 0x20, byte != 0x7F { result.append(byte) }
            i += 1
        }
        return result
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

/// neuvo's start from outside — exec to the first full Today frame on a pseudo-terminal, the release build on the
/// database at `database` — beside htop's, each started `count` times the same way (one start of each before, not
/// counted: the pseudonym key is made at a first start, and the files come into the page cache).
@MainActor func measureStarts(neuvo: String, database: String, point: String, count: Int = 50) throws {
    let directory = URL(fileURLWithPath: database).deletingLastPathComponent()
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    // The advisor's point is remembered beside the database, so that the start goes straight to Today.
    try #"{"points": {"\#(user)": "\#(point)"}}"#.write(
        to: directory.appendingPathComponent("neuvo.config.json"), atomically: true, encoding: .utf8)
    let home = directory.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home.path]
    // Today's frame ends with the footer's last key, help.
    func neuvoStart() throws -> Double {
        try PtyStart.once(neuvo, ["--db", database, "--lang", "en"], environment: environment, marker: "F1 Help", stop: .terminate)
    }
    _ = try neuvoStart()
    Latencies(try (0..<count).map { _ in try neuvoStart() }).print(
        "start, exec to the first full Today frame (pty)", target: "p50 < 50 ms")
    let htop = "/usr/bin/htop"
    guard FileManager.default.isExecutableFile(atPath: htop) else { return line("  htop started the same way", "htop is missing: make deps") }
    // htop's first frame ends with its function bar's F10Quit.
    func htopStart() throws -> Double {
        try PtyStart.once(htop, [], environment: environment, marker: "F10Quit", stop: .keys("q"))
    }
    _ = try htopStart()
    Latencies(try (0..<count).map { _ in try htopStart() }).print("  htop started the same way", target: "—")
}

/// `NEUVO_BENCH_ONLY=start`: only the start figures, on a database of `contacts` synthetic contacts made for them
/// (`NEUVO_BENCH_CONTACTS`; the full bench's 1,000,000 when unset), or on an existing one at `NEUVO_BENCH_DB`.
@MainActor func startFiguresOnly(neuvo: String, catalog: Catalog, contacts: Int) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-bench-start-\(getpid())")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    var database = ProcessInfo.processInfo.environment["NEUVO_BENCH_DB"] ?? ""
    if database.isEmpty {
        database = work.appendingPathComponent("neuvo.sqlite").path
        try makeStartDatabase(neuvo: neuvo, at: database, contacts: contacts, work: work)
    }
    print("neuvo bench — the start only, \(ProcessInfo.processInfo.activeProcessorCount) cores, \(database)")
    try measureStarts(neuvo: neuvo, database: database, point: catalog.points[0].code)
}

/// The full bench's three years of synthetic contacts (scaled to `contacts`), made and imported by neuvo, and a day of
/// them today, so that Today has a list to show.
@MainActor func makeStartDatabase(neuvo: String, at database: String, contacts: Int, work: URL) throws {
    let days = 1095, end = CivilDate(iso: "2023-10-26")!
    let weekdays = (0..<days).filter { end.adding(days: -$0).weekday <= 5 }.count
    let volume = Double(contacts) / (Double(weekdays) * 190)
    let csv = work.appendingPathComponent("contacts.csv")
    let made = try seconds {
        try run(neuvo, ["demo-data", "--seed", "2026", "--days", String(days), "--end", end.description, "--volume", String(volume)])
            .write(to: csv, atomically: false, encoding: .utf8)
        try run(neuvo, ["import", csv.path, "--db", database, "--lang", "en"])
        try addToday(neuvo: neuvo, database: database, work: work)
    }
    line("a database for the start", String(format: "%d contacts, made in %.1f s", contacts, made))
}

/// A day of synthetic contacts dated today at every point: the first Today frame lists the day's contacts.
@MainActor func addToday(neuvo: String, database: String, work: URL) throws {
    let today = work.appendingPathComponent("today.csv")
    try run(neuvo, ["demo-data", "--seed", "11", "--days", "1", "--end", RegionClock.helsinki().today.description]).write(to: today, atomically: false, encoding: .utf8)
    try run(neuvo, ["import", today.path, "--db", database, "--lang", "en"])
}
