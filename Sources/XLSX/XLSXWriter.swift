import CXlsxwriter
import Foundation
import Guidance

/// A workbook being written through libxlsxwriter, a row at a time (its constant-memory mode: each row goes to a
/// temporary file as it is written, so a hundred thousand contacts never sit in memory as cells). Text is written
/// with `worksheet_write_string` only — never as a formula, whatever it begins with — and numbers with their
/// `Workbook.NumberStyle`. `XLSXFile` puts the finished file in place.
public final class XLSXWriter {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [Workbook.NumberStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private let bold: UnsafeMutablePointer<lxw_format>
    private var sheet: UnsafeMutablePointer<lxw_worksheet>?
    private var sheetNames: [String] = []
    /// The sheet being written: its name, widths, frozen rows and top rows, repeated on a continuation sheet.
    private var current: (name: String, widths: [Double], frozenRows: Int, top: [[Workbook.Cell]])?
    private var row: UInt32 = 0
    private var failure: lxw_error = LXW_NO_ERROR
    private var closed = false

    /// A spreadsheet's rows: a sheet that would have more goes on in another of the same name and columns.
    public static let maxRows: UInt32 = 1_048_576
    /// The longest text a cell holds; a longer one is cut there.
    public static let maxText = 32_767

    /// A workbook that `close()` writes to `path`.
    init(path: String) throws(XLSXFailure) {
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 1)
        guard let workbook = path.withCString({ workbook_new_opt($0, &options) }) else {
            throw XLSXFailure(code: errno == 0 ? ENOMEM : errno)
        }
        self.workbook = workbook
        bold = workbook_add_format(workbook)
        format_set_bold(bold)
        for style in Workbook.NumberStyle.allCases {
            let format = workbook_add_format(workbook)!
            format_set_num_format(format, style.rawValue)
            formats[style] = format
        }
    }

    deinit {
        // A workbook never closed (a failed export) frees its memory and temporary files; `close` writes the file.
        if !closed { lxw_workbook_free(workbook) }
    }

    /// Starts a sheet: its columns' widths, its top rows (written at once) and how many rows stay in view.
    public func beginSheet(_ name: String, columnWidths: [Double], frozenRows: Int, top: [[Workbook.Cell]] = []) throws(XLSXFailure) {
        let unique = Workbook.sheetName(name, taken: sheetNames)
        sheetNames.append(unique)
        guard let sheet = unique.withCString({ workbook_add_worksheet(workbook, $0) }) else { throw XLSXFailure(code: ENOMEM) }
        self.sheet = sheet
        current = (name, columnWidths, frozenRows, top)
        row = 0
        for (column, width) in columnWidths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
        if frozenRows > 0 { worksheet_freeze_panes(sheet, lxw_row_t(frozenRows), 0) }
        for cells in top { try write(cells) }
    }

    /// Writes one row below the last.
    public func write(_ cells: [Workbook.Cell]) throws(XLSXFailure) {
        if row == Self.maxRows, let current {
            try beginSheet(current.name, columnWidths: current.widths, frozenRows: current.frozenRows, top: current.top)
        }
        guard let sheet else { preconditionFailure("a row before a sheet") }
        for (column, cell) in cells.enumerated() {
            let col = lxw_col_t(column)
            let result: lxw_error
            switch cell {
            case .empty: continue
            case .text(let text): result = Self.string(sheet, row, col, text, nil)
            case .heading(let text): result = Self.string(sheet, row, col, text, bold)
            case .number(let value, let style): result = worksheet_write_number(sheet, row, col, value, formats[style])
            }
            guard result == LXW_NO_ERROR else { throw XLSXFailure(library: result) }
        }
        row += 1
    }

    /// A text cell: at most `maxText` characters (counted as the file counts them, in UTF-16), never a formula.
    private static func string(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ col: lxw_col_t, _ text: String, _ format: UnsafeMutablePointer<lxw_format>?
    ) -> lxw_error {
        var text = text
        if text.utf16.count > maxText {
            var count = 0, end = text.startIndex
            for i in text.indices {
                count += text[i].utf16.count
                if count > maxText { break }
                end = text.index(after: i)
            }
            text = String(text[..<end])
        }
        return worksheet_write_string(sheet, row, col, text, format)
    }

    /// Writes the file and frees the workbook.
    func close() throws(XLSXFailure) {
        closed = true
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else { throw XLSXFailure(library: result) }
    }

    /// A whole workbook, sheet by sheet.
    public func write(_ book: Workbook) throws(XLSXFailure) {
        for sheet in book.sheets {
            try beginSheet(sheet.name, columnWidths: sheet.columnWidths, frozenRows: sheet.frozenRows)
            for cells in sheet.rows { try write(cells) }
        }
    }
}

/// Why a workbook was not written: an errno (a directory that is not there, a full disk, no permission), or what
/// libxlsxwriter said.
public struct XLSXFailure: Error, CustomStringConvertible {
    public let code: Int32
    public let library: String?

    init(code: Int32) {
        self.code = code
        library = nil
    }

    init(library error: lxw_error) {
        code = errno == 0 ? EIO : errno
        library = String(cString: lxw_strerror(error))
    }

    public var description: String { String(cString: strerror(code)) }
}
