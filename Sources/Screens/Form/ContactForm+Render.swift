import Guidance
import Store
import Terminal

extension ContactForm {
    static func label(_ field: Field) -> StringKey {
        switch field {
        case .channel: .fieldChannel
        case .contactBy: .fieldContactBy
        case .reason: .fieldReason
        case .topics: .fieldTopics
        case .referrals: .fieldReferrals
        case .unmetNeeds: .fieldUnmetNeeds
        case .consultation: .fieldConsultation
        case .resolved: .fieldResolved
        case .identified: .fieldIdentified
        case .ageGroup: .fieldAgeGroup
        case .duration: .fieldDuration
        case .satisfaction: .fieldSatisfaction
        case .identityCode: .fieldIdentityCode
        }
    }

    static func hint(_ field: Field) -> StringKey {
        switch field {
        case .channel: .hintChannel
        case .contactBy: .hintContactBy
        case .reason: .hintReason
        case .topics: .hintTopics
        case .referrals: .hintReferrals
        case .unmetNeeds: .hintUnmetNeeds
        case .consultation: .hintConsultation
        case .resolved: .hintResolved
        case .identified: .hintIdentified
        case .ageGroup: .hintAgeGroup
        case .duration: .hintDuration
        case .satisfaction: .hintSatisfaction
        case .identityCode: .hintIdentityCode
        }
    }

    /// The fields and their values on the left; the focused field's choices or help on the right.
    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        let leftWidth = max(44, area.width / 2)
        let labelWidth = 15
        let valueX = area.x + 2 + labelWidth
        let valueWidth = leftWidth - labelWidth - 3
        var y = area.y + 1
        for field in Field.allCases {
            let focused = field == focus
            if focused {
                canvas.put("▸", x: area.x, y: y, style: .selection)
                // On the field's row, unless its input (a text field, the choices on the right) takes the focus below.
                canvas.focus(x: area.x + 2, y: y)
            }
            canvas.put(s(Self.label(field)), x: area.x + 2, y: y, style: focused ? .selection : .normal, maxWidth: labelWidth - 1)
            // A click on the field's row focuses it, as Tab would on the way there.
            let all = Field.allCases, steps = (all.firstIndex(of: field)! - all.firstIndex(of: focus)! + all.count) % all.count
            canvas.mark(x: area.x, y: y, width: leftWidth, keys: Array(repeating: Key.tab, count: steps))
            if let problem = problems[field] {
                canvas.put("! " + problem, x: valueX, y: y, style: .error, maxWidth: valueWidth)
            } else {
                switch field {
                case .duration:
                    if durationEdited || focused {
                        var shown = duration
                        if !durationEdited { shown.set(durationMinutes(context).map(String.init) ?? "") }
                        shown.render(into: &canvas, x: valueX, y: y, width: 5, focused: focused)
                        canvas.put(s(.formMinutes), x: valueX + 6, y: y, style: .muted)
                    } else {
                        canvas.put(s(.formDurationAuto, ["minutes": String(durationMinutes(context) ?? 1)]), x: valueX, y: y, style: .muted, maxWidth: valueWidth)
                    }
                case .identityCode where codeMask != nil && identityCode.text.isEmpty:
                    canvas.put(codeMask!, x: valueX, y: y, maxWidth: valueWidth)
                    if focused { canvas.focus(x: valueX, y: y) }
                case .identityCode:
                    identityCode.render(into: &canvas, x: valueX, y: y, width: valueWidth, focused: focused, placeholder: clientRef == nil ? s(.formOptional) : s(.formClientRecognisedShort))
                default:
                    let value = fittedValue(of: field, width: valueWidth, context)
                    canvas.put(value.isEmpty ? "–" : value, x: valueX, y: y, style: value.isEmpty ? .muted : .normal, maxWidth: valueWidth)
                }
            }
            y += 1
        }
        y += 1
        if let assessment {
            let segment = context.vocabulary.segment.label(assessment.segment.rawValue, in: context.language)
            let line = s(.formSegment, ["segment": segment, "client": Tenths.written(assessment.clientScore.tenths, in: context.language),
                                        "need": Tenths.written(assessment.needScore.tenths, in: context.language)])
            y += canvas.putWrapped(line, x: area.x + 2, y: y, width: leftWidth - 2, maxLines: max(1, area.bottom - y))
        }
        if pendingSegmentation != nil, y < area.bottom {
            canvas.put(s(.formSegmentationPending), x: area.x + 2, y: y, style: .warning, maxWidth: leftWidth - 2)
            y += 1
        }
        let matters = earlierOnThisMatter
        if !matters.isEmpty {
            let list = matters.map { "\($0.contact.occurredAt.date.dayAndMonth) \(context.vocabulary.channel.label($0.contact.channel, in: context.language))" }
            let notice = s(matters.count == 1 ? .formEarlierContactOne : .formEarlierContacts, ["count": String(matters.count), "list": list.joined(separator: ", ")])
            y += canvas.putWrapped(notice, x: area.x + 2, y: y, width: leftWidth - 2, style: .warning, maxLines: area.bottom - y)
            if !openEarlierMatters.isEmpty {
                y += canvas.putWrapped(
                    closeEarlier ? s(.formEarlierWillClose) : s(.formEarlierOpen), x: area.x + 2, y: y, width: leftWidth - 2,
                    style: closeEarlier ? .success : .muted, maxLines: area.bottom - y)
            }
        }
        if let handoff, handoff.consent, !handoffOpen, y < area.bottom {
            y += canvas.putWrapped(
                s(.screenHandoffReady, ["service": serviceLabel(handoff.service, context)]), x: area.x + 2, y: y, width: leftWidth - 2,
                style: .success, maxLines: area.bottom - y)
        }
        renderEarlierReferrals(into: &canvas, x: area.x + 2, y: y, width: leftWidth - 2, bottom: area.bottom, context)
        renderFocused(
            into: &canvas, area: Area(x: area.x + leftWidth + 1, y: area.y + 1, width: area.width - leftWidth - 2, height: area.height - 1),
            valueWidth: valueWidth, context)
        if handoffOpen {
            // The handoff's panel over the lower part of the form, the whole width: the keys are its own while it is open.
            let top = max(area.y + 1, area.bottom - Self.handoffPanelHeight)
            canvas.clear(x: area.x, y: top - 1, width: area.width, height: area.bottom - top + 1)
            canvas.put(String(repeating: "─", count: area.width), x: area.x, y: top - 1, style: .muted)
            renderHandoff(into: &canvas, x: area.x + 2, y: top, width: area.width - 4, context)
        }
    }

    /// The chosen labels in `width` columns: whole when they fit; else the labels that fit whole and how many more
    /// (`Terveysasema, … +2`), or one label cut with "…" — never cut without a sign. The field's panel shows them all.
    func fittedValue(of field: Field, width: Int, _ context: AppContext) -> String {
        let whole = value(of: field, context)
        guard TextWidth.of(whole) > width else { return whole }
        let labels = chosenLabels(of: field)
        guard labels.count > 1 else { return TextWidth.truncated(whole, to: width) }
        for shown in stride(from: labels.count - 1, through: 1, by: -1) {
            let text = labels.prefix(shown).joined(separator: ", ") + ", … +\(labels.count - shown)"
            if TextWidth.of(text) <= width { return text }
        }
        let more = " +\(labels.count - 1)"
        return TextWidth.truncated(labels[0], to: max(1, width - TextWidth.of(more))) + more
    }

    func chosenLabels(of field: Field) -> [String] {
        guard let picker = pickers[field] else { return [] }
        return picker.chosen.compactMap { code in picker.choices.first { $0.code == code }?.label }
    }

    /// The chosen labels of a picker field, joined.
    func value(of field: Field, _ context: AppContext) -> String {
        if field == .consultation { return consultation.map { context.vocabulary.consultation.label($0, in: context.language) } ?? "" }
        guard let picker = pickers[field] else { return "" }
        let labels = picker.chosen.compactMap { code in picker.choices.first { $0.code == code }?.label }
        return labels.joined(separator: ", ")
    }

    /// The earlier contacts' referrals, each with its outcome, under a line naming F6 — as many as there is room for.
    private func renderEarlierReferrals(into canvas: inout Canvas, x: Int, y: Int, width: Int, bottom: Int, _ context: AppContext) {
        let s = context.strings, v = context.vocabulary, language = context.language
        let referred = earlierReferred
        guard !referred.isEmpty, y < bottom else { return }
        var y = y + canvas.putWrapped(s(.formEarlierReferrals), x: x, y: y, width: width, style: .muted, maxLines: bottom - y)
        let total = referred.map(\.contact.referrals.count).reduce(0, +)
        // Room for all, or for all but the last row, which then says how many more F6 shows.
        let room = total <= bottom - y ? total : max(0, bottom - y - 1)
        var shown = 0
        if room < total, bottom - y >= 1 {
            canvas.put("  " + s(total - room == 1 ? .formEarlierReferralsMoreOne : .formEarlierReferralsMore, ["count": String(total - room)]), x: x, y: bottom - 1, style: .muted, maxWidth: width)
        }
        for logged in referred {
            for referral in logged.contact.referrals where shown < room {
                shown += 1
                let outcome = logged.contact.outcome(of: referral)
                let line = s(.formEarlierReferral, [
                    "day": logged.contact.occurredAt.date.dayAndMonth, "referral": v.referral.label(referral, in: language),
                    "outcome": v.referralOutcome.label(outcome, in: language),
                ])
                canvas.put("  " + line, x: x, y: y, style: outcome == Vocabulary.pendingOutcome ? .muted : .normal, maxWidth: width)
                y += 1
            }
        }
    }

    private func renderFocused(into canvas: inout Canvas, area: Area, valueWidth: Int, _ context: AppContext) {
        let s = context.strings
        for x in area.x - 1..<area.x { for y in area.y..<area.bottom { canvas.put("│", x: x, y: y, style: .muted) } }
        var y = area.y
        if let outcomes {
            y += canvas.putWrapped(s(.formEarlierOutcomesHint), x: area.x, y: y, width: area.width, style: .muted, maxLines: 7)
            outcomes.render(into: &canvas, x: area.x, y: y + 1, width: area.width, height: area.bottom - y - 1, focused: true, context)
            return
        }
        y += canvas.putWrapped(s(Self.hint(focus)), x: area.x, y: y, width: area.width, style: .muted, maxLines: max(1, area.height - 6))
        if focus == .reason, channelFirst {
            y += canvas.putWrapped(s(.formChannelFirst), x: area.x, y: y, width: area.width, style: .muted, maxLines: 2)
        }
        // Several chosen that the field's row cannot hold whole: all of them here.
        if pickers[focus]?.mode == .multiple, chosenLabels(of: focus).count > 1 {
            if TextWidth.of(value(of: focus, context)) > valueWidth {
                y += canvas.putWrapped(s(.formChosen, ["list": value(of: focus, context)]), x: area.x, y: y, width: area.width, maxLines: 4)
            }
        }
        y += 1
        if let picker = pickers[focus] {
            // The highlighted choice, when its row cuts it, whole on the panel's last row.
            var bottom = area.bottom
            if let label = picker.highlighted?.label, TextWidth.of("( ) 1 " + label) > area.width, bottom - y >= 4 {
                bottom -= 1
                canvas.put(TextWidth.truncated("▸ " + label, to: area.width), x: area.x, y: bottom, style: .muted)
            }
            picker.render(into: &canvas, x: area.x, y: y, width: area.width, height: bottom - y, focused: true, context, sayingMore: true)
        } else if focus == .identityCode, let (message, style) = identityCodeMessage(context) {
            canvas.putWrapped(message, x: area.x, y: y, width: area.width, style: style, maxLines: area.bottom - y)
        } else if focus == .consultation, let code = consultation, let line = context.catalog.consultationLines.first(where: { $0.code == code }) {
            // The recorded line: who answers, the phone, whether it answers now and how to reach it.
            let language = context.language
            y += canvas.putWrapped(line.name[language], x: area.x, y: y, width: area.width, style: .header, maxLines: 2)
            y += canvas.putWrapped(line.who[language], x: area.x, y: y, width: area.width, maxLines: 2)
            if let phone = line.phone { y += canvas.putWrapped(phone, x: area.x, y: y, width: area.width, maxLines: 1) }
            let (answers, style) = line.answersText(context)
            y += canvas.putWrapped(answers, x: area.x, y: y, width: area.width, style: style, maxLines: 2)
            canvas.putWrapped(line.howToReach[language], x: area.x, y: y, width: area.width, style: .muted, maxLines: max(0, area.bottom - y))
        }
    }
}
