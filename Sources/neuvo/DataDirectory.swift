import Foundation
import Guidance

/// The `data/` folder: `$NEUVO_DATA`, else `share/neuvo/data` beside the installed binary,
/// else the `data/` of the source checkout the binary was built from.
struct DataDirectory: Sendable {
    let path: String

    static func locate(environment: [String: String]) throws -> DataDirectory {
        if let path = environment["NEUVO_DATA"], !path.isEmpty {
            return DataDirectory(path: path)
        }
        var candidates: [String] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../share/neuvo/data").path)
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../data").standardized.path
        candidates.append(checkout)
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate + "/" + Catalog.vocabularyFile) {
            return DataDirectory(path: candidate)
        }
        throw Failure(message: "data directory not found (looked in \(candidates.joined(separator: ", "))); set NEUVO_DATA")
    }

    /// The demo calibration, read only by the commands that make synthetic data.
    func loadDemoCalibration(vocabulary: Vocabulary) throws -> DemoCalibration {
        try load(DemoCalibration.file) { data throws(Catalog.Invalid) in try DemoCalibration.load(data, vocabulary: vocabulary) }
    }

    /// The trainers' personas, read only by `neuvo demo`.
    func loadPersonas(catalog: Catalog) throws -> [Persona] {
        try load(Persona.file) { data throws(Catalog.Invalid) in try Persona.load(data, catalog: catalog) }
    }

    /// A data file read only by some commands: a missing or invalid one stops them, naming the file and the key.
    private func load<T>(_ file: String, _ read: (Data) throws(Catalog.Invalid) -> T) throws -> T {
        guard let data = FileManager.default.contents(atPath: path + "/" + file) else {
            throw Failure(message: "\(path)/\(file): file not found")
        }
        do throws(Catalog.Invalid) {
            return try read(data)
        } catch {
            throw Self.invalid(error.problems, in: path)
        }
    }

    static func invalid(_ problems: [DataProblem], in path: String) -> Failure {
        let lines = problems.map { "  \(path)/\($0)" }
        return Failure(message: "the data in \(path) is not valid (\(problems.count) problems):\n" + lines.joined(separator: "\n"))
    }

    /// Reads and validates every data file; any problem stops the program, naming the file and the key.
    func loadCatalog() throws -> Catalog {
        var contents: [String: Data] = [:]
        for file in Catalog.files {
            contents[file] = FileManager.default.contents(atPath: path + "/" + file)
        }
        do {
            return try Catalog.load(contents)
        } catch {
            throw Self.invalid(error.problems, in: path)
        }
    }
}
