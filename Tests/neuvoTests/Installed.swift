import Foundation

/// neuvo laid out as installed, inside a test's own directory: `ROOT/installed/bin/neuvo` (a hard link to the built
/// binary, else a copy) and `ROOT/installed/share/neuvo/data` (a copy of `data/`), readable by every user — so that a
/// test may run it as another user wherever the checkout is. `bin` is 0711: the binary's own directory cannot be
/// listed by anyone but its owner, as in a checkout in a 0700 directory.
enum Installed {
    /// The installed binary's path (made once per `root`).
    static func make(in root: URL) throws -> String {
        let top = root.appendingPathComponent("installed")
        let bin = top.appendingPathComponent("bin"), data = top.appendingPathComponent("share/neuvo/data")
        let binary = bin.appendingPathComponent("neuvo").path
        if FileManager.default.isExecutableFile(atPath: binary) { return binary }
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data.deletingLastPathComponent(), withIntermediateDirectories: true)
        if link(NeuvoProcess.binary.path, binary) != 0 {
            try FileManager.default.copyItem(atPath: NeuvoProcess.binary.path, toPath: binary)
        }
        try FileManager.default.copyItem(at: NeuvoProcess.repository.appendingPathComponent("data"), to: data)
        for directory in [root.path, top.path, top.path + "/share", top.path + "/share/neuvo"] { chmod(directory, 0o755) }
        chmod(bin.path, 0o711)
        chmod(binary, 0o755)
        for path in [data.path] + (try FileManager.default.subpathsOfDirectory(atPath: data.path)).map({ data.path + "/" + $0 }) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            chmod(path, isDirectory.boolValue ? 0o755 : 0o644)
        }
        return binary
    }
}
