import Foundation
import JIT
import Testing

/// The conformance corpus: JavaScript programs whose expected stdout (`.out`) and, for programs
/// that fail, error headline (`.err`) come from node (`Scripts/update-corpus.sh` regenerates
/// them). Every program must print exactly what node prints, in every tier.
struct CorpusProgram: CustomTestStringConvertible, Sendable {
    let name: String
    let path: String
    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static let all: [CorpusProgram] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".js") }.sorted().map {
            CorpusProgram(name: String($0.dropLast(3)), path: directory.appendingPathComponent($0).path)
        }
    }()

    var expectedOutput: String { (try? String(contentsOfFile: String(path.dropLast(3)) + ".out", encoding: .utf8)) ?? "<missing .out>" }
    var expectedError: String? {
        (try? String(contentsOfFile: String(path.dropLast(3)) + ".err", encoding: .utf8))?.trimmingCharacters(in: .newlines)
    }

    /// Runs the program in a fresh context; returns stdout and the error headline, if any.
    func run(tier: Tier, gcStressInterval: Int? = nil) -> (output: String, error: String?) {
        run(options: ExecutionOptions(tier: tier, gcStressInterval: gcStressInterval)).result
    }

    func run(options: ExecutionOptions) -> (result: (output: String, error: String?), statistics: ExecutionStatistics) {
        var output = ""
        let context = ExecutionContext(options: options, output: { output += $0 })
        let result = run(in: context, output: { output })
        return (result, context.statistics)
    }

    private func run(in context: ExecutionContext, output: () -> String) -> (output: String, error: String?) {
        do {
            let source = try String(contentsOfFile: path, encoding: .utf8)
            try context.run(source: source, file: name + ".js")
            return (output(), nil)
        } catch let error as JsError {
            return (output(), error.headline)
        } catch {
            return (output(), "unreadable: \(error)")
        }
    }
}

@Suite struct CorpusTests {
    @Test func corpusIsLargeEnough() {
        #expect(CorpusProgram.all.count >= 80)
    }

    @Test(arguments: CorpusProgram.all)
    func interpreter(_ program: CorpusProgram) {
        let result = program.run(tier: .interpreter)
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
    }

    /// Under GC stress: a collection every n-th allocation, n chosen so each program sees
    /// about a thousand collections (every allocation for most), at every kind of point.
    @Test(arguments: CorpusProgram.all)
    func interpreterUnderGCStress(_ program: CorpusProgram) {
        let allocations = program.run(options: ExecutionOptions(tier: .interpreter)).statistics.allocations
        let interval = max(1, allocations / 1000)
        let (result, statistics) = program.run(options: ExecutionOptions(tier: .interpreter, gcStressInterval: interval))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
        // Allocations before the program starts (builtins) never collect.
        let programAllocations = allocations - Self.startupAllocations
        #expect(statistics.collections >= programAllocations / interval - 1, "stress mode collected")
    }

    static let startupAllocations: Int = {
        let context = ExecutionContext(output: { _ in })
        return context.statistics.allocations
    }()

    /// Every function compiled by the baseline JIT before its first call.
    @Test(arguments: CorpusProgram.all)
    func baseline(_ program: CorpusProgram) {
        let (result, statistics) = program.run(options: ExecutionOptions(tier: .baseline))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
        if program.expectedError?.hasPrefix("SyntaxError") != true {
            #expect(statistics.baselineJIT.functionsCompiled == statistics.functions, "every function was compiled")
        }
    }

    /// The baseline tier under GC stress: collections inside helpers called from compiled code.
    @Test(arguments: CorpusProgram.all)
    func baselineUnderGCStress(_ program: CorpusProgram) {
        let allocations = program.run(options: ExecutionOptions(tier: .baseline)).statistics.allocations
        let (result, _) = program.run(options: ExecutionOptions(tier: .baseline, gcStressInterval: max(1, allocations / 300)))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
    }

    @Test(arguments: CorpusProgram.all)
    func auto(_ program: CorpusProgram) {
        let result = program.run(tier: .auto)
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
    }

    /// A short warm-up in the interpreter, then the optimizing tier for everything hot.
    @Test(arguments: CorpusProgram.all)
    func optimizing(_ program: CorpusProgram) {
        let (result, statistics) = program.run(options: ExecutionOptions(tier: .optimizing))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
        if statistics.backEdges > 200 || statistics.invocations > 200 {
            #expect(statistics.optimizingJIT.functionsCompiled > 0, "something ran hot enough to optimize")
        }
    }

    /// Every tier and every transition as early as possible: functions enter baseline code
    /// after one call, optimized code after two, by OSR at every loop, and deoptimize on what
    /// the thin profile did not show.
    @Test(arguments: CorpusProgram.all)
    func jitStress(_ program: CorpusProgram) {
        let (result, statistics) = program.run(options: ExecutionOptions(jitStress: true))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
        if statistics.backEdges > 10 { #expect(statistics.optimizingJIT.functionsCompiled > 0) }
    }

    /// The optimizing tier under GC stress: collections inside its helpers and calls, with
    /// values in spill slots and registers.
    @Test(arguments: CorpusProgram.all)
    func optimizingUnderGCStress(_ program: CorpusProgram) {
        let allocations = program.run(options: ExecutionOptions(tier: .optimizing)).statistics.allocations
        let (result, _) = program.run(options: ExecutionOptions(tier: .optimizing, gcStressInterval: max(1, allocations / 300)))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
    }

    /// Thresholds of 1: a function's first call runs in the interpreter, its first back edge
    /// enters baseline code by OSR, its second call runs compiled code.
    @Test(arguments: CorpusProgram.all)
    func autoUnderTierUpStress(_ program: CorpusProgram) {
        let (result, statistics) = program.run(options: ExecutionOptions(tier: .auto, baselineThreshold: 1))
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
        if statistics.backEdges > 0 { #expect(statistics.osrEntries > 0, "a loop ran, so a frame entered by OSR") }
    }
}
