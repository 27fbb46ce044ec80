import Foundation
import Guidance
import Store

/// An identity code a command reads from standard input (`-`), never from its arguments, where `ps` and the shell's
/// history would show it (CONTRACT §11): a bad one is refused naming the problem, never echoing the code.
enum IdentityCodeInput {
    static func read(_ context: Context) throws -> IdentityCode {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            return try IdentityCode(text)
        } catch {
            throw Failure(message: context.strings.message(for: error))
        }
    }

    /// The pseudonym key beside a SQLite database, when one was ever made (nil: no client was ever named there); nil on
    /// PostgreSQL, whose server keeps the key.
    static func key(_ context: Context) throws -> PseudonymKey? {
        guard !ContactLogs.isPostgres(context.databasePath) else { return nil }
        let directory = PseudonymKeyFile.directory(besideDatabase: context.databasePath)
        guard FileManager.default.fileExists(atPath: directory + "/" + PseudonymKeyFile.name) else { return nil }
        return try PseudonymKeyFile.loadOrCreate(in: directory)
    }
}
