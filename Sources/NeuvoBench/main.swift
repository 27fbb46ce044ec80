import Foundation
import Guidance

// `make bench`: figures for the domain's hot paths, on the shipped data. Prints, asserts nothing.

let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../data").standardized

func measure(_ name: String, iterations: Int, unit: String = "op", _ body: () throws -> Void) rethrows {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { try body() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let rate = Double(iterations) / seconds
    let label = name + String(repeating: " ", count: max(1, 30 - name.count))
    print(label + String(format: "%12.0f", rate) + " \(unit)/s  " + String(format: "%10.3f", seconds / Double(iterations) * 1e6) + " µs/\(unit)")
}

var files: [String: Data] = [:]
for file in Catalog.files { files[file] = FileManager.default.contents(atPath: data.appendingPathComponent(file).path) }
let catalog = try Catalog.load(files)

print("neuvo bench — domain (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
try measure("load and validate data/", iterations: 50, unit: "load") { _ = try Catalog.load(files) }

var generator = SystemRandomNumberGenerator()
let answerSets = (0..<1000).map { _ in
    Answers(Dictionary(uniqueKeysWithValues: (catalog.instrument.client.items + catalog.instrument.professional.items)
        .map { ($0.id, Int.random(in: 1...5, using: &generator)) }))
}
var index = 0
try measure("score an assessment", iterations: 200_000, unit: "assessment") {
    _ = try catalog.instrument.assess(answerSets[index % answerSets.count])
    index += 1
}

let codes = ["150655-902T", "290200A908L", "010101+901S", "311299X904C", "170823C910P"]
try measure("validate an identity code", iterations: 500_000, unit: "code") {
    _ = try IdentityCode(codes[index % codes.count])
    index += 1
}

let key = PseudonymKey(bytes: PseudonymKey.randomBytes())!
let parsed = try codes.map { try IdentityCode($0) }
measure("pseudonym (HMAC-SHA256)", iterations: 200_000, unit: "code") {
    _ = key.pseudonym(for: parsed[index % parsed.count])
    index += 1
}
