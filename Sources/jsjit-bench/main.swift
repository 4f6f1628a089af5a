import ArgumentParser
import BenchKit
import Foundation
import JIT

/// `jsjit-bench`: every tier of ours beside every tier of node's, on the programs of Benchmarks/.
@main
struct JSJitBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsjit-bench",
        abstract: "Runs Benchmarks/*.js on every tier of jsjit and of node, and reports times, memory and ratios.",
        discussion: """
            Each program first runs once on every engine to check that all print what node prints (a \
            mismatch fails the row loudly); then the engines take turns for --runs timed rounds. The \
            report (median wall time, peak memory, ratios of our tiers to node's with geometric means, \
            our compile figures) goes to stdout and, as results.md, results.csv and ratios.svg, to \
            --output. Measure with a release build: swift run -c release jsjit-bench. The exit status \
            is 1 when any row failed.
            """)

    @Argument(help: "Programs to run, by name (fib, sieve, …); every Benchmarks/*.js when none are given.")
    var programs: [String] = []

    @Option(help: "Timed runs of each engine on each program (after the untimed output check).")
    var runs = 3

    @Option(name: .customLong("time-budget"), help: ArgumentHelp("Seconds for the whole suite: programs stop their rounds early (after at least one) to fit.", valueName: "seconds"))
    var timeBudget: Double?

    @Option(help: ArgumentHelp("Seconds after which one run is killed and its row fails.", valueName: "seconds"))
    var timeout: Double = 300

    @Flag(help: "Smoke run: Benchmarks/smoke/quick.js, one timed run, reports to a temporary directory unless --output is given.")
    var quick = false

    @Option(help: ArgumentHelp("Where results.md, results.csv and ratios.svg go (default Benchmarks/results).", valueName: "directory"))
    var output: String?

    @Option(help: ArgumentHelp("The directory of benchmark programs.", valueName: "directory"))
    var benchmarks = "Benchmarks"

    @Option(help: ArgumentHelp("The jsjit to measure (default: the one built beside jsjit-bench).", valueName: "path"))
    var jsjit: String?

    @Option(help: ArgumentHelp("The node to compare with (default: node on PATH).", valueName: "path"))
    var node: String?

    @Flag(name: .customLong("no-node"), help: "Run our tiers only.")
    var noNode = false

    @Flag(name: .customLong("update-readme"), help: "Also replace the README's benchmark section (between its bench markers) with the report.")
    var updateReadme = false

    @Flag(help: "List the benchmark programs and exit.")
    var list = false

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        if let timeBudget, timeBudget < 0 { throw ValidationError("--time-budget must not be negative") }
        if quick && !programs.isEmpty { throw ValidationError("--quick runs the smoke program only; leave out the program names") }
    }

    func run() throws {
        do {
            try measure()
        } catch let error as BenchmarkError {
            FileHandle.standardError.write(Data("jsjit-bench: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func measure() throws {
        let suite = try BenchmarkSuite(directory: benchmarks)
        if list { return print(suite.programs.map(\.name).joined(separator: "\n")) }
        let selected = quick ? [try suite.smokeProgram()] : try suite.select(programs)

        let engine = try ourEngine()
        var engines = Tier.allCases.map { Engine.ours(tier: $0.rawValue, jsjit: engine) }
        var nodeVersion: String?
        if !noNode {
            if let node = node.map({ ProcessRunner.which($0) ?? $0 }) ?? ProcessRunner.which("node") {
                nodeVersion = try ProcessRunner.run(node, ["--version"], timeout: 30).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                engines += Engine.nodeTiers(node: node)
            } else {
                note("node was not found on PATH: its columns are skipped (pass --node PATH to name one)")
            }
        }
        let machine = Machine.current(nodeVersion: nodeVersion)
        if machine.buildConfiguration == "debug" { note("this is a debug build: its times say little; measure with swift run -c release jsjit-bench") }

        let runs = quick ? 1 : self.runs
        let harness = Harness(engines: engines, runs: runs, timeBudget: timeBudget, timeout: timeout, log: note)
        let results = try harness.run(selected)
        let report = BenchmarkReport(engines: engines, programs: results, machine: machine, command: commandLine,
                                     runs: runs, date: ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate]))

        print(TextReport.render(report), terminator: "")
        let directory = output ?? (quick ? FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-bench-quick").path : "\(benchmarks)/results")
        try write(report, to: directory)
        if results.contains(where: \.failed) {
            note("FAILED: \(results.filter(\.failed).map(\.name).joined(separator: ", ")) printed something other than node (see above)")
            throw ExitCode(1)
        }
    }

    /// jsjit from --jsjit, else the one SwiftPM built beside this program.
    private func ourEngine() throws -> String {
        try ProcessRunner.jsjit(jsjit, besideProgram: "jsjit-bench", build: "swift build -c release")
    }

    private func write(_ report: BenchmarkReport, to directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        let files = [("results.md", MarkdownReport.render(report, chart: "ratios.svg")), ("results.csv", CSVReport.render(report)),
                     ("ratios.svg", SVGChart.render(report))]
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        } catch {
            throw BenchmarkError("cannot write the reports to \(directory): \(error.localizedDescription)")
        }
        note("reports written: " + files.map { root.appendingPathComponent($0.0).path }.joined(separator: ", "))
        if updateReadme {
            let chart = root.appendingPathComponent("ratios.svg").path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
            try ReadmeSection.replace(in: "README.md", with: MarkdownReport.render(report, chart: chart))
            note("README.md's benchmark section updated")
        }
    }

    /// How this run was asked for, as the README quotes it.
    private var commandLine: String {
        #if DEBUG
        let build = "swift run jsjit-bench"
        #else
        let build = "swift run -c release jsjit-bench"
        #endif
        return ([build] + CommandLine.arguments.dropFirst()).joined(separator: " ")
    }
}

private func note(_ message: String) {
    FileHandle.standardError.write(Data("jsjit-bench: \(message)\n".utf8))
}
