import BenchKit
import Foundation
import Testing

/// The harness over fake engines: shell scripts that print a program's text (so they agree),
/// append their name to a log (so the order of runs shows), and, like jsjit, write statistics
/// where `--stats-json` says.
@Suite struct HarnessTests {
    let root: URL
    let log: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("harness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        log = root.appendingPathComponent("log")
        let script = """
            echo "$1" >> \(log.path)
            if [ "$1" = liar ]; then echo "something else"; exit 0; fi
            if [ "$3" = --stats-json ]; then
              echo '{"bytecodeCompiler": {"functionsCompiled": 2, "bytecodesCompiled": 40, "seconds": 0.004}, "osrEntries": 0, "deopts": 0}' > "$4"
            fi
            cat "$2"
            """
        try Data(script.utf8).write(to: root.appendingPathComponent("engine.sh"))
        for name in ["one", "two"] {
            try Data("\(name) checksum\n".utf8).write(to: root.appendingPathComponent("\(name).js"))
        }
    }

    func engine(_ name: String, family: Engine.Family, stats: Bool = false) -> Engine {
        Engine(label: name, tierName: name, family: family, executable: "/bin/sh", arguments: [root.appendingPathComponent("engine.sh").path, name],
               statisticsFlag: stats ? "--stats-json" : nil)
    }

    func programs() throws -> [BenchmarkProgram] { try BenchmarkSuite(directory: root.path).programs }

    func loggedRuns() throws -> [String] {
        try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func checksOutputsThenInterleavesTheTimedRuns() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let engines = [engine("a", family: .ours), engine("b", family: .ours), engine("n", family: .node)]
        let harness = Harness(engines: engines, runs: 3)
        let results = try harness.run(try programs())
        #expect(results.map(\.name) == ["one", "two"])
        #expect(results.allSatisfy { !$0.failed })
        #expect(results[0].checksum == "one checksum")
        #expect(results[0].engines.map(\.samples.count) == [3, 3, 3])
        #expect(results[0].engines.allSatisfy { ($0.medianSeconds ?? 0) > 0 && ($0.medianPeakResidentBytes ?? 0) > 0 })
        // Per program: the check run of each engine, then rounds that each start one engine later.
        let perProgram = ["a", "b", "n", "a", "b", "n", "b", "n", "a", "n", "a", "b"]
        #expect(try loggedRuns() == perProgram + perProgram)
    }

    @Test func aMismatchFailsTheRowLoudlyAndSkipsItsTiming() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var messages: [String] = []
        let harness = Harness(engines: [engine("liar", family: .ours), engine("n", family: .node)], runs: 2, log: { messages.append($0) })
        let results = try harness.run([try programs()[0]])
        #expect(results[0].failed)
        #expect(results[0].failures == ["liar printed \"something else\" at line 1 where n printed \"one checksum\""])
        #expect(results[0].engines.allSatisfy { $0.samples.isEmpty })
        #expect(try loggedRuns() == ["liar", "n"], "only the check runs")
        #expect(messages.contains { $0.contains("MISMATCH") && $0.contains("one") })
    }

    @Test func ourEnginesReportCompileFiguresFromTheCheckRun() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let harness = Harness(engines: [engine("ours", family: .ours, stats: true), engine("n", family: .node)], runs: 1)
        let results = try harness.run([try programs()[0]])
        let figures = try #require(results[0].engines[0].compile)
        #expect(figures.bytecode == CompileFigures.Compiler(functions: 2, bytecodes: 40, seconds: 0.004))
        #expect(results[0].engines[1].compile == nil, "node exposes none")
    }

    @Test func aTimeBudgetStillTimesOneRoundPerProgram() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let harness = Harness(engines: [engine("a", family: .ours), engine("n", family: .node)], runs: 5, timeBudget: 0)
        let results = try harness.run(try programs())
        #expect(results.map { $0.engines.map(\.samples.count) } == [[1, 1], [1, 1]])
    }

    @Test func theRoundOrderRotatesThroughEveryEngine() {
        #expect(Harness.order(round: 0, count: 3) == [0, 1, 2])
        #expect(Harness.order(round: 1, count: 3) == [1, 2, 0])
        #expect(Harness.order(round: 4, count: 3) == [1, 2, 0])
    }

    @Test func nodesTiersAreTheFourMaxOptSettings() {
        let engines = Engine.nodeTiers(node: "/usr/bin/node")
        #expect(engines.map(\.label) == ["node --max-opt=0", "node --max-opt=1", "node --maglev --max-opt=2", "node"])
        #expect(engines.map(\.tierName) == ["Ignition", "Sparkplug", "Maglev", "TurboFan"])
        #expect(engines[2].arguments == ["--maglev", "--max-opt=2"])
        let ours = Engine.ours(tier: "interpreter", jsjit: "/x/jsjit")
        #expect(ours.arguments == ["--tier", "interpreter"])
        #expect(ours.statisticsFlag == "--stats-json")
        #expect(ours.commandLine(program: "p.js") == "/x/jsjit --tier interpreter p.js")
    }

    @Test func theMachineDescribesItself() {
        let machine = Machine.current(nodeVersion: "v20.0.0")
        #expect(machine.cores > 0)
        #expect(machine.memoryBytes > 0)
        #expect(!machine.cpu.isEmpty)
        #expect(machine.description.contains("\(machine.cores) cores"))
        #expect(machine.description.contains("node v20.0.0"))
        #expect(Machine.current(nodeVersion: nil).description.contains("node absent"))
    }
}
