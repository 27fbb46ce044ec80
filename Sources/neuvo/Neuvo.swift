import ArgumentParser
import Foundation
import Guidance
import Store

/// The `neuvo` command: the terminal UI by default, and the subcommands of CONTRACT §5.
@main
struct Neuvo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neuvo",
        abstract: "Walk-in social and health advice: log contacts, segment clients, follow the measures.",
        subcommands: [
            Demo.self, Board.self, Feedback.self, Segment.self, Import.self, Export.self, Report.self, DemoData.self, Audit.self, Settings.self, Roles.self, Init.self,
            Copy.self, TerminalCheck.self, KeyManualCommand.self, HandoffCommand.self, Handoffs.self, Queue.self,
            ClientData.self, Retention.self,
            Backup.self,
            Check.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AdvisorApp.run(try global.context())
    }

    /// Runs the command with CONTRACT §5's exit statuses: 0 success, 1 bad input or a failed
    /// operation (one line on stderr), 2 bad usage.
    static func main() {
        if let place = IdentityCodeArguments.firstCode(in: Array(CommandLine.arguments.dropFirst())) {
            // Said before anything is parsed or opened, and without the code: the refusal must not repeat it.
            let message = strings()?(.argumentIdentityCode, ["place": String(place)])
                ?? "argument \(place) is a personal identity code: give it on standard input (- in its place), never on the command line"
            Output.standardError.write("neuvo: \(message)\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            ExitNotice.flush()
        } catch let failure as Failure {
            ExitNotice.flush()
            Output.standardError.write("neuvo: \(failure.message)\n")
            Foundation.exit(failure.status)
        } catch let error as StoreError {
            ExitNotice.flush()
            // A refusal met while a command worked (the server's, a lost connection), in the user's language.
            Output.standardError.write("neuvo: \(strings()?.message(for: error) ?? "\(error)")\n")
            Foundation.exit(1)
        } catch let code as ExitCode where !code.isSuccess {
            // A command that said all it had to on stdout and ends with a status of its own (`neuvo check`).
            ExitNotice.flush()
            Foundation.exit(code.rawValue)
        } catch where StoreError.temporary(error) != nil {
            ExitNotice.flush()
            // Met as SQLite's or the server's own error (a full disk, a lock held too long): said in the user's words.
            let temporary = StoreError.temporary(error)!
            Output.standardError.write("neuvo: \(strings()?.message(for: temporary) ?? "\(temporary)")\n")
            Foundation.exit(1)
        } catch {
            ExitNotice.flush()
            let code = exitCode(for: error)
            if code == .success {
                Output.standard.write(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            Output.standardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }

    /// The texts in the language the command line asked for (`--lang`), else the locale's.
    private static func strings() -> Strings? {
        let arguments = CommandLine.arguments
        let lang = arguments.firstIndex(of: "--lang").flatMap { arguments.indices.contains($0 + 1) ? ["--lang", arguments[$0 + 1]] : nil }
        return try? GlobalOptions.parse(lang ?? []).context().strings
    }
}

/// Bad input or a failed operation (exit status 1), or bad usage found while running (2),
/// with this message on stderr.
struct Failure: Error {
    let message: String
    var status: Int32 = 1

    static func usage(_ message: String) -> Failure { Failure(message: message, status: 2) }
}

/// A note said once on stderr as the program ends (after the screens, so that it is not drawn over): that the locale
/// was switched to UTF-8.
enum ExitNotice {
    nonisolated(unsafe) private static var message: String?

    static func say(_ text: String) { message = text }

    static func flush() {
        guard let text = message else { return }
        message = nil
        Output.standardError.write("neuvo: \(text)\n")
    }
}
