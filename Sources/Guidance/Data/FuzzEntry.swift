import Foundation

/// What each fuzz target (`make fuzz`, Fuzz/) feeds its bytes to; the corpus replay test calls the same functions,
/// so a finding kept in `Tests/fuzz/corpus/` is replayed by `make test`. Each returns whatever the parser made of
/// the bytes (the answer is not checked: only that the parser returns, without a crash or a hang).
public enum FuzzEntry {
    /// The identity-code parser and the scan for a code in free text.
    @discardableResult
    public static func identityCode(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        let parsed = (try? IdentityCode(text)) != nil
        return IdentityCode.appears(in: text) || parsed
    }

    /// The segmentation answers document of `neuvo segment --answers`: JSON, then the instrument's reading of it.
    @discardableResult
    public static func segmentationAnswers(_ data: Data, instrument: Instrument) -> Bool {
        guard let document = try? JSONValue.parse(data) else { return false }
        return (try? instrument.readAssessment(document)) != nil
    }

    /// The data-folder loader: the first byte picks which of `Catalog.files` the rest replaces, within an otherwise
    /// valid folder (`base`, parsed once by `parsed(_:)`: the files the input does not replace are not parsed again).
    @discardableResult
    public static func catalog(_ data: Data, base: [String: JSONValue]) -> Bool {
        guard let first = data.first else { return false }
        let file = Catalog.files[Int(first) % Catalog.files.count]
        return (try? Catalog.load([file: Data(data.dropFirst())], parsed: base)) != nil
    }

    /// A data folder's files (file name → bytes) parsed as JSON, for `catalog(_:base:)`; a file that is not JSON is
    /// left out (the loader then reports it missing).
    public static func parsed(_ contents: [String: Data]) -> [String: JSONValue] {
        contents.compactMapValues { try? JSONValue.parse($0) }
    }

    /// Staffed hours and costs as hundredths.
    @discardableResult
    public static func hundredths(_ data: Data) -> Int? {
        Decimals.hundredths(String(decoding: data, as: UTF8.self))
    }
}
