/// Where the tokenizer writes an article's tokens, line after line: its own memory, written
/// through a pointer. `Array.append` checked the array's uniqueness through a runtime call for
/// every token; here an append checks the capacity only. A line's tokens are read back as a view
/// (`tokens(_:)`), valid until the next append, which may move the memory.
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    // Tokens hold no references: nothing to deinitialise.
    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let newBase = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity *= 2
    }

    /// Changes token `index` in place (before any view of it is handed out).
    mutating func update(_ index: Int, _ body: (inout Token) -> Void) {
        body(&base[index])
    }

    /// The tokens at `range` (positions in the order written).
    func tokens(_ range: Range<Int>) -> Tokens {
        Tokens(start: base + range.lowerBound, count: range.count)
    }
}
