import ArgumentParser
import Foundation
import Guidance
import Screens

extension Neuvo {
    /// `neuvo key-manual` (hidden): prints the roff section on the screens' keys that `make man` puts into neuvo(1),
    /// from the screens' own key tables, so that the manual lists the keys help lists.
    struct KeyManualCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key-manual",
            abstract: "Print the manual's section on the screens' keys (roff), from the screens' key tables.",
            shouldDisplay: false)

        @Option(help: "The language of the key labels: fi, sv or en.")
        var lang: Language = .en

        func run() throws {
            let data = try DataDirectory.locate(environment: ProcessInfo.processInfo.environment)
            let catalog = try data.loadCatalog()
            guard let point = catalog.points.first else { throw Failure(message: "\(data.path): no advice points") }
            let context = AppContext(
                catalog: catalog, strings: catalog.strings.inLanguage(lang), advisor: "advisor", point: point,
                remembersPoint: false, pseudonym: { _ in "" }, role: .supervisor)
            Output.standard.write(KeyManual.roff(context))
        }
    }
}
