import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    @Option(name: .customLong("baseline-threshold"), parsing: .unconditional, help: ArgumentHelp("With --tier auto: compile a function with the baseline JIT once it has been called more than N times, and enter its code at a loop header once its loops have iterated N times (1: everything tiers up early, a stress setting).", valueName: "N"), transform: positive)
    var baselineThreshold: Int = ExecutionOptions.defaultBaselineThreshold

    @Option(name: .customLong("opt-threshold"), parsing: .unconditional, help: ArgumentHelp("With --tier auto or optimizing: compile a function with the optimizing JIT once it has been called N times, and enter its optimized code at a loop header once its loops have iterated N times (default \(ExecutionOptions.defaultOptimizingThreshold) in auto, \(ExecutionOptions.defaultWarmUp) in optimizing).", valueName: "N"), transform: positive)
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

    @Option(name: .customLong("max-heap"), parsing: .unconditional, help: ArgumentHelp("Heap limit in MB; past it the program fails with 'RangeError: out of memory'.", valueName: "MB"), transform: heapMegabytes)
    var maxHeap: Int = ExecutionOptions.defaultMaxHeapMegabytes

    @Flag(name: .customLong("gc-stress"), help: "Collect garbage at every allocation (see --gc-stress-interval).")
    var gcStress = false

    @Option(name: .customLong("gc-stress-interval"), parsing: .unconditional, help: ArgumentHelp("With --gc-stress: collect at every N-th allocation instead.", valueName: "N"), transform: positive)
    var gcStressInterval: Int = 1

    @Flag(help: "Print the bytecode opcode table generated from Specs/opcodes.yaml.")
    var opcodes = false

    @Flag(help: "Print the layout constants generated from Specs/layout.yaml.")
    var layout = false

    @Option(name: .customLong("disassemble"), help: "Disassemble bytecode given as hex bytes, e.g. '00 0100 0200'.")
    var hexBytecode: String?

    func run() throws {
        defer { standardOutput.flush() }
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
        switch loadSource(file) {
        case .failure(let failure):
            writeError(failure.message + "\n")
            throw ExitCode(1)
        case .success(let text): source = text
        }
        let options = ExecutionOptions(tier: tier, maxHeapMegabytes: maxHeap, gcStressInterval: gcStress ? gcStressInterval : nil,
                                       baselineThreshold: baselineThreshold, optimizingThreshold: optimizingThreshold, jitStress: jitStress)
        let context = ExecutionContext(options: options, output: { text in
            writeOut(text)
        })
        let perfMapFile = perfMap ? try PerfMap() : nil
        if printCode || perfMap {
            let objdump = CodeListing.findObjdump()
            context.onBaselineCode = { [printCode] chunk, code in
                if printCode { writeOut(CodeListing.render(code, chunk: chunk, objdump: objdump) + "\n") }
                perfMapFile?.add(chunk, code)
            }
            context.onOptimizedCode = { [printCode] chunk, code in
                if printCode {
                    writeOut(CodeListing.render(code, chunk: chunk, objdump: objdump, optimized: true) + "\n")
                }
                perfMapFile?.add(chunk, code, tier: "optimized")
            }
        }
        if printIR {
            context.onIR = { stage, text in
                writeOut("IR \(stage == "built" ? "as built" : "after " + stage):\n\(text)\n")
            }
        }
        var failure: JsError?
        do {
            let chunk = try ExecutionContext.compile(source: source, file: file)
            if printBytecode { writeOut(chunk.disassemblyOfAllFunctions + "\n\n") }
            try context.run(chunk)
        } catch {
            failure = error
        }
        if stats { writeError(context.statistics.description + "\n") }
        if let statsJSON {
            if let reason = writeFile(statsJSON, Array((context.statistics.json + "\n").utf8)) {
                writeError("Error: cannot write statistics to \(statsJSON): \(reason.message)\n")
                throw ExitCode(2)
            }
        }
        if let failure {
            writeError(failure.description + "\n")
            throw ExitCode(1)
        }
    }
}

extension Tier: ExpressibleByArgument {}

/// A count or a size that must be at least 1; ArgumentParser reports a throw as
/// `The value '-5' is invalid for '--opt-threshold <N>': must be a positive integer`.
func positive(_ text: String) throws -> Int {
    guard let value = Int(text) else { throw ValidationError("not an integer") }
    guard value > 0 else { throw ValidationError("must be a positive integer") }
    return value
}

/// A heap limit in MB: positive, and small enough that its bytes are an Int.
func heapMegabytes(_ text: String) throws -> Int {
    let value = try positive(text)
    guard value <= Int.max >> 20 else { throw ValidationError("must be at most \(Int.max >> 20)") }
    return value
}

/// A program file as node loads it: the path made absolute (node's `path.resolve`), a path
/// that is missing or a directory is `Error: Cannot find module '/abs/x.js'`, a file that
/// cannot be read is node's `Error: EACCES: permission denied, open '/abs/x.js'`, and the bytes
/// decode as node decodes them (each invalid UTF-8 sequence becomes U+FFFD).
func loadSource(_ file: String) -> Result<String, FileError> {
    let path = absolutePath(file)
    var status = stat()
    guard stat(file, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
        return .failure(FileError(message: "Error: Cannot find module '\(path)'"))
    }
    switch readFile(file) {
    case .failure(let reason): return .failure(FileError(message: "Error: \(reason.code): \(reason.message), open '\(path)'"))
    case .success(let bytes): return .success(String(decoding: bytes, as: UTF8.self))
    }
}

/// node's `path.resolve(file)`: relative to the working directory, with `.`, `..` and repeated
/// or trailing slashes removed (symbolic links are kept, as node keeps them in this message).
func absolutePath(_ file: String) -> String {
    var base: [Substring] = []
    if !file.hasPrefix("/"), let cwd = getcwd(nil, 0) {
        base = String(cString: cwd).split(separator: "/")
        free(cwd)
    }
    for part in file.split(separator: "/") {
        if part == "." { continue }
        if part == ".." { _ = base.popLast() } else { base.append(part) }
    }
    return "/" + base.joined(separator: "/")
}

/// Standard output, buffered when it is a file or a pipe: one write per 64 KB, not per
/// `console.log` (a terminal sees each piece at once). Everything goes through it in the order
/// it is produced (the program's output, listings, IR), and it is flushed before anything goes
/// to stderr and at exit.
final class BufferedOutput: @unchecked Sendable {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private let capacity: Int

    init(descriptor: Int32) {
        self.descriptor = descriptor
        capacity = isatty(descriptor) == 1 ? 1 : 1 << 16
        buffer.reserveCapacity(capacity)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes what is buffered; a closed pipe loses it (there is no one left to tell).
    func flush() {
        _ = buffer.withUnsafeBytes { writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

let standardOutput = BufferedOutput(descriptor: STDOUT_FILENO)

func writeOut(_ text: String) { standardOutput.write(text) }

/// Errors and statistics go to stderr (unbuffered) after what stdout holds.
func writeError(_ text: String) {
    standardOutput.flush()
    _ = Array(text.utf8).withUnsafeBytes { writeAll(STDERR_FILENO, $0) }
}

/// Writes every byte, through short writes and interruptions; the errno of another failure.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return errno }
    }
    return nil
}

/// Why a file could not be read or written: libuv's name and words for errno, as node prints
/// them (`EACCES`, `permission denied`), the system's words for the rest.
struct FileError: Error {
    let code: String
    let message: String

    init(message: String) {
        code = ""
        self.message = message
    }

    init(errno number: Int32) {
        switch number {
        case EACCES: (code, message) = ("EACCES", "permission denied")
        case EPERM: (code, message) = ("EPERM", "operation not permitted")
        case EIO: (code, message) = ("EIO", "i/o error")
        case EISDIR: (code, message) = ("EISDIR", "illegal operation on a directory")
        case EMFILE: (code, message) = ("EMFILE", "too many open files")
        case ENOENT: (code, message) = ("ENOENT", "no such file or directory")
        default: (code, message) = ("E\(number)", String(cString: strerror(number)))
        }
    }
}

/// The whole file.
func readFile(_ path: String) -> Result<[UInt8], FileError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 { bytes += chunk[..<count] } else if count == 0 { return .success(bytes) } else if errno != EINTR { return .failure(FileError(errno: errno)) }
    }
}

/// Writes `bytes` as the whole file (created or truncated); nil when it worked.
func writeFile(_ path: String, _ bytes: [UInt8]) -> FileError? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return FileError(errno: errno) }
    let failed = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    if close(descriptor) != 0 { return FileError(errno: failed ?? errno) }
    return failed.map(FileError.init(errno:))
}

/// The file `perf` reads to name code it has no symbols for: `/tmp/perf-<pid>.map`, one line
/// per function, `start size name` in hex. Each line is flushed as it is written: perf reads
/// the file while the program may still be running, or after it was killed.
final class PerfMap {
    let file: UnsafeMutablePointer<FILE>
    let path = "/tmp/perf-\(getpid()).map"

    init() throws {
        guard let file = fopen(path, "w") else { throw ValidationError("--perf-map: cannot create \(path)") }
        self.file = file
    }

    deinit { fclose(file) }

    func add(_ chunk: BytecodeChunk, _ code: CompiledCode, tier: String? = nil) {
        let name = (chunk.name.isEmpty ? "(anonymous)" : chunk.name) + (tier.map { " [\($0)]" } ?? "")
        let start = String(UInt(bitPattern: code.entryPoint), radix: 16), size = String(code.size, radix: 16)
        fputs("\(start) \(size) JS:\(name) \(chunk.file)\n", file)
        fflush(file)
    }
}
