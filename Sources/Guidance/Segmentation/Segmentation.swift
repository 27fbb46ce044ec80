import Foundation

/// One axis's score, kept in tenths so that rounding and the threshold are exact.
public struct AxisScore: Equatable, Sendable {
    /// The score × 10: 625 is 62.5.
    public let tenths: Int
    public let answered: Int
    public let isHigh: Bool

    public var value: Double { Double(tenths) / 10 }

    /// `(mean − 1) / 4 × 100`, rounded half away from zero to one decimal, in integer arithmetic:
    /// with n answers summing to s the score is (s − n) · 250 / n tenths, never negative.
    static func of(_ values: [Int], thresholdTenths: Int) -> AxisScore {
        let n = values.count, s = values.reduce(0, +)
        let tenths = ((s - n) * 500 + n) / (2 * n)
        return AxisScore(tenths: tenths, answered: n, isHigh: tenths >= thresholdTenths)
    }
}

/// The answers of one assessment: item id → 1…5. An item left out is unanswered.
public struct Answers: Equatable, Sendable {
    public var values: [String: Int]

    public init(_ values: [String: Int] = [:]) {
        self.values = values
    }
}

/// Something that keeps an assessment from being scored, naming the item.
public enum AnswerProblem: Error, Equatable, Sendable {
    /// The document is not `{"client": {…}, "professional": {…}}`.
    case notAnAnswerDocument
    /// The axis's answers are not an object of item → answer.
    case axisNotAnObject(Instrument.AxisID)
    case unknownItem(axis: Instrument.AxisID, item: String)
    /// An answer that is not a whole number 1–5, as it was written.
    case outOfRange(item: String, value: String)
    /// Fewer valid answers than the axis needs; lists the items left unanswered (not those named as bad).
    case tooFewAnswered(axis: Instrument.AxisID, answered: Int, missing: [String], minimum: Int)
    /// A top-level key other than the two axes and `override`.
    case unknownKey(String)
    /// `override` is not `{"segment": …, "reason": …}` with a known segment.
    case overrideMalformed
    case unknownSegment(String)
    case overrideReason(Override.Problem)
}

public struct AnswerProblems: Error, Equatable, Sendable {
    public let problems: [AnswerProblem]
}

/// The professional's decision to place the client in another segment than the computed one.
public struct Override: Equatable, Sendable {
    public let segment: Segment
    public let reason: String

    public enum Problem: Error, Equatable, Sendable {
        case reasonMissing
        /// The reason holds a personal identity code, which is never stored.
        case reasonHasIdentityCode
    }

    public init(segment: Segment, reason: String) throws(Problem) {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .reasonMissing }
        guard !IdentityCode.appears(in: trimmed) else { throw .reasonHasIdentityCode }
        self.segment = segment
        self.reason = trimmed
    }
}

/// A scored assessment: both axis scores, the computed segment and any override beside it.
public struct Assessment: Equatable, Sendable {
    public let answers: Answers
    public let clientScore: AxisScore
    public let needScore: AxisScore
    public let computedSegment: Segment
    public var override: Override?

    /// The segment that counts: the professional's override, else the computed one.
    public var segment: Segment { override?.segment ?? computedSegment }
}

extension Instrument {
    /// Scores `answers` as CONTRACT §2 says; an axis with too few answers names its unanswered items.
    /// Values are expected to be 1–5 (read them with `readAnswers` or a 1–5 picker).
    public func assess(_ answers: Answers) throws(AnswerProblems) -> Assessment {
        var scores: [AxisID: AxisScore] = [:]
        var problems: [AnswerProblem] = []
        for axis in axes {
            do {
                scores[axis.id] = try score(axis, answers)
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty, let client = scores[.client], let need = scores[.professional] else {
            throw AnswerProblems(problems: problems)
        }
        return Assessment(
            answers: answers, clientScore: client, needScore: need,
            computedSegment: Segment(copingHigh: client.isHigh, needHigh: need.isHigh))
    }

    /// One axis's score from its answers (the other axis may still be open), or which of its items are missing.
    public func score(_ axis: Axis, _ answers: Answers) throws(AnswerProblem) -> AxisScore {
        let given = axis.items.compactMap { answers.values[$0.id] }
        guard given.count >= axis.minimumAnswered else {
            let missing = axis.items.map(\.id).filter { answers.values[$0] == nil }
            throw .tooFewAnswered(axis: axis.id, answered: given.count, missing: missing, minimum: axis.minimumAnswered)
        }
        return AxisScore.of(given, thresholdTenths: thresholdTenths)
    }

    /// Reads and scores `{"client": {"C1": 4, …}, "professional": {"P1": 2, …}}`, with an optional
    /// `"override": {"segment": …, "reason": …}`; `null` or an absent item is unanswered.
    /// Every unknown item, bad value, missing answer and override problem is reported together.
    public func readAssessment(_ document: JSONValue) throws(AnswerProblems) -> Assessment {
        guard case .object(let top) = document else { throw AnswerProblems(problems: [.notAnAnswerDocument]) }
        var problems: [AnswerProblem] = []
        for key in top.keys.sorted() where AxisID(rawValue: key) == nil && key != "override" {
            problems.append(.unknownKey(key))
        }
        let answers = readAnswers(top, problems: &problems)
        let override = readOverride(top["override"], problems: &problems)
        var assessment: Assessment?
        do {
            assessment = try assess(answers)
        } catch {
            let named = Set(problems.compactMap { problem -> String? in
                if case .outOfRange(let item, _) = problem { return item } else { return nil }
            })
            problems += error.problems.map { problem in
                guard case .tooFewAnswered(let axis, let answered, let missing, let minimum) = problem else { return problem }
                return .tooFewAnswered(axis: axis, answered: answered, missing: missing.filter { !named.contains($0) }, minimum: minimum)
            }
        }
        guard problems.isEmpty, var assessment else { throw AnswerProblems(problems: problems) }
        assessment.override = override
        return assessment
    }

    private func readAnswers(_ top: [String: JSONValue], problems: inout [AnswerProblem]) -> Answers {
        var answers = Answers()
        for axis in axes {
            guard let given = top[axis.id.rawValue], given != .null else { continue }
            guard case .object(let byItem) = given else {
                problems.append(.axisNotAnObject(axis.id))
                continue
            }
            let known = Set(axis.items.map(\.id))
            for item in byItem.keys.sorted() {
                let value = byItem[item]!
                guard known.contains(item) else {
                    problems.append(.unknownItem(axis: axis.id, item: item))
                    continue
                }
                if value == .null { continue }
                guard let n = value.integer, Scale.values.contains(n) else {
                    problems.append(.outOfRange(item: item, value: value.written))
                    continue
                }
                answers.values[item] = n
            }
        }
        return answers
    }

    private func readOverride(_ value: JSONValue?, problems: inout [AnswerProblem]) -> Override? {
        guard let value, value != .null else { return nil }
        guard case .object(let fields) = value, case .string(let code)? = fields["segment"] else {
            problems.append(.overrideMalformed)
            return nil
        }
        guard let segment = Segment(rawValue: code) else {
            problems.append(.unknownSegment(code))
            return nil
        }
        var reason = ""
        if case .string(let text)? = fields["reason"] { reason = text }
        do {
            return try Override(segment: segment, reason: reason)
        } catch {
            problems.append(.overrideReason(error))
            return nil
        }
    }
}

extension JSONValue {
    /// The value as it would be written in JSON, for messages.
    var written: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): "\"\(s)\""
        case .array: "[…]"
        case .object: "{…}"
        }
    }
}
