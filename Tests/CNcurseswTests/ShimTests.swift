import CNcursesw
import Foundation
import Testing

/// The C shim links the wide-character ncurses and its accessors work under strict concurrency.
/// Runs ncurses on a pseudo-screen writing to /dev/null, so it needs no terminal.
@Suite(.serialized)
struct ShimTests {
    @Test func finnishLettersRoundTripThroughTheWideCharacterScreen() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer {
            fclose(output)
            fclose(input)
        }
        let screen = try #require(newterm("xterm-256color", output, input))
        defer {
            endwin()
            delscreen(screen)
        }
        #expect(neuvo_lines() > 0 && neuvo_cols() > 0)
        var rows: Int32 = 0, cols: Int32 = 0
        neuvo_getmaxyx(neuvo_stdscr(), &rows, &cols)
        #expect(rows == neuvo_lines() && cols == neuvo_cols())

        let text = "Järvenpää Åbo"
        let wide = text.unicodeScalars.map { wchar_t($0.value) } + [0]
        #expect(mvwaddwstr(neuvo_stdscr(), 0, 0, wide) != neuvo_err())
        var read: [wchar_t] = []
        for column in 0..<Int32(text.unicodeScalars.count) {
            var cell = cchar_t()
            #expect(mvwin_wch(neuvo_stdscr(), 0, column, &cell) != neuvo_err())
            read.append(cell.chars.0)
        }
        #expect(String(String.UnicodeScalarView(read.compactMap { Unicode.Scalar(UInt32($0)) })) == text)
        #expect(neuvo_color_pair(1) != 0)
        #expect(neuvo_key_resize() > 0)
    }
}
