/// What one run of a program did, as far as the comparison with node cares.
public struct Outcome: Equatable, Sendable {
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    public var termination: Termination
    public var stdout: String
    /// The first stderr line that reads like `TypeError: …` (node prints the source line and a
    /// caret first), or nil.
    public var errorHeadline: String?

    public init(termination: Termination, stdout: String, stderr: String) {
        self.termination = termination
        self.stdout = stdout
        errorHeadline = Self.headline(in: stderr)
    }

    /// As `Scripts/update-corpus.sh` finds it: the first line matching `^[A-Za-z]*Error: `.
    static func headline(in stderr: String) -> String? {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).first { line in
            guard let colon = line.firstRange(of: "Error: ") else { return false }
            return line[..<colon.lowerBound].allSatisfy { $0.isASCII && $0.isLetter }
        }.map(String.init)
    }
}

/// How a configuration's run differs from node's. The kind (`category`) is what the reducer
/// keeps while it shrinks a program: a reduced program must still differ the same way.
public enum Difference: Equatable, Sendable, CustomStringConvertible {
    case crashed(signal: Int32)
    case timedOut
    case status(expected: Int32, actual: Int32)
    case errorHeadline(expected: String?, actual: String?)
    /// The first line (1-based) where stdout differs, and that line in each.
    case stdout(line: Int, expected: String, actual: String)

    public var category: String {
        switch self {
        case .crashed(let signal): return "crash (signal \(signal))"
        case .timedOut: return "timeout"
        case .status: return "exit status"
        case .errorHeadline: return "error"
        case .stdout: return "stdout"
        }
    }

    public var description: String {
        switch self {
        case .crashed(let signal): return "crashed with signal \(signal)"
        case .timedOut: return "timed out"
        case .status(let expected, let actual): return "exit status \(actual), node's \(expected)"
        case .errorHeadline(let expected, let actual):
            return "error \(actual.map { "'\($0)'" } ?? "none"), node's \(expected.map { "'\($0)'" } ?? "none")"
        case .stdout(let line, let expected, let actual):
            return "stdout differs at line \(line): '\(actual)', node's '\(expected)'"
        }
    }

    /// nil when `actual` did what `expected` (node's run) did: the same stdout and exit status,
    /// and for a failing program the same error headline.
    public static func between(expected: Outcome, actual: Outcome) -> Difference? {
        let expectedStatus: Int32
        switch expected.termination {
        case .exited(let status): expectedStatus = status
        case .signaled(let signal): expectedStatus = 128 + signal
        case .timedOut: expectedStatus = -1
        }
        switch actual.termination {
        case .signaled(let signal): return .crashed(signal: signal)
        case .timedOut: return .timedOut
        case .exited(let status) where status != expectedStatus: return .status(expected: expectedStatus, actual: status)
        case .exited: break
        }
        if expectedStatus != 0 && expected.errorHeadline != actual.errorHeadline {
            return .errorHeadline(expected: expected.errorHeadline, actual: actual.errorHeadline)
        }
        guard expected.stdout != actual.stdout else { return nil }
        let expectedLines = expected.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < expectedLines.count && line < actualLines.count && expectedLines[line] == actualLines[line] { line += 1 }
        func at(_ lines: [Substring]) -> String { line < lines.count ? String(lines[line]) : "<end of output>" }
        return .stdout(line: line + 1, expected: at(expectedLines), actual: at(actualLines))
    }
}
