import Guidance
import Store
import Terminal

/// The segmentation instrument of CONTRACT §2 for the contact on the form: the client's statements and the
/// professional's aspects answered 1–5, both scores as they are answered, the 2 × 2 grid with the client's
/// place, the service menu of the chosen service chain, and an override of the segment with its reason.
/// Done, it hands the assessment and the chain back to the form, which saves them with the contact.
struct SegmentationScreen: Screen {
    /// Where the keys go: the items, or the override's segment or its reason.
    enum Focus: Equatable, Sendable {
        case items, overrideSegment, overrideReason
    }

    enum Action: Sendable {
        case done, answer, clear, next, previous, chain, override, switchView, clearAll, back
        case overrideSwitch, acceptReason, toAnswers, removeOverride
        /// Trainer mode: the practice clients.
        case personas
    }

    /// What the screen holds that the form would keep: to tell whether anything changed.
    typealias Snapshot = SegmentationProgress

    /// Every item in the order the screen lists them: C1…C6, then P1…P5.
    let itemIDs: [String]
    /// Item id → answer 1–5; an item left out is unanswered.
    var answers: [String: Int]
    /// The item the cursor is on, over `itemIDs`.
    var item = 0
    var focus = Focus.items
    /// A code of the vocabulary's service chains; nil: none chosen.
    var chain: String?
    /// The professional's segment when it differs from the computed one; nil: the computed one applies.
    var overrideSegment: Segment?
    var segmentPicker: Picker
    var reason = TextField(maxLength: 200)
    /// Why the reason is not accepted, shown at the field.
    var reasonProblem: String?
    /// Where there is room for the grid or the service menu but not both: the menu is shown.
    var showsMenu = false
    /// Esc once after changes asks; Esc again discards them.
    var discardAsked = false
    let initial: Snapshot
    /// A segmentation left unfinished (kept in the form's draft) that this screen goes on with; Esc returns to it.
    let resumed: SegmentationProgress?
    /// The chain the contact's topics gave, shown as such until `c` changes it.
    var inferredChain: String?

    /// The form's current assessment and chain (both nil for a contact not yet segmented). Without a chain of its own,
    /// the contact's topics and age group give one by the region's rule (`segment-targets.json`: mental health ⇒ the
    /// mental health and substance use chain) when a chain there names them, which `c` still changes.
    init(assessment: Assessment?, chain: String?, topics: [String] = [], ageGroup: String? = nil, _ context: AppContext) {
        // A chain that names one of the topics or the age group; not the rule's "otherwise", which says nothing of them.
        let named = context.catalog.segmentTargets.chains.first {
            !$0.topics.isDisjoint(with: topics) || $0.ageGroups.contains(ageGroup ?? Vocabulary.unknownAgeGroup)
        }
        let inferred = chain == nil && !topics.isEmpty ? named?.code : nil
        self.init(answers: assessment?.answers.values ?? [:], chain: chain ?? inferred, overrideSegment: assessment?.override?.segment,
                  reason: assessment?.override?.reason ?? "", resumed: nil, context)
        if let inferred {
            inferredChain = inferred
            showsMenu = false
        }
    }

    /// Goes on with a segmentation left unfinished, as the form's draft kept it.
    init(resuming progress: SegmentationProgress, _ context: AppContext) {
        self.init(answers: progress.answers, chain: progress.chain, overrideSegment: progress.overrideSegment,
                  reason: progress.reason, resumed: progress, context)
    }

    private init(
        answers: [String: Int], chain: String?, overrideSegment: Segment?, reason: String, resumed: SegmentationProgress?,
        _ context: AppContext
    ) {
        let instrument = context.catalog.instrument
        itemIDs = instrument.axes.flatMap { $0.items.map(\.id) }
        self.answers = answers
        self.chain = chain
        self.overrideSegment = overrideSegment
        self.reason.set(reason)
        self.resumed = resumed
        let segments = context.vocabulary.segment.terms.compactMap { term in
            Segment(rawValue: term.code).map { Choice(code: $0.rawValue, label: term.label[context.language]) }
        }
        segmentPicker = Picker(choices: segments, mode: .single)
        segmentPicker.pageHeight = segments.count
        showsMenu = chain != nil
        initial = Snapshot(answers: answers, chain: chain, overrideSegment: overrideSegment, reason: reason)
        item = itemIDs.firstIndex { answers[$0] == nil } ?? 0
    }

    var snapshot: Snapshot {
        Snapshot(answers: answers, chain: chain, overrideSegment: overrideSegment, reason: reason.text)
    }

    // MARK: - Scoring

    /// The assessment of the answers as they stand, the override beside it when its reason is valid; the
    /// problems (the items left unanswered) otherwise.
    func assessment(_ context: AppContext) -> Result<Assessment, AnswerProblems> {
        do throws(AnswerProblems) {
            var assessment = try context.catalog.instrument.assess(Answers(answers))
            if let overrideSegment { assessment.override = try? Override(segment: overrideSegment, reason: reason.text) }
            return .success(assessment)
        } catch {
            return .failure(error)
        }
    }

    /// One axis's score from its own answers; nil while it has too few.
    static func score(_ axis: Instrument.Axis, answers: [String: Int], _ instrument: Instrument) -> AxisScore? {
        try? instrument.score(axis, Answers(answers))
    }

    /// Why the override's reason is refused, in the user's language.
    static func message(for problem: Override.Problem, _ context: AppContext) -> String {
        switch problem {
        case .reasonMissing: context.strings(.segmentationReasonMissing)
        case .reasonHasIdentityCode: context.strings(.segmentationReasonIdentityCode)
        }
    }

    // MARK: - Keys

    static let answerKeys = Instrument.Scale.values.map { Key.character(Character(String($0))) }
    static let chainKey = Key.character("c")
    static let viewKey = Key.character("v")
    static let personasKey = Key.character("l")

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        let done = KeyMap<Action>.Binding([.function(2), .control("s")] + (focus == .items ? [.enter] : []), .done,
                                          label: s(.segmentationKeyUse), inFooter: true)
        switch focus {
        case .items:
            let personas: [KeyMap<Action>.Binding] = context.isDemo && !context.personas.isEmpty
                ? [.init([Self.personasKey], .personas, label: s(.trainerKeyPersonas), inFooter: true)] : []
            return KeyMap([done] + personas + [
                .init(Self.answerKeys, .answer, label: s(.segmentationKeyAnswer)),
                .init([.character("0"), .character(" ")], .clear, label: s(.segmentationKeyClear)),
                .init([.down, .tab], .next, label: s(.segmentationKeyNext)),
                .init([.up, .backTab], .previous, label: s(.segmentationKeyPrevious)),
                .init([Self.chainKey], .chain, label: s(.segmentationKeyChain), inFooter: true),
                .init([.character("o")], .override, label: s(.segmentationKeyOverride), inFooter: true),
                .init([Self.viewKey], .switchView, label: s(.segmentationKeyView)),
                .init([.escape], .back, label: s(.segmentationKeyBack), inFooter: true),
                .init([.function(8)], .clearAll, label: s(.segmentationKeyClearAll)),
            ])
        case .overrideSegment, .overrideReason:
            var bindings = [done]
            if focus == .overrideReason { bindings.append(.init([.enter], .acceptReason, label: s(.segmentationKeyAcceptReason), inFooter: true)) }
            bindings += [
                .init([.escape], .toAnswers, label: s(.segmentationKeyToAnswers), inFooter: true),
                .init([.tab, .backTab], .overrideSwitch, label: s(.segmentationKeyOverrideSwitch), inFooter: true),
                .init([.function(8)], .removeOverride, label: s(.segmentationKeyRemoveOverride)),
            ]
            return KeyMap(bindings)
        }
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] {
        let help = keyMap(context).keyHelp.map { key in
            key.keys == Self.answerKeys.map(\.name).joined(separator: "/") ? KeyHelp(keys: "1–5", label: key.label, inFooter: key.inFooter) : key
        }
        guard focus == .overrideSegment else { return help }
        return help + [
            KeyHelp(keys: "1–\(segmentPicker.choices.count)", label: context.strings(.segmentationKeyPickSegment), inFooter: false),
            KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false),
        ]
    }

    func title(_ context: AppContext) -> String { context.strings(.segmentationTitle) }

    func guide(_ context: AppContext) -> String? {
        let instrument = context.catalog.instrument
        return context.strings(.segmentationGuide, [
            "client_min": String(instrument.client.minimumAnswered), "client_items": String(instrument.client.items.count),
            "need_min": String(instrument.professional.minimumAnswered), "need_items": String(instrument.professional.items.count),
            "threshold": Tenths.written(instrument.thresholdTenths, in: context.language), "marker": String(SegmentGrid.marker),
        ])
    }

    /// Only the override's reason takes a paste (the items and the segment are chosen, never typed).
    mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        guard focus == .overrideReason else { return [] }
        let before = snapshot
        guard reason.paste(text) else { return [] }
        reasonProblem = nil
        return reportingProgress(from: before, [])
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        let before = snapshot
        let effects = handleKey(key, context)
        return reportingProgress(from: before, effects)
    }

    /// After a change, the form below hears of it and keeps it in its draft: an unfinished segmentation
    /// survives a crash like the rest of the form. A reason holding an identity code is not passed on.
    func reportingProgress(from before: Snapshot, _ effects: [Effect]) -> [Effect] {
        guard snapshot != before, !effects.contains(where: { if case .pop = $0 { true } else { false } }) else { return effects }
        var progress = snapshot
        if IdentityCode.appears(in: progress.reason) { progress.reason = "" }
        return effects + [.deliverBelow(.segmentationInProgress(progress))]
    }

    mutating func handleKey(_ key: Key, _ context: AppContext) -> [Effect] {
        if key != .escape { discardAsked = false }
        if let action = keyMap(context).action(for: key) {
            if action == .answer, case .character(let c) = key, let value = c.wholeNumberValue {
                return answer(value)
            }
            return update(action, context)
        }
        switch focus {
        case .items:
            return []
        case .overrideSegment:
            switch key {
            case .character(let c) where !c.isWholeNumber && c != " ": return []
            default: break
            }
            guard segmentPicker.handle(key) == .picked, let code = segmentPicker.chosen.first else { return [] }
            return chooseOverride(Segment(rawValue: code), context)
        case .overrideReason:
            guard reason.handle(key) else { return [] }
            reasonProblem = nil
            return []
        }
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        let s = context.strings
        switch action {
        case .done: return done(context)
        case .answer: break
        case .clear: answers[itemIDs[item]] = nil
        case .next: item = min(item + 1, itemIDs.count - 1)
        case .previous: item = max(item - 1, 0)
        case .chain:
            inferredChain = nil
            let codes = context.vocabulary.serviceChain.codes
            let index = chain.flatMap { codes.firstIndex(of: $0) }
            chain = switch index {
            case nil: codes.first
            case let index? where index + 1 < codes.count: codes[index + 1]
            default: nil
            }
            showsMenu = chain != nil
        case .switchView: showsMenu.toggle()
        case .override:
            guard case .success(let assessment) = assessment(context) else {
                return [.status(s(.segmentationOverrideNeedsScores), .warning)]
            }
            segmentPicker.setChosen([(overrideSegment ?? assessment.computedSegment).rawValue])
            focus = .overrideSegment
        case .clearAll:
            answers = [:]
            item = 0
            removeOverride()
            return [.status(s(.segmentationCleared), .muted)]
        case .back:
            // Leaving puts the form's pending segmentation back to where this screen began.
            guard snapshot != initial, !discardAsked else { return [.deliverBelow(.segmentationInProgress(resumed)), .pop(nil)] }
            discardAsked = true
            return [.status(s(.segmentationDiscardAsk), .warning)]
        case .overrideSwitch:
            if focus == .overrideReason {
                focus = .overrideSegment
            } else if overrideSegment != nil {
                focus = .overrideReason
            }
        case .acceptReason:
            guard let overrideSegment else {
                focus = .items
                return []
            }
            do throws(Override.Problem) {
                _ = try Override(segment: overrideSegment, reason: reason.text)
                reasonProblem = nil
                focus = .items
            } catch {
                reasonProblem = Self.message(for: error, context)
            }
        case .toAnswers: focus = .items
        case .personas: return [.push(PersonasScreen(context))]
        case .removeOverride:
            removeOverride()
            focus = .items
            return [.status(s(.segmentationOverrideRemoved), .muted)]
        }
        return []
    }

    /// Answers the current item and moves on to the next.
    mutating func answer(_ value: Int) -> [Effect] {
        answers[itemIDs[item]] = value
        item = min(item + 1, itemIDs.count - 1)
        return []
    }

    /// The professional's choice of segment: the computed one takes any override away; another one asks for
    /// the reason next.
    mutating func chooseOverride(_ segment: Segment?, _ context: AppContext) -> [Effect] {
        guard let segment, case .success(let assessment) = assessment(context) else { return [] }
        guard segment != assessment.computedSegment else {
            let had = overrideSegment != nil
            removeOverride()
            focus = .items
            return had ? [.status(context.strings(.segmentationOverrideRemoved), .muted)]
                : [.status(context.strings(.segmentationSameAsComputed), .muted)]
        }
        overrideSegment = segment
        focus = .overrideReason
        return []
    }

    mutating func removeOverride() {
        overrideSegment = nil
        reason.set("")
        reasonProblem = nil
    }

    /// Hands the assessment and chain to the form: none when nothing is answered; refused while an axis has
    /// too few answers or the override has no valid reason.
    mutating func done(_ context: AppContext) -> [Effect] {
        let s = context.strings
        guard !answers.isEmpty else { return [.pop(.segmented(nil, chain: chain))] }
        var assessment: Assessment
        switch self.assessment(context) {
        case .success(let scored): assessment = scored
        case .failure(let error):
            let missing = error.problems.flatMap { problem -> [String] in
                if case .tooFewAnswered(_, _, let missing, _) = problem { missing } else { [] }
            }
            if let first = missing.first, let index = itemIDs.firstIndex(of: first) { item = index }
            focus = .items
            return [.status(s(.segmentationRefusedTooFew, ["missing": missing.joined(separator: ", ")]), .error)]
        }
        if let overrideSegment {
            do throws(Override.Problem) {
                assessment.override = try Override(segment: overrideSegment, reason: reason.text)
            } catch {
                reasonProblem = Self.message(for: error, context)
                focus = .overrideReason
                return [.status(s(.segmentationRefusedReason), .error)]
            }
        }
        return [.pop(.segmented(assessment, chain: chain))]
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        let before = snapshot
        let effects = receiveOutcome(outcome, context)
        return reportingProgress(from: before, effects)
    }

    mutating func receiveOutcome(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        guard case .personaChosen(let persona) = outcome else { return [] }
        // The practice client's answers and chain in place of whatever was answered.
        answers = persona.answers.values
        chain = persona.chain
        removeOverride()
        item = 0
        showsMenu = true
        let name = persona.label[context.language], chainName = context.vocabulary.serviceChain.label(persona.chain, in: context.language)
        return [.status(context.strings(.trainerPersonaLoaded, ["persona": name, "chain": chainName]), .success)]
    }

    // MARK: - Drawing

    /// The items at the top, the two scores on their axes' heading lines; below them the segment and the
    /// chain, beside those the grid and the service menu (one at a time when there is no room for both), or
    /// the override while it is being chosen.
    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let instrument = context.catalog.instrument
        // 21 rows hold the items and an 8-row grid; rows beyond that first give the blocks air.
        let spare = area.height - 21
        var y = area.y + (spare >= 1 ? 1 : 0)
        var first = 0
        for (n, axis) in instrument.axes.enumerated() {
            if n > 0, spare >= 2 { y += 1 }
            y = renderAxis(axis, firstIndex: first, into: &canvas, x: area.x, y: y, width: area.width, context)
            first += axis.items.count
        }
        if spare >= 3 { y += 1 }
        renderLower(into: &canvas, area: Area(x: area.x, y: y, width: area.width, height: area.bottom - y), context)
    }

    /// The axis's heading with its score, then one row per item; returns the row below.
    private func renderAxis(
        _ axis: Instrument.Axis, firstIndex: Int, into canvas: inout Canvas, x: Int, y: Int, width: Int, _ context: AppContext
    ) -> Int {
        let s = context.strings, language = context.language, instrument = context.catalog.instrument
        let answered = axis.items.filter { answers[$0.id] != nil }.count
        let counts = ["answered": String(answered), "items": String(axis.items.count)]
        let score: (String, Style)
        if let axisScore = Self.score(axis, answers: answers, instrument) {
            score = (s(.segmentationAxisScore, counts.merging([
                "score": Tenths.written(axisScore.tenths, in: language),
                "level": s(axisScore.isHigh ? .segmentationHigh : .segmentationLow),
            ]) { $1 }), .normal)
        } else {
            score = (s(.segmentationAxisTooFew, counts.merging(["minimum": String(axis.minimumAnswered)]) { $1 }), .warning)
        }
        let scoreWidth = TextWidth.of(score.0)
        canvas.put(score.0, x: x + width - scoreWidth - 1, y: y, style: score.1)
        canvas.put(TextWidth.truncated(axis.label[language], to: max(0, width - scoreWidth - 5)), x: x + 2, y: y, style: .header)

        let labels = instrument.axes.flatMap(\.items).flatMap { $0.scale.answers.map { TextWidth.of($0[language]) } }
        let textX = x + 2 + (itemIDs.map { TextWidth.of($0) }.max() ?? 2) + 2
        // The client's statements are read aloud: the answers give way (to their number) so that each shows whole.
        let readAloud = instrument.client.items.map { TextWidth.of($0.text[language]) }.max() ?? 0
        let answerWidth = max(2, min((labels.max() ?? 0) + 2, width * 2 / 5, x + width - 1 - (textX + readAloud + 1)))
        let answerX = x + width - answerWidth - 1
        for (offset, entry) in axis.items.enumerated() {
            let row = y + 1 + offset, index = firstIndex + offset
            let current = index == item
            if current { canvas.put("▸", x: x, y: row, style: focus == .items ? .selection : .muted) }
            // A click on an item goes to it, as ↑ and ↓ do; its answer is then a digit.
            if focus == .items, !current {
                canvas.mark(x: x, y: row, width: width, keys: Array(repeating: index > item ? Key.down : .up, count: abs(index - item)))
            }
            canvas.put(entry.id, x: x + 2, y: row, style: .muted)
            canvas.put(TextWidth.truncated(entry.text[language], to: answerX - textX - 1), x: textX, y: row)
            if let value = answers[entry.id] {
                let label = entry.scale.answers.indices.contains(value - 1) ? entry.scale.answers[value - 1][language] : ""
                let text = "\(value) \(label)"
                canvas.put(TextWidth.of(text) <= answerWidth ? text : String(value), x: answerX, y: row)
            } else {
                canvas.put("–", x: answerX, y: row, style: .muted)
            }
            if current, focus == .items {
                canvas.paint(x: x + 2, y: row, width: width - 3, style: .selection)
                canvas.focus(x: x + 2, y: row)
            }
        }
        return y + 1 + axis.items.count
    }

    /// The grid's cells: wide enough for the longest segment name after a space.
    private func cellWidth(_ context: AppContext) -> Int {
        Segment.allCases.map { TextWidth.of(context.vocabulary.segment.label($0.rawValue, in: context.language)) }.max().map { $0 + 2 } ?? 20
    }

    /// The column left of the grid that names the service need's ends.
    private func gridMargin(_ context: AppContext) -> Int {
        let axis = context.catalog.instrument.professional
        return max(TextWidth.of(axis.high[context.language]), TextWidth.of(axis.low[context.language])) + 1
    }

    private func renderLower(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard area.height > 0 else { return }
        let margin = gridMargin(context)
        var cell = cellWidth(context)
        let gridWidth = margin + 2 * cell + 3
        let menuMinimum = 36
        let summaryRows = 7
        if area.height >= summaryRows + 1 + 8, area.width >= gridWidth + 3 + menuMinimum {
            // Tall and wide: the segment above the grid on the left, the service menu on the right.
            let summary = Area(x: area.x, y: area.y, width: gridWidth, height: summaryRows)
            renderSummary(into: &canvas, area: summary, hint: false, context)
            let grid = Area(x: area.x + 2, y: area.y + summaryRows + 1, width: gridWidth, height: area.height - summaryRows - 1)
            renderPane(into: &canvas, area: grid, cell: cell, menu: false, context)
            separator(into: &canvas, x: area.x + gridWidth + 3, y: area.y, height: area.height)
            let menu = Area(x: area.x + gridWidth + 5, y: area.y, width: area.width - gridWidth - 6, height: area.height)
            renderMenu(into: &canvas, area: menu, gridShown: true, context)
            return
        }
        // Low: the segment in a narrow column, the grid and the menu beside it, or one of them.
        let summaryWidth = max(24, min(30, area.width - gridWidth - 1))
        let rest = Area(x: area.x + summaryWidth + 1, y: area.y, width: area.width - summaryWidth - 1, height: area.height)
        let both = rest.width >= gridWidth + 3 + menuMinimum
        renderSummary(into: &canvas, area: Area(x: area.x, y: area.y, width: summaryWidth, height: area.height), hint: !both, context)
        if both {
            renderPane(into: &canvas, area: Area(x: rest.x, y: rest.y, width: gridWidth, height: rest.height), cell: cell, menu: false, context)
            separator(into: &canvas, x: rest.x + gridWidth + 1, y: rest.y, height: rest.height)
            let menu = Area(x: rest.x + gridWidth + 3, y: rest.y, width: rest.width - gridWidth - 3, height: rest.height)
            renderMenu(into: &canvas, area: menu, gridShown: true, context)
        } else {
            if rest.width < gridWidth { cell = max(4, (rest.width - margin - 3) / 2) }
            renderPane(into: &canvas, area: rest, cell: cell, menu: showsMenu, context)
        }
    }

    private func separator(into canvas: inout Canvas, x: Int, y: Int, height: Int) {
        for row in y..<y + height { canvas.put("│", x: x, y: row, style: .muted) }
    }

    /// The segment that applies, the computed one beside an override, and the chain.
    private func renderSummary(into canvas: inout Canvas, area: Area, hint: Bool, _ context: AppContext) {
        let s = context.strings, language = context.language, segments = context.vocabulary.segment
        var lines: [(String, Style)] = [(s(.segmentationSegment), .muted)]
        switch assessment(context) {
        case .success(let assessment):
            lines.append((segments.label((overrideSegment ?? assessment.computedSegment).rawValue, in: language), .success))
            if overrideSegment != nil {
                let computed = segments.label(assessment.computedSegment.rawValue, in: language)
                lines += TextWidth.wrapped(s(.segmentationOverridden, ["segment": computed]), to: area.width - 2).map { ($0, .warning) }
                if let valid = assessment.override {
                    lines.append((TextWidth.truncated(s(.segmentationReason, ["reason": valid.reason]), to: area.width - 2), .muted))
                } else {
                    let problem = reasonProblem ?? s(.segmentationReasonMissing)
                    lines += TextWidth.wrapped(problem, to: area.width - 2).prefix(2).map { ($0, .error) }
                }
            }
        case .failure:
            lines.append((s(.segmentationNotYet), .muted))
        }
        lines.append(("", .normal))
        lines.append((s(.segmentationChain), .muted))
        var chainText = chain.map { context.vocabulary.serviceChain.label($0, in: language) } ?? s(.segmentationNoChain, ["key": Self.chainKey.name])
        if let chain, chain == inferredChain { chainText += " " + s(.segmentationChainInferred, ["key": Self.chainKey.name]) }
        let chainRows = lines.count..<(lines.count + TextWidth.wrapped(chainText, to: area.width - 2).count)
        lines += TextWidth.wrapped(chainText, to: area.width - 2).map { ($0, chain == nil ? .muted : .normal) }
        for (row, line) in lines.prefix(area.height).enumerated() {
            canvas.put(line.0, x: area.x + 2, y: area.y + row, style: line.1, maxWidth: area.width - 2)
            // The chain, "(c chooses)" or "(c changes)" with it, takes a click as its key.
            if chainRows.contains(row) {
                canvas.mark(x: area.x + 2, y: area.y + row, width: min(TextWidth.of(line.0), area.width - 2), keys: [Self.chainKey])
            }
        }
        if hint, lines.count + 1 < area.height {
            let y = area.y + lines.count + 1
            let used = canvas.put(Self.viewKey.name, x: area.x + 2, y: y, style: .key)
            canvas.put(" " + s(.segmentationKeyView), x: area.x + 2 + used, y: y, style: .muted, maxWidth: area.width - 3 - used)
            canvas.mark(x: area.x + 2, y: y, width: area.width - 3, keys: [Self.viewKey])
        }
    }

    /// The grid, the service menu, or the override while it is chosen.
    private func renderPane(into canvas: inout Canvas, area: Area, cell: Int, menu: Bool, _ context: AppContext) {
        if focus != .items {
            renderOverride(into: &canvas, area: area, context)
        } else if menu {
            renderMenu(into: &canvas, area: area, gridShown: false, context)
        } else {
            renderGrid(into: &canvas, area: area, cell: cell, context)
        }
    }

    private func renderGrid(into canvas: inout Canvas, area: Area, cell: Int, _ context: AppContext) {
        let s = context.strings, instrument = context.catalog.instrument
        let assessment: Assessment
        switch self.assessment(context) {
        case .success(let scored): assessment = scored
        case .failure(let error):
            renderProblems(error, into: &canvas, area: area, context)
            return
        }
        // The grid is 4 + 2 × cellHeight rows; a legend goes below when there is room.
        let cellHeight = max(2, min(4, (area.height - 4) / 2))
        let lines = SegmentGrid(cellWidth: cell, cellHeight: cellHeight)
            .lines(for: assessment, instrument: instrument, segments: context.vocabulary.segment, language: context.language)
        for (row, line) in lines.prefix(area.height).enumerated() {
            canvas.put(line, x: area.x, y: area.y + row, maxWidth: area.width)
            if let marker = line.firstIndex(of: SegmentGrid.marker) {
                canvas.put(String(SegmentGrid.marker), x: area.x + TextWidth.of(line[..<marker]), y: area.y + row, style: .success)
            }
        }
        var y = area.y + lines.count
        for legend in [s(.segmentMarker, ["marker": String(SegmentGrid.marker)]),
                       s(.segmentThreshold, ["threshold": Tenths.written(instrument.thresholdTenths, in: context.language)])]
        where y < area.bottom {
            canvas.put(legend, x: area.x, y: y, style: .muted, maxWidth: area.width)
            y += 1
        }
    }

    /// Why there is no segment yet: each axis with too few answers, naming the items left.
    private func renderProblems(_ problems: AnswerProblems, into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        var y = area.y
        // The current item's answer scale, to read to the client: first, before any answer; after the problems once
        // answering has begun, and only when it fits whole.
        let current = context.catalog.instrument.axes.flatMap(\.items)[item]
        func scale(_ y: inout Int) {
            guard y + 1 + current.scale.answers.count <= area.bottom else { return }
            canvas.put(s(.segmentationScale, ["item": current.id]), x: area.x, y: y, style: .header, maxWidth: area.width)
            y += 1
            for (n, answer) in current.scale.answers.enumerated() {
                canvas.put(TextWidth.truncated("\(n + 1) " + answer[context.language], to: area.width), x: area.x, y: y)
                // A tap on an answer gives it to the item in hand, as its number does.
                if focus == .items { canvas.mark(x: area.x, y: y, width: area.width, keys: [.character(Character(String(n + 1)))]) }
                y += 1
            }
        }
        if answers.isEmpty {
            scale(&y)
            // Why there is no segment yet, when there is room to say it (the axes' headings say it too).
            guard y + 3 <= area.bottom else { return }
            if y > area.y { y += 1 }
        }
        canvas.put(s(.segmentationCannotScore), x: area.x, y: y, style: .warning, maxWidth: area.width)
        y += 1
        // Each axis's problem whole or not at all (the axes' headings say how many are answered).
        for problem in problems.problems {
            let text = s.message(for: problem, instrument: context.catalog.instrument, vocabulary: context.vocabulary)
            let lines = TextWidth.wrapped(text, to: area.width - 2)
            guard y + lines.count <= area.bottom else { break }
            y += canvas.putWrapped(text, x: area.x + 2, y: y, width: area.width - 2, maxLines: lines.count)
        }
        if !answers.isEmpty {
            y += 1
            scale(&y)
        }
    }

    /// The service menu for the segment in the chosen chain: names, and descriptions when they fit.
    private func renderMenu(into canvas: inout Canvas, area: Area, gridShown: Bool, _ context: AppContext) {
        let s = context.strings, language = context.language
        guard area.width > 0, area.height > 0 else { return }
        guard let chain else {
            let rows = canvas.putWrapped(
                s(.segmentationMenuNoChain, ["key": Self.chainKey.name]), x: area.x, y: area.y, width: area.width, style: .muted,
                maxLines: area.height)
            // "choose a service chain with c": a click chooses, as c does.
            canvas.mark(x: area.x, y: area.y, width: area.width, height: rows, keys: [Self.chainKey])
            return
        }
        let assessment: Assessment
        switch self.assessment(context) {
        case .success(let scored): assessment = scored
        case .failure(let error):
            if gridShown {
                canvas.putWrapped(s(.segmentationMenuNeedsSegment), x: area.x, y: area.y, width: area.width, style: .muted, maxLines: area.height)
            } else {
                renderProblems(error, into: &canvas, area: area, context)
            }
            return
        }
        let segment = overrideSegment ?? assessment.computedSegment
        let services = context.catalog.serviceMenu.services(chain: chain, segment: segment)
        let title = s(.segmentServices, [
            "chain": context.vocabulary.serviceChain.label(chain, in: language),
            "segment": context.vocabulary.segment.label(segment.rawValue, in: language),
        ])
        let titleLines = TextWidth.wrapped(title, to: area.width).prefix(2)
        var y = area.y
        for line in titleLines {
            canvas.put(line, x: area.x, y: y, style: .header)
            y += 1
        }
        let descriptions = services.map { TextWidth.wrapped($0.description[language], to: area.width - 4) }
        let withDescriptions = y + 1 + services.count + descriptions.map(\.count).reduce(0, +) <= area.bottom
        if withDescriptions { y += 1 }
        for (service, description) in zip(services, descriptions) where y < area.bottom {
            canvas.put("• " + service.name[language], x: area.x, y: y, maxWidth: area.width)
            y += 1
            guard withDescriptions else { continue }
            for line in description {
                canvas.put(line, x: area.x + 2, y: y, style: .muted)
                y += 1
            }
        }
    }

    /// The override being chosen: the segments, the reason and what is wrong with it.
    private func renderOverride(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        guard case .success(let assessment) = assessment(context) else { return }
        var y = area.y
        let computed = context.vocabulary.segment.label(assessment.computedSegment.rawValue, in: context.language)
        canvas.put(s(.segmentationOverrideTitle, ["segment": computed]), x: area.x, y: y, style: .header, maxWidth: area.width)
        y += 1
        let rows = min(segmentPicker.choices.count, max(0, area.bottom - y - 1))
        segmentPicker.render(into: &canvas, x: area.x + 2, y: y, width: area.width - 2, height: rows,
                             focused: focus == .overrideSegment, context)
        y += rows
        guard y < area.bottom else { return }
        let label = s(.segmentationReasonLabel) + ": "
        let used = canvas.put(label, x: area.x + 2, y: y, style: focus == .overrideReason ? .selection : .normal)
        reason.render(into: &canvas, x: area.x + 2 + used, y: y, width: area.width - 3 - used,
                      focused: focus == .overrideReason, style: reasonProblem == nil ? .normal : .warning)
        y += 1
        if let reasonProblem {
            y += canvas.putWrapped(reasonProblem, x: area.x + 2, y: y, width: area.width - 2, style: .error, maxLines: area.bottom - y)
        }
        if y < area.bottom {
            canvas.put(TextWidth.truncated(s(.segmentationOverrideHint), to: area.width - 2), x: area.x + 2, y: y, style: .muted)
        }
    }
}
