import BenchKit
import Foundation
import FuzzKit
import Testing

@Suite struct ComparisonTests {
    let node = Outcome(termination: .exited(0), stdout: "1\n2\n3\n", stderr: "")

    @Test func theSameRunIsNoDifference() {
        #expect(Difference.between(expected: node, actual: node) == nil)
    }

    @Test func stdoutDifferencesNameTheFirstLine() {
        let actual = Outcome(termination: .exited(0), stdout: "1\n5\n3\n", stderr: "")
        #expect(Difference.between(expected: node, actual: actual) == .stdout(line: 2, expected: "2", actual: "5"))
        let short = Outcome(termination: .exited(0), stdout: "1\n", stderr: "")
        #expect(Difference.between(expected: node, actual: short) == .stdout(line: 2, expected: "2", actual: ""))
        #expect(Difference.between(expected: node, actual: short)?.category == "stdout")
    }

    @Test func crashesTimeoutsAndStatusesComeFirst() {
        #expect(Difference.between(expected: node, actual: Outcome(termination: .signaled(11), stdout: "", stderr: "")) == .crashed(signal: 11))
        #expect(Difference.between(expected: node, actual: Outcome(termination: .timedOut, stdout: "1\n2\n3\n", stderr: "")) == .timedOut)
        let failed = Outcome(termination: .exited(1), stdout: "1\n2\n3\n", stderr: "TypeError: x is not a function\n    at a.js:1:1\n")
        #expect(Difference.between(expected: node, actual: failed) == .status(expected: 0, actual: 1))
        #expect(Difference.between(expected: node, actual: failed)?.description == "exit status 1, node's 0")
    }

    /// node prints the source line and a caret before the headline; jsjit prints it first.
    @Test func errorHeadlinesAreCompared() {
        let nodeError = Outcome(termination: .exited(1), stdout: "", stderr: "/tmp/a.js:3\nx();\n^\n\nTypeError: x is not a function\n    at Object.<anonymous>\n")
        #expect(nodeError.errorHeadline == "TypeError: x is not a function")
        let same = Outcome(termination: .exited(1), stdout: "", stderr: "TypeError: x is not a function\n    at a.js:3:1\n")
        #expect(Difference.between(expected: nodeError, actual: same) == nil)
        let other = Outcome(termination: .exited(1), stdout: "", stderr: "ReferenceError: x is not defined\n")
        #expect(Difference.between(expected: nodeError, actual: other)
                == .errorHeadline(expected: "TypeError: x is not a function", actual: "ReferenceError: x is not defined"))
        #expect(Outcome(termination: .exited(1), stdout: "", stderr: "Segmentation fault: Error: no\n").errorHeadline == nil)
    }

    @Test func configurationsAreNamed() throws {
        #expect(try Configuration.named("interpreter, gc-stress-5").map(\.arguments) == [["--tier", "interpreter"], ["--gc-stress", "--gc-stress-interval", "5"]])
        #expect(Configuration.all.map(\.name) == ["interpreter", "baseline", "auto", "optimizing", "jit-stress", "gc-stress", "gc-stress-5"])
        #expect(throws: FuzzError.self) { try Configuration.named("interpreter,fast") }
    }
}

/// The runner and the session with stand-in engines: node against itself agrees, `cat`
/// (which prints the program instead of running it) differs.
@Suite struct RunnerTests {
    @Test func aSessionFindsWritesAndReducesAMismatch() throws {
        guard let node = ProcessRunner.which("node"), let cat = ProcessRunner.which("cat") else { return }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = GeneratorOptions()
        options.topLevelStatements = 1...2
        options.errorChance = 0
        var logged: [String] = []

        let agreeing = Runner(jsjit: node, node: node, configurations: [Configuration(name: "node", arguments: [])])
        let same = try Session(generator: ProgramGenerator(options: options), runner: agreeing, outputDirectory: out, reduce: false,
                               log: { logged.append($0) }).run(firstSeed: 3, count: 2, seconds: nil)
        #expect(same.programs == 2 && same.mismatches.isEmpty && same.skipped == 0)
        #expect(logged.contains { $0.hasPrefix("seed 4: same output") })

        let differing = Runner(jsjit: cat, node: node, configurations: [Configuration(name: "cat", arguments: [])])
        let session = Session(generator: ProgramGenerator(options: options), runner: differing, outputDirectory: out, reduce: true, log: { _ in })
        let summary = try session.run(firstSeed: 3, count: 1, seconds: nil)
        let mismatch = try #require(summary.mismatches.first)
        #expect(mismatch.seed == 3)
        #expect(mismatch.differences.map(\.0.name) == ["cat"])
        let report = try String(contentsOf: out.appendingPathComponent("seed-3.txt"), encoding: .utf8)
        #expect(report.hasPrefix("cat (jsjit ): stdout differs at line 1: '// jsjit-fuzz program, seed 3'"))
        let reduced = try String(contentsOf: try #require(mismatch.reducedFile), encoding: .utf8)
        #expect(reduced.split(separator: "\n").count < ProgramGenerator(options: options).program(seed: 3).split(separator: "\n").count / 2,
                "cat differs from node on any program: almost everything goes")
    }

    @Test func aFileIsReducedWithTheFirstDifferingConfiguration() throws {
        guard let node = ProcessRunner.which("node"), let cat = ProcessRunner.which("cat") else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reduce-\(UUID().uuidString).js")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("let a = 1;\nlet b = 2;\nconsole.log(a + b);\n".utf8).write(to: file)
        func session(_ engine: String) -> Session {
            Session(generator: ProgramGenerator(), runner: Runner(jsjit: engine, node: node, configurations: [Configuration(name: "x", arguments: [])]),
                    outputDirectory: file.deletingLastPathComponent(), reduce: true, log: { _ in })
        }
        #expect(try session(cat).reduceFile(file.path).split(separator: "\n").count <= 1)
        #expect(throws: FuzzError.self) { try session(node).reduceFile(file.path) }
        #expect(throws: FuzzError.self) { try session(cat).reduceFile(file.path + ".missing") }
    }

    @Test func aTimedSessionRunsAtLeastOneProgram() throws {
        guard let node = ProcessRunner.which("node") else { return }
        let runner = Runner(jsjit: node, node: node, configurations: [Configuration(name: "node", arguments: [])])
        let session = Session(generator: ProgramGenerator(), runner: runner, outputDirectory: FileManager.default.temporaryDirectory,
                              reduce: false, log: { _ in })
        let summary = try session.run(firstSeed: 40, count: nil, seconds: 0.001)
        #expect(summary.programs == 1 && summary.mismatches.isEmpty)
    }

    @Test func aTimeoutIsAnOutcome() throws {
        guard let sleep = ProcessRunner.which("sleep") else { return }
        let runner = Runner(jsjit: sleep, node: sleep, configurations: [], timeout: 0.2)
        #expect(try runner.runNode("5").termination == .timedOut)
    }
}
