import ArgumentParser
import Foundation
import JIT

/// The command-line program: a thin layer over `ExecutionContext`.
@main
struct JSJit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsjit",
        abstract: "Runs a JavaScript program on a multi-tier JIT whose tiers are generated from Specs/*.yaml.",
        discussion: """
            Output goes to stdout as node prints it. An uncaught error prints `Kind: message` and \
            `    at file:line:column` to stderr and exits with status 1.
            """)

    @Argument(help: "The JavaScript program to run.")
    var file: String?

    @Option(help: "Which tier runs the code: \(Tier.allCases.map(\.rawValue).joined(separator: ", ")).")
    var tier: Tier = .auto

    @Option(name: .customLong("baseline-threshold"), help: ArgumentHelp("With --tier auto: compile a function with the baseline JIT once it has been called more than N times, and enter its code at a loop header once its loops have iterated N times (1: everything tiers up early, a stress setting).", valueName: "N"))
    var baselineThreshold: Int = ExecutionOptions.defaultBaselineThreshold

    @Option(name: .customLong("opt-threshold"), help: ArgumentHelp("With --tier auto or optimizing: compile a function with the optimizing JIT once it has been called N times, and enter its optimized code at a loop header once its loops have iterated N times (default \(ExecutionOptions.defaultOptimizingThreshold) in auto, \(ExecutionOptions.defaultWarmUp) in optimizing).", valueName: "N"))
    var optimizingThreshold: Int?

    @Flag(name: .customLong("jit-stress"), help: "Every tier and every transition as early as possible: baseline code after one call or back edge, optimized code after two, so code tiers up, enters by OSR and deoptimizes all the time.")
    var jitStress = false

    @Flag(name: .customLong("print-ir"), help: "Print the IR of each function the optimizing JIT compiles, as built and after each pass.")
    var printIR = false

    @Flag(name: .customLong("print-bytecode"), help: "Print the bytecode of every function before running.")
    var printBytecode = false

    @Flag(name: .customLong("print-code"), help: "Print each function's machine code as the baseline and optimizing JITs compile it, disassembled by objdump (hex without it) and annotated with its bytecode.")
    var printCode = false

    @Flag(name: .customLong("perf-map"), help: "Write /tmp/perf-<pid>.map as code is compiled, so that `perf report` names JIT-compiled functions.")
    var perfMap = false

    @Flag(help: "After the run, print instructions executed, inline-cache states and counters to stderr.")
    var stats = false

    @Option(name: .customLong("stats-json"), help: ArgumentHelp("After the run, write the statistics as JSON to this file (the benchmark harness reads them).", valueName: "path"))
    var statsJSON: String?

    @Option(name: .customLong("max-heap"), help: "Heap limit in MB; past it the program fails with 'RangeError: out of memory'.")
    var maxHeap: Int = ExecutionOptions.defaultMaxHeapMegabytes

    @Flag(name: .customLong("gc-stress"), help: "Collect garbage at every allocation (see --gc-stress-interval).")
    var gcStress = false

    @Option(name: .customLong("gc-stress-interval"), help: "With --gc-stress: collect at every N-th allocation instead.")
    var gcStressInterval: Int = 1

    @Flag(help: "Print the bytecode opcode table generated from Specs/opcodes.yaml.")
    var opcodes = false

    @Flag(help: "Print the layout constants generated from Specs/layout.yaml.")
    var layout = false

    @Option(name: .customLong("disassemble"), help: "Disassemble bytecode given as hex bytes, e.g. '00 0100 0200'.")
    var hexBytecode: String?

    func run() throws {
        if let hexBytecode {
            guard let bytes = parseHexBytes(hexBytecode) else {
                throw ValidationError("--disassemble takes hex bytes (pairs of 0-9a-f digits, spaces allowed)")
            }
            print(Disassembler.listing(bytes))
            return
        }
        if layout { return print(LayoutTable.render(), terminator: "") }
        if opcodes { return print(OpcodeTable.render(), terminator: "") }
        guard let file else { throw ValidationError("Missing expected argument '<file>'") }

        let source: String
        do {
            source = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
        guard maxHeap > 0 else { throw ValidationError("--max-heap must be a positive number of MB") }
        guard gcStressInterval > 0 else { throw ValidationError("--gc-stress-interval must be positive") }
        guard baselineThreshold > 0 else { throw ValidationError("--baseline-threshold must be positive") }
        if let optimizingThreshold, optimizingThreshold <= 0 { throw ValidationError("--opt-threshold must be positive") }
        let options = ExecutionOptions(tier: tier, maxHeapMegabytes: maxHeap, gcStressInterval: gcStress ? gcStressInterval : nil,
                                       baselineThreshold: baselineThreshold, optimizingThreshold: optimizingThreshold, jitStress: jitStress)
        let context = ExecutionContext(options: options, output: { text in
            FileHandle.standardOutput.write(Data(text.utf8))
        })
        let perfMapFile = perfMap ? try PerfMap() : nil
        if printCode || perfMap {
            let objdump = CodeListing.findObjdump()
            context.onBaselineCode = { [printCode] chunk, code in
                if printCode { FileHandle.standardOutput.write(Data((CodeListing.render(code, chunk: chunk, objdump: objdump) + "\n").utf8)) }
                perfMapFile?.add(chunk, code)
            }
            context.onOptimizedCode = { [printCode] chunk, code in
                if printCode {
                    FileHandle.standardOutput.write(Data((CodeListing.render(code, chunk: chunk, objdump: objdump, optimized: true) + "\n").utf8))
                }
                perfMapFile?.add(chunk, code, tier: "optimized")
            }
        }
        if printIR {
            context.onIR = { stage, text in
                FileHandle.standardOutput.write(Data("IR \(stage == "built" ? "as built" : "after " + stage):\n\(text)\n".utf8))
            }
        }
        var failure: JsError?
        do {
            let chunk = try ExecutionContext.compile(source: source, file: file)
            // Through the same unbuffered handle as the program's output, so the order holds in a pipe.
            if printBytecode { FileHandle.standardOutput.write(Data((chunk.disassemblyOfAllFunctions + "\n\n").utf8)) }
            try context.run(chunk)
        } catch {
            failure = error
        }
        if stats { FileHandle.standardError.write(Data((context.statistics.description + "\n").utf8)) }
        if let statsJSON {
            do {
                try Data((context.statistics.json + "\n").utf8).write(to: URL(fileURLWithPath: statsJSON))
            } catch {
                FileHandle.standardError.write(Data("Error: cannot write statistics to \(statsJSON): \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
        }
        if let failure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

extension Tier: ExpressibleByArgument {}

/// The file `perf` reads to name code it has no symbols for: `/tmp/perf-<pid>.map`, one line
/// per function, `start size name` in hex.
final class PerfMap {
    let handle: FileHandle
    let path = "/tmp/perf-\(getpid()).map"

    init() throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("--perf-map: cannot create \(path)")
        }
        self.handle = handle
    }

    func add(_ chunk: BytecodeChunk, _ code: CompiledCode, tier: String? = nil) {
        let name = (chunk.name.isEmpty ? "(anonymous)" : chunk.name) + (tier.map { " [\($0)]" } ?? "")
        let start = String(UInt(bitPattern: code.entryPoint), radix: 16), size = String(code.size, radix: 16)
        handle.write(Data("\(start) \(size) JS:\(name) \(chunk.file)\n".utf8))
    }
}
