import Foundation

/// One timed run.
public struct Sample: Equatable, Sendable {
    public var wallSeconds: Double
    public var peakResidentBytes: Int

    public init(wallSeconds: Double, peakResidentBytes: Int) {
        self.wallSeconds = wallSeconds
        self.peakResidentBytes = peakResidentBytes
    }
}

/// One engine on one program.
public struct EngineResult: Equatable, Sendable {
    public var engine: Engine
    public var samples: [Sample]
    /// Our tiers' compile figures from the output-check run; nil for node.
    public var compile: CompileFigures?

    public init(engine: Engine, samples: [Sample], compile: CompileFigures? = nil) {
        self.engine = engine
        self.samples = samples
        self.compile = compile
    }

    public var medianSeconds: Double? { Statistics.median(samples.map(\.wallSeconds)) }
    public var medianPeakResidentBytes: Int? { Statistics.median(samples.map { Double($0.peakResidentBytes) }).map { Int($0) } }
}

/// Every engine on one program. A row with failures has no timings and no ratios.
public struct ProgramResult: Equatable, Sendable {
    public var name: String
    /// The last line the reference printed.
    public var checksum: String
    public var failures: [String]
    public var engines: [EngineResult]

    public init(name: String, checksum: String, failures: [String], engines: [EngineResult]) {
        self.name = name
        self.checksum = checksum
        self.failures = failures
        self.engines = engines
    }

    public var failed: Bool { !failures.isEmpty }

    public func result(for engine: Engine) -> EngineResult? { engines.first { $0.engine == engine } }
}

/// Runs programs on engines: first one run of each engine to check that they all print the
/// same (our tiers also write their compile figures then), then `runs` timed rounds in which
/// the engines take turns, each round starting one engine later, so that a slow patch of the
/// machine falls on every engine alike.
public final class Harness {
    let engines: [Engine]
    let runs: Int
    let timeBudget: Double?
    let timeout: Double?
    let log: (String) -> Void

    /// - Parameters:
    ///   - timeBudget: seconds for the whole suite, shared out evenly among the programs not yet
    ///     run; a program stops its rounds when the next would overrun its share (after at least one).
    ///   - timeout: seconds after which a single run is killed and counts as failed.
    public init(engines: [Engine], runs: Int, timeBudget: Double? = nil, timeout: Double? = nil, log: @escaping (String) -> Void = { _ in }) {
        precondition(!engines.isEmpty && runs > 0)
        self.engines = engines
        self.runs = runs
        self.timeBudget = timeBudget
        self.timeout = timeout
        self.log = log
    }

    public func run(_ programs: [BenchmarkProgram]) throws -> [ProgramResult] {
        let start = Self.now()
        var results: [ProgramResult] = []
        for (index, program) in programs.enumerated() {
            let share = timeBudget.map { max(0, $0 - (Self.now() - start)) / Double(programs.count - index) }
            results.append(try run(program, share: share))
        }
        return results
    }

    /// The engines' order in a round: a rotation by the round number.
    public static func order(round: Int, count: Int) -> [Int] {
        (0..<count).map { ($0 + round) % count }
    }

    private func run(_ program: BenchmarkProgram, share: Double?) throws -> ProgramResult {
        let programStart = Self.now()
        log("\(program.name): checking that \(engines.count) engines print the same")
        var checks: [(engine: Engine, result: ProcessResult)] = []
        var figures: [Engine: CompileFigures] = [:]
        for engine in engines {
            let (result, compile) = try checkRun(engine, program)
            checks.append((engine, result))
            figures[engine] = compile
        }
        let reference = OutputCheck.reference(among: engines)
        let expected = checks.first { $0.engine == reference }!.result
        let checksum = OutputCheck.checksum(of: expected.stdout)
        let mismatches = OutputCheck.mismatches(checks)
        if !mismatches.isEmpty {
            for mismatch in mismatches { log("\(program.name): MISMATCH: \(mismatch)") }
            log("\(program.name): FAILED; not timed")
            return ProgramResult(name: program.name, checksum: checksum, failures: mismatches.map(\.description),
                                 engines: engines.map { EngineResult(engine: $0, samples: [], compile: figures[$0]) })
        }

        var samples: [Engine: [Sample]] = [:]
        var failures: [String] = []
        for round in 0..<runs {
            let roundStart = Self.now()
            log("\(program.name): round \(round + 1) of \(runs)")
            for index in Self.order(round: round, count: engines.count) {
                let engine = engines[index]
                let result = try ProcessRunner.run(engine.executable, engine.arguments + [program.path], timeout: timeout)
                // A run can still fail after a good check (a timeout on a busy machine).
                if let problem = OutputCheck.compare(engine, result, against: reference, expected) {
                    failures.append(problem)
                    log("\(program.name): MISMATCH in round \(round + 1): \(problem)")
                }
                samples[engine, default: []].append(Sample(wallSeconds: result.wallSeconds, peakResidentBytes: result.peakResidentBytes))
            }
            if !failures.isEmpty { break }
            let now = Self.now()
            if let share, round + 1 < runs, now - programStart + (now - roundStart) > share {
                log("\(program.name): time budget reached after \(round + 1) rounds")
                break
            }
        }
        let engineResults = engines.map { EngineResult(engine: $0, samples: failures.isEmpty ? samples[$0] ?? [] : [], compile: figures[$0]) }
        if failures.isEmpty {
            log("\(program.name): " + engineResults.map { "\($0.engine.label) \(String(format: "%.3f", $0.medianSeconds ?? 0)) s" }.joined(separator: ", "))
        }
        return ProgramResult(name: program.name, checksum: checksum, failures: failures, engines: engineResults)
    }

    /// The untimed first run; an engine with a statistics flag writes its figures to a file.
    private func checkRun(_ engine: Engine, _ program: BenchmarkProgram) throws -> (ProcessResult, CompileFigures?) {
        guard let flag = engine.statisticsFlag else {
            return (try ProcessRunner.run(engine.executable, engine.arguments + [program.path], timeout: timeout), nil)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-bench-stats-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try ProcessRunner.run(engine.executable, engine.arguments + [program.path, flag, path], timeout: timeout)
        guard result.succeeded, let data = FileManager.default.contents(atPath: path) else { return (result, nil) }
        return (result, try CompileFigures.parse(data))
    }

    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
