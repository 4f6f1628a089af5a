import BenchKit
import Testing

@Suite struct OutputCheckTests {
    static let node = Engine(label: "node", tierName: "TurboFan", family: .node, executable: "node", arguments: [])
    static let ours = Engine(label: "interpreter", tierName: "interpreter", family: .ours, executable: "jsjit", arguments: ["--tier", "interpreter"])
    static let auto = Engine(label: "auto", tierName: "auto", family: .ours, executable: "jsjit", arguments: ["--tier", "auto"])

    static func run(_ stdout: String, status: Int32 = 0, stderr: String = "", timedOut: Bool = false) -> ProcessResult {
        ProcessResult(status: .exited(status), wallSeconds: 1, peakResidentBytes: 1 << 20, stdout: stdout, stderr: stderr, timedOut: timedOut)
    }

    @Test func equalOutputsHaveNoMismatch() {
        let runs = [(Self.node, Self.run("fib 42\n")), (Self.ours, Self.run("fib 42\n")), (Self.auto, Self.run("fib 42\n"))]
        #expect(OutputCheck.mismatches(runs).isEmpty)
    }

    @Test func aDifferentLineIsNamedWithBothTexts() throws {
        let runs = [(Self.node, Self.run("start\nfib 42\n")), (Self.ours, Self.run("start\nfib 41\n"))]
        let mismatches = OutputCheck.mismatches(runs)
        try #require(mismatches.count == 1)
        #expect(mismatches[0].engine == Self.ours)
        #expect(mismatches[0].description == "interpreter printed \"fib 41\" at line 2 where node printed \"fib 42\"")
    }

    @Test func missingAndExtraLinesAreMismatches() {
        let short = OutputCheck.mismatches([(Self.node, Self.run("a\nb\n")), (Self.ours, Self.run("a\n"))])
        #expect(short.map(\.description) == ["interpreter printed nothing at line 2 where node printed \"b\""])
        let long = OutputCheck.mismatches([(Self.node, Self.run("a\n")), (Self.ours, Self.run("a\nextra\n"))])
        #expect(long.map(\.description) == ["interpreter printed \"extra\" at line 2 where node printed nothing"])
    }

    @Test func aMissingFinalNewlineIsAMismatch() {
        let mismatches = OutputCheck.mismatches([(Self.node, Self.run("a\n")), (Self.ours, Self.run("a"))])
        #expect(mismatches.map(\.description) == ["interpreter's output differs from node's only in its final newline"])
    }

    @Test func aFailingEngineIsAMismatchWithItsError() {
        let runs = [(Self.node, Self.run("ok\n")), (Self.ours, Self.run("", status: 1, stderr: "TypeError: x is not a function\n    at f.js:1:1\n"))]
        #expect(OutputCheck.mismatches(runs).map(\.description) == ["interpreter exited with status 1: TypeError: x is not a function"])
        let killed = ProcessResult(status: .signaled(11), wallSeconds: 1, peakResidentBytes: 0, stdout: "", stderr: "", timedOut: false)
        #expect(OutputCheck.mismatches([(Self.node, Self.run("ok\n")), (Self.ours, killed)]).map(\.description) == ["interpreter was killed by signal 11"])
        let slow = Self.run("", timedOut: true)
        #expect(OutputCheck.mismatches([(Self.node, Self.run("ok\n")), (Self.auto, slow)]).map(\.description) == ["auto timed out"])
    }

    @Test func theReferenceFailingFailsTheRowThroughTheReference() {
        let runs = [(Self.node, Self.run("", status: 1, stderr: "SyntaxError: bad\n")), (Self.ours, Self.run("x\n"))]
        #expect(OutputCheck.mismatches(runs).map(\.description) == ["node exited with status 1: SyntaxError: bad"])
    }

    @Test func theReferenceIsDefaultNodeWhenPresentElseTheFirstEngine() {
        let maglev = Engine(label: "node --max-opt=2", tierName: "Maglev", family: .node, executable: "node", arguments: ["--max-opt=2"])
        #expect(OutputCheck.reference(among: [Self.ours, maglev, Self.node]) == Self.node)
        #expect(OutputCheck.reference(among: [Self.ours, Self.auto]) == Self.ours)
    }

    @Test func theChecksumIsTheLastLinePrinted() {
        #expect(OutputCheck.checksum(of: "warming up\nfib 832040\n") == "fib 832040")
        #expect(OutputCheck.checksum(of: "") == "")
    }
}
