import Foundation
import Guidance
@testable import Screens
import Testing
import TestSupport

/// The manual's section on the screens' keys, and the Debian package (`make deb`, checked by Tests/package/check.sh).
struct PackageTests {
    /// `neuvo key-manual`, which `make man` puts into neuvo(1), lists every key each screen's help lists: both come
    /// from the screens' key tables.
    @Test func theManualListsEveryKeyHelpLists() throws {
        let result = try NeuvoProcess.run(["key-manual"])
        #expect(result.status == 0, "\(result.stderr)")
        let roff = result.stdout
        #expect(roff.hasPrefix(".Sh \"SCREENS AND KEYS\"\n"))
        let catalog = Fixtures.catalog
        let context = AppContext(
            catalog: catalog, strings: catalog.strings.inLanguage(.en), advisor: "advisor", point: catalog.points[0],
            pseudonym: { _ in "" }, role: .supervisor)
        let screens = KeyManual.screens(context)
        #expect(screens.count >= 10)
        for screen in screens {
            #expect(roff.contains(".Ss \"\(screen.title(context))\"\n"), "no subsection for \(screen.title(context))")
            for key in screen.keyHelp(context) {
                #expect(roff.contains(".It Sy \"\(key.keys)\"\n\(KeyManual.escape(key.label))\n"), "\(screen.title(context)): \(key.keys)")
            }
        }
        #expect(roff.contains(".It Sy \"Ctrl-C\"\n"))
        #expect(roff.contains(".Ss \"neuvo board\"\n"))
        // And what the idle cover does and how to change it, as every screen's help says.
        #expect(roff.contains("neuvo settings --idle-minutes N"), "no idle cover in the manual")
        #expect(roff.components(separatedBy: ".Bl -tag").count == roff.components(separatedBy: ".El\n").count)
    }

    @Test func roffTextIsEscaped() {
        #expect(KeyManual.escape(".hidden") == "\\&.hidden")
        #expect(KeyManual.escape("a\\b") == "a\\eb")
        #expect(KeyManual.quoted("say \"x\"") == "\"say \\(dqx\\(dq\"")
    }

    /// The manual's pages are generated from `--help`, and the generator drops every character outside ASCII ("0–10"
    /// became "010"): each command's help keeps to ASCII.
    @Test func everyCommandsHelpIsASCIIForTheManual() throws {
        let top = try NeuvoProcess.run(["--help"])
        let listed = top.stdout.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let commands = listed.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }
        #expect(commands.count >= 14, "\(commands)")
        for arguments in [["--help"]] + commands.filter { $0 != "See" }.map { [$0, "--help"] } {
            let help = try NeuvoProcess.run(arguments)
            #expect(help.status == 0, "\(arguments)")
            let outside = help.stdout.unicodeScalars.filter { !$0.isASCII }
            #expect(outside.isEmpty, "neuvo \(arguments.joined(separator: " ")): \(String(String.UnicodeScalarView(outside)))")
        }
    }
}
