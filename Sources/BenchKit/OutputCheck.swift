/// One engine's output that disagrees with the reference's, described for a person.
public struct Mismatch: Equatable, Sendable, CustomStringConvertible {
    public var engine: Engine
    public var description: String
}

/// Before anything is timed, every engine must print exactly what the reference prints, or the
/// timings would compare different work.
public enum OutputCheck {
    /// node's last tier (its full pipeline, as `Engine.nodeTiers` lists it) when node runs, since
    /// node is the oracle of the whole project; else the first engine.
    public static func reference(among engines: [Engine]) -> Engine {
        engines.last { $0.family == .node } ?? engines[0]
    }

    /// Empty when every run succeeded and printed what the reference printed. When the
    /// reference itself failed, that is the one mismatch reported.
    public static func mismatches(_ runs: [(engine: Engine, result: ProcessResult)]) -> [Mismatch] {
        guard !runs.isEmpty else { return [] }
        let reference = Self.reference(among: runs.map(\.engine))
        let expected = runs.first { $0.engine == reference }!.result
        if let failure = failure(reference, expected) { return [Mismatch(engine: reference, description: failure)] }
        var mismatches: [Mismatch] = []
        for (engine, result) in runs where engine != reference {
            if let problem = compare(engine, result, against: reference, expected) {
                mismatches.append(Mismatch(engine: engine, description: problem))
            }
        }
        return mismatches
    }

    /// What is wrong with one run next to the reference's output; nil when nothing is.
    public static func compare(_ engine: Engine, _ result: ProcessResult, against reference: Engine, _ expected: ProcessResult) -> String? {
        failure(engine, result) ?? difference(engine, result.stdout, reference, expected.stdout)
    }

    /// The line a benchmark prints last: its checksum.
    public static func checksum(of stdout: String) -> String {
        stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    private static func failure(_ engine: Engine, _ result: ProcessResult) -> String? {
        if result.timedOut { return "\(engine.label) timed out" }
        switch result.status {
        case .exited(0):
            return nil
        case .exited(let code):
            let headline = result.stderr.split(separator: "\n").first.map { ": " + shorten(String($0)) } ?? ""
            return "\(engine.label) exited with status \(code)\(headline)"
        case .signaled(let signal):
            return "\(engine.label) was killed by signal \(signal)"
        }
    }

    private static func difference(_ engine: Engine, _ actual: String, _ reference: Engine, _ expected: String) -> String? {
        guard actual != expected else { return nil }
        if actual + "\n" == expected || actual == expected + "\n" {
            return "\(engine.label)'s output differs from \(reference.label)'s only in its final newline"
        }
        let actualLines = lines(actual)
        let expectedLines = lines(expected)
        var index = 0
        while index < actualLines.count && index < expectedLines.count && actualLines[index] == expectedLines[index] { index += 1 }
        func shown(_ lines: [Substring]) -> String { index < lines.count ? "\"\(shorten(String(lines[index])))\"" : "nothing" }
        return "\(engine.label) printed \(shown(actualLines)) at line \(index + 1) where \(reference.label) printed \(shown(expectedLines))"
    }

    private static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    private static func shorten(_ line: String) -> String {
        line.count <= 100 ? line : line.prefix(100) + "…"
    }
}
