import Foundation
import Guidance
import NeuvoFiles

/// The shipped data folder, read once.
public enum Shipped {
    public static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../data").standardized

    public static let contents: [String: Data] = {
        var files: [String: Data] = [:]
        for file in Catalog.files {
            files[file] = FileManager.default.contents(atPath: dataDirectory.appendingPathComponent(file).path)
        }
        return files
    }()

    /// The same files parsed once, for the data-folder target (`FuzzEntry.catalog`).
    public static let parsed = FuzzEntry.parsed(contents)

    public static let catalog: Catalog = {
        do throws(Catalog.Invalid) {
            return try Catalog.load(contents)
        } catch {
            fatalError("the shipped data in \(dataDirectory.path) is invalid: \(error.problems)")
        }
    }()

    public static let context = Context(catalog: catalog, language: .en)
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's own driver, run from the target's `<Module>_main` (SwiftPM links an executable's `main` to it, so
/// libFuzzer's `main` cannot be used): it calls `callback`, the target's `LLVMFuzzerTestOneInput`, per input.
public func runLibFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// The input as `Data`.
public func bytes(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> Data {
    guard let pointer, count > 0 else { return Data() }
    return Data(bytes: pointer, count: count)
}
