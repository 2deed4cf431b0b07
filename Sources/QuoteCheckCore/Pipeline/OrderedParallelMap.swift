import Dispatch

/// Runs a function over the input's articles on every core while keeping output in input order:
/// articles are taken in batches, each batch is processed in parallel, and the results of a batch
/// are emitted in order before the next batch is read. Memory holds one batch at a time.
public struct OrderedParallelMap: Sendable {
    public let jobs: Int
    public let batchSize: Int

    public init(jobs: Int, batchSize: Int? = nil) {
        self.jobs = max(1, jobs)
        self.batchSize = batchSize ?? max(16, self.jobs * 8)
    }

    /// Reads `reader`, calls `process` on each article (concurrently) and `emit` with each item and
    /// its result, in input order, on the calling thread.
    public func run<Result: Sendable>(_ reader: InputReader, process: @escaping @Sendable (Article) -> Result,
                                      emit: (InputReader.Item, Result?) -> Void) {
        var batch: [InputReader.Item] = []
        batch.reserveCapacity(batchSize)
        reader.forEach { item in
            batch.append(item)
            if batch.count >= batchSize {
                flush(batch, process, emit)
                batch.removeAll(keepingCapacity: true)
            }
            return true
        }
        flush(batch, process, emit)
    }

    private func flush<Result: Sendable>(_ batch: [InputReader.Item], _ process: @escaping @Sendable (Article) -> Result,
                                         _ emit: (InputReader.Item, Result?) -> Void) {
        guard !batch.isEmpty else { return }
        let results = ResultSlots<Result>(count: batch.count)
        if jobs == 1 || batch.count == 1 {
            for (index, item) in batch.enumerated() {
                if case let .article(article) = item { results.set(index, process(article)) }
            }
        } else {
            let items = batch
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                if case let .article(article) = items[index] { results.set(index, process(article)) }
            }
        }
        for (index, item) in batch.enumerated() { emit(item, results.get(index)) }
    }
}

/// Slots written by exactly one worker each, read after all workers are done.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: [Result?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }
    func get(_ index: Int) -> Result? { slots[index] }
}
