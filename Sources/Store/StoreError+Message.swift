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
}
