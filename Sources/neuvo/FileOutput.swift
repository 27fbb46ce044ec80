import Foundation
import Guidance
import XLSX

/// Where `report` and `export` write: standard output, or `--output FILE` written whole or not at all (a temporary
/// file beside it, renamed into place; a path that cannot be written is exit 1 and leaves nothing behind).
enum FileOutput {
    /// `--format xlsx` with nowhere to go but a terminal: a workbook is binary.
    static func refuseWorkbookOnTerminal(output: String?) throws {
        guard output == nil, isatty(STDOUT_FILENO) == 1 else { return }
        throw Failure.usage(
            "--format xlsx writes a binary workbook, not text for a terminal: redirect standard output to a file "
                + "(… --format xlsx > report.xlsx) or give --output FILE")
    }

    /// Text (`report`'s other formats, `export`'s CSV): to standard output, or to `path` through `write`'s `Output`.
    static func text(to path: String?, _ write: (Output) throws -> Void) throws {
        guard let path else { return try write(.standard) }
        let url = URL(fileURLWithPath: path)
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw cannotWrite(path, errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o644 & ~mask)
        var closed = false
        do {
            // A failed write (a full disk) ends the command with the file not in place.
            let failure = FailureBox()
            try write(Output { text in
                var bytes = Array(text.utf8)[...]
                while failure.code == nil, !bytes.isEmpty {
                    let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                    if written < 0 {
                        if errno != EINTR { failure.code = errno }
                    } else {
                        bytes = bytes.dropFirst(written)
                    }
                }
            })
            if let code = failure.code { throw cannotWrite(path, code) }
            closed = true
            guard close(descriptor) == 0 else { throw cannotWrite(path, errno) }
            guard rename(temporary, path) == 0 else { throw cannotWrite(path, errno) }
        } catch {
            if !closed { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// A workbook: to `path`, or to standard output (never a terminal: `refuseWorkbookOnTerminal`).
    static func workbook(to path: String?, _ body: (XLSXWriter) throws -> Void) throws {
        do {
            if let path {
                try XLSXFile.create(path, replacing: true, body)
            } else {
                try XLSXFile.write(to: STDOUT_FILENO, body)
            }
        } catch let failure as XLSXFailure {
            throw cannotWrite(path ?? "standard output", failure.code, failure.library)
        }
    }

    static func cannotWrite(_ path: String, _ code: Int32, _ detail: String? = nil) -> Failure {
        Failure(message: "cannot write \(path): \(String(cString: strerror(code)))" + (detail.map { " (\($0))" } ?? ""))
    }
}

/// The first write error of an `Output` closure.
private final class FailureBox: @unchecked Sendable {
    var code: Int32?
}
