import Foundation
import Guidance
import Testing
@testable import neuvo

/// The per-installation pseudonym key: created once, private, and the same on every start.
struct PseudonymKeyFileTests {
    func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    @Test func theKeyIsCreatedOncePrivatelyAndReused() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.appendingPathComponent("new/neuvo").path
        let code = try IdentityCode("150655-902T")
        let first = try PseudonymKeyFile.loadOrCreate(in: directory).pseudonym(for: code)
        let path = directory + "/" + PseudonymKeyFile.name
        #expect(try mode(path) == 0o600)
        #expect(try mode(directory) == 0o700)
        #expect(FileManager.default.contents(atPath: path)?.count == 32)
        #expect(try PseudonymKeyFile.loadOrCreate(in: directory).pseudonym(for: code) == first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [PseudonymKeyFile.name])
    }

    @Test func twoInstallationsGiveTheSameClientDifferentPseudonyms() throws {
        let a = try NeuvoProcess.temporaryDirectory(), b = try NeuvoProcess.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let code = try IdentityCode("150655-902T")
        #expect(try PseudonymKeyFile.loadOrCreate(in: a.path).pseudonym(for: code)
            != PseudonymKeyFile.loadOrCreate(in: b.path).pseudonym(for: code))
    }

    @Test func startingManyAtOnceMakesOneKey() async throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let code = try IdentityCode("150655-902T")
        let pseudonyms = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { try PseudonymKeyFile.loadOrCreate(in: root.path).pseudonym(for: code) }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(pseudonyms.count == 1)
    }

    @Test func aDamagedKeyIsRefused() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("short".utf8).write(to: root.appendingPathComponent(PseudonymKeyFile.name))
        #expect(throws: Failure.self) { try PseudonymKeyFile.loadOrCreate(in: root.path) }
    }
}
