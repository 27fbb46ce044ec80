import Foundation
import GRDB
import Guidance

/// The warm handoff (CONTRACT §9) on SQLite, where the file's user is every role: the receiving service's too, so the
/// details are there to read — each read of them audited, as on PostgreSQL.
extension SQLiteLog: HandoffStore {
    /// Now in the region's time zone (the file's setting).
    func regionNow() throws -> Timestamp {
        (RegionClock(zoneName: try timeZoneName()) ?? RegionClock.helsinki()).now()
    }

    /// Bumps the handoffs' change count, which `handoffsChanged` compares.
    static func noteHandoffChange(_ db: Database) throws {
        try db.execute(
            sql: #"INSERT INTO "setting" ("key", "value") VALUES ('handoff_changes', '1') ON CONFLICT ("key") DO UPDATE SET "value" = CAST("value" AS INTEGER) + 1"#)
    }

    func checked(_ request: HandoffRequest) throws -> HandoffRequest {
        if let problem = request.problem(points: points, vocabulary: vocabulary) { throw HandoffError.invalid(problem) }
        return request
    }

    public func sendHandoff(_ request: HandoffRequest, fromContact contactID: Int64?, by actor: Actor) throws -> Int64 {
        let request = try checked(request)
        let now = try regionNow()
        return try writer.write { db in
            if let contactID {
                let has = try Bool.fetchOne(
                    db, sql: #"SELECT EXISTS (SELECT 1 FROM "contact_referral" AS r JOIN "contact" AS c ON c."id" = r."contact_id" WHERE r."contact_id" = ? AND r."referral" = \#(Schema.codeID("referral")) AND c."point" = \#(Schema.codeID("point")))"#,
                    arguments: [contactID, request.service, request.point]) ?? false
                guard has else { throw ContactNotFound(id: contactID) }
                // Sent again after a failure the form could not tell from a commit: the open one is it.
                if let open = try Int64.fetchOne(
                    db, sql: #"SELECT "id" FROM "handoff" WHERE "contact_id" = ? AND "service" = ? AND "closed_at" IS NULL"#,
                    arguments: [contactID, request.service])
                {
                    return open
                }
            }
            let id = try Self.insertHandoff(
                db, request, contactID: contactID, referral: contactID == nil ? nil : request.service, at: now, by: actor.user)
            try Self.insertDetails(db, id: id, request.details)
            try Self.noteHandoffChange(db)
            try Self.audit(db, actor, details: "handoff \(id) sent to \(request.service) from \(request.point)", contacts: contactID == nil ? 0 : 1,
                clients: try Self.clients(ofContacts: [contactID], db))
            return id
        }
    }

    static func insertHandoff(
        _ db: Database, _ request: HandoffRequest, contactID: Int64?, referral: String?, at now: Timestamp, by user: String
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO "handoff" ("contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [contactID, referral, request.point, request.service, request.urgency.rawValue, now.description, now.instant, user])
        return db.lastInsertedRowID
    }

    static func insertDetails(_ db: Database, id: Int64, _ d: HandoffDetails) throws {
        try db.execute(
            sql: #"INSERT INTO "handoff_detail" VALUES (?, ?, ?, ?, ?, ?)"#,
            arguments: [id, d.name, d.phone, d.language?.rawValue, d.when, d.note])
    }

    static let handoffColumns = """
        h."id", h."contact_id", h."referral", h."point", h."service", h."urgency", h."sent_at", h."sent_by", h."taken_at", h."taken_by",
        h."closed_at", h."closed_by", h."result", h."return_reason", h."tries", d."handoff_id" IS NULL AS "erased",
        d."name", d."phone", d."language", d."when_to_call", d."note"
        FROM "handoff" AS h LEFT JOIN "handoff_detail" AS d ON d."handoff_id" = h."id"
        """

    static func handoff(_ row: Row, details: Bool) -> Handoff {
        func stamp(_ text: String?) -> Timestamp? { text.flatMap { try? Timestamp(iso: $0) } }
        let record = HandoffRecord(
            sentAt: stamp(row["sent_at"])!, point: row["point"], service: row["service"],
            urgency: HandoffUrgency(rawValue: row["urgency"]) ?? .normal, takenAt: stamp(row["taken_at"]), closedAt: stamp(row["closed_at"]),
            result: (row["result"] as String?).flatMap(HandoffResult.init(rawValue:)), tries: row["tries"])
        var found = Handoff(
            id: row["id"], record: record, contactID: row["contact_id"], referral: row["referral"], sentBy: row["sent_by"], takenBy: row["taken_by"],
            closedBy: row["closed_by"], returnReason: row["return_reason"], erased: row["erased"])
        if details, !found.erased {
            found.details = HandoffDetails(
                name: row["name"], phone: row["phone"], language: (row["language"] as String?).flatMap(HandoffLanguage.init(rawValue:)),
                when: row["when_to_call"], note: row["note"])
        }
        return found
    }

    static func tries(_ db: Database, of id: Int64) throws -> [HandoffTry] {
        try Row.fetchAll(db, sql: #"SELECT "at", "reached", "by" FROM "handoff_try" WHERE "handoff_id" = ? ORDER BY "n""#, arguments: [id])
            .map { HandoffTry(at: try Timestamp(iso: $0["at"]), reached: $0["reached"], by: $0["by"]) }
    }

    static func fetchHandoff(_ db: Database, id: Int64) throws -> Handoff {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(handoffColumns) WHERE h.\"id\" = ?", arguments: [id]) else {
            throw HandoffError.notFound(id: id)
        }
        return handoff(row, details: true)
    }

    public func handoffQueue(services: [String]?, by actor: Actor) throws -> [Handoff] {
        try writer.write { db in
            let filter = services.map { list in list.isEmpty ? " AND 0" : " AND h.\"service\" IN (\(list.map { _ in "?" }.joined(separator: ", ")))" } ?? ""
            let found = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.handoffColumns) WHERE h."closed_at" IS NULL\(filter)
                    ORDER BY h."urgency" = 'urgent' DESC, h."sent_instant", h."id"
                    """,
                arguments: StatementArguments(services ?? [])
            ).map { Self.handoff($0, details: false) }
            // As on PostgreSQL: which queue, how many, and the clients whose handoffs it lists.
            try Self.audit(
                db, actor, details: "handoff queue of \(services?.joined(separator: ", ") ?? "every service"): \(found.count) open", contacts: 0,
                clients: try Self.clients(ofContacts: found.map(\.contactID), db))
            return found
        }
    }

    public func openHandoff(id: Int64, by actor: Actor) throws -> Handoff {
        try writer.write { db in
            var found = try Self.fetchHandoff(db, id: id)
            found.tries = try Self.tries(db, of: id)
            try Self.audit(db, actor, details: "handoff \(id) opened: details" + (found.erased ? " erased" : " shown"), contacts: 0,
                clients: try Self.clients(ofContacts: [found.contactID], db))
            return found
        }
    }

    /// Moves handoff `id` after `check` accepts it as it is, then audits `details`.
    func moveHandoff(_ id: Int64, by actor: Actor, details: String, _ move: (Database, Handoff, Timestamp) throws -> Void) throws {
        let now = try regionNow()
        try writer.write { db in
            let found = try Self.fetchHandoff(db, id: id)
            try move(db, found, now)
            try Self.noteHandoffChange(db)
            try Self.audit(
                db, actor, details: details, contacts: found.contactID == nil ? 0 : 1, clients: try Self.clients(ofContacts: [found.contactID], db))
        }
    }

    public func takeHandoff(id: Int64, by actor: Actor) throws {
        try moveHandoff(id, by: actor, details: "handoff \(id) taken") { db, found, now in
            guard found.state == .sent else { throw HandoffError.wrongState(id: id, reason: Self.stateReason(found.state, wanted: "sent")) }
            try db.execute(
                sql: #"UPDATE "handoff" SET "taken_at" = ?, "taken_instant" = ?, "taken_by" = ? WHERE "id" = ?"#,
                arguments: [now.description, now.instant, actor.user, id])
        }
    }

    static func stateReason(_ state: HandoffState, wanted: String) -> String {
        "it is \(state.rawValue), not \(wanted)"
    }

    public func recordHandoffTry(id: Int64, reached: Bool, by actor: Actor) throws {
        try moveHandoff(id, by: actor, details: "handoff \(id) try: " + (reached ? "reached" : "no answer")) { db, found, now in
            guard found.state == .taken else { throw HandoffError.wrongState(id: id, reason: Self.stateReason(found.state, wanted: "taken")) }
            guard found.record.tries < 20 else { throw HandoffError.wrongState(id: id, reason: "20 tries is the most kept") }
            try db.execute(
                sql: #"INSERT INTO "handoff_try" VALUES (?, ?, ?, ?, ?)"#, arguments: [id, found.record.tries + 1, now.description, reached, actor.user])
            try db.execute(sql: #"UPDATE "handoff" SET "tries" = "tries" + 1 WHERE "id" = ?"#, arguments: [id])
        }
    }

    public func closeHandoff(id: Int64, result: HandoffResult, by actor: Actor) throws {
        guard result != .returned else { throw HandoffError.wrongState(id: id, reason: "a handoff is returned with a reason") }
        try moveHandoff(id, by: actor, details: "handoff \(id) closed: \(result.rawValue)") { db, found, now in
            guard found.state == .taken else { throw HandoffError.wrongState(id: id, reason: Self.stateReason(found.state, wanted: "taken")) }
            let reachedTries = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "handoff_try" WHERE "handoff_id" = ? AND "reached""#, arguments: [id]) ?? 0
            if result == .reached && reachedTries == 0 { throw HandoffError.wrongState(id: id, reason: "reached needs a try that reached the client") }
            if result == .notReached && found.record.tries == 0 { throw HandoffError.wrongState(id: id, reason: "not-reached needs at least one try") }
            try db.execute(
                sql: #"UPDATE "handoff" SET "closed_at" = ?, "closed_instant" = ?, "closed_by" = ?, "result" = ? WHERE "id" = ?"#,
                arguments: [now.description, now.instant, actor.user, result.rawValue, id])
            // The closed loop: the contact's referral outcome, by the rule every outcome is set (§7).
            if let contactID = found.contactID, let referral = found.referral, let outcome = result.referralOutcome {
                try self.applyReferralOutcome(db, contactID: contactID, referral: referral, outcome: outcome, by: actor)
            }
        }
    }

    public func returnHandoff(id: Int64, reason: String, by actor: Actor) throws {
        if let problem = HandoffDetails.checkText(reason, .reason, limit: HandoffDetails.reasonLimit, required: true) {
            throw HandoffError.invalid(problem)
        }
        try moveHandoff(id, by: actor, details: "handoff \(id) returned") { db, found, now in
            guard found.state != .closed else { throw HandoffError.wrongState(id: id, reason: Self.stateReason(found.state, wanted: "open")) }
            try db.execute(
                sql: #"UPDATE "handoff" SET "closed_at" = ?, "closed_instant" = ?, "closed_by" = ?, "result" = 'returned', "return_reason" = ? WHERE "id" = ?"#,
                arguments: [now.description, now.instant, actor.user, reason, id])
        }
    }

    public func resendHandoff(id: Int64, to service: String, by actor: Actor) throws -> Int64 {
        let now = try regionNow()
        return try writer.write { db in
            let found = try Self.fetchHandoff(db, id: id)
            guard found.record.result == .returned else { throw HandoffError.wrongState(id: id, reason: "only a returned handoff is sent again") }
            guard let details = found.details else { throw HandoffError.wrongState(id: id, reason: "its details are erased") }
            let request = try checked(HandoffRequest(point: found.record.point, service: service, consent: true, urgency: found.record.urgency, details: details))
            let newID = try Self.insertHandoff(
                db, request, contactID: found.contactID, referral: found.referral, at: now, by: actor.user)
            try Self.insertDetails(db, id: newID, details)
            try Self.noteHandoffChange(db)
            try Self.audit(db, actor, details: "handoff \(newID) sent to \(service) from \(request.point), again of returned handoff \(id)", contacts: found.contactID == nil ? 0 : 1,
                clients: try Self.clients(ofContacts: [found.contactID], db))
            return newID
        }
    }

    public func handoffs(open: Bool, details: Bool, by actor: Actor) throws -> [Handoff] {
        let sql = "SELECT \(Self.handoffColumns)" + (open ? #" WHERE h."closed_at" IS NULL"# : "") + #" ORDER BY h."sent_instant" DESC, h."id" DESC"#
        if !details { return try writer.read { db in try Row.fetchAll(db, sql: sql).map { Self.handoff($0, details: false) } } }
        return try writer.write { db in
            let found = try Row.fetchAll(db, sql: sql).map { Self.handoff($0, details: true) }
            let shown = found.filter { $0.details != nil }.map(\.id).sorted().map(String.init)
            try Self.audit(
                db, actor, details: "handoffs listed: \(found.count)" + (shown.isEmpty ? "" : ", with details: " + shown.joined(separator: ", ")),
                contacts: 0, clients: try Self.clients(ofContacts: found.filter { $0.details != nil }.map(\.contactID), db))
            return found
        }
    }

    public func sentHandoffs(points: [String]?, since: CivilDate, by actor: Actor) throws -> [Handoff] {
        let list = points ?? pointOrder
        guard !list.isEmpty else { return [] }
        let start = Timestamp(date: since, hour: 0, minute: 0, offsetMinutes: 14 * 60).instant
        return try writer.write { db in
            let found = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.handoffColumns) WHERE h."point" IN (\(list.map { _ in "?" }.joined(separator: ", "))) AND h."sent_instant" >= ?
                    ORDER BY h."sent_instant" DESC, h."id" DESC
                    """,
                arguments: StatementArguments(list) + [start]
            ).map { row in
                var found = Self.handoff(row, details: false)
                found.tries = try Self.tries(db, of: found.id)
                return found
            }.filter { $0.record.sentAt.date >= since }
            // As on PostgreSQL: which points, since when, how many, and the clients whose handoffs it lists.
            try Self.audit(
                db, actor, details: "handoffs sent since \(since) from \(points?.joined(separator: ", ") ?? "all points"): \(found.count)",
                contacts: 0, clients: try Self.clients(ofContacts: found.map(\.contactID), db))
            return found
        }
    }

    public func handoffsChanged() throws -> Bool {
        let count = try writer.read { db in
            try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = 'handoff_changes'"#)
        } ?? "0"
        return handoffChangesSeen.withLock { seen in
            defer { seen = count }
            return seen != count
        }
    }

    /// Audited as `neuvo.handoff_records` audits it on PostgreSQL (`export --kind handoffs` reads here; a report reads
    /// through `periodReport`, whose own row names the period).
    public func handoffRecords(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [HandoffRecord] {
        try writer.write { db in
            let records = try Self.handoffRecords(db, from: from, to: to, point: point)
            try Self.audit(db, actor, details: "handoff figures " + Self.period(from, to, point), contacts: 0)
            return records
        }
    }

    /// The figures of the handoffs sent from `from` to `to` (by `sent_at`'s day as written), at `point` (nil: all).
    static func handoffRecords(_ db: Database, from: CivilDate, to: CivilDate, point: String?) throws -> [HandoffRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(handoffColumns) WHERE substr(h."sent_at", 1, 10) BETWEEN ? AND ? AND (? IS NULL OR h."point" = ?)
                ORDER BY h."sent_instant", h."id"
                """,
            arguments: [from.description, to.description, point, point]
        ).map { handoff($0, details: false).record }
    }

    public func importHandoffs(_ records: [HandoffRecord], details: String, by actor: Actor) throws {
        for record in records {
            if !points.contains(record.point) { throw HandoffError.invalid(HandoffProblem(.point, .handoffUnknownPoint, ["code": record.point])) }
            if vocabulary.referral[record.service]?.kind != .internal {
                throw HandoffError.invalid(HandoffProblem(.service, .handoffUnknownService, ["code": record.service]))
            }
        }
        try writer.write { db in
            for r in records {
                try db.execute(
                    sql: """
                        INSERT INTO "handoff" ("point", "service", "urgency", "sent_at", "sent_instant", "sent_by", "taken_at", "taken_instant",
                            "closed_at", "closed_instant", "result", "tries") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        r.point, r.service, r.urgency.rawValue, r.sentAt.description, r.sentAt.instant, actor.user, r.takenAt?.description,
                        r.takenAt?.instant, r.closedAt?.description, r.closedAt?.instant, r.result?.rawValue, r.tries,
                    ])
            }
            try Self.noteHandoffChange(db)
            try Self.audit(db, actor, details: details, contacts: 0)
        }
    }

    @discardableResult
    public func eraseHandoffDetails(now: Timestamp, by actor: Actor) throws -> Int {
        try writer.write { db in try Self.eraseHandoffDetails(db, now: now, by: actor) }
    }

    /// `eraseHandoffDetails` in the caller's transaction (`neuvo retention` runs it with the rest of its work).
    static func eraseHandoffDetails(_ db: Database, now: Timestamp, by actor: Actor) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM "handoff_detail" WHERE "handoff_id" IN (
                    SELECT "id" FROM "handoff" WHERE "closed_instant" < ? OR "sent_instant" < ?)
                """,
            arguments: [now.instant - HandoffErasure.afterClosingSeconds, now.instant - HandoffErasure.afterSendingSeconds])
        let erased = db.changesCount
        if erased > 0 {
            try noteHandoffChange(db)
            try audit(db, actor, details: "handoff details erased: \(erased) handoffs", contacts: 0)
        }
        return erased
    }
}

extension SQLiteLog {
    /// On a reader of the pool and not audited, as the board's other figures (`board`).
    public func boardHandoffs(points: [String], by actor: Actor) throws -> [String: OpenFollowUps] {
        guard !points.isEmpty else { return [:] }
        return try writer.read { db in
            var open: [String: OpenFollowUps] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT "service", count(*), min("sent_instant") FROM "handoff"
                    WHERE "closed_at" IS NULL AND "point" IN (\(points.map { _ in "?" }.joined(separator: ", ")))
                    GROUP BY "service"
                    """,
                arguments: StatementArguments(points))
            while let row = try rows.next() { open[row[0]] = OpenFollowUps(count: row[1], oldest: row[2]) }
            return open
        }
    }
}
