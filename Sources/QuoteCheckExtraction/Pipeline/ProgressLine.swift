#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress report for long runs, redrawn in place on standard error: articles done,
/// megabytes read, throughput, and percent and time left when the input's total size is known.
///
/// It is meant for a person watching a terminal, so it stays silent unless standard error is a
/// terminal and standard output is not (records scrolling past on the same screen would tear the
/// line apart), and it waits half a second before the first draw so that short runs print nothing.
/// Redraws are throttled to ten a second. Not thread-safe: call it from the thread that emits.
public final class ProgressLine {
    /// Article bytes the whole run will read, when that is known up front.
    public let totalBytes: Int?
    /// False when the report is silent: every call is then a no-op.
    public let isEnabled: Bool

    private let clock: () -> UInt64
    private let output: (String) -> Void
    private let start: UInt64
    private var lastDraw: UInt64?
    private var articles = 0
    private var bytes = 0
    private var lineShown = false

    /// Quiet period before the first draw, and the minimum time between two draws (nanoseconds).
    static let firstDrawDelay: UInt64 = 500_000_000
    static let redrawInterval: UInt64 = 100_000_000

    /// - Parameters:
    ///   - totalBytes: the size of the input, for percent and ETA; nil when unknown.
    ///   - enabled: whether to draw at all.
    ///   - clock: monotonic nanoseconds (injectable for tests).
    ///   - write: where the text goes (standard error by default).
    public init(totalBytes: Int?, enabled: Bool, clock: @escaping () -> UInt64 = ProgressLine.monotonicNanoseconds,
                write: @escaping (String) -> Void = ProgressLine.writeToStandardError) {
        self.totalBytes = totalBytes
        self.isEnabled = enabled
        self.clock = clock
        output = write
        start = enabled ? clock() : 0
    }

    /// A report on standard error when it is a terminal and standard output is not; otherwise a
    /// silent one. `totalBytes` is only evaluated when the report will be shown.
    public static func onStandardError(totalBytes: () -> Int?) -> ProgressLine {
        let enabled = isatty(2) == 1 && isatty(1) == 0
        return ProgressLine(totalBytes: enabled ? totalBytes() : nil, enabled: enabled)
    }

    /// Counts one more article of `bytes` bytes, and redraws if it is time to.
    public func advance(bytes articleBytes: Int) {
        guard isEnabled else { return }
        articles += 1
        bytes += articleBytes
        let now = clock()
        if let lastDraw {
            guard now &- lastDraw >= Self.redrawInterval else { return }
        } else {
            guard now &- start >= Self.firstDrawDelay else { return }
        }
        lastDraw = now
        lineShown = true
        output("\r" + Self.line(articles: articles, bytes: bytes, elapsed: now &- start, total: totalBytes) + "\u{1B}[K")
    }

    /// Erases the line, e.g. before a diagnostic goes to standard error; the next draw brings it back.
    public func clear() {
        guard lineShown else { return }
        output("\r\u{1B}[K")
        lineShown = false
    }

    /// Erases the line for good at the end of the run.
    public func finish() { clear() }

    /// The text of the line: `12,345 articles, 48.2 MB, 61.3 MB/s, 35%, 0:12 left`.
    package static func line(articles: Int, bytes: Int, elapsed: UInt64, total: Int?) -> String {
        let seconds = max(Double(elapsed) / 1e9, 1e-9)
        let rate = Double(bytes) / seconds
        var text = "quotecheck: \(grouped(articles)) article\(articles == 1 ? "" : "s"), "
            + "\(oneDecimal(Double(bytes) / 1e6)) MB, \(oneDecimal(rate / 1e6)) MB/s"
        if let total, total > 0 {
            let done = min(Double(bytes) / Double(total), 1)
            text += ", \(Int(done * 100))%"
            if rate > 0 {
                text += ", \(clockTime(max(Double(total - bytes), 0) / rate)) left"
            }
        }
        return text
    }

    /// 12345 -> "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Seconds as `m:ss` or `h:mm:ss`.
    static func clockTime(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let mm = hours > 0 && minutes < 10 ? "0\(minutes)" : "\(minutes)"
        let ss = secs < 10 ? "0\(secs)" : "\(secs)"
        return hours > 0 ? "\(hours):\(mm):\(ss)" : "\(mm):\(ss)"
    }

    /// CLOCK_MONOTONIC in nanoseconds.
    public static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Writes straight to file descriptor 2 (unbuffered, so the line shows at once).
    public static func writeToStandardError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
