import Foundation
import Guidance

/// The `data/` folder: `$NEUVO_DATA`, else `share/neuvo/data` beside the installed binary (found from
/// `/proc/self/exe`), else the `data/` of the source checkout the binary was built from.
struct DataDirectory: Sendable {
    let path: String

    static func locate(environment: [String: String], executable: String? = Self.executablePath()) throws -> DataDirectory {
        if let path = environment["NEUVO_DATA"], !path.isEmpty {
            return DataDirectory(path: path)
        }
        let candidates = Self.candidates(executable: executable)
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate + "/" + Catalog.vocabularyFile) {
            return DataDirectory(path: candidate)
        }
        throw Failure(message: "data directory not found (looked in \(candidates.joined(separator: ", "))); set NEUVO_DATA")
    }

    /// Where the data folder may be, in order: `share/neuvo/data` beside an installed binary, the `data/` of the
    /// package whose `.build` tree holds a development build, and the checkout this file was compiled from.
    static func candidates(executable: String?) -> [String] {
        var candidates: [String] = []
        if let executable {
            let directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
            candidates.append(directory.appendingPathComponent("../share/neuvo/data").standardized.path)
            var ancestor = directory
            while ancestor.path != "/" {
                if ancestor.lastPathComponent == ".build" {
                    candidates.append(ancestor.deletingLastPathComponent().appendingPathComponent("data").path)
                    break
                }
                ancestor = ancestor.deletingLastPathComponent()
            }
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../data").standardized.path
        if !candidates.contains(checkout) { candidates.append(checkout) }
        return candidates
    }

    /// The running binary, symbolic links resolved, from `/proc/self/exe` — not `Bundle.main`, which stops the
    /// process when the binary's own directory cannot be read.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
