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

    /// The contract's repeat rule (CONTRACT §4) by brute force, afresh: a later contact of the same client within 14 × 24
    /// hours on a shared topic.
    public static func hasRepeat(_ a: Contact, among contacts: [Contact]) -> Bool {
        guard let ref = a.clientRef else { return false }
        return contacts.contains { b in
            b.clientRef == ref && b.occurredAt.instant > a.occurredAt.instant
                && b.occurredAt.instant - a.occurredAt.instant <= 14 * 24 * 3600 && !Set(a.topics).isDisjoint(with: b.topics)
        }
    }
}
