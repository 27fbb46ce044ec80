import Foundation
import Testing

/// The tests that run neuvo as a process run the build under test (`NeuvoProcess.binary`), never a binary named in the
/// environment: `$NEUVO_BIN` is the report oracle's (Tests/oracle), and a run that sets it for these tests to another
/// binary fails here, naming both, instead of passing for a build it never ran.
struct BuildUnderTestTests {
    @Test func theBuildUnderTestIsTested() throws {
        let binary = NeuvoProcess.binary.path
        #expect(FileManager.default.isExecutableFile(atPath: binary), "no build under test at \(binary): swift build first")
        guard let named = ProcessInfo.processInfo.environment["NEUVO_BIN"], !named.isEmpty else { return }
        let resolved = URL(fileURLWithPath: named).standardizedFileURL
            .resolvingSymlinksInPath().path
        #expect(
            resolved == NeuvoProcess.binary.resolvingSymlinksInPath().path,
            "NEUVO_BIN=\(named) is not the build under test (\(binary)): the tests run the build under test; unset NEUVO_BIN")
    }
}
