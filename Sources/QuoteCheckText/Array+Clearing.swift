public extension Array {
    /// Empties the array and keeps its storage, for the per-line and per-sentence buffers that
    /// are refilled over and over. `removeAll(keepingCapacity:)` goes through the standard
    /// library's general `replaceSubrange`, about 70 instructions, even on an empty array, which
    /// these buffers mostly are when they are emptied (2% of `extract`'s instructions went there).
    @inline(__always)
    @inlinable mutating func clearKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
