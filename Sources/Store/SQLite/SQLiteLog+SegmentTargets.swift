import Foundation
import GRDB
import Guidance

extension SQLiteLog {
    /// One query over only the segmented contacts of the period.
    public func segmentShares(
        from: CivilDate, to: CivilDate, point: String?, targets: SegmentTargets, by actor: Actor
    ) throws -> SegmentShares {
        try writer.write { db in
            var conditions = [#"c."day" BETWEEN ? AND ?"#, #"c."segment" IS NOT NULL"#]
            var arguments: StatementArguments = [from.description, to.description]
            if let point {
                conditions.append(#"c."point" = "# + Schema.codeID("point"))
                arguments += [point]
            }
            // The topics only where the rule needs them: for contacts without a chain of their own.
            let rows = try Row.fetchCursor(
                db,
                sql: #"""
                    SELECT c."segment", a."chain", c."age_group",
                        CASE WHEN a."chain" IS NULL THEN
                            (SELECT group_concat("topic", ';') FROM "contact_topic" WHERE "contact_id" = c."id")
                        END
                    FROM "contact" AS c LEFT JOIN "assessment" AS a ON a."contact_id" = c."id"
                    WHERE \#(conditions.joined(separator: " AND "))
                    """#,
                arguments: arguments)
            var shares = SegmentShares(from: from, to: to, point: point)
            while let row = try rows.next() {
                guard let segment = Segment(rawValue: row[0]) else { continue }
                // The age group and the topics as their codes' ids (v19), named here.
                shares.count(
                    segment, savedChain: row[1], ageGroup: try codes.code(row[2] as Int64, db) ?? "",
                    topics: try codes.codes(row[3], db).sorted(), targets: targets)
            }
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", segments by service chain", contacts: shares.total)
            return shares
        }
    }
}
