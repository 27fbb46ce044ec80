import Foundation
import Guidance
import PQ

/// The warm handoff (CONTRACT §9) on PostgreSQL: each method one `neuvo.*` function of v9, which decides in the server
/// who may (`PostgresSchema.v9`). The request is checked here too, so that a refusal names the field in the user's
/// language; the server checks it again, for a `psql` caller.
extension PostgresLog: HandoffStore {
    /// A refusal of the handoff functions in the store's terms: a handoff this login may not see, a move its state does
    /// not allow; the rest as `run` gives it.
    func handoffCall<T>(_ id: Int64?, _ body: (PQConnection) throws -> T) throws -> T {
        do {
            return try run(body)
        } catch let error as PQError {
            if error.sqlState == "P0002", let detail = error.detail, detail.hasPrefix("handoff "), let found = Int64(detail.dropFirst(8)) {
                throw HandoffError.notFound(id: found)
            }
            if error.sqlState == "55000", let id { throw HandoffError.wrongState(id: id, reason: Self.afterColon(error.message)) }
            if error.sqlState == "22023" { throw HandoffError.refused(reason: error.message) }
            throw error
        }
    }

    static func afterColon(_ message: String) -> String {
        guard let range = message.range(of: ": ") else { return message }
        return String(message[range.upperBound...])
    }

    public func sendHandoff(_ request: HandoffRequest, fromContact contactID: Int64?, by actor: Actor) throws -> Int64 {
        if let problem = request.problem(points: points, vocabulary: vocabulary) { throw HandoffError.invalid(problem) }
        let d = request.details
        return try handoffCall(nil) { c in
            try c.exec(
                "SELECT neuvo.send_handoff($1, $2, $3, $4::boolean, $5, $6, $7, $8, $9, $10::bigint, $11)",
                [
                    request.point, request.service, request.urgency.rawValue, request.consent ? "true" : "false", d.name, d.phone,
                    d.language?.rawValue, d.when, d.note, contactID.map(String.init), actor.command,
                ]
            ).integer64(0, 0)
        }
    }

    /// Handoffs from rows of `neuvo.handoff_row`.
    static func handoffs(_ rows: PQResult) -> [Handoff] {
        (0..<rows.rowCount).map { row in
            func stamp(_ column: Int) -> Timestamp? { rows[row, column].flatMap { try? Timestamp(iso: $0) } }
            let record = HandoffRecord(
                sentAt: stamp(6)!, point: rows.text(row, 3), service: rows.text(row, 4), urgency: HandoffUrgency(rawValue: rows.text(row, 5)) ?? .normal,
                takenAt: stamp(8), closedAt: stamp(10), result: rows[row, 12].flatMap(HandoffResult.init(rawValue:)), tries: rows.integer(row, 14))
            var found = Handoff(
                id: rows.integer64(row, 0), record: record, contactID: rows[row, 1].flatMap { Int64($0) }, referral: rows[row, 2],
                sentBy: rows.text(row, 7), takenBy: rows[row, 9], closedBy: rows[row, 11], returnReason: rows[row, 13], erased: rows.flag(row, 15))
            if let name = rows[row, 16], let phone = rows[row, 17] {
                found.details = HandoffDetails(
                    name: name, phone: phone, language: rows[row, 18].flatMap(HandoffLanguage.init(rawValue:)), when: rows[row, 19], note: rows[row, 20])
            }
            found.tries = (rows[row, 21] ?? "").split(separator: ";").compactMap { entry in
                let parts = entry.split(separator: " ", maxSplits: 2).map(String.init)
                guard parts.count == 3, let at = try? Timestamp(iso: parts[0]) else { return nil }
                return HandoffTry(at: at, reached: parts[1] == "true", by: parts[2])
            }
            return found
        }
    }

    public func handoffQueue(services: [String]?, by actor: Actor) throws -> [Handoff] {
        try handoffCall(nil) { c in
            Self.handoffs(try c.exec("SELECT * FROM neuvo.handoff_queue($1::text[], $2)", [services.map(PGArray.literal), actor.command]))
        }
    }

    public func openHandoff(id: Int64, by actor: Actor) throws -> Handoff {
        try handoffCall(id) { c in
            Self.handoffs(try c.exec("SELECT * FROM neuvo.open_handoff($1::bigint, $2)", [String(id), actor.command]))[0]
        }
    }

    public func takeHandoff(id: Int64, by actor: Actor) throws {
        try handoffCall(id) { c in _ = try c.exec("SELECT neuvo.take_handoff($1::bigint, $2)", [String(id), actor.command]) }
    }

    public func recordHandoffTry(id: Int64, reached: Bool, by actor: Actor) throws {
        try handoffCall(id) { c in
            _ = try c.exec("SELECT neuvo.record_handoff_try($1::bigint, $2::boolean, $3)", [String(id), reached ? "true" : "false", actor.command])
        }
    }

    public func closeHandoff(id: Int64, result: HandoffResult, by actor: Actor) throws {
        guard result != .returned else { throw HandoffError.wrongState(id: id, reason: "a handoff is returned with a reason") }
        try handoffCall(id) { c in
            _ = try c.exec("SELECT neuvo.close_handoff($1::bigint, $2, $3)", [String(id), result.rawValue, actor.command])
        }
    }

    public func returnHandoff(id: Int64, reason: String, by actor: Actor) throws {
        if let problem = HandoffDetails.checkText(reason, .reason, limit: HandoffDetails.reasonLimit, required: true) {
            throw HandoffError.invalid(problem)
        }
        try handoffCall(id) { c in _ = try c.exec("SELECT neuvo.return_handoff($1::bigint, $2, $3)", [String(id), reason, actor.command]) }
    }

    public func resendHandoff(id: Int64, to service: String, by actor: Actor) throws -> Int64 {
        guard vocabulary.referral[service]?.kind == .internal else {
            throw HandoffError.invalid(HandoffProblem(.service, .handoffUnknownService, ["code": service]))
        }
        return try handoffCall(id) { c in
            try c.exec("SELECT neuvo.resend_handoff($1::bigint, $2, $3)", [String(id), service, actor.command]).integer64(0, 0)
        }
    }

    public func handoffs(open: Bool, details: Bool, by actor: Actor) throws -> [Handoff] {
        try handoffCall(nil) { c in
            Self.handoffs(
                try c.exec(
                    "SELECT * FROM neuvo.handoff_list($1::boolean, $2::boolean, $3)", [open ? "true" : "false", details ? "true" : "false", actor.command]))
        }
    }

    public func sentHandoffs(points: [String]?, since: CivilDate, by actor: Actor) throws -> [Handoff] {
        try handoffCall(nil) { c in
            Self.handoffs(
                try c.exec("SELECT * FROM neuvo.sent_handoffs($1::text[], $2::date, $3)", [points.map(PGArray.literal), since.description, actor.command]))
        }
    }

    /// Asks the server's count only after a notification on the channel (any session's, this one's too) or a
    /// reconnection: a tick with nothing heard costs no round trip. A login that hears nothing (no channel) always asks.
    public func handoffsChanged() throws -> Bool {
        if connection.isConnected && channel != nil {
            do {
                try readNotifications()
            } catch where !error.isConnectionProblem {
                throw error
            } catch {}
            guard heard.withLock({ heard in defer { heard.any = false }; return heard.any }) else { return false }
        }
        let count = try run { c in try c.exec("SELECT neuvo.handoff_changes()").integer64(0, 0) }
        return handoffChangesSeen.withLock { seen in
            defer { seen = count }
            return seen != count
        }
    }

    public func handoffRecords(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [HandoffRecord] {
        try run { c in try Self.handoffRecords(c, from: from, to: to, point: point, command: actor.command) }
    }

    /// The figures of the handoffs sent in the period through `neuvo.handoff_records` (which applies the caller's points
    /// and audits the read), on the connection `c`.
    static func handoffRecords(_ c: PQConnection, from: CivilDate, to: CivilDate, point: String?, command: String) throws -> [HandoffRecord] {
        let rows = try c.exec("SELECT * FROM neuvo.handoff_records($1::date, $2::date, $3, $4)", [from.description, to.description, point, command])
        return (0..<rows.rowCount).compactMap { row in
            func stamp(_ column: Int) -> Timestamp? { rows[row, column].flatMap { try? Timestamp(iso: $0) } }
            guard let sent = stamp(0) else { return nil }
            return HandoffRecord(
                sentAt: sent, point: rows.text(row, 1), service: rows.text(row, 2), urgency: HandoffUrgency(rawValue: rows.text(row, 3)) ?? .normal,
                takenAt: stamp(4), closedAt: stamp(5), result: rows[row, 6].flatMap(HandoffResult.init(rawValue:)), tries: rows.integer(row, 7))
        }
    }

    /// Through `neuvo.board_handoffs`, which decides the caller's points in the server (an advisor: hers only).
    public func boardHandoffs(points: [String], by actor: Actor) throws -> [String: OpenFollowUps] {
        try run { c in
            let rows = try c.exec(#"SELECT "service", "open", "oldest" FROM neuvo.board_handoffs($1::text[])"#, [PGArray.literal(points)])
            var open: [String: OpenFollowUps] = [:]
            for row in 0..<rows.rowCount { open[rows.text(row, 0)] = OpenFollowUps(count: rows.integer(row, 1), oldest: rows.int64(row, 2)) }
            return open
        }
    }

    public func importHandoffs(_ records: [HandoffRecord], details: String, by actor: Actor) throws {
        func text(_ value: String?) -> JSONOut { value.map { .string($0) } ?? .null }
        let json = JSONOut.array(
            records.map { r in
                .object([
                    ("sent_at", .string(r.sentAt.description)), ("point", .string(r.point)), ("service", .string(r.service)),
                    ("urgency", .string(r.urgency.rawValue)), ("taken_at", text(r.takenAt?.description)), ("closed_at", text(r.closedAt?.description)),
                    ("result", text(r.result?.rawValue)), ("tries", .int(r.tries)),
                ])
            }
        ).written()
        try transaction { c in _ = try c.exec("SELECT neuvo.import_handoffs($1::jsonb, $2, $3)", [json, details, actor.command]) }
    }

    @discardableResult
    public func eraseHandoffDetails(now: Timestamp, by actor: Actor) throws -> Int {
        try run { c in
            try c.exec("SELECT neuvo.erase_handoff_details($1::bigint, $2)", [String(now.instant), actor.command]).integer(0, 0)
        }
    }
}
