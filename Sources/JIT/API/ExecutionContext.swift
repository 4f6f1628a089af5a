#if canImport(FoundationEssentials)
import FoundationEssentials // JSONEncoder, without the rest of Foundation
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which tier runs JavaScript code.
public enum Tier: String, CaseIterable, Sendable {
    /// Only the profiling interpreter.
    case interpreter
    /// Every function compiled by the baseline JIT before its first call.
    case baseline
    /// Functions start in the interpreter, move to baseline code when their counters pass
    /// `ExecutionOptions.baselineThreshold`, and to optimized code when they pass
    /// `optimizingThreshold` (hot loops by OSR at each step).
    case auto
    /// Functions are profiled in the interpreter for a short warm-up, then compiled by the
    /// optimizing JIT (a function it cannot keep optimized runs baseline code).
    case optimizing
}

/// How an ExecutionContext runs programs.
public struct ExecutionOptions: Sendable {
    public var tier: Tier
    /// Slots in the VM register file, which holds every frame: it bounds recursion depth
    /// (exceeding it is a RangeError, as in node).
    public var registerFileSize: Int
    /// The heap limit in MiB: past it a program gets "RangeError: out of memory".
    public var maxHeapMegabytes: Int
    /// Collect at every n-th allocation (1: every allocation), to flush out missing roots;
    /// nil collects only as allocation volume grows.
    public var gcStressInterval: Int?
    /// With `Tier.auto`: a function is compiled by the baseline JIT at a call once it has been
    /// called more than this many times, and a frame enters baseline code at a loop header once
    /// its function's loops have iterated this many times. 1 is the stress setting: everything
    /// tiers up at its second call or first back edge.
    public var baselineThreshold: Int
    /// With `Tier.auto` or `.optimizing`: a function is compiled by the optimizing JIT at a
    /// call once it has been called this many times, and a frame enters optimized code at a
    /// loop header once its function's loops have iterated this many times. Nil: the tier's
    /// default (`defaultOptimizingThreshold` in auto, `defaultWarmUp` in optimizing).
    public var optimizingThreshold: Int?
    /// Every tier and every transition as early as possible: baseline code after one call or
    /// back edge, optimized code after two, so that code tiers up, enters by OSR and
    /// deoptimizes (on whatever the thin profile did not show) all the time.
    public var jitStress: Bool

    public static let defaultMaxHeapMegabytes = 2048
    /// JavaScriptCore's baseline JIT counts to 500; V8 compiles Sparkplug code after a few hundred.
    public static let defaultBaselineThreshold = 500
    /// JavaScriptCore's DFG and V8's TurboFan wait for about a thousand units of work.
    public static let defaultOptimizingThreshold = 1000
    /// The profiling warm-up of `Tier.optimizing`.
    public static let defaultWarmUp = 20

    public init(tier: Tier = .auto, registerFileSize: Int = 1 << 20, maxHeapMegabytes: Int = defaultMaxHeapMegabytes, gcStressInterval: Int? = nil,
                baselineThreshold: Int = defaultBaselineThreshold, optimizingThreshold: Int? = nil, jitStress: Bool = false) {
        self.tier = tier
        self.registerFileSize = registerFileSize
        self.maxHeapMegabytes = maxHeapMegabytes
        self.gcStressInterval = gcStressInterval
        self.baselineThreshold = baselineThreshold
        self.optimizingThreshold = optimizingThreshold
        self.jitStress = jitStress
    }
}

/// A JavaScript world to run programs in: its own heap, globals and output. Programs run one
/// after another share globals, like scripts on one page.
///
///     let context = ExecutionContext(output: { print($0, terminator: "") })
///     try context.run(source: "console.log(1 + 2)", file: "sum.js")   // prints "3"
///
/// Errors come back as `JsError` values with kind, message and source location; what the
/// program printed before the error has already gone to `output`.
public final class ExecutionContext {
    public let options: ExecutionOptions
    let runtime: Runtime
    /// Time the bytecode compiler spent on the programs run here (each chunk records its own).
    private var bytecodeCompileSeconds: Double = 0

    /// - Parameter output: receives everything `console.log` prints, in order, in pieces.
    public init(options: ExecutionOptions = ExecutionOptions(), output: @escaping (String) -> Void) {
        self.options = options
        runtime = Runtime(output: output, registerFileSize: options.registerFileSize,
                          maxHeapBytes: min(max(options.maxHeapMegabytes, 0), Int.max >> 20) << 20, gcStressInterval: options.gcStressInterval)
        if options.jitStress {
            runtime.baselineTierUp = TierUpThresholds(invocations: 1, backEdges: 1)
            runtime.optimizingThresholds = OptimizingThresholds(invocations: 2, backEdges: 2)
        } else if options.tier == .auto {
            let threshold = UInt64(max(options.baselineThreshold, 1))
            runtime.baselineTierUp = TierUpThresholds(invocations: threshold, backEdges: threshold)
            let optimizing = UInt64(max(options.optimizingThreshold ?? Self.defaultOptimizing, 1))
            runtime.optimizingThresholds = OptimizingThresholds(invocations: optimizing, backEdges: optimizing)
        } else if options.tier == .optimizing {
            let optimizing = UInt64(max(options.optimizingThreshold ?? ExecutionOptions.defaultWarmUp, 1))
            runtime.optimizingThresholds = OptimizingThresholds(invocations: optimizing, backEdges: optimizing)
        }
    }

    private static var defaultOptimizing: Int { ExecutionOptions.defaultOptimizingThreshold }

    /// The profile the interpreter and baseline code keep for `chunk` (a function of a program
    /// run in this context), or nil when no program run here has it.
    public func profile(of chunk: BytecodeChunk) -> ProfileData? {
        runtime.loaded.flatMap(\.allFunctions).first { $0.chunk === chunk }?.profile
    }

    /// Called with each function the optimizing JIT compiles, its bytecode and its code.
    public var onOptimizedCode: ((BytecodeChunk, CompiledCode) -> Void)? {
        get { runtime.optimizedCodeObserver }
        set { runtime.optimizedCodeObserver = newValue }
    }

    /// Called with the IR of each function the optimizing JIT compiles, after building and
    /// after each pass: the stage's name and the IR text (`--print-ir`).
    public var onIR: ((String, String) -> Void)? {
        get { runtime.irObserver }
        set { runtime.irObserver = newValue }
    }

    /// Called with each function the baseline JIT compiles, its bytecode and its code, as soon
    /// as the code exists (before it runs): for listings (`--print-code`) and profiler maps.
    public var onBaselineCode: ((BytecodeChunk, CompiledCode) -> Void)? {
        get { runtime.compiledCodeObserver }
        set { runtime.compiledCodeObserver = newValue }
    }

    /// Parses and compiles a program into its bytecode (a chunk per function, nested).
    public static func compile(source: String, file: String) throws(JsError) -> BytecodeChunk {
        let start = monotonicSeconds()
        let chunk = try onLargeStack { () throws(JsError) in try BytecodeCompiler.compile(source: source, file: file) }
        chunk.compileSeconds = monotonicSeconds() - start
        return chunk
    }

    /// Compiles and runs a program.
    public func run(source: String, file: String = "<input>") throws(JsError) {
        try run(Self.compile(source: source, file: file))
    }

    /// Verifies and runs a compiled program (for example one built by hand or loaded from elsewhere).
    public func run(_ chunk: BytecodeChunk) throws(JsError) {
        try BytecodeVerifier.verify(chunk)
        bytecodeCompileSeconds += chunk.compileSeconds
        let info = runtime.load(chunk)
        defer { runtime.flush() }
        if options.tier == .baseline { try runtime.compileBaseline(info.allFunctions) }
        // On a thread with a large native stack: compiled code nests native frames per JS call.
        try onLargeStack { () throws(JsError) in
            runtime.nativeStackLimit = nativeStackLimit(stackSize: largeStackSize)
            _ = try runtime.call(runtime.newFunction(info.record), this: .undefined, arguments: [])
        }
    }

    /// What the runtime has done so far, for `--stats`.
    public var statistics: ExecutionStatistics {
        var stats = ExecutionStatistics()
        stats.bytecodeCompiler.seconds = bytecodeCompileSeconds
        stats.baselineJIT = runtime.baselineCompiler
        stats.optimizingJIT = runtime.optimizingCompiler
        stats.deopts = runtime.deoptCount
        stats.deoptReasons = runtime.deoptReasons
        stats.optimizedOSREntries = runtime.optimizedOSREntries
        stats.optimizationFailures = runtime.optimizationFailures
        stats.osrEntries = runtime.osrEntries + runtime.optimizedOSREntries
        stats.osrExits = runtime.osrExits
        stats.instructionsExecuted = runtime.instructionsExecuted
        stats.bytesAllocated = runtime.heap.bytesAllocated
        stats.allocations = runtime.heap.allocations
        stats.heapBytesInUse = runtime.heap.bytesInUse
        stats.peakHeapBytes = runtime.heap.peakBytesInUse
        stats.collections = runtime.collectorStatistics.collections
        stats.totalPause = runtime.collectorStatistics.totalPause
        stats.maxPause = runtime.collectorStatistics.maxPause
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        stats.peakResidentBytes = usage.ru_maxrss * 1024
        for function in runtime.loaded.flatMap(\.allFunctions) {
            stats.functions += 1
            stats.bytecodeCompiler.functionsCompiled += 1
            let instructions = function.chunk.instructions
            stats.bytecodeCompiler.bytecodesCompiled += instructions.count
            stats.invocations += function.profile.invocationCount
            stats.backEdges += function.profile.backEdgeCount
            for (_, instruction) in instructions {
                switch instruction {
                case .getProperty(_, _, _, let slot), .setProperty(_, _, _, let slot), .loadGlobal(_, _, let slot), .storeGlobal(_, _, let slot):
                    stats.inlineCaches[function.profile[Int(slot.value)].cache.state, default: 0] += 1
                default: break
                }
            }
        }
        return stats
    }
}

/// What one compiler did: the bytecode compiler (source to bytecode) or a JIT tier (bytecode to
/// machine code). The benchmark harness reports these per tier.
public struct CompilerStatistics: Sendable, Equatable, Codable {
    public var functionsCompiled = 0
    /// Bytecode instructions compiled (for the bytecode compiler: produced).
    public var bytecodesCompiled = 0
    /// Time spent compiling.
    public var seconds: Double = 0

    public init() {}

    /// Compile throughput; nil when nothing was compiled.
    public var bytecodesPerSecond: Double? { seconds > 0 ? Double(bytecodesCompiled) / seconds : nil }
}

/// Counters the engine exposes about a run.
public struct ExecutionStatistics: Sendable, Equatable, Codable, CustomStringConvertible {
    public var instructionsExecuted: UInt64 = 0
    public var functions = 0
    public var invocations: UInt64 = 0
    public var backEdges: UInt64 = 0
    public var bytesAllocated = 0
    /// Cells allocated.
    public var allocations = 0
    public var heapBytesInUse = 0
    public var peakHeapBytes = 0
    public var collections = 0
    /// Collector pauses, in seconds.
    public var totalPause: Double = 0
    public var maxPause: Double = 0
    /// The process's peak resident set size (what the OS saw, heap and everything else).
    public var peakResidentBytes = 0
    /// Property and global access sites by inline-cache state.
    public var inlineCaches: [InlineCache.State: Int] = [:]
    public var bytecodeCompiler = CompilerStatistics()
    public var baselineJIT = CompilerStatistics()
    /// Zero until the optimizing tier exists.
    public var optimizingJIT = CompilerStatistics()
    /// Running frames moved into compiled code at a loop header.
    public var osrEntries = 0
    /// Running frames moved from baseline code back to the interpreter at a loop header.
    public var osrExits = 0
    /// Compiled frames sent back to a lower tier by a failed speculation.
    public var deopts = 0
    /// Deoptimizations by reason (the guard that failed).
    public var deoptReasons: [String: Int] = [:]
    /// Of `osrEntries`, those into optimized code.
    public var optimizedOSREntries = 0
    /// Functions the optimizing JIT could not compile, and why.
    public var optimizationFailures: [String] = []

    public init() {}

    /// The statistics as one JSON object (`--stats-json`), keys named as the properties.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Encoding plain numbers and strings cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    public var description: String {
        let states: [InlineCache.State] = [.uninitialized, .monomorphic, .polymorphic, .megamorphic]
        return """
        instructions executed: \(instructionsExecuted)
        functions: \(functions), invocations: \(invocations), back edges: \(backEdges)
        inline caches: \(states.map { "\($0) \(inlineCaches[$0, default: 0])" }.joined(separator: ", "))
        heap: \(allocations) cells and \(bytesAllocated) bytes allocated, \(heapBytesInUse) in use, peak \(peakHeapBytes)
        garbage collections: \(collections), pauses \(milliseconds(totalPause)) total, \(milliseconds(maxPause)) max
        peak resident set: \(peakResidentBytes >> 10) KB
        bytecode compiler: \(describe(bytecodeCompiler))
        baseline JIT: \(describe(baselineJIT))
        optimizing JIT: \(describe(optimizingJIT))
        OSR entries: \(osrEntries) (into optimized code: \(optimizedOSREntries)), OSR exits: \(osrExits), deopts: \(deopts)
        """ + deoptReasons.sorted { $0.key < $1.key }.map { "\n  deopts, \($0.key): \($0.value)" }.joined()
            + optimizationFailures.map { "\n  not optimized: \($0)" }.joined()
    }

    private func describe(_ compiler: CompilerStatistics) -> String {
        var text = "\(compiler.functionsCompiled) functions, \(compiler.bytecodesCompiled) bytecodes in \(milliseconds(compiler.seconds))"
        if let rate = compiler.bytecodesPerSecond { text += " (\(Int(rate.rounded())) bytecodes/s)" }
        return text
    }

    private func milliseconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10_000).rounded())
        return "\(tenths / 10).\(tenths % 10) ms"
    }
}

extension BytecodeChunk {
    /// Every instruction with its offset (the chunk must be verified).
    var instructions: [(offset: Int, instruction: Instruction)] { Disassembler.decode(code).instructions }
}

/// The native stack of the threads that compile and run programs.
let largeStackSize = 256 << 20

/// Runs `body` on a thread with a large native stack, so that the recursive-descent parser and
/// compiler handle deeply nested programs, and compiled code deep recursion, the same on any
/// calling thread.
func onLargeStack<T>(_ body: () throws(JsError) -> T) throws(JsError) -> T {
    return try withoutActuallyEscaping(body) { (escapable) throws(JsError) -> T in
        let job = LargeStackJob(escapable)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, largeStackSize)
        var thread = pthread_t()
        let start = ThreadStart(job.run)
        let started = pthread_create(&thread, &attributes, { context in
            Unmanaged<ThreadStart>.fromOpaque(context!).takeUnretainedValue().run()
            return nil
        }, Unmanaged.passUnretained(start).toOpaque())
        // Without a thread of its own the program could not run at all: say why and stop.
        guard started == 0 else { fatalError("cannot start a thread with a \(largeStackSize >> 20) MB stack: \(String(cString: strerror(started)))") }
        withExtendedLifetime(start) { _ = pthread_join(thread, nil) }
        return try job.result!.get()
    }
}

/// What a new thread runs (a C thread takes one pointer, so the closure goes in a class).
private final class ThreadStart {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

private final class LargeStackJob<T>: @unchecked Sendable {
    var result: Result<T, JsError>?
    var body: (() throws(JsError) -> T)?
    init(_ body: @escaping () throws(JsError) -> T) { self.body = body }

    func run() {
        result = Result { () throws(JsError) -> T in try body!() }
        body = nil // the closure must not outlive withoutActuallyEscaping
    }
}
