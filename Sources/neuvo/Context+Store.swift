import ArgumentParser
import Foundation
import Guidance
import Store

extension Context {
    /// Opens the contact log for a command, turning every refusal into a clear one-line message.
    func openLog() throws -> ContactLog {
        do {
            return try ContactLog.open(path: databasePath, catalog: catalog, createDirectory: databaseIsDefault)
        } catch {
            throw Failure(message: message(for: error))
        }
    }

    func message(for error: StoreError) -> String {
        switch error {
        case .notNeuvoDatabase(let path): strings(.dbNotNeuvo, ["path": path])
        case .newerSchema(let path, let unknown): strings(.dbNewer, ["path": path, "migrations": unknown.joined(separator: ", ")])
        case .readOnly(let path): strings(.dbReadOnly, ["path": path])
        case .missingDirectory(let directory): strings(.dbMissingDirectory, ["directory": directory])
        case .cannotOpen(let path, let reason): strings(.dbCannotOpen, ["path": path, "reason": reason])
        case .invalidContact(let problems):
            strings(.contactInvalid, ["problems": problems.problems.map { "\($0.column.rawValue): \(message(for: $0.problem))" }.joined(separator: "; ")])
        }
    }

    /// A value's problem in the user's language.
    func message(for problem: ContactProblem) -> String {
        switch problem {
        case .missing: strings(.problemMissing)
        case .timestamp(let p, let value):
            switch p {
            case .format: strings(.problemTimestampFormat, ["value": value])
            case .missingOffset: strings(.problemTimestampMissingOffset, ["value": value])
            case .offset: strings(.problemTimestampOffset, ["value": value])
            case .dateOrTime: strings(.problemTimestampDate, ["value": value])
            }
        case .unknownCode(let code): strings(.problemUnknownCode, ["code": code])
        case .duplicateCode(let code): strings(.problemDuplicateCode, ["code": code])
        case .emptyListItem: strings(.problemEmptyListItem)
        case .notYesNo(let value): strings(.problemNotYesNo, ["value": value])
        case .notWholeNumber(let value): strings(.problemNotWholeNumber, ["value": value])
        case .outOfRange(let value, let range):
            strings(.problemOutOfRange, ["value": String(value), "min": String(range.lowerBound), "max": String(range.upperBound)])
        case .clientRefShape: strings(.problemClientRefShape)
        case .identityCode: strings(.problemIdentityCode)
        case .tooLong(let max): strings(.problemTooLong, ["max": String(max)])
        case .strayQuote: strings(.problemStrayQuote)
        case .lineBreak: strings(.problemLineBreak)
        case .unclosedQuote: strings(.problemUnclosedQuote)
        }
    }

    /// A `--point` must be one of data/points.json's (bad usage otherwise).
    func check(point: String?) throws {
        guard let point, !catalog.points.contains(where: { $0.code == point }) else { return }
        throw Failure.usage(strings(.unknownPoint, ["point": point, "points": catalog.points.map(\.code).joined(separator: ", ")]))
    }

    /// A period runs forwards (bad usage otherwise).
    func check(from: CivilDate?, to: CivilDate?) throws {
        guard let from, let to, from > to else { return }
        throw Failure.usage(strings(.reportFromAfterTo, ["from": from.description, "to": to.description]))
    }

    /// The audit log's "who": the OS user running neuvo.
    func actor(_ command: String) -> Actor {
        Actor(user: Self.osUser, command: command)
    }

    static let osUser: String = {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(geteuid())"
    }()
}

extension CivilDate: ExpressibleByArgument {
    /// `2023-03-14`, or `today` / `yesterday` in local time.
    public init?(argument: String) {
        switch argument {
        case "today": self = CivilDate.today()
        case "yesterday": self = CivilDate.today().adding(days: -1)
        default: self.init(iso: argument)
        }
    }

    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
