import Foundation
import Guidance

/// What the CSV fuzz targets (`make fuzz`, Fuzz/) feed their bytes to, as `neuvo import` and `neuvo feedback import`
/// read a file: UTF-8 or refused, a byte order mark dropped, then the reader. The corpus replay test calls the same.
/// This file is compiled into the fuzz package too (Fuzz/Sources/NeuvoFiles), with ContactFile.swift and
/// RecordFile.swift, beside a small `Context` of its own.
enum FileFuzzEntry {
    static func text(_ data: Data) -> String? {
        guard var text = String(validating: data, as: UTF8.self) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// A contact file, read to its end as an import reads it; the number of good contacts, or nil when refused.
    @discardableResult
    static func contacts(_ data: Data, context: Context) -> Int? {
        guard let text = text(data), let file = try? ContactFile(text: text, context: context) else { return nil }
        var count = 0
        do {
            while let chunk = try file.next() { count += chunk.count }
        } catch {
            _ = file.finish()
            return nil
        }
        _ = file.finish()
        return count
    }

    /// A feedback, mood or staffing file; the number of records, or nil when refused.
    @discardableResult
    static func records(_ data: Data, kind: RecordKind, context: Context) -> Int? {
        guard let text = text(data), let read = try? RecordFile.read(text: text, kind: kind, context: context) else { return nil }
        return read.problems.isEmpty ? read.records.count : nil
    }

    /// A file of the CSV kind `handoffs` (CONTRACT §9); the number of handoffs, or nil when refused.
    @discardableResult
    static func handoffs(_ data: Data, context: Context) -> Int? {
        guard let text = text(data), let read = try? RecordFile.readHandoffs(text: text, context: context) else { return nil }
        return read.problems.isEmpty ? read.records.count : nil
    }
}
