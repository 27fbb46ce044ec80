import Foundation
import Guidance
import Store
import XLSX

/// What the app runs for the day browser's effects (`App.run`): the store reads, and the report written to a file.
extension BrowserPeriod {
    /// The period's figures, the comparison period's and the trend lines, in one read with one audit row.
    func load(from log: any ContactLog, point: String?, _ context: AppContext) throws -> Outcome {
        .browsed(try log.browse(
            from: from, to: to, comparedWith: compared(today: context.today), series: seriesDays(today: context.today), point: point,
            by: context.actor("browser")))
    }
}

extension ReportExport {
    /// The file, absolute: a relative path is taken from the current directory, `~` and `~/` from `$HOME` (as the
    /// shell takes them — not the account's home directory, which may differ), and in the demo the file's name begins
    /// with `DEMO-` (added when the typed name does not).
    func absolutePath(
        home: String? = ProcessInfo.processInfo.environment["HOME"], currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        var expanded = path
        if let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") {
            expanded = (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
        } else if path.hasPrefix("~") {
            expanded = (path as NSString).expandingTildeInPath  // `~user/…`
        }
        if !expanded.hasPrefix("/") { expanded = currentDirectory + "/" + expanded }
        guard isDemo else { return expanded }
        let name = (expanded as NSString).lastPathComponent
        guard !name.uppercased().hasPrefix(Self.demoPrefix) else { return expanded }
        return ((expanded as NSString).deletingLastPathComponent as NSString).appendingPathComponent(Self.demoPrefix + name)
    }

    /// Writes the period's report as `neuvo report --format …` prints it (`ReportFormat.document`, or the workbook of
    /// `ReportFormat.workbook`), never over an
    /// existing file, and records in the audit log that it was written. A file that cannot be written is named in
    /// the outcome and nothing is recorded. The HTML page's previous period is the command's
    /// (`ReportPeriod.compared`), not the browser's comparison, so that the file equals the command's output.
    func write(from log: any ContactLog, _ context: AppContext) throws -> Outcome {
        let path = absolutePath()
        do {
            var previous: Report?
            if document.needsComparison {
                let before = ReportPeriod.compared(from: period.from, to: period.to, today: context.today)
                previous = try log.report(from: before.from, to: before.to, point: point, by: context.actor("browser"))
            }
            try log.writeReport(from: period.from, to: period.to, point: point, file: path, by: context.actor("browser")) { report in
                if document == .xlsx {
                    // The workbook `neuvo report --format xlsx` writes, put in place whole and never over a file.
                    let book = context.reportFormat.workbook(report, comparedWith: previous)
                    do {
                        try XLSXFile.create(path, replacing: false) { try $0.write(book) }
                    } catch let failure as XLSXFailure {
                        throw ReportFile.Failure(code: failure.code)
                    }
                    return
                }
                try ReportFile.create(path, contents: try context.reportFormat.document(report, as: document, comparedWith: previous))
            }
        } catch let failure as ReportFile.Failure {
            let s = context.strings
            return .failed(failure.code == EEXIST
                ? s(.browserExportExists, ["path": path])
                : s(.browserExportFailed, ["path": path, "reason": String(cString: strerror(failure.code))]))
        }
        return .reportExported(path: path)
    }
}

/// A new file with the given contents, or an errno naming why not.
enum ReportFile {
    struct Failure: Error { let code: Int32 }

    /// Creates `path` (never replacing a file), writes `contents` and closes it; on a failed write the file is removed.
    static func create(_ path: String, contents: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        var bytes = Array(contents.utf8)[...]
        var failed: Int32?
        while !bytes.isEmpty, failed == nil {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { failed = errno }
            } else {
                bytes = bytes.dropFirst(written)
            }
        }
        if close(descriptor) != 0, failed == nil { failed = errno }
        if let failed {
            unlink(path)
            throw Failure(code: failed)
        }
    }
}
