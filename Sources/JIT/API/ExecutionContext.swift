import Foundation

/// Which tier runs JavaScript code. `baseline` and `optimizing` arrive with their JIT issues.
public enum Tier: String, CaseIterable, Sendable {
    /// Only the profiling interpreter.
    case interpreter
    /// The engine's tier-up policy picks (today: the interpreter).
    case auto
}

/// How an ExecutionContext runs programs.
public struct ExecutionOptions: Sendable {
    public var tier: Tier
    /// Slots in the VM register file, which holds every frame: it bounds recursion depth
    /// (exceeding it is a RangeError, as in node).
    public var registerFileSize: Int

    public init(tier: Tier = .auto, registerFileSize: Int = 1 << 20) {
        self.tier = tier
        self.registerFileSize = registerFileSize
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

    /// - Parameter output: receives everything `console.log` prints, in order, in pieces.
    public init(options: ExecutionOptions = ExecutionOptions(), output: @escaping (String) -> Void) {
        self.options = options
        runtime = Runtime(output: output, registerFileSize: options.registerFileSize)
    }

    /// Parses and compiles a program into its bytecode (a chunk per function, nested).
    public static func compile(source: String, file: String) throws(JsError) -> BytecodeChunk {
        try onLargeStack { () throws(JsError) in try BytecodeCompiler.compile(source: source, file: file) }
    }

    /// Compiles and runs a program.
    public func run(source: String, file: String = "<input>") throws(JsError) {
        try run(Self.compile(source: source, file: file))
    }

    /// Verifies and runs a compiled program (for example one built by hand or loaded from elsewhere).
    public func run(_ chunk: BytecodeChunk) throws(JsError) {
        try BytecodeVerifier.verify(chunk)
        let info = runtime.load(chunk)
        defer { runtime.flush() }
        _ = try runtime.call(runtime.newFunction(info.record), this: .undefined, arguments: [])
    }

    /// What the runtime has done so far, for `--stats`.
    public var statistics: ExecutionStatistics {
        var stats = ExecutionStatistics()
        stats.instructionsExecuted = runtime.instructionsExecuted
        stats.bytesAllocated = runtime.heap.bytesAllocated
        for function in runtime.loaded.flatMap(\.allFunctions) {
            stats.functions += 1
            stats.invocations += function.profile.invocationCount
            stats.backEdges += function.profile.backEdgeCount
            for (_, instruction) in function.chunk.instructions {
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

/// Counters the engine exposes about a run.
public struct ExecutionStatistics: Sendable, CustomStringConvertible {
    public var instructionsExecuted: UInt64 = 0
    public var functions = 0
    public var invocations: UInt64 = 0
    public var backEdges: UInt64 = 0
    public var bytesAllocated = 0
    /// Property and global access sites by inline-cache state.
    public var inlineCaches: [InlineCache.State: Int] = [:]

    public var description: String {
        let states: [InlineCache.State] = [.uninitialized, .monomorphic, .polymorphic, .megamorphic]
        return """
        instructions executed: \(instructionsExecuted)
        functions: \(functions), invocations: \(invocations), back edges: \(backEdges)
        inline caches: \(states.map { "\($0) \(inlineCaches[$0, default: 0])" }.joined(separator: ", "))
        heap bytes allocated: \(bytesAllocated)
        """
    }
}

extension BytecodeChunk {
    /// Every instruction with its offset (the chunk must be verified).
    var instructions: [(Int, Instruction)] {
        var result: [(Int, Instruction)] = []
        var offset = 0
        while offset < code.count, let instruction = try? Instruction.decode(code, at: offset) {
            result.append((offset, instruction))
            offset += instruction.opcode.length
        }
        return result
    }
}

/// Runs `body` on a thread with a large native stack, so that the recursive-descent parser and
/// compiler handle deeply nested programs the same on any calling thread.
func onLargeStack<T>(_ body: () throws(JsError) -> T) throws(JsError) -> T {
    return try withoutActuallyEscaping(body) { (escapable) throws(JsError) -> T in
        let box = LargeStackJob(escapable)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { () throws(JsError) -> T in try box.body!() }
            box.body = nil // the closure must not outlive withoutActuallyEscaping
            done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        done.wait()
        return try box.result!.get()
    }
}

private final class LargeStackJob<T>: @unchecked Sendable {
    var result: Result<T, JsError>?
    var body: (() throws(JsError) -> T)?
    init(_ body: @escaping () throws(JsError) -> T) { self.body = body }
}
