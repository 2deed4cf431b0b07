/// Where the tokenizer writes a line's tokens: its own memory, written through a pointer, kept
/// from line to line. `Array.append` checked the array's uniqueness through a runtime call for
/// every token; here an append checks the capacity only. A line's tokens leave as an array of
/// exactly their number.
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

    /// The tokens written since the last `take`, as an array; the buffer is empty again.
    mutating func take() -> [Token] {
        defer { count = 0 }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }
}
