import Foundation

/// Where a command writes; tests give their own.
struct Output: Sendable {
    let write: @Sendable (String) -> Void

    func callAsFunction(_ text: String) { write(text) }

    static let standard = Output { text in FileHandle.standardOutput.write(Data(text.utf8)) }
    static let standardError = Output { text in FileHandle.standardError.write(Data(text.utf8)) }
}
