import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo check [--format json] [--nagios]`: the health of an installation, for monitoring (CONTRACT §12).
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the database, its schema and integrity, the pseudonym key, the data folder and the disk, for monitoring.",
            discussion: """
                One line per finding. Exit status 0 when all is well, 1 when not; with --nagios, the Nagios plugin's \
                codes (0 OK, 1 WARNING, 2 CRITICAL) and its perfdata. Nothing in the database is changed.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: "text (one line per finding) or json.")
        var format: Format = .text

        @Flag(help: "Print as a Nagios/Icinga plugin: a status line with perfdata, exit 0 OK, 1 WARNING, 2 CRITICAL.")
        var nagios = false

        @Option(help: "Free space (MiB) on the database's disk under which a WARNING is given.")
        var warnFree: Int = 1024

        @Option(help: "Free space (MiB) on the database's disk under which a CRITICAL is given.")
        var criticalFree: Int = 256

        func validate() throws {
            guard warnFree >= 0, criticalFree >= 0, criticalFree <= warnFree else {
                throw ValidationError("--critical-free must not be above --warn-free (both in MiB, not negative)")
            }
            if nagios && format == .json { throw ValidationError("--nagios prints its own format: leave out --format json") }
        }

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let location = DatabasePath.resolve(option: global.db, environment: environment).path
            var report = HealthReport(database: PostgresLog.redacted(location))
            let language = global.lang ?? Language.fromLocale(environment)
            // The data folder first: its texts speak every other finding; broken, it is the finding.
            let strings: Strings
            let data: DataDirectory
            do {
                data = try DataDirectory.locate(environment: environment)
            } catch let failure as Failure {
                report.add(.init(check: "data", status: .critical, message: failure.message))
                return try finish(report)
            }
            do {
                strings = try data.loadCatalog().strings.inLanguage(language)
                report.add(.init(check: "data", status: .ok, message: strings(.checkDataValid, ["path": data.path])))
            } catch let failure as Failure {
                let file = FileManager.default.contents(atPath: data.path + "/" + Catalog.stringsFile)
                report.add(.init(check: "data", status: .critical, message: failure.message.replacingOccurrences(of: "\n", with: " ")))
                guard let texts = file.flatMap(Strings.load) else { return try finish(report) }
                strings = texts.inLanguage(language)
            }
            if ContactLogs.isPostgres(location) {
                checkServer(location, strings, into: &report)
            } else {
                checkFile(location, strings, into: &report)
            }
            try finish(report)
        }

        // MARK: - SQLite

        private func checkFile(_ path: String, _ strings: Strings, into report: inout HealthReport) {
            let state = DatabaseHealth.inspect(sqlite: path)
            let problem: StringKey? = switch state.kind {
            case .missing: .checkNoDatabase
            case .empty: .checkEmptyFile
            case .notSQLite: .checkNotSQLite
            case .foreign: .checkForeignSQLite
            case .neuvo: nil
            }
            if let problem {
                report.add(.init(check: "database", status: .critical, message: strings(problem, ["path": path])))
            } else if let reason = state.unreadable {
                report.add(.init(check: "database", status: .critical, message: strings(.checkUnreadable, ["path": path, "reason": reason])))
            } else {
                report.add(.init(check: "database", status: .ok, message: strings(.checkOpens, ["path": path, "count": String(state.contacts)])))
                report.perfdata.append(.init(label: "contacts", value: state.contacts))
                schemaFinding(missing: state.missing, unknown: state.unknown, strings, into: &report)
                report.add(
                    state.integrityProblems.isEmpty
                        ? .init(check: "integrity", status: .ok, message: strings(.checkIntegrityOK))
                        : .init(check: "integrity", status: .critical,
                            message: strings(.checkIntegrityFailed, ["problems": state.integrityProblems.joined(separator: "; ")])))
                keyFinding(besideDatabase: path, contacts: state.contacts, strings, into: &report)
            }
            diskFinding(PseudonymKeyFile.directory(besideDatabase: path), strings, into: &report)
        }

        private func keyFinding(besideDatabase path: String, contacts: Int, _ strings: Strings, into report: inout HealthReport) {
            let key = PseudonymKeyFile.directory(besideDatabase: path) + "/" + PseudonymKeyFile.name
            guard let bytes = FileManager.default.contents(atPath: key) else {
                // Without contacts the key is made at the first save; with them, returning clients go unrecognised.
                report.add(.init(
                    check: "key", status: contacts > 0 ? .critical : .warning,
                    message: strings(contacts > 0 ? .checkKeyMissing : .checkKeyNotYet, ["key": key])))
                return
            }
            guard PseudonymKey(bytes: bytes) != nil else {
                report.add(.init(check: "key", status: .critical, message: strings(.checkKeyInvalid, ["key": key, "bytes": String(bytes.count)])))
                return
            }
            report.add(.init(check: "key", status: .ok, message: strings(.checkKeyOK, ["key": key])))
        }

        private func diskFinding(_ directory: String, _ strings: Strings, into report: inout HealthReport) {
            var figures = statvfs()
            guard statvfs(directory, &figures) == 0 else {
                report.add(.init(check: "disk", status: .critical,
                    message: strings(.checkDiskUnknown, ["path": directory, "reason": String(cString: strerror(errno))])))
                return
            }
            let mib = UInt64(1 << 20)
            let free = Int(UInt64(figures.f_bavail) * UInt64(figures.f_frsize) / mib)
            let total = Int(UInt64(figures.f_blocks) * UInt64(figures.f_frsize) / mib)
            let status: HealthReport.Status = free < criticalFree ? .critical : free < warnFree ? .warning : .ok
            let arguments = ["path": directory, "free": String(free), "total": String(total), "threshold": String(status == .critical ? criticalFree : warnFree)]
            report.add(.init(check: "disk", status: status, message: strings(status == .ok ? .checkDiskOK : .checkDiskLow, arguments)))
            report.perfdata.append(.init(label: "disk_free", value: free, unit: "MB", warn: warnFree, crit: criticalFree, min: 0, max: total))
        }

        private func schemaFinding(missing: [String], unknown: [String], _ strings: Strings, into report: inout HealthReport) {
            if !unknown.isEmpty {
                report.add(.init(check: "schema", status: .critical, message: strings(.checkSchemaNewer, ["migrations": unknown.joined(separator: ", ")])))
            } else if !missing.isEmpty {
                report.add(.init(check: "schema", status: .warning, message: strings(.checkSchemaOlder, ["migrations": missing.joined(separator: ", ")])))
            } else {
                report.add(.init(check: "schema", status: .ok, message: strings(.checkSchemaOK)))
            }
        }

        // MARK: - PostgreSQL

        private func checkServer(_ uri: String, _ strings: Strings, into report: inout HealthReport) {
            let shown = PostgresLog.redacted(uri)
            let state: DatabaseHealth.ServerState
            do {
                state = try DatabaseHealth.inspect(postgres: uri)
            } catch {
                report.add(.init(check: "database", status: .critical, message: strings.message(for: error)))
                return
            }
            guard state.applied != nil else {
                report.add(.init(check: "database", status: .critical, message: strings.message(for: .notInitialized(uri: shown))))
                return
            }
            report.add(.init(check: "database", status: .ok, message: strings(.checkServerAnswers, ["uri": shown])))
            schemaFinding(missing: state.missing, unknown: state.unknown, strings, into: &report)
            let free = state.usable - state.connections
            // WARNING under a tenth of the slots free, CRITICAL when the next few sessions would be refused.
            let warn = max(state.usable / 10, Self.connectionsCritical + 1)
            let status: HealthReport.Status = free < Self.connectionsCritical ? .critical : free < warn ? .warning : .ok
            let arguments = [
                "used": String(state.connections), "usable": String(state.usable), "max": String(state.maxConnections),
                "reserved": String(state.reserved), "free": String(free),
            ]
            report.add(.init(check: "connections", status: status, message: strings(status == .ok ? .checkConnectionsOK : .checkConnectionsLow, arguments)))
            report.perfdata.append(.init(
                label: "connections", value: state.connections, warn: state.usable - warn, crit: state.usable - Self.connectionsCritical,
                min: 0, max: state.usable))
        }

        /// Fewer free connection slots than this is CRITICAL.
        static let connectionsCritical = 2

        // MARK: - Output

        private func finish(_ report: HealthReport) throws {
            if nagios {
                Output.standard(report.nagios())
                if report.status != .ok { throw ExitCode(report.status.nagiosCode) }
                return
            }
            switch format {
            case .text: Output.standard(report.lines())
            case .json: Output.standard(try report.json())
            }
            if report.status != .ok { throw ExitCode(1) }
        }
    }
}

/// `neuvo check`'s findings: one per thing checked, the worst deciding the status.
struct HealthReport: Encodable {
    enum Status: String, Encodable, Comparable {
        case ok, warning, critical

        var nagiosCode: Int32 {
            switch self {
            case .ok: 0
            case .warning: 1
            case .critical: 2
            }
        }

        var word: String { rawValue.uppercased() }

        static func < (a: Status, b: Status) -> Bool { a.nagiosCode < b.nagiosCode }
    }

    struct Finding: Encodable {
        let check: String
        let status: Status
        let message: String
    }

    /// One Nagios performance figure: `label=value[unit];warn;crit;min;max`.
    struct Figure: Encodable {
        let label: String
        let value: Int
        var unit: String = ""
        var warn: Int?
        var crit: Int?
        var min: Int?
        var max: Int?

        var nagios: String {
            "\(label)=\(value)\(unit);" + [warn, crit, min, max].map { $0.map(String.init) ?? "" }.joined(separator: ";")
        }
    }

    let database: String
    var findings: [Finding] = []
    var perfdata: [Figure] = []

    var status: Status { findings.map(\.status).max() ?? .ok }

    mutating func add(_ finding: Finding) { findings.append(finding) }

    func lines() -> String {
        findings.map { "\($0.status.word) \($0.check): \($0.message)\n" }.joined()
    }

    func nagios() -> String {
        let first = findings.first { $0.status == status && status != .ok }
        let summary = first.map { "\($0.check): \($0.message)" } ?? findings.map(\.check).joined(separator: ", ")
        let figures = perfdata.map(\.nagios).joined(separator: " ")
        return "NEUVO \(status.word) - \(summary)" + (figures.isEmpty ? "" : " | \(figures)") + "\n" + lines()
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    private enum CodingKeys: String, CodingKey {
        case status, database, findings, perfdata
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(database, forKey: .database)
        try container.encode(findings, forKey: .findings)
        try container.encode(Dictionary(uniqueKeysWithValues: perfdata.map { ($0.label, $0.value) }), forKey: .perfdata)
    }
}
