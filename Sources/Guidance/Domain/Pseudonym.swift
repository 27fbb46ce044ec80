import Crypto
import Foundation

/// The per-installation secret under which identity codes become pseudonyms. Without it a pseudonym
/// cannot be traced back by trying every possible code; with another key the same person gets another one.
public struct PseudonymKey: Sendable {
    public static let byteCount = 32
    private let key: SymmetricKey

    public init?(bytes: some ContiguousBytes) {
        let key = SymmetricKey(data: bytes)
        guard key.bitCount == Self.byteCount * 8 else { return nil }
        self.key = key
    }

    /// A fresh random key's bytes, for a new installation.
    public static func randomBytes() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// HMAC-SHA256 of the normalised code, written as unpadded base64url: 43 characters of `[A-Za-z0-9_-]`.
    public func pseudonym(for code: IdentityCode) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(code.normalized.utf8), using: key)
        return Data(mac).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
