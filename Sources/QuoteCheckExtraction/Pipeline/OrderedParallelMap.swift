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
    /// its result, in input order, on the calling thread. Files are read, JSON lines parsed and
    /// UTF-8 checked on the workers too. A JSON line whose id an earlier line had is emitted as
    /// an input error (its result dropped).
    public func run<Result: Sendable>(_ reader: InputReader, process: @escaping @Sendable (Article) -> Result,
                                      emit: (InputReader.Item, Result?) -> Void) {
        var batch: [PendingItem] = []
        batch.reserveCapacity(batchSize)
        var identities = JSONLIdentities()
        reader.forEachPending { item in
            batch.append(item)
            if batch.count >= batchSize {
                flush(batch, &identities, process, emit)
                batch.removeAll(keepingCapacity: true)
            }
            return true
        }
        flush(batch, &identities, process, emit)
    }

    /// `body` over `items` on `jobs` cores, results in input order: the one parallel loop of
    /// the pipeline (extraction here, evaluation's extraction too).
    package func map<Item: Sendable, Value>(_ items: [Item], _ body: @escaping @Sendable (Item) -> Value) -> [Value] {
        let slots = ParallelSlots<Value>(count: items.count)
        if jobs == 1 || items.count <= 1 {
            for (index, item) in items.enumerated() { slots.set(index, body(item)) }
        } else {
            // One iteration per item: Dispatch hands them to the cores as they free up, so a long
            // article does not hold back a worker's whole share.
            DispatchQueue.concurrentPerform(iterations: items.count) { index in slots.set(index, body(items[index])) }
        }
        return slots.take()
    }

    private func flush<Result: Sendable>(_ batch: [PendingItem], _ identities: inout JSONLIdentities, _ process: @escaping @Sendable (Article) -> Result,
                                         _ emit: (InputReader.Item, Result?) -> Void) {
        guard !batch.isEmpty else { return }
        let results = map(batch) { pending -> (InputReader.Item, Result?) in
            let item = pending.resolve()
            if case let .article(article) = item { return (item, process(article)) }
            return (item, nil)
        }
        for index in batch.indices {
            let (item, result) = results[index]
            let admitted = identities.admit(item, from: batch[index])
            if case .failure = admitted, case .article = item {
                emit(admitted, nil)
            } else {
                emit(admitted, result)
            }
        }
    }
}
