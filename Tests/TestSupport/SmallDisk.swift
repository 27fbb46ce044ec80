import Foundation

/// A small tmpfs of its own, for the tests of a full or read-only disk (CONTRACT §12): mounted on a new directory,
/// unmounted and removed by `remove()`. Mounting needs root (CAP_SYS_ADMIN); `canMount` says whether this machine
/// allows it, and the suites that need it are disabled otherwise — which `make test` counts as a failure
/// (Tests/no-skips.sh), so that an untested full disk never passes unnoticed.
public final class SmallDisk: @unchecked Sendable {
    public let path: String

    public struct MountFailed: Error {
        public let status: Int32
    }

    /// Whether a tmpfs can be mounted here (tried once).
    public static let canMount: Bool = {
        guard let disk = try? SmallDisk(size: "64k") else { return false }
        disk.remove()
        return true
    }()

    /// A tmpfs of `size` (mount's syntax: "256k", "2m"), with `options` such as "ro".
    public init(size: String, options: [String] = []) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-disk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let status = Self.run("/bin/mount", ["-t", "tmpfs", "-o", (["size=\(size)", "mode=0777"] + options).joined(separator: ","), "tmpfs", path])
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw MountFailed(status: status)
        }
    }

    /// Fills the disk with one file, `filler`, until no byte more fits.
    public func fill() {
        let fd = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let block = [UInt8](repeating: 0xA5, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        // Byte by byte for the last partial block.
        while write(fd, block, 1) > 0 {}
    }

    /// Makes room again: the filler removed.
    public func makeRoom() {
        unlink(path + "/filler")
    }

    public func remove() {
        _ = Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func run(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
