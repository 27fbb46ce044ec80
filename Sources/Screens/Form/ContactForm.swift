import Foundation
import Guidance
import Store
import Terminal

/// The contact form, new or editing a saved contact: every field of CONTRACT §3 an advisor enters, coded
/// fields as pickers with type-to-filter and single-key choices. Every change is kept as a draft; the
/// identity code is turned into a pseudonym and an age group and never kept.
public struct ContactForm: Screen {
    /// The fields in the order Tab walks them: who got in touch and how, the identity code (which fills the age group
    /// and shows the earlier contacts) right after them; then why, what about, whether it was settled, where the client
    /// was referred and what was left unmet — Enter after the referrals goes on to the unmet needs.
    enum Field: String, CaseIterable, Codable, Sendable {
        case channel, contactBy, identityCode, reason, topics, resolved, referrals, unmetNeeds, consultation, identified, ageGroup, duration, satisfaction

        var isText: Bool { self == .duration || self == .identityCode }
    }

    enum Action: Sendable {
        case save, nextField, previousField, segmentation, directory, consultation, closeEarlier, back, discard
        case earlierOutcomes, setOutcome(String), closeOutcomes, toIdentityCode
        case handoff, handoffNext, handoffPrevious, handoffDown, handoffLeave, handoffCancel
    }

    static let yes = "yes", no = "no"
    static let optionalChoices: Set<Field> = [.reason, .satisfaction]
    /// Fields the form passes by when it moves on by itself (after a choice, or Enter in a multiple choice): the
    /// typical contact never stops there; Tab and Shift-Tab do.
    static let passedByItself: Set<Field> = [.consultation]

    var pickers: [Field: Picker] = [:]
    var duration = TextField(maxLength: 3)
    /// The duration follows the time the form has been open until the advisor types one.
    var durationEdited = false
    var identityCode = TextField(maxLength: 11)
    /// The accepted identity code as it shows from then on (`IdentityCode.masked`): once the code gives the pseudonym the
    /// field forgets it, so that the whole code never shows again (CONTRACT §11); nil while none is accepted.
    var codeMask: String?
    var focus: Field = .channel
    /// Shift-Tab from where a new form opened goes to the channel first, while it is the point's own (a phone call at a
    /// walk-in point is one key away); once the channel has had the focus, Shift-Tab walks the fields in order.
    var channelFirst = false
    /// Where the focus goes back to once the identity code is typed (Ctrl-T came from there); nil: the next field.
    var afterIdentityCode: Field?
    /// When the contact began: the moment the form opened (kept when editing).
    var openedAt: Timestamp
    /// The saved contact being edited; nil for a new one.
    var editing: Int64?
    var editedPoint: String?
    var draftID: Int64?
    /// The client's pseudonym, from a valid identity code (or the saved contact's).
    var clientRef: String?
    /// The age group the identity code gives; it overrides the picker.
    var derivedAgeGroup: String?
    /// The client's contacts in the follow-up window before this one.
    var earlier: [LoggedContact] = []
    var closeEarlier = false
    var assessment: Assessment?
    var chain: String?
    /// A segmentation begun but not yet taken back (F2 there): kept in the draft, resumed with F3.
    var pendingSegmentation: SegmentationProgress?
    /// Problems found on save, at their fields.
    var problems: [Field: String] = [:]
    /// F8 once asks; F8 again discards.
    var discardAsked = false
    /// The last form written as a draft, so that moving about does not write again.
    var lastDraft: String?
    /// Names this form's save, however often it is tried (`ContactToSave.token`).
    var saveToken = ContactForm.newSaveToken()
    var isSaving = false
    /// A restored draft or an edited contact with a pseudonym: its earlier contacts are looked up when shown.
    var needsEarlier = false
    /// The outcomes of the edited contact's referrals (CONTRACT §7), kept as they are by the save: the form does
    /// not set them (follow-ups and a later contact of the client do).
    var keptOutcomes: [String: String] = [:]
    /// The earlier contacts' referrals with their outcomes, while the advisor sets them (F6).
    var outcomes: ReferralOutcomes?
    /// The consultation line consulted during the contact (CONTRACT §8), chosen from the lines (F7) or the directory.
    var consultation: String?
    /// The warm handoff begun for a referral to a receiving service (CONTRACT §9); sent when the contact is saved.
    var handoff: HandoffEditor?
    /// Whether its panel has the keys.
    var handoffOpen = false

    /// A new contact at the advisor's point, opened now.
    public init(_ context: AppContext) {
        openedAt = context.clock()
        pickers = Self.pickers(context)
        if context.point.walkIn { pickers[.channel]?.setChosen(["walk-in"]) }
        fitReasons(context)
        pickers[.contactBy]?.setChosen([Contact.defaultContactBy])
        pickers[.identified]?.setChosen([Self.no])
        pickers[.ageGroup]?.setChosen([Vocabulary.unknownAgeGroup])
        focus = firstEmptyField
        channelFirst = focus == .reason
    }

    /// A saved contact to edit.
    init(editing logged: LoggedContact, assessment saved: SavedAssessment?, _ context: AppContext) {
        self.init(context)
        let c = logged.contact
        editing = logged.id
        editedPoint = c.point
        openedAt = c.occurredAt
        pickers[.channel]?.setChosen([c.channel])
        pickers[.contactBy]?.setChosen([c.contactBy])
        fitReasons(context, keeping: c.reason)
        pickers[.topics]?.setChosen(c.topics)
        pickers[.referrals]?.setChosen(c.referrals)
        pickers[.unmetNeeds]?.setChosen(c.unmetNeeds)
        keptOutcomes = c.referralOutcomes
        consultation = c.consultation
        pickers[.resolved]?.setChosen([c.resolved ? Self.yes : Self.no])
        pickers[.identified]?.setChosen([c.identified ? Self.yes : Self.no])
        pickers[.ageGroup]?.setChosen([c.ageGroup])
        pickers[.satisfaction]?.setChosen(c.satisfaction.map { [String($0)] } ?? [])
        duration.set(c.durationMinutes.map(String.init) ?? "")
        durationEdited = true
        clientRef = c.clientRef
        assessment = saved?.assessment
        chain = saved?.chain
        needsEarlier = clientRef != nil
        focus = .channel
        channelFirst = false
    }

    static func pickers(_ context: AppContext) -> [Field: Picker] {
        let v = context.vocabulary, language = context.language, strings = context.strings
        func choices(_ list: CodeList) -> [Choice] { list.terms.map { Choice(code: $0.code, label: $0.label[language]) } }
        let yesNo = [Choice(code: yes, label: strings(.yes)), Choice(code: no, label: strings(.no))]
        let referrals = ReferralKind.allCases.flatMap { kind in
            v.referral.terms.filter { $0.kind == kind }.map {
                Choice(code: $0.code, label: $0.label[language], group: strings(kind == .internal ? .referralsInternal : .referralsExternal))
            }
        }
        let scale = strings(.formSatisfactionScale).split(separator: "|").map(String.init)
        let satisfaction = Contact.satisfactionRange.map { Choice(code: String($0), label: scale.count == 5 ? scale[$0 - 1] : String($0)) }
        return [
            .channel: Picker(choices: choices(v.channel), mode: .single),
            .contactBy: Picker(choices: choices(v.contactBy), mode: .single),
            .reason: Picker(choices: choices(v.reason), mode: .single),
            .topics: Picker(choices: choices(v.topic), mode: .multiple),
            .referrals: Picker(choices: referrals, mode: .multiple),
            .unmetNeeds: Picker(choices: choices(v.unmetNeed), mode: .multiple),
            .resolved: Picker(choices: yesNo, mode: .single),
            .identified: Picker(choices: yesNo, mode: .single),
            .ageGroup: Picker(choices: choices(v.ageGroup), mode: .single),
            .satisfaction: Picker(choices: satisfaction, mode: .single),
        ]
    }

    /// Where a new form starts: the first of the fields every contact needs that has no value yet.
    var firstEmptyField: Field {
        [Field.channel, .contactBy, .reason, .topics, .resolved, .referrals].first { pickers[$0]?.chosen.isEmpty ?? false } ?? .referrals
    }

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        if handoffOpen { return handoffKeyMap(context) }
        if outcomes != nil {
            return KeyMap([.init([.function(2), .control("s")], .save, label: s(.keySave), inFooter: true)]
                + ReferralOutcomes.bindings(context) { .setOutcome($0) }
                + [.init([.escape, .function(6), .control("o"), .tab], .closeOutcomes, label: s(.outcomesKeyClose), inFooter: true)])
        }
        var bindings: [KeyMap<Action>.Binding] = [
            .init([.function(2), .control("s")], .save, label: s(.keySave), inFooter: true),
            .init([.tab], .nextField, label: s(.keyNextField), inFooter: true),
            .init([.backTab], .previousField, label: s(.keyPreviousField)),
            .init([.control("t")], .toIdentityCode, label: s(.formKeyIdentityCode)),
            .init([.function(3), .control("g")], .segmentation, label: s(.keySegmentation), inFooter: true),
            .init([.function(4), .control("d")], .directory, label: s(.keyDirectory), inFooter: true),
        ]
        if !openEarlierMatters.isEmpty {
            bindings.append(.init([.function(5), .control("e")], .closeEarlier, label: s(.keyCloseEarlier), inFooter: true))
        }
        if !earlierReferred.isEmpty {
            bindings.append(.init([.function(6), .control("o")], .earlierOutcomes, label: s(.formKeyEarlierOutcomes), inFooter: true))
        }
        bindings += [
            .init([.escape], .back, label: s(.keyBackKeepDraft), inFooter: true),
            // After Esc: the footer shows it where there is room left (the field's hint and help always name it).
            .init([.function(7), .control("k")], .consultation, label: s(.formKeyConsultation), inFooter: true),
            .init([.function(8)], .discard, label: s(.keyDiscard)),
            // A handoff for a referral to a receiving service: in the footer once there is one to send it to.
            .init([.function(9), .control("y")], .handoff, label: s(.screenHandoffKeyStart), inFooter: handoff != nil || !handoffServices(context).isEmpty),
        ]
        return KeyMap(bindings)
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] {
        if handoffOpen { return keyMap(context).keyHelp }
        if outcomes != nil { return keyMap(context).keyHelp + [KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false)] }
        return keyMap(context).keyHelp + [
            KeyHelp(keys: "1–9", label: context.strings(.keyPickNumber), inFooter: false),
            KeyHelp(keys: context.strings(.keyLetters), label: context.strings(.keyTypeToFilter), inFooter: false),
            KeyHelp(keys: "Space", label: context.strings(.keyToggle), inFooter: false),
            KeyHelp(keys: "Enter", label: context.strings(.keyEnterInForm), inFooter: false),
            KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false),
        ]
    }

    public func title(_ context: AppContext) -> String {
        context.strings(editing == nil ? .formTitleNew : .formTitleEdit, ["time": openedAt.clockTime])
    }

    public func guide(_ context: AppContext) -> String? { context.strings(.formGuide) }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if key != .function(8) { discardAsked = false }
        let filterOpen = !(pickers[focus]?.filter.isEmpty ?? true)
        if let action = keyMap(context).action(for: key), !(action.isBack && filterOpen && !handoffOpen) {
            return update(action, context)
        }
        if handoffOpen { return handleInHandoff(key, context) }
        if outcomes != nil {
            _ = outcomes?.handle(key)
            return []
        }
        let before = formData
        if focus == .consultation {
            // Enter opens the lines; Del or Backspace clears the one recorded.
            switch key {
            case .enter: return update(.consultation, context)
            case .backspace, .delete:
                guard consultation != nil else { return [] }
                consultation = nil
                return draftIfChanged(from: before) + [.status(context.strings(.formConsultationCleared), .muted)]
            default: return []
            }
        }
        if focus.isText {
            if key == .enter {
                if focus == .identityCode { leaveIdentityCode() } else { advance() }
                return []
            }
            if focus == .duration {
                if case .character(let c) = key, !c.isNumber { return [] }
                guard duration.handle(key) else { return [] }
                durationEdited = true
            } else {
                if codeMask != nil, [.backspace, .delete, .control("u")].contains(key) {
                    // The accepted code is not there to edit: these keys forget it, and another can be typed.
                    identityCode.set("")
                    return identityCodeChanged(context) + draftIfChanged(from: before)
                }
                let typed = identityCode.text
                guard identityCode.handle(key) else { return [] }
                if codeMask != nil, identityCode.text == typed { return [] }
                return identityCodeChanged(context) + draftIfChanged(from: before)
            }
        } else if var picker = pickers[focus] {
            let outcome = picker.handle(key)
            pickers[focus] = picker
            if focus == .channel, picker.chosen != before.chosen[Field.channel.rawValue] ?? [] { fitReasons(context) }
            switch outcome {
            case .ignored:
                // An optional single choice (why this point, satisfaction) can be taken back.
                guard key == .backspace || key == .delete, Self.optionalChoices.contains(focus), !picker.chosen.isEmpty else { return [] }
                pickers[focus]?.setChosen([])
            case .changed: break
            case .picked, .done: advance(passing: Self.passedByItself)
            }
        }
        problems[focus] = nil
        return draftIfChanged(from: before)
    }

    /// A paste goes into the focused field as typing would: the duration keeps its digits, the identity code is read
    /// as typed, a choice list's filter narrows (a paste never chooses).
    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        guard outcomes == nil else { return [] }
        if handoffOpen { return pasteInHandoff(text) }
        discardAsked = false
        let before = formData
        switch focus {
        case .duration:
            guard duration.paste(text.filter { $0.isASCII && $0.isNumber }) else { return [] }
            durationEdited = true
        case .identityCode:
            guard identityCode.paste(text) else { return [] }
            return identityCodeChanged(context) + draftIfChanged(from: before)
        default:
            guard pickers[focus]?.paste(text) == true else { return [] }
        }
        problems[focus] = nil
        return draftIfChanged(from: before)
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        switch action {
        case .nextField: advance()
        case .previousField:
            afterIdentityCode = nil
            if channelFirst, focus == .reason {
                focus = .channel
                channelFirst = false
            } else {
                let all = Field.allCases, index = all.firstIndex(of: focus)!
                focus = all[(index + all.count - 1) % all.count]
            }
        case .toIdentityCode:
            guard focus != .identityCode else { return [] }
            afterIdentityCode = focus
            focus = .identityCode
        case .save: return save(context)
        case .segmentation:
            if let pendingSegmentation { return [.push(SegmentationScreen(resuming: pendingSegmentation, context))] }
            return [.push(SegmentationScreen(
                assessment: assessment, chain: chain, topics: pickers[.topics]?.chosen ?? [],
                ageGroup: derivedAgeGroup ?? pickers[.ageGroup]?.chosen.first, context))]
        case .directory:
            return [.push(DirectoryScreen(choosing: true, context))]
        case .consultation:
            return [.push(ConsultationScreen(
                topics: pickers[.topics]?.chosen ?? [], ageGroup: derivedAgeGroup ?? pickers[.ageGroup]?.chosen.first,
                segment: assessment?.segment.rawValue, current: consultation, context))]
        case .closeEarlier:
            let before = formData
            closeEarlier.toggle()
            return draftIfChanged(from: before)
        case .back:
            return [.pop(nil)] + (draftID == nil ? [] : [.status(context.strings(.formKeptAsDraft), .warning)])
        case .discard:
            guard discardAsked else {
                discardAsked = true
                return [.status(context.strings(.formDiscardAsk), .warning)]
            }
            return (draftID.map { [.deleteDraft($0)] } ?? []) + [.pop(nil), .status(context.strings(.formDiscarded), .muted)]
        case .earlierOutcomes:
            outcomes = ReferralOutcomes(earlierReferred, showsDay: true)
        case .setOutcome(let outcome):
            // Saved at once, whatever becomes of this form: what became of an earlier referral is a fact learned.
            guard let item = outcomes?.selected, item.outcome != outcome, let clientRef else { return [] }
            return [.setReferralOutcome(contactID: item.contactID, referral: item.referral, outcome: outcome, clientRef: clientRef)]
        case .closeOutcomes:
            outcomes = nil
        case .handoff:
            return startHandoff(context)
        case .handoffNext, .handoffPrevious, .handoffDown, .handoffLeave, .handoffCancel:
            return updateHandoff(action, context)
        }
        return []
    }

    /// The next field in Tab's order, past those of `passing`.
    mutating func advance(passing: Set<Field> = []) {
        let all = Field.allCases
        repeat {
            focus = all[(all.firstIndex(of: focus)! + 1) % all.count]
        } while passing.contains(focus)
        afterIdentityCode = nil
    }

    /// Off the identity code, typed or passed with Enter: back where Ctrl-T came from, else on to the next field.
    mutating func leaveIdentityCode() {
        if let back = afterIdentityCode {
            focus = back
            afterIdentityCode = nil
        } else {
            advance(passing: Self.passedByItself)
        }
    }

    /// The reasons (why this point) that fit the channel chosen (`vocabulary.json`'s `channels`), the one chosen kept
    /// even when it does not fit, so that nothing the advisor chose disappears.
    mutating func fitReasons(_ context: AppContext, keeping kept: String?? = nil) {
        let chosen = kept ?? pickers[.reason]?.chosen.first
        let channel = pickers[.channel]?.chosen.first
        let fitting = context.vocabulary.reasons(fitting: channel).map(\.code)
        let codes = context.vocabulary.reason.codes.filter { fitting.contains($0) || $0 == chosen }
        let choices = codes.compactMap { code in
            context.vocabulary.reason[code].map { Choice(code: code, label: $0.label[context.language]) }
        }
        pickers[.reason] = Picker(choices: choices, mode: .single, chosen: chosen.map { [$0] } ?? [])
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed where needsEarlier:
            needsEarlier = false
            return clientRef.map { [.loadEarlier(clientRef: $0, before: openedAt)] } ?? []
        case .draftSaved(let id):
            draftID = id
        case .earlier(let ref, let contacts) where ref == clientRef:
            earlier = contacts
            let referred = earlierReferred
            outcomes?.update(referred)
        case .referralOutcomeSet(let id, let referral, let outcome):
            guard let index = earlier.firstIndex(where: { $0.id == id }) else { return [] }
            let logged = earlier[index]
            var contact = logged.contact
            contact.referralOutcomes[referral] = outcome == Vocabulary.pendingOutcome ? nil : outcome
            earlier[index] = LoggedContact(id: id, contact: contact, hasRepeat: logged.hasRepeat, followUp: logged.followUp)
            let referred = earlierReferred
            outcomes?.update(referred)
            return [.status(ReferralOutcomes.saved(referral, outcome: outcome, context), .success)]
        case .segmented(let newAssessment, let newChain):
            let before = formData
            assessment = newAssessment
            chain = newChain
            pendingSegmentation = nil
            return draftIfChanged(from: before)
        case .segmentationInProgress(let progress):
            let before = formData
            pendingSegmentation = progress
            return draftIfChanged(from: before)
        case .referralChosen(let code):
            let before = formData
            if !(pickers[.referrals]?.chosen.contains(code) ?? true) { pickers[.referrals]?.toggle(code) }
            problems[.referrals] = nil
            return draftIfChanged(from: before) + [
                .status(context.strings(.formReferralAdded, ["referral": context.vocabulary.referral.label(code, in: context.language)]), .success)
            ]
        case .consultationChosen(let code):
            let before = formData
            consultation = code
            problems[.consultation] = nil
            let status: Effect = code.map {
                .status(context.strings(.formConsultationRecorded, ["line": context.vocabulary.consultation.label($0, in: context.language)]), .success)
            } ?? .status(context.strings(.formConsultationCleared), .muted)
            return draftIfChanged(from: before) + [status]
        case .saved(_, let save):
            let time = openedAt.clockTime
            if let sent = save.handoff {
                return [.pop(nil), .status(context.strings(.screenHandoffSent, ["time": time, "service": serviceLabel(sent.service, context)]), .success)]
            }
            return [.pop(nil), .status(context.strings(editing == nil ? .formSaved : .formSavedEdit, ["time": time]), .success)]
        case .savePending:
            // The app has the save and says so; the advisor goes on with the next client.
            return [.pop(nil)]
        case .failed:
            isSaving = false
        default: break
        }
        return []
    }

    // MARK: - Identity code

    /// Checks the code as typed; a valid one becomes the pseudonym and age group at once, and the client's
    /// earlier contacts are looked up.
    mutating func identityCodeChanged(_ context: AppContext) -> [Effect] {
        problems[.identityCode] = nil
        guard identityCode.text.count == 11, let code = try? IdentityCode(identityCode.text) else {
            codeMask = nil
            if derivedAgeGroup != nil || (editing == nil && clientRef != nil) {
                clientRef = editing == nil ? nil : clientRef
                derivedAgeGroup = nil
                earlier = []
                outcomes = nil
            }
            return []
        }
        guard let ref = try? context.pseudonym(code) else {
            problems[.identityCode] = context.strings(.formPseudonymFailed)
            return []
        }
        let recognised = clientRef == ref && derivedAgeGroup != nil
        clientRef = ref
        codeMask = code.masked
        identityCode.set("")
        derivedAgeGroup = code.ageGroup(on: openedAt.date, in: context.vocabulary)
        pickers[.ageGroup]?.setChosen([derivedAgeGroup!])
        // A whole valid code is done with: the form moves on by itself, as after a single choice.
        if !recognised, focus == .identityCode { leaveIdentityCode() }
        return [.loadEarlier(clientRef: ref, before: openedAt)]
    }

    /// What the identity code field says now: nothing, a problem, or that the client is recognised.
    func identityCodeMessage(_ context: AppContext) -> (String, Style)? {
        if let problem = problems[.identityCode] { return (problem, .error) }
        let text = identityCode.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if codeMask != nil { return (context.strings(.formCodeValid), .success) }
            return clientRef == nil ? nil : (context.strings(.formClientRecognised), .success)
        }
        do {
            _ = try IdentityCode(text)
            return (context.strings(.formCodeValid), .success)
        } catch {
            // While typing, only the length is unfinished: say what is wrong once the rest is.
            if text.count < 11, case .length = error { return (context.strings(.formCodeTyping, ["count": String(text.count)]), .muted) }
            return (context.strings.message(for: error), .error)
        }
    }

    /// The client's earlier contacts that share a topic with this one: "on this matter".
    var earlierOnThisMatter: [LoggedContact] {
        let topics = Set(pickers[.topics]?.chosen ?? [])
        return earlier.filter { $0.id != editing && !Set($0.contact.topics).isDisjoint(with: topics) }
    }

    var openEarlierMatters: [LoggedContact] {
        earlierOnThisMatter.filter { $0.followUp == .open }
    }

    /// The client's earlier contacts with referrals, on any matter: what became of each referral can be set (F6).
    var earlierReferred: [LoggedContact] {
        earlier.filter { $0.id != editing && !$0.contact.referrals.isEmpty }
    }

    // MARK: - Saving

    /// Minutes the contact took: as typed, or the whole minutes the form has been open (at least 1).
    func durationMinutes(_ context: AppContext) -> Int? {
        if durationEdited { return Int(duration.text) }
        let seconds = context.clock().instant - openedAt.instant
        return Int(max(1, min(Int64(Contact.durationRange.upperBound), (seconds + 59) / 60)))
    }

    /// The contact the form holds, or every problem at its field.
    func contact(_ context: AppContext) -> Result<Contact, FormProblems> {
        var problems: [Field: String] = [:]
        let s = context.strings
        func one(_ field: Field) -> String? { pickers[field]?.chosen.first }
        let topics = pickers[.topics]?.chosen ?? []
        if one(.channel) == nil { problems[.channel] = s(.formChooseOne) }
        if topics.isEmpty { problems[.topics] = s(.formChooseAtLeastOne) }
        if one(.resolved) == nil { problems[.resolved] = s(.formChooseYesNo) }
        let durationText = duration.text
        if durationEdited, !durationText.isEmpty, Int(durationText) == nil { problems[.duration] = s(.problemNotWholeNumber, ["value": durationText]) }
        let code = identityCode.text.trimmingCharacters(in: .whitespaces)
        if !code.isEmpty {
            do { _ = try IdentityCode(code) } catch { problems[.identityCode] = s.message(for: error) }
        }
        let areas = Set(topics.compactMap { context.vocabulary.topic[$0]?.area })
        let referrals = pickers[.referrals]?.chosen ?? []
        let contact = Contact(
            occurredAt: openedAt, point: editedPoint ?? context.point.code, channel: one(.channel) ?? "", topics: topics,
            resolved: one(.resolved) == Self.yes, contactBy: one(.contactBy) ?? Contact.defaultContactBy, reason: one(.reason),
            referrals: referrals, identified: one(.identified) == Self.yes,
            ageGroup: derivedAgeGroup ?? one(.ageGroup) ?? Vocabulary.unknownAgeGroup,
            serviceArea: areas.count > 1 ? "both" : areas.first, durationMinutes: durationMinutes(context),
            segment: assessment?.segment, clientRef: clientRef, satisfaction: one(.satisfaction).flatMap { Int($0) },
            advisor: context.advisor, referralOutcomes: keptOutcomes.filter { referrals.contains($0.key) },
            unmetNeeds: pickers[.unmetNeeds]?.chosen ?? [], consultation: consultation)
        for problem in contact.problems(vocabulary: context.vocabulary, points: Set(context.catalog.points.map(\.code))) {
            guard let field = Self.field(of: problem.column), problems[field] == nil else { continue }
            problems[field] = s.message(for: problem.problem)
        }
        return problems.isEmpty ? .success(contact) : .failure(FormProblems(byField: problems))
    }

    struct FormProblems: Error {
        let byField: [Field: String]
    }

    static func field(of column: ContactColumn) -> Field? {
        switch column {
        case .channel: .channel
        case .contactBy: .contactBy
        case .reason: .reason
        case .topics: .topics
        case .referrals, .referralOutcomes: .referrals
        case .unmetNeeds: .unmetNeeds
        case .consultation: .consultation
        case .resolved: .resolved
        case .identified: .identified
        case .ageGroup: .ageGroup
        case .durationMinutes: .duration
        case .satisfaction: .satisfaction
        case .clientRef: .identityCode
        default: nil
        }
    }

    mutating func save(_ context: AppContext) -> [Effect] {
        guard !isSaving else { return [] }
        switch contact(context) {
        case .failure(let found):
            problems = found.byField
            if let first = Field.allCases.first(where: { found.byField[$0] != nil }) { focus = first }
            return [.status(context.strings(.formCheckFields, ["count": String(found.byField.count)]), .error)]
        case .success(let contact):
            problems = [:]
            let request: HandoffRequest?
            switch handoffToSend(point: contact.point, context) {
            case .success(let found): request = found
            case .failure(let problem):
                return [.status(context.strings(.screenHandoffCheck, ["problem": problem.message(context.strings)]), .error)]
            }
            isSaving = true
            identityCode.set("")
            return [.saveContact(ContactToSave(
                contact: contact, editing: editing, assessment: assessment, chain: chain,
                closing: closeEarlier ? openEarlierMatters.map(\.id) : [], draft: draftID, token: saveToken, form: formData.json,
                handoff: request))]
        }
    }

    // MARK: - Drafts

    /// A save's token without a digit (a UUID's digits written as the letters g–p): the draft carries it, and PostgreSQL
    /// refuses a draft whose text has an identity code's shape anywhere (`neuvo.refuse_identity_code`: six digits, a
    /// sign such as A–F, three digits and a character), which a hex UUID has about one time in eight.
    static func newSaveToken() -> String {
        String(UUID().uuidString.unicodeScalars.map { c in
            ("0"..."9").contains(c) ? Character(Unicode.Scalar(c.value - 48 + 103)!) : Character(c)
        })
    }

    /// A draft write when the form's content changed (not when the advisor only moved about).
    mutating func draftIfChanged(from before: FormDraft) -> [Effect] {
        let now = formData
        guard now != before else { return [] }
        guard let json = now.json, json != lastDraft else { return [] }
        lastDraft = json
        return [.saveDraft(id: draftID, form: json)]
    }
}

extension ContactForm.Action {
    var isBack: Bool { if case .back = self { true } else { false } }
}
