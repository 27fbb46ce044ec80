import ArgumentParser
import Foundation
import Guidance

/// The options every command takes (CONTRACT §5).
struct GlobalOptions: ParsableArguments {
    @Option(help: "The database file (else $NEUVO_DB, else $XDG_DATA_HOME/neuvo/neuvo.sqlite).")
    var db: String?

    @Option(help: "The language: fi, sv or en (else from the locale, else fi).")
    var lang: Language?

    @Flag(help: "Leave the mouse to the terminal (for selecting text): no clicks or taps on the screens (else $NEUVO_MOUSE=0).")
    var noMouse = false

    /// What a command runs with: the validated data, the language and where the database lives.
    func context(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Context {
        // The terminal reads it when it starts (`NcursesTerminal`): the flag and the variable are one setting.
        if noMouse { setenv("NEUVO_MOUSE", "0", 1) }
        let language = lang ?? Language.fromLocale(environment)
        let data = try DataDirectory.locate(environment: environment)
        let catalog = try data.loadCatalog()
        let path = DatabasePath.resolve(option: db, environment: environment)
        return Context(
            catalog: catalog, data: data, language: language, strings: catalog.strings.inLanguage(language),
            databasePath: path.path, databaseIsDefault: path.isDefault)
    }
}

extension Language: ExpressibleByArgument {}

struct Context: Sendable {
    let catalog: Catalog
    let data: DataDirectory
    let language: Language
    let strings: Strings
    let databasePath: String
    /// Not chosen by `--db` or `$NEUVO_DB`: its directory is created when missing.
    let databaseIsDefault: Bool

    /// The same, on another database file.
    func with(databasePath path: String) -> Context {
        Context(catalog: catalog, data: data, language: language, strings: strings, databasePath: path, databaseIsDefault: false)
    }
}

/// Where the database is: `--db`, else `$NEUVO_DB`, else `$XDG_DATA_HOME/neuvo/neuvo.sqlite`,
/// else `~/.local/share/neuvo/neuvo.sqlite`. The same directory holds the pseudonym key.
enum DatabasePath {
    static func resolve(option: String?, environment: [String: String]) -> (path: String, isDefault: Bool) {
        if let option, !option.isEmpty { return (option, false) }
        if let path = environment["NEUVO_DB"], !path.isEmpty { return (path, false) }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return (dataHome + "/neuvo/neuvo.sqlite", true)
    }
}
