import Foundation
import Guidance

/// The shipped `data/` folder, loaded once for the tests.
public enum Fixtures {
    public static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../data").standardized

    public static func contents() -> [String: Data] {
        var files: [String: Data] = [:]
        for file in Catalog.files + [DemoCalibration.file] {
            files[file] = FileManager.default.contents(atPath: dataDirectory.appendingPathComponent(file).path)
        }
        return files
    }

    /// The real catalogue; the tests run on the shipped data.
    public static let catalog: Catalog = {
        do throws(Catalog.Invalid) {
            return try Catalog.load(contents())
        } catch {
            fatalError("the shipped data is invalid: \(error.problems)")
        }
    }()

    public static var instrument: Instrument { catalog.instrument }
    public static var vocabulary: Vocabulary { catalog.vocabulary }

    public static let demoCalibration: DemoCalibration = {
        do throws(Catalog.Invalid) {
            return try DemoCalibration.load(contents()[DemoCalibration.file]!, vocabulary: catalog.vocabulary)
        } catch {
            fatalError("the shipped demo.json is invalid: \(error.problems)")
        }
    }()

    /// A timestamp from its ISO text, for tests.
    public static func at(_ iso: String) -> Timestamp {
        try! Timestamp(iso: iso)
    }
}
