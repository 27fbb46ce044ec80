import Foundation

/// Where a workbook goes, never half-written: libxlsxwriter writes a temporary file beside the destination, which
/// is then renamed (or linked) into place, so a failure leaves no partial file and the destination as it was.
public enum XLSXFile {
    /// Writes the workbook `body` builds to `path`. `replacing`: an existing file is replaced at once (`rename`);
    /// else an existing file is an `EEXIST` failure and left alone (`link`, which never replaces).
    public static func create(_ path: String, replacing: Bool, _ body: (XLSXWriter) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = try write(in: url.deletingLastPathComponent().path, name: url.lastPathComponent, body)
        defer { unlink(temporary) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw XLSXFailure(code: errno) }
        } else {
            guard link(temporary, path) == 0 else { throw XLSXFailure(code: errno) }
        }
    }

    /// Writes the workbook to an open descriptor (standard output), by way of a temporary file that is removed.
    public static func write(to descriptor: Int32, _ body: (XLSXWriter) throws -> Void) throws {
        let temporary = try write(in: NSTemporaryDirectory(), name: "neuvo.xlsx", body)
        defer { unlink(temporary) }
        let input = open(temporary, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw XLSXFailure(code: errno) }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw XLSXFailure(code: errno)
            }
            if count == 0 { return }
            var done = 0
            while done < count {
                let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + done, count - done) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw XLSXFailure(code: errno)
                }
                done += written
            }
        }
    }

    /// A finished workbook in a new temporary file of `directory` (readable as a new file would be), its path.
    private static func write(in directory: String, name: String, _ body: (XLSXWriter) throws -> Void) throws -> String {
        var template = Array(((directory.isEmpty ? "." : directory) + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw XLSXFailure(code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o644 & ~mask)
        close(descriptor)
        do {
            let writer = try XLSXWriter(path: temporary)
            try body(writer)
            try writer.close()
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }
}
