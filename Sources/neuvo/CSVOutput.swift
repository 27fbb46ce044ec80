import CSV
import Foundation

/// Writes CSV rows to standard output through CSV.swift, which quotes what needs quoting. The writer
/// goes scalar by scalar, so rows are gathered in memory and written out a chunk at a time.
final class CSVOutput {
    private let output: Output
    private var writer: CSVWriter
    private var stream: OutputStream
    private var rowsInChunk = 0
    static let chunkRows = 20_000

    init(output: Output = .standard) throws {
        self.output = output
        (stream, writer) = try Self.memoryWriter()
    }

    private static func memoryWriter() throws -> (OutputStream, CSVWriter) {
        let stream = OutputStream.toMemory()
        return (stream, try CSVWriter(stream: stream))
    }

    func write(_ row: [String]) throws {
        try writer.write(row: row)
        rowsInChunk += 1
        if rowsInChunk == Self.chunkRows { try flush() }
    }

    /// Writes out what is gathered, each row ending in a newline.
    func flush() throws {
        guard rowsInChunk > 0 else { return }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        output(String(decoding: data, as: UTF8.self) + "\n")
        (stream, writer) = try Self.memoryWriter()
        rowsInChunk = 0
    }
}
