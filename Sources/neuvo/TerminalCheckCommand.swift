import ArgumentParser
import Foundation
import Guidance
import Terminal

extension Neuvo {
    /// `neuvo terminal-check`: shows whether this terminal draws Finnish letters, wide characters and the
    /// styles correctly, and names every key pressed — for the person setting up an advice point's computer.
    struct TerminalCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "terminal-check",
            abstract: "Check that this terminal shows Finnish letters, wide characters and colours, and reads the keys.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try global.context()
            try AdvisorApp.requireTerminal(context)
            let terminal = NcursesTerminal()
            defer { terminal.stop() }
            var lastKey: Key?
            while true {
                terminal.present(Self.render(size: terminal.size, lastKey: lastKey, strings: context.strings))
                // No key without a timeout: the terminal is gone (a closed window, a lost SSH session), so end
                // rather than spin.
                guard let key = terminal.readKey(timeout: nil) else { return }
                if key == .character("q") || key == .control("c") { return }
                if key != .resize { lastKey = key }
            }
        }

        /// The check screen for a terminal of `size`; below 80 × 24 only a request to make it bigger.
        static func render(size: Size, lastKey: Key?, strings: Strings) -> Canvas {
            var canvas = Canvas(size: size)
            guard size.isBigEnough else {
                let message = strings(.terminalTooSmall, ["size": "\(size.width) × \(size.height)"])
                canvas.putWrapped(message, x: 0, y: 0, width: size.width, style: .warning)
                return canvas
            }
            canvas.clear(y: 0, height: 1, style: .header)
            canvas.put(strings(.terminalCheckTitle), x: 1, y: 0, style: .header)
            canvas.put(strings(.terminalCheckLetters), x: 2, y: 2)
            canvas.put(strings(.terminalCheckSample), x: 4, y: 3)
            var x = 4
            for (style, name) in zip(Style.allCases, strings(.terminalCheckStyles).split(separator: "|").map(String.init)) {
                x += canvas.put(" \(name) ", x: x, y: 5, style: style) + 1
            }
            canvas.put(strings(.terminalCheckSize, ["size": "\(size.width) × \(size.height)"]), x: 2, y: 7)
            canvas.put(strings(.terminalCheckLastKey, ["key": lastKey?.name ?? "–"]), x: 2, y: 8)
            canvas.put(strings(.terminalCheckKeys), x: 1, y: size.height - 1, style: .muted)
            // The cursor on the line that changes with each key: where a screen reader or magnifier looks.
            canvas.focus(x: 2, y: 8)
            return canvas
        }
    }
}
