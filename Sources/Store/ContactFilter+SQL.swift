import Guidance

/// Where the two backends' SQL differs for the contact filter: how a table is named, how a boolean column is true,
/// and how the filter's code (or codes) come in — SQLite binds `?`, the PostgreSQL function reads its arguments
/// `code` and `codes`. The condition itself is written once (`ContactFilter.condition(named:_:)`); SQLite runs it,
/// PostgreSQL's migration v15 holds it, generated into the function that pages the list behind a figure.
struct SQLDialect: Sendable {
    /// `"contact_topic"` / `neuvo.contact_topic`.
    let table: @Sendable (String) -> String
    /// A boolean column of the contact `c` as a condition: `c."resolved" = 1` / `c."resolved"`.
    let flag: @Sendable (String) -> String
    /// The filter's code.
    let code: String
    /// `column` is one of the filter's codes (`count` of them, SQLite's placeholders).
    let anyCode: @Sendable (_ column: String, _ count: Int) -> String
    /// A code as a column of `kind` stores it (`value`: the code as it comes in): itself where the column holds the text;
    /// SQLite's contact codes, topics and referrals hold an id of its `code` table (v19).
    var coded: @Sendable (_ kind: String, _ value: String) -> String = { _, value in value }
    /// `anyCode` for a column holding ids of `kind` (nil: the column holds the text, `anyCode` as it is).
    var anyCoded: (@Sendable (_ kind: String, _ column: String, _ count: Int) -> String)? = nil
    /// The hour of the contact `c`'s local time as two digits (`"09"`): PostgreSQL's v15 reads it from the stored text,
    /// v20 from the instant and the offset.
    var hour: String = #"substr(c."occurred_at", 12, 2)"#
    /// The contact `c` has the topic `code` (nil: a row of `contact_topic` names it; PostgreSQL from v20 keeps the topics'
    /// ids in an array in the contact's row).
    var hasTopic: (@Sendable (_ code: String) -> String)? = nil
    /// The condition of a referral filter (`referral`, `referral_kind`, `referral_outcome`) on the contact `c` (nil: rows of
    /// `contact_referral` name them; PostgreSQL from v22 keeps them in an array in the contact's row).
    var referralCondition: (@Sendable (_ name: String) -> String)? = nil
    /// The contact `c`'s column naming its client (PostgreSQL from v25: the client's number, not the pseudonym).
    var client = "client_ref"

    static let sqlite = SQLDialect(
        table: { #""\#($0)""# }, flag: { #"c."\#($0)" = 1"# }, code: "?",
        anyCode: { column, count in count == 0 ? "false" : column + " IN (" + Array(repeating: "?", count: count).joined(separator: ", ") + ")" },
        coded: { kind, value in Schema.codeID(kind, value) },
        anyCoded: { kind, column, count in
            count == 0 ? "false"
                : column + #" IN (SELECT "id" FROM "code" WHERE "kind" = '\#(kind)' AND "code" IN ("# + Array(repeating: "?", count: count).joined(separator: ", ") + "))"
        })

    static let postgres = SQLDialect(
        table: { "neuvo." + $0 }, flag: { #"c."\#($0)""# }, code: "code", anyCode: { column, _ in column + " = ANY (codes)" })

    /// PostgreSQL from v20: the contact's channel, reason, age group and who made contact are ids of `neuvo.term` (the
    /// filter's word looked up once: an uncorrelated subquery), its topics an array of them, its time an instant and an
    /// offset.
    static let postgresV20 = SQLDialect(
        table: { "neuvo." + $0 }, flag: { #"c."\#($0)""# }, code: "code", anyCode: { column, _ in column + " = ANY (codes)" },
        coded: { kind, value in
            PostgresSchema.v20TermColumns.contains(kind) ? #"(SELECT w."id" FROM neuvo.term AS w WHERE w."word" = \#(value))"# : value
        },
        hour: #"neuvo.occurred_hour(c."instant", c."utc_offset")"#,
        hasTopic: { code in #"c."topics" @> ARRAY[(SELECT w."id" FROM neuvo.term AS w WHERE w."word" = \#(code))::smallint]"# })

    /// PostgreSQL from v22: as v20, and the contact's referrals in its row, each referral's id followed by its outcome's
    /// id negated (`neuvo.referral_terms`): each filter one containment test. The ids a topic, referral, outcome or kind
    /// filter tests are looked up before the query into the function's variable `filter_terms` (`filterTerms`), so that
    /// the planner sees them as values and estimates the test from the array's element statistics (an id from a subquery
    /// it cannot: a frequent referral's year sorted the whole period instead of walking (day, instant, id) to the page).
    static let postgresV22: SQLDialect = {
        var d = postgresV20
        d.hasTopic = { _ in #"c."topics" @> filter_terms"# }
        d.referralCondition = { name in
            name == "referral_kind" ? #"c."referrals" && filter_terms"# : #"c."referrals" @> filter_terms"#
        }
        return d
    }()

    /// PostgreSQL from v25: as v22, the contact's client by its number in `neuvo.client`.
    static let postgresV25: SQLDialect = {
        var d = postgresV22
        d.client = "client"
        return d
    }()

    /// v22's `filter_terms` for the filter named by the variable `filter` (its word `code`, a kind's `codes`): the ids its
    /// containment test takes, `{NULL}` for a word the dictionary lacks (contains nothing), `{}` a kind without codes.
    static let postgresV22FilterTerms = #"""
        CASE WHEN filter IN ('topic', 'unmet_need_topic', 'referral') THEN ARRAY[(SELECT w."id" FROM neuvo.term AS w WHERE w."word" = code)::smallint]
                             WHEN filter = 'referral_outcome' THEN ARRAY[(SELECT -w."id" FROM neuvo.term AS w WHERE w."word" = code)::smallint]
                             WHEN filter = 'referral_kind' THEN ARRAY(SELECT w."id"::smallint FROM neuvo.term AS w WHERE w."word" = ANY (codes)) END
        """#
}

extension ContactFilter {
    /// Every filter's name, as `name` gives it and `neuvo.contacts_page` takes it.
    static let names = [
        "all", "channel", "reason", "topic", "referral", "referral_kind", "age_group", "contact_by", "segment", "hour", "resolved",
        "with_client_ref", "verified", "repeats", "identified", "referral_outcome", "with_unmet_need", "unmet_need", "unmet_need_topic",
        "consulted", "consulted_resolved", "consultation",
    ]

    /// The filter's name, its code (for a kind of referral the kind) and the codes its condition takes (`code` once,
    /// or for a kind of referral its destinations as data/ gives them).
    func arguments(_ vocabulary: Vocabulary) -> (name: String, code: String?, codes: [String]) {
        switch self {
        case .all: ("all", nil, [])
        case .channel(let code): ("channel", code, [code])
        case .reason(let code): ("reason", code, [code])
        case .topic(let code): ("topic", code, [code])
        case .referral(let code): ("referral", code, [code])
        case .referralKind(let kind):
            // The kinds come from data/, as `Report.countReferralKinds` reads them; a code of neither kind counts in neither.
            ("referral_kind", kind.rawValue, vocabulary.referral.terms.filter { $0.kind == kind }.map(\.code))
        case .ageGroup(let code): ("age_group", code, [code])
        case .contactBy(let code): ("contact_by", code, [code])
        case .segment(let code): ("segment", code, [code])
        case .hour(let code): ("hour", code, [code])
        case .resolved: ("resolved", nil, [])
        case .withClientRef: ("with_client_ref", nil, [])
        case .verified: ("verified", nil, [])
        case .repeats: ("repeats", nil, [])
        case .identified: ("identified", nil, [])
        case .referralOutcome(let outcome): ("referral_outcome", outcome, [outcome])
        case .withUnmetNeed: ("with_unmet_need", nil, [])
        case .unmetNeed(let code): ("unmet_need", code, [code])
        case .unmetNeedTopic(let code): ("unmet_need_topic", code, [code])
        case .consulted: ("consulted", nil, [])
        case .consultedResolved: ("consulted_resolved", nil, [])
        case .consultation(let code): ("consultation", code, [code])
        }
    }

    /// The SQL condition on the contact `c` that selects what `Report.count` counts under the figure named `name`
    /// (`codes`: how many codes a kind of referral binds on SQLite). Its aliases (`t`, `x`, `u`) are none of the names
    /// PostgreSQL's functions give their variables (`r` is one).
    static func condition(named name: String, _ d: SQLDialect, codes: Int = 1) -> String {
        func exists(_ table: String, _ alias: String, _ condition: String = "") -> String {
            #"EXISTS (SELECT 1 FROM \#(d.table(table)) AS \#(alias) WHERE \#(alias)."contact_id" = c."id"\#(condition))"#
        }
        let code = d.code
        switch name {
        case "all": return "true"
        case "channel": return #"c."channel" = \#(d.coded("channel", code))"#
        case "reason": return #"c."reason" = \#(d.coded("reason", code))"#
        case "topic": return d.hasTopic?(code) ?? exists("contact_topic", "t", #" AND t."topic" = \#(d.coded("topic", code))"#)
        case "referral": return d.referralCondition?(name) ?? exists("contact_referral", "x", #" AND x."referral" = \#(d.coded("referral", code))"#)
        case "referral_kind":
            return d.referralCondition?(name) ?? exists("contact_referral", "x", " AND " + (d.anyCoded?("referral", #"x."referral""#, codes) ?? d.anyCode(#"x."referral""#, codes)))
        case "age_group": return #"c."age_group" = \#(d.coded("age_group", code))"#
        case "contact_by": return #"c."contact_by" = \#(d.coded("contact_by", code))"#
        case "segment": return #"c."segment" = \#(code)"#
        case "hour": return d.hour + " = " + code
        case "resolved": return d.flag("resolved")
        case "with_client_ref": return #"c."\#(d.client)" IS NOT NULL"#
        case "verified": return d.flag("resolved") + " AND NOT " + d.flag("has_repeat")
        case "repeats": return d.flag("has_repeat") + #" AND c."\#(d.client)" IS NOT NULL"#
        case "identified": return d.flag("identified")
        case "referral_outcome": return d.referralCondition?(name) ?? exists("contact_referral", "x", #" AND x."outcome" = \#(code)"#)
        case "with_unmet_need": return exists("contact_unmet_need", "u")
        case "unmet_need": return exists("contact_unmet_need", "u", #" AND u."need" = \#(code)"#)
        case "unmet_need_topic":
            return exists("contact_unmet_need", "u") + " AND " + (d.hasTopic?(code) ?? exists("contact_topic", "t", #" AND t."topic" = \#(d.coded("topic", code))"#))
        case "consulted": return #"c."consultation" IS NOT NULL"#
        case "consulted_resolved": return #"c."consultation" IS NOT NULL AND "# + d.flag("resolved")
        case "consultation": return #"c."consultation" = \#(code)"#
        default: preconditionFailure("no contact filter is named \(name)")
        }
    }

    /// The daily figure that counts exactly the contacts this filter selects, with its code (`''` for a figure
    /// without codes), for counting the list from the stored figures; nil where none does: the referrals' figures count
    /// referrals, and a pseudonym the retention removes leaves `with_client_ref` and `repeats` as they were counted.
    static func storedFigure(named name: String) -> String? {
        switch name {
        case "all": "contacts"
        case "resolved": "resolved"
        case "verified": "verified"
        case "identified": "identified"
        case "channel": "by_channel"
        case "reason": "by_reason"
        case "topic": "by_topic"
        case "age_group": "by_age_group"
        case "segment": "by_segment"
        case "contact_by": "by_contact_by"
        case "hour": "by_hour"
        default: nil
        }
    }

    /// The filter named `name` with `code` as `description` words it (for a kind of referral, `code` stands for the kind).
    static func described(named name: String, code: String) -> String {
        let filter: ContactFilter = switch name {
        case "all": .all
        case "channel": .channel(code)
        case "reason": .reason(code)
        case "topic": .topic(code)
        case "referral": .referral(code)
        case "referral_kind": .referralKind(.internal)
        case "age_group": .ageGroup(code)
        case "contact_by": .contactBy(code)
        case "segment": .segment(code)
        case "hour": .hour(code)
        case "resolved": .resolved
        case "with_client_ref": .withClientRef
        case "verified": .verified
        case "repeats": .repeats
        case "identified": .identified
        case "referral_outcome": .referralOutcome(code)
        case "with_unmet_need": .withUnmetNeed
        case "unmet_need": .unmetNeed(code)
        case "unmet_need_topic": .unmetNeedTopic(code)
        case "consulted": .consulted
        case "consulted_resolved": .consultedResolved
        case "consultation": .consultation(code)
        default: preconditionFailure("no contact filter is named \(name)")
        }
        guard case .referralKind(let kind) = filter else { return filter.description }
        return code + filter.description.dropFirst(kind.rawValue.count)
    }
}
