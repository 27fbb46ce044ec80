import Crypto
import Foundation
import Testing
@testable import Store

/// A shipped migration's SQL is never edited: a database upgraded by it and one made fresh must be the same, and
/// databases in the field have already run the text as it was. Its SHA-256 is written here when it ships; code that
/// builds the text (a generator for repeated functions) may change only if the text it returns does not.
/// PostgreSQL's migrations only: SQLite's are Swift closures (GRDB statements and data steps), not one text to hash.
struct ShippedMigrationsTests {
    /// The SHA-256 (hex) of each shipped PostgreSQL migration's SQL, v1 with pgcrypto in the schema `public`.
    /// A migration's fingerprint is added here by the stop that ships it (v31 by issue 22's stop of 2026-12-08).
    static let fingerprints: [String: String] = [
        "v1: contact log": "77214f3726682a9e96ff4cae7bd3a9ce98573b87fd6a15992c80c45974a5ba18",
        "v2: follow-ups": "60eb91afddabd24555dddf72f55f01b9bf917095f98cc67bcb333b0b9c6514f3",
        "v3: contacts by hour": "1080ff51ca34c9bcd0afd81adc4b86e285d1c8722ab28249586a4257bed54129",
        "v4: evaluation": "61d8439b51d5079cd377a73dc3b4216acd9832c38fb61675b7167eb3c7f4db1c",
        "v5: consultations": "a20c746b881fb85d922767ccc67fbb4b46eae2bda289e8b7992d01c6bcec2232",
        "v6: board": "9cc7a034705a95c41d195e57eff0981f656ca205790c5b91378afb87a00552f3",
        "v7: no side door": "fabf68559aab9c853a754cbbe65725497ac9d9a8ba3f397edfda13d4670495a0",
        "v8: quicker functions": "757edd0816349753774eba33ec282c92348d0512314e4cc0716ceca5426e13d1",
        "v9: handoffs": "804fdd7663c46c90ded19cd3bf9d83b053999756c6a535ecb15bec8e7079b450",
        "v10: quicker saves": "e8f24df862a3ef473a6e3201e362a41b9d2154604c9592d79b3edbeac87bb53e",
        "v11: data protection": "90c1a6e929207107f269cd40230a6d9c6f005fcff9109305229175b43dec31a6",
        "v12: settings through functions": "b8837f356aafddb50c520f8cbd19434bc7e02e52ab82f6b119c4232b33e71ce6",
        "v13: concurrent saves": "4f10f654f85b34c2bdb3879cbdb4bd7ae522b76838d16bb15012cea0dd91eb30",
        "v14: monthly figures": "2760ba7af23a48915ef4ef5471324e85054f6bcd879242794eba0ddfa9e502d7",
        "v15: figure lists by the page": "cf3c5e08a4fca5a62238ae9f2b9fa82a7c4a807bdb126234a0f982198d8b2672",
        "v16: no monthly sums for the current month": "3b917b4b7d09788c89e53401253a8034b43f3d0f59dcb193a8c38c09d044c848",
        "v17: quicker imports, smaller storage": "dc1ab98f3e60f1efd887370732b13516651f5a61b3c8dfef80c0b90ab3318fd9",
        "v18: quicker saves": "15bd7905c5d6b3a0b6366270b052454d65e7d0330c794c7b7e1af6e58dad2e74",
        "v19: codes as small integers": "2f2d3c409879528a98a5199be72b99e20f28a5f8e1db9e997b8d5c5fc00fa983",
        "v20: compact contacts (codes, times and topics)": "4af768b5cfebaf433796843cf272ee2567c3043571cbfd0c9b2e165f04be84fd",
        "v21: quicker figure reads": "8f64810039f948a7f45d5448341daef14cc549fc9e9f517aa862021a480b2c88",
        "v22: referrals in the contact row": "9a46f5ea864dce4ff7a9f54dae62d151a27b847eddcefa2b4c09073ee1e9c128",
        "v23: quicker saves (fewer statements)": "321d009631f5eb8a5c6966c10de5bf636e86b77f4e6480c4712d046f0d5aeb09",
        "v24: quicker imports (the server side)": "92c2bbdc84bcaaa37a21142cb420b696fe870c607d69a0ee30d89fada13473b4",
        "v25: clients by number": "3667d58751b5bee7e1ba5dcfe050b2b80c33143fff4f4d8d0c49ea16af2a3980",
        "v26: narrower figures, a smaller audit index": "23580cf78fff4791cd56753ef50633ed94634f5e087568094fa24f82af08570e",
        "v27: quicker saves (the statements around the save)": "860b33e88f523aa6b1b30b474c47c2cb21b5bc762cbe86c294801bffff583e90",
        "v28: points by number": "027d5b1f89d1f9410adadc04eeb7cc6477a9bcef5eb2de1f6d1191e621cac544",
        "v29: quicker saves (the seal)": "6ea1012c48313f883763c8533551058ac0443241e418b693b2498e552677f516",
        "v30: figure origins as integers": "309118eefc721de7dc26398656899f04c9a5f37708932264015bb4cb2f87b708",
        "v31: quicker saves (the word lookups and the seal queue)": "49efbd1a08015f3e1fd7537f3888b28368a6ec231d9c71da626569a5d9d094fc",
    ]

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @Test func everyShippedPostgresMigrationRunsTheTextItShippedWith() {
        let migrations = PostgresSchema.migrations(pgcrypto: "public")
        let shipped = migrations.filter { Self.fingerprints[$0.identifier] != nil }
        #expect(shipped.count == Self.fingerprints.count, "a shipped migration is missing from PostgresSchema.migrations")
        for migration in shipped {
            let actual = Self.sha256(migration.sql)
            #expect(
                actual == Self.fingerprints[migration.identifier],
                """
                the SQL of the shipped migration "\(migration.identifier)" has changed (its SHA-256 is now \(actual)): \
                shipped migrations are never edited; add a new migration instead
                """
            )
        }
    }
}
