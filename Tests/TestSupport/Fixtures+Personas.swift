import Foundation
import Guidance

extension Fixtures {
    /// The shipped `data/personas.json`, read only for the demo.
    public static let personas: [Persona] = {
        let data = FileManager.default.contents(atPath: dataDirectory.appendingPathComponent(Persona.file).path)!
        do throws(Catalog.Invalid) {
            return try Persona.load(data, catalog: catalog)
        } catch {
            fatalError("the shipped personas.json is invalid: \(error.problems)")
        }
    }()
}
