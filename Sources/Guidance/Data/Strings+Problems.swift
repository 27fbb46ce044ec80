extension Strings {
    /// A value's problem in the user's language.
    public func message(for problem: ContactProblem) -> String {
        switch problem {
        case .missing: self(.problemMissing)
        case .timestamp(let p, let value):
            switch p {
            case .format: self(.problemTimestampFormat, ["value": value])
            case .missingOffset: self(.problemTimestampMissingOffset, ["value": value])
            case .offset: self(.problemTimestampOffset, ["value": value])
            case .dateOrTime: self(.problemTimestampDate, ["value": value])
            }
        case .unknownCode(let code): self(.problemUnknownCode, ["code": code])
        case .duplicateCode(let code): self(.problemDuplicateCode, ["code": code])
        case .emptyListItem: self(.problemEmptyListItem)
        case .notYesNo(let value): self(.problemNotYesNo, ["value": value])
        case .notWholeNumber(let value): self(.problemNotWholeNumber, ["value": value])
        case .outOfRange(let value, let range):
            self(.problemOutOfRange, ["value": String(value), "min": String(range.lowerBound), "max": String(range.upperBound)])
        case .clientRefShape: self(.problemClientRefShape)
        case .identityCode: self(.problemIdentityCode)
        case .tooLong(let max): self(.problemTooLong, ["max": String(max)])
        case .strayQuote: self(.problemStrayQuote)
        case .lineBreak: self(.problemLineBreak)
        case .unclosedQuote: self(.problemUnclosedQuote)
        case .notPair(let value): self(.problemNotPair, ["value": value])
        case .notAReferral(let code): self(.problemNotAReferral, ["code": code])
        case .notOneOf(let value, let values): self(.problemNotOneOf, ["value": value, "values": values.joined(separator: ", ")])
        case .notDecimal(let value, let decimals): self(.problemNotDecimal, ["value": value, "decimals": String(decimals)])
        case .decimalOutOfRange(let value, let min, let max): self(.problemDecimalOutOfRange, ["value": value, "min": min, "max": max])
        case .notADay(let value): self(.problemNotADay, ["value": value])
        case .noAnswer: self(.problemNoAnswer)
        case .sameDayAndPoint(let line): self(.problemSameDayAndPoint, ["line": String(line)])
        case .earlierThan(let column, let other): self(.handoffsProblemEarlierThan, ["column": column, "other": other])
        case .needs(let column): self(.handoffsProblemNeeds, ["column": column])
        case .tooFewTries(let result): self(.handoffsProblemTooFewTries, ["result": result])
        case .notReceivingService(let code, let services):
            self(.handoffsProblemNotReceivingService, ["code": code, "services": services.joined(separator: ", ")])
        }
    }

    /// Why a text is not an identity code, in the user's language.
    public func message(for problem: IdentityCode.Problem) -> String {
        switch problem {
        case .empty: self(.identityCodeEmpty)
        case .length(let length): self(.identityCodeLength, ["count": String(length)])
        case .dateDigits: self(.identityCodeDateDigits)
        case .centurySign(let sign): self(.identityCodeCenturySign, ["sign": String(sign)])
        case .individualDigits: self(.identityCodeIndividualDigits)
        case .date: self(.identityCodeDate)
        case .individualNumber: self(.identityCodeIndividualNumber)
        case .checkCharacter: self(.identityCodeCheckCharacter)
        }
    }

    /// Why an assessment cannot be scored, naming the item, in the user's language: the text of `neuvo segment`
    /// and of the segmentation screen alike.
    public func message(for problem: AnswerProblem, instrument: Instrument, vocabulary: Vocabulary) -> String {
        switch problem {
        case .notAnAnswerDocument:
            self(.answersNotDocument)
        case .axisNotAnObject(let axis):
            self(.answersAxisNotObject, ["axis": axis.rawValue])
        case .unknownItem(let axis, let item):
            self(.answersUnknownItem, ["axis": axis.rawValue, "item": item])
        case .outOfRange(let item, let value):
            self(.answersOutOfRange, ["item": item, "value": value])
        case .tooFewAnswered(let axis, let answered, let missing, let minimum):
            self(.answersTooFew, [
                "axis": instrument.axis(axis).label[language], "answered": String(answered),
                "items": String(instrument.axis(axis).items.count), "minimum": String(minimum),
                "missing": missing.joined(separator: ", "),
            ])
        case .unknownKey(let key):
            self(.answersUnknownKey, ["key": key])
        case .overrideMalformed:
            self(.overrideMalformed)
        case .unknownSegment(let code):
            self(.answersUnknownSegment, ["segment": code, "segments": vocabulary.segment.codes.joined(separator: ", ")])
        case .overrideReason(.reasonMissing):
            self(.overrideReasonMissing)
        case .overrideReason(.reasonHasIdentityCode):
            self(.overrideReasonIdentityCode)
        }
    }
}
