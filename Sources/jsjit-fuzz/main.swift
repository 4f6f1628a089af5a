import ArgumentParser
import BenchKit
import Foundation
import FuzzKit

/// `jsjit-fuzz`: random programs run by node and by jsjit in every configuration, compared.
@main
struct JSJitFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsjit-fuzz",
        abstract: "Differential fuzzing: random JavaScript programs run by node and by jsjit in every tier and stress mode.",
        discussion: """
            Program k of a run is the program of seed --seed + k: `jsjit-fuzz --seed N --count 1` \
            reproduces it, `--print` shows it. A program that some configuration runs differently \
            from node (stdout, exit status, error headline, a crash or a timeout) is written to \
            --out as seed-N.js with seed-N.txt naming the configurations; --reduce also shrinks it \
            (seed-N.reduced.js) with the first configuration that differs. The exit status is 1 \
            when any program differed.
            """)

    @Option(help: "The first program's seed (default: from the clock, printed).")
    var seed: UInt64?

    @Option(help: "How many programs to run (default 20 unless --seconds is given).")
    var count: Int?

    @Option(help: ArgumentHelp("Start programs for this long, then stop.", valueName: "seconds"))
    var seconds: Double?

    @Option(help: ArgumentHelp("The jsjit to test (default: the one built beside jsjit-fuzz).", valueName: "path"))
    var jsjit: String?

    @Option(help: ArgumentHelp("The oracle (default: node on PATH).", valueName: "path"))
    var node: String?

    @Option(help: ArgumentHelp("Comma-separated configurations (default all: \(Configuration.all.map(\.name).joined(separator: ","))).", valueName: "names"))
    var configs: String?

    @Option(help: ArgumentHelp("Where mismatching programs are written.", valueName: "directory"))
    var out = ".build/fuzz"

    @Flag(help: "Shrink each mismatching program (seed-N.reduced.js).")
    var reduce = false

    @Option(help: ArgumentHelp("Seconds after which a run is killed and counts as timed out.", valueName: "seconds"))
    var timeout: Double = 20

    @Flag(help: "Print the program of --seed and exit.")
    var print = false

    @Option(name: .customLong("reduce-file"), help: ArgumentHelp("Shrink this program with the first of --configs that runs it differently from node; print the result.", valueName: "path"))
    var reduceFile: String?

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if let seconds, seconds <= 0 { throw ValidationError("--seconds must be positive") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        if print && seed == nil { throw ValidationError("--print needs --seed") }
    }

    func run() throws {
        let generator = ProgramGenerator()
        if print, let seed {
            return Swift.print(generator.program(seed: seed), terminator: "")
        }
        do {
            try fuzz(generator)
        } catch let error as FuzzError {
            note("\(error)")
            throw ExitCode(2)
        }
    }

    private func fuzz(_ generator: ProgramGenerator) throws {
        let configurations = try configs.map(Configuration.named) ?? Configuration.all
        guard let nodePath = ProcessRunner.which(node ?? "node") else {
            throw FuzzError("node was not found\(node.map { " at \($0)" } ?? " on PATH"); pass --node PATH")
        }
        let firstSeed = seed ?? UInt64(Date().timeIntervalSince1970 * 1000)
        let runner = Runner(jsjit: try ourEngine(), node: nodePath, configurations: configurations, timeout: timeout)
        let session = Session(generator: generator, runner: runner, outputDirectory: URL(fileURLWithPath: out), reduce: reduce, log: note)
        if let reduceFile {
            return Swift.print(try session.reduceFile(reduceFile), terminator: "")
        }
        note("seed \(firstSeed), configurations \(configurations.map(\.name).joined(separator: ", "))")
        let summary = try session.run(firstSeed: firstSeed, count: count ?? (seconds == nil ? 20 : nil), seconds: seconds)
        Swift.print("\(summary.programs) programs from seed \(firstSeed), \(summary.mismatches.count) mismatching, \(summary.skipped) skipped")
        if !summary.mismatches.isEmpty {
            Swift.print("mismatching seeds: \(summary.mismatches.map { String($0.seed) }.joined(separator: ", ")) (written to \(out))")
            throw ExitCode(1)
        }
    }

    /// jsjit from --jsjit, else the one SwiftPM built beside this program.
    private func ourEngine() throws -> String {
        do { return try ProcessRunner.jsjit(jsjit, besideProgram: "jsjit-fuzz", build: "swift build") } catch { throw FuzzError(error.message) }
    }
}

private func note(_ message: String) {
    FileHandle.standardError.write(Data("jsjit-fuzz: \(message)\n".utf8))
}
