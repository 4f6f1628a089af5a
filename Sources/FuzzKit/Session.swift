import Foundation

/// A fuzzing run: programs from consecutive seeds, each run by node and by every
/// configuration; a program that some configuration runs differently is written to the output
/// directory as `seed-N.js`, with `seed-N.txt` saying which configurations differ and how, and
/// with `--reduce` also `seed-N.reduced.js`.
public struct Session {
    public var generator: ProgramGenerator
    public var runner: Runner
    public var outputDirectory: URL
    public var reduce: Bool
    public var log: (String) -> Void

    public struct Mismatch: Sendable {
        public let seed: UInt64
        public let differences: [(Configuration, Difference)]
        public let file: URL
        public let reducedFile: URL?
    }

    public struct Summary: Sendable {
        public var programs = 0
        /// Programs node itself could not finish (timed out or crashed): nothing to compare.
        public var skipped = 0
        public var mismatches: [Mismatch] = []
    }

    public init(generator: ProgramGenerator, runner: Runner, outputDirectory: URL, reduce: Bool, log: @escaping (String) -> Void) {
        self.generator = generator
        self.runner = runner
        self.outputDirectory = outputDirectory
        self.reduce = reduce
        self.log = log
    }

    /// Programs of seeds `firstSeed`, `firstSeed + 1`, …: `count` of them, or as many as start
    /// within `seconds` (whichever ends first; at least one).
    public func run(firstSeed: UInt64, count: Int?, seconds: Double?) throws -> Summary {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-fuzz-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let start = Date()
        var summary = Summary()
        var seed = firstSeed
        while true {
            if let count, summary.programs >= count { break }
            if let seconds, summary.programs > 0, Date().timeIntervalSince(start) >= seconds { break }
            summary.programs += 1
            switch try check(seed: seed, scratch: scratch) {
            case .skipped: summary.skipped += 1
            case .mismatch(let mismatch): summary.mismatches.append(mismatch)
            case .same: break
            }
            seed &+= 1
        }
        return summary
    }

    enum Verdict {
        case same, skipped
        case mismatch(Mismatch)
    }

    func check(seed: UInt64, scratch: URL) throws -> Verdict {
        let source = generator.program(seed: seed)
        let file = scratch.appendingPathComponent("seed-\(seed).js")
        try write(source, to: file)
        let expected = try runner.runNode(file.path)
        guard case .exited = expected.termination else {
            log("seed \(seed): skipped, node did not finish it (\(expected.termination))")
            return .skipped
        }
        let differences = try runner.compare(file.path, expected: expected)
        guard let (configuration, difference) = differences.first else {
            log("seed \(seed): same output in \(runner.configurations.count) configurations")
            return .same
        }
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let saved = outputDirectory.appendingPathComponent("seed-\(seed).js")
        try write(source, to: saved)
        var report = differences.map { "\($0.0.name) (jsjit \($0.0.arguments.joined(separator: " "))): \($0.1)" }.joined(separator: "\n") + "\n"
        var reducedFile: URL?
        if reduce {
            log("seed \(seed): MISMATCH in \(differences.map(\.0.name).joined(separator: ", ")); reducing with \(configuration.name)")
            let reduced = try self.reduce(source, configuration: configuration, difference: difference, expected: expected, scratch: scratch)
            let url = outputDirectory.appendingPathComponent("seed-\(seed).reduced.js")
            try write(reduced, to: url)
            report += "reduced (\(configuration.name), \(difference.category)): \(url.lastPathComponent)\n"
            reducedFile = url
        }
        try write(report, to: outputDirectory.appendingPathComponent("seed-\(seed).txt"))
        log("seed \(seed): MISMATCH, written to \(saved.path)\n" + report.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        return .mismatch(Mismatch(seed: seed, differences: differences, file: saved, reducedFile: reducedFile))
    }

    /// A program file shrunk with the first configuration that runs it differently from node.
    public func reduceFile(_ path: String) throws -> String {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { throw FuzzError("cannot read \(path)") }
        let expected = try runner.runNode(path)
        guard let (configuration, difference) = try runner.compare(path, expected: expected).first else {
            throw FuzzError("\(path): every configuration prints what node prints; nothing to reduce")
        }
        log("reducing \(path) with \(configuration.name): \(difference)")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-fuzz-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try reduce(source, configuration: configuration, difference: difference, expected: expected, scratch: scratch)
    }

    /// The program shrunk while `configuration` still differs from node in the same way and
    /// node still ends as it did.
    public func reduce(_ source: String, configuration: Configuration, difference: Difference, expected: Outcome, scratch: URL) throws -> String {
        let candidate = scratch.appendingPathComponent("candidate.js")
        let reducer = Reducer { text in
            try write(text, to: candidate)
            let oracle = try runner.runNode(candidate.path)
            guard oracle.termination == expected.termination, oracle.errorHeadline == expected.errorHeadline else { return false }
            let actual = try runner.run(configuration, candidate.path)
            return Difference.between(expected: oracle, actual: actual)?.category == difference.category
        }
        return try reducer.reduce(source)
    }
}

private func write(_ text: String, to url: URL) throws {
    do {
        try Data(text.utf8).write(to: url)
    } catch {
        throw FuzzError("cannot write \(url.path): \(error.localizedDescription)")
    }
}
