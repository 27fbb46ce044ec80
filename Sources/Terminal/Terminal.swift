/// Where the app reads keys and shows frames: the real terminal (ncurses) or a scripted one in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// The next key; nil when none came within `timeout` seconds, or — always so when `timeout` is nil —
    /// when the input has ended and the app should stop.
    func readKey(timeout: Double?) -> Key?
    /// After `readKey` gave nil: whether the input has ended (a closed window, a lost SSH session), rather than no
    /// key having come in time.
    var inputEnded: Bool { get }
    /// Shows a whole frame.
    func present(_ canvas: Canvas)
}

/// A terminal for in-process tests: keys from a script, every frame kept.
public final class ScriptedTerminal: Terminal {
    public var size: Size
    private var keys: [Key]
    public private(set) var frames: [Canvas] = []

    public init(size: Size = .minimum, keys: [Key] = []) {
        self.size = size
        self.keys = keys
    }

    public convenience init(size: Size = .minimum, script: String) {
        self.init(size: size, keys: Key.sequence(script))
    }

    public func type(_ more: [Key]) { keys += more }

    /// A new size, and a `.resize` key as the real terminal gives one.
    public func resize(to size: Size) {
        self.size = size
        keys.insert(.resize, at: 0)
    }

    public func readKey(timeout: Double?) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    /// The script is the whole input: when its keys are used up, the input has ended.
    public var inputEnded: Bool { keys.isEmpty }

    public func present(_ canvas: Canvas) { frames.append(canvas) }

    public var lastFrame: Canvas? { frames.last }
}
