import Guidance

extension Strings {
    /// Why the contact log refused, in the user's language.
    public func message(for error: StoreError) -> String {
        switch error {
        case .notNeuvoDatabase(let path): self(.dbNotNeuvo, ["path": path])
        case .newerSchema(let path, let unknown): self(.dbNewer, ["path": path, "migrations": unknown.joined(separator: ", ")])
        case .readOnly(let path): self(.dbReadOnly, ["path": path])
        case .missingDirectory(let directory): self(.dbMissingDirectory, ["directory": directory])
        case .cannotOpen(let path, let reason): self(.dbCannotOpen, ["path": path, "reason": reason])
        case .demoDatabase(let path): self(.dbIsDemo, ["path": path])
        case .notDemoDatabase(let path): self(.dbIsNotDemo, ["path": path])
        case .notInitialized(let uri): self(.dbNotInitialized, ["uri": uri])
        case .noRole(let login): self(.appNoRole, ["login": login])
        case .notOwner(let uri): self(.dbNotOwner, ["uri": uri])
        case .foreignTables(let uri, let tables): self(.dbForeignTables, ["uri": uri, "tables": tables.joined(separator: ", ")])
        case .connectionLost(let reason): self(.dbConnectionLost, ["reason": reason])
        case .tooManyConnections(.server): self(.dbTooManyConnections)
        case .tooManyConnections(.login(let login)): self(.dbTooManyConnectionsLogin, ["login": login])
        case .tooManyConnections(.database(let database)): self(.dbTooManyConnectionsDatabase, ["database": database])
        case .busy: self(.dbBusy)
        case .diskFull: self(.dbDiskFull)
        case .notAllowed(let login, let reason): self(.dbNotAllowed, ["login": login, "reason": reason])
        case .missingRight(let login, let role): self(.dbMissingRight, ["login": login, "role": role ?? "-"])
        case .ownerCannotGrant(let owner, nil): self(.initOwnerNoCreateRole, ["owner": owner])
        case .ownerCannotGrant(let owner, let role?): self(.initOwnerNoAdmin, ["owner": owner, "role": role])
        case .invalidContact(let problems):
            self(.contactInvalid, ["problems": problems.problems.map { "\($0.column.rawValue): \(message(for: $0.problem))" }.joined(separator: "; ")])
        }
    }

    /// The line that stands on the screens while the database is busy or away (`error` temporary): since `time`, with
    /// `waiting` (the saves kept on the machine, or nothing) after it.
    public func standingNote(for error: StoreError, since time: String, waiting: String) -> String {
        switch error {
        case .busy: self(.dbBusySince, ["time": time, "waiting": waiting])
        case .diskFull: self(.dbDiskFullSince, ["time": time, "waiting": waiting])
        // No time: the line must fit 80 columns with the limit's name and whom to tell, which matter more.
        case .tooManyConnections(let limit): self(.dbTooManyConnectionsStanding, ["limit": limit.setting, "waiting": waiting])
        default: self(.connectionLost, ["time": time, "waiting": waiting])
        }
    }
}

extension ConnectionLimit {
    /// The setting that holds the limit, as IT would look for it (SQL, the same in every language).
    var setting: String {
        switch self {
        case .server: "max_connections"
        case .login(let login): "CONNECTION LIMIT \(login)"
        case .database(let database): "CONNECTION LIMIT \(database)"
        }
    }
}
