import Foundation
import Guidance
@testable import Screens
import Testing
import TestSupport

/// The manual's section on the screens' keys, and the Debian package (`make deb`, checked by Tests/package/check.sh).
struct PackageTests {
    /// `neuvo key-manual`, which `make man` puts into neuvo(1), lists every key each screen's help lists: both come
    /// from the screens' key tables.
    @Test func theManualListsEveryKeyHelpLists() throws {
        let result = try NeuvoProcess.run(["key-manual"])
        #expect(result.status == 0, "\(result.stderr)")
        let roff = result.stdout
        #expect(roff.hasPrefix(".Sh \"SCREENS AND KEYS\"\n"))
        let catalog = Fixtures.catalog
        let context = AppContext(
            catalog: catalog, strings: catalog.strings.inLanguage(.en), advisor: "advisor", point: catalog.points[0],
            pseudonym: { _ in "" }, role: .supervisor)
        let screens = KeyManual.screens(context)
        #expect(screens.count >= 10)
        for screen in screens {
            #expect(roff.contains(".Ss \"\(screen.title(context))\"\n"), "no subsection for \(screen.title(context))")
            for key in screen.keyHelp(context) {
                #expect(roff.contains(".It Sy \"\(key.keys)\"\n\(KeyManual.escape(key.label))\n"), "\(screen.title(context)): \(key.keys)")
            }
        }
        #expect(roff.contains(".It Sy \"Ctrl-C\"\n"))
        #expect(roff.contains(".Ss \"neuvo board\"\n"))
        #expect(roff.components(separatedBy: ".Bl -tag").count == roff.components(separatedBy: ".El\n").count)
    }

    @Test func roffTextIsEscaped() {
        #expect(KeyManual.escape(".hidden") == "\\&.hidden")
        #expect(KeyManual.escape("a\\b") == "a\\eb")
        #expect(KeyManual.quoted("say \"x\"") == "\"say \\(dqx\\(dq\"")
    }

    /// `make deb` then Tests/package/check.sh: a release build and lintian take minutes, so only on request. The
    /// manual plugin is told to ignore the lock of .build, which this `swift test` holds (else it waits for ever); the
    /// static release build has a scratch path of its own.
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["NEUVO_TEST_DEB"] == "1",
            "the package is built only when NEUVO_TEST_DEB=1 (make deb takes minutes); make test runs make deb-check when a .deb exists"))
    func thePackageInstallsAndRuns() throws {
        let make = try NeuvoProcess.run(["deb", "MAN_SWIFTPM_FLAGS=--ignore-lock"], environment: ProcessInfo.processInfo.environment, executable: "/usr/bin/make")
        try #require(make.status == 0, "make deb: \(make.stderr)")
        let check = try NeuvoProcess.run([], environment: ["PATH": "/usr/bin:/bin"], executable: NeuvoProcess.repository.path + "/Tests/package/check.sh")
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        #expect(check.stdout.contains("passes"))
    }
}
