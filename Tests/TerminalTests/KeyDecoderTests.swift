import Testing
@testable import Terminal

/// Bytes as terminals send them, through the one place that makes keys of them (CONTRACT §10).
struct KeyDecoderTests {
    static func keys(_ text: String, terminfo: [String: Key] = [:]) -> [Key] {
        var decoder = KeyDecoder(terminfo: terminfo)
        decoder.feed(Array(text.utf8))
        return decoder.keys()
    }

    @Test(arguments: [
        // xterm, VT100, Windows Terminal, macOS
        ("\u{1B}OP", 1), ("\u{1B}OQ", 2), ("\u{1B}OR", 3), ("\u{1B}OS", 4),
        // PuTTY's default, rxvt
        ("\u{1B}[11~", 1), ("\u{1B}[12~", 2), ("\u{1B}[13~", 3), ("\u{1B}[14~", 4), ("\u{1B}[15~", 5),
        // the Linux console, PuTTY's "Linux" mode
        ("\u{1B}[[A", 1), ("\u{1B}[[B", 2), ("\u{1B}[[C", 3), ("\u{1B}[[D", 4), ("\u{1B}[[E", 5),
        ("\u{1B}[17~", 6), ("\u{1B}[21~", 10), ("\u{1B}[24~", 12),
    ])
    func everyFormOfAFunctionKey(bytes: String, n: Int) {
        #expect(Self.keys(bytes) == [.function(n)])
    }

    @Test(arguments: [
        ("\u{1B}[1~", Key.home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[Z", .backTab), ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[3~", .delete),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
    ])
    func homeEndShiftTabAndTheOthers(bytes: String, key: Key) {
        #expect(Self.keys(bytes) == [key])
    }

    @Test func keysOneAfterAnotherInOneRead() {
        #expect(Self.keys("a\u{1B}[4~b\u{1B}OPä\r\t\u{7F}\u{13}") == [
            .character("a"), .end, .character("b"), .function(1), .character("ä"), .enter, .tab, .backspace, .control("s"),
        ])
    }

    @Test func anUnknownSequenceIsDroppedWholeNeverEscAndLetters() {
        // Ctrl-Up, an unknown CSI, an unknown SS3: none is Esc, none leaves letters behind.
        #expect(Self.keys("\u{1B}[1;5A\u{1B}[99~\u{1B}Oxq") == [.character("q")])
        // Esc and a key that begins no sequence, come at once (typed quickly, or over SSH): Esc, then the key.
        #expect(Self.keys("\u{1B}q\u{1B}ä\u{1B}\u{1B}") == [.escape, .character("q"), .escape, .character("ä"), .escape, .escape])
        #expect(Self.keys("\u{1B}[") == [.escape, .character("[")])
        // An old X10 mouse report: ESC [ M and three bytes.
        #expect(Self.keys("\u{1B}[M !!z") == [.character("z")])
    }

    @Test func terminfoSequencesBesideTheTable() {
        #expect(Self.keys("\u{1B}[25~\u{1B}[11~", terminfo: ["\u{1B}[25~": .function(5)]) == [.function(5), .function(1)])
        // A terminfo entry cannot take over a listed form.
        #expect(Self.keys("\u{1B}[11~", terminfo: ["\u{1B}[11~": .function(9)]) == [.function(1)])
    }

    @Test func aLoneEscWaitsOnlyForTheDelayAndSequencesStillParseWhole() {
        #expect(KeyDecoder.escapeDelay < 0.05)
        var decoder = KeyDecoder()
        decoder.feed(0x1B)
        // More may come: no key yet.
        let key1 = decoder.next()
        #expect(key1 == nil && decoder.isWaiting)
        // The rest of a sequence comes in pieces before the delay is up.
        decoder.feed(Array("[1".utf8))
        let key2 = decoder.next()
        #expect(key2 == nil)
        decoder.feed(Array("4~".utf8))
        let key3 = decoder.next()
        #expect(key3 == .function(4))
        // A lone Esc after the delay.
        decoder.feed(0x1B)
        let key4 = decoder.next()
        #expect(key4 == nil)
        let key5 = decoder.next(final: true)
        #expect(key5 == .escape)
        #expect(!decoder.isWaiting)
        // Esc Esc: the first one is Esc at once.
        decoder.feed([0x1B, 0x1B])
        let key6 = decoder.next()
        #expect(key6 == .escape)
        let key7 = decoder.next(final: true)
        #expect(key7 == .escape)
        // A sequence cut short is dropped, not taken as Esc.
        decoder.feed(Array("\u{1B}[1".utf8))
        let key8 = decoder.next(final: true)
        #expect(key8 == nil && !decoder.isWaiting)
    }

    @Test func aCharacterInPiecesWaitsForItsBytes() {
        var decoder = KeyDecoder()
        let bytes = Array("ö".utf8)
        decoder.feed(bytes[0])
        let key9 = decoder.next()
        #expect(key9 == nil)
        decoder.feed(bytes[1])
        let key10 = decoder.next()
        #expect(key10 == .character("ö"))
    }

    @Test func aPasteIsTextNeverKeys() {
        #expect(Self.keys("x\u{1B}[200~n1\u{1B}[4~\r\u{3}q\u{1B}[201~y") == [
            .character("x"), .paste("n1\u{1B}[4~\r\u{3}q"), .character("y"),
        ])
        // In pieces, the closing bracket split between reads.
        var decoder = KeyDecoder()
        decoder.feed(Array("\u{1B}[200~131052-".utf8))
        let key11 = decoder.next()
        #expect(key11 == nil && decoder.isPasting)
        decoder.feed(Array("9085\u{1B}[2".utf8))
        let key12 = decoder.next()
        #expect(key12 == nil)
        decoder.feed(Array("01~".utf8))
        let key13 = decoder.next()
        #expect(key13 == .paste("131052-9085"))
        #expect(!decoder.isWaiting)
        // A paste whose end never comes ends when the bytes stop, still as text.
        decoder.feed(Array("\u{1B}[200~abc".utf8))
        let key14 = decoder.next()
        #expect(key14 == nil)
        let key15 = decoder.next(final: true)
        #expect(key15 == .paste("abc"))
        #expect(!decoder.isPasting)
        #expect(KeyDecoder.pasteDelay > KeyDecoder.escapeDelay)
    }
}

/// Mouse reports (SGR 1006) and the regions a frame records for them.
struct PointerDecodingTests {
    @Test func pressesAndTheWheelAreReportedTheRestIsDropped() {
        #expect(KeyDecoderTests.keys("\u{1B}[<0;12;5M\u{1B}[<0;12;5m") == [.pointer(Pointer(.press, x: 11, y: 4))])
        #expect(KeyDecoderTests.keys("\u{1B}[<64;1;1M\u{1B}[<65;80;24M") == [
            .pointer(Pointer(.wheelUp, x: 0, y: 0)), .pointer(Pointer(.wheelDown, x: 79, y: 23)),
        ])
        // The right button, a drag, a release: nothing, and no letters left behind.
        #expect(KeyDecoderTests.keys("\u{1B}[<2;3;3M\u{1B}[<32;3;3M\u{1B}[<0;3;3mx") == [.character("x")])
        // Shift held with the click is still a click.
        #expect(KeyDecoderTests.keys("\u{1B}[<4;2;2M") == [.pointer(Pointer(.press, x: 1, y: 1))])
    }

    @Test func aCanvasTellsWhatAClickPresses() {
        var canvas = Canvas(size: Size(width: 20, height: 3))
        canvas.mark(x: 0, y: 0, width: 20, height: 3, keys: [.enter])
        canvas.mark(x: 2, y: 1, width: 4, keys: [.function(2)])
        canvas.mark(x: 8, y: 1, width: 4, keys: [])
        #expect(canvas.keys(at: 3, 1) == [.function(2)])
        #expect(canvas.keys(at: 6, 1) == [.enter])
        #expect(canvas.keys(at: 9, 1) == [.enter], "a region without keys is not recorded")
        #expect(Canvas(size: Size(width: 2, height: 2)).keys(at: 0, 0) == nil)
        #expect(canvas.keys(for: Pointer(.press, x: 3, y: 1)) == [.function(2)])
        #expect(canvas.keys(for: Pointer(.wheelDown, x: 3, y: 1)) == [.down] && canvas.keys(for: Pointer(.wheelUp, x: 0, y: 0)) == [.up])
        #expect(Canvas(size: Size(width: 2, height: 2)).keys(for: Pointer(.press, x: 0, y: 0)) == [])
    }
}
