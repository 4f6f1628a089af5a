import X64Assembler

/// The optimizing tier (DESIGN §6): SSA IR built from bytecode and its profile, optimized by
/// passes, lowered by the rules of Specs/lowering.x86_64.yaml, register-allocated and emitted,
/// with a deoptimization exit for every guard.
public enum OptimizingJIT {
    /// Why a function could not be optimized: it keeps running in the lower tiers.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }
}

extension OptimizingJIT {
    /// The largest function (bytes of bytecode) this tier compiles; larger ones stay in the
    /// lower tiers. V8 optimizes no function of more than 60 KB of bytecode; ours spends four
    /// bytes on each register and slot operand where V8's usually spends one, so the same
    /// functions take about three times the bytes.
    public static let maxBytecodeSize = 3 * 60 * 1024

    /// Compiles `function` for `runtime` from its bytecode and its profile: builds SSA, runs the
    /// passes, selects instructions by the rules, allocates registers and emits code with a
    /// deoptimization exit per guard. `osrFrame` (a running frame about to enter at a loop
    /// header) refines the types the OSR entry there speculates on.
    static func compile(_ function: FunctionInfo, in runtime: Runtime, profile: ProfileData? = nil,
                        osrFrame: (offset: Int, values: [Value])? = nil) throws(Failure) -> OptimizedCodeInfo {
        guard function.chunk.code.count <= maxBytecodeSize else {
            throw Failure("too large to optimize (\(function.chunk.code.count) bytes of bytecode; the limit is \(maxBytecodeSize))")
        }
        let ir = try GraphBuilder(info: function, runtime: runtime, profile: profile, osrEntries: true, osrFrame: osrFrame,
                                  speculationLog: function.speculationLog).build()
        let observer = runtime.irObserver
        observer?("built", IRPrinter.print(ir))
        do {
            #if DEBUG
            let verify = true
            #else
            let verify = false
            #endif
            try PassPipeline.run(ir, PassContext(speculationLog: function.speculationLog), verify: verify) { name, ir in
                observer?(name, IRPrinter.print(ir))
            }
        } catch {
            throw Failure("the optimizing tier made malformed IR: \(error.message)")
        }
        let lowered = LoweredFunction(ir)
        let allocation = LinearScan(lowered)
        observer?("register allocation", lowered.listing + allocation.listing)
        let generator = CodeGenerator(lowered, allocation, info: function, runtime: runtime)
        let info = OptimizedCodeInfo(exits: generator.exits, frameSlots: generator.frameSlots, taggedSlotCount: allocation.taggedSlotCount,
                                     stackSlotCount: allocation.stackSlotCount, function: function)
        generator.infoAddress = Int64(Int(bitPattern: Unmanaged.passUnretained(info).toOpaque()))
        do {
            let bytes = try generator.generate()
            let osrEntries = try generator.osrEntries.map { entry throws(AssemblerError) in
                OSREntry(bytecodeOffset: entry.bytecodeOffset, nativeOffset: try generator.offset(of: entry.label))
            }
            let offsets = try generator.instructionStarts.map { start throws(AssemblerError) in
                CodeOffset(bytecodeOffset: start.bytecodeOffset, nativeOffset: try generator.offset(of: start.label))
            }
            let code = try CompiledCode(bytes: bytes, osrEntries: osrEntries, bytecodeOffsets: offsets)
            info.place(code, roots: generator.roots, shapes: generator.shapes)
        } catch let error as AssemblerError {
            throw Failure("cannot emit code for \(function.chunk.name): \(error.message)")
        } catch {
            throw Failure("cannot place code for \(function.chunk.name): \(error)")
        }
        return info
    }
}

extension OptimizingJIT {
    /// Compiles one function (not its nested functions) with the optimizing tier, specialized
    /// on `profile`, which must be a profile of this chunk: by default the one the context's
    /// interpreter and baseline code filled while running it (`ExecutionContext.profile(of:)`).
    /// The chunk is verified first, so malformed bytecode is a `JsError` of kind
    /// `bytecodeError`, never code. The code is not installed: calls keep entering the code the
    /// function had.
    public static func compile(_ chunk: BytecodeChunk, profile: ProfileData? = nil, in context: ExecutionContext) throws(JsError) -> CompiledCode {
        try BytecodeVerifier.verify(chunk)
        let runtime = context.runtime
        let function = runtime.loaded.flatMap(\.allFunctions).first { $0.chunk === chunk } ?? runtime.load(chunk)
        if let profile, profile.slotCount != chunk.feedbackSlotCount {
            throw JsError(.bytecodeError, "the profile has \(profile.slotCount) feedback slots; '\(chunk.name)' has \(chunk.feedbackSlotCount)")
        }
        do {
            let info = try compile(function, in: runtime, profile: profile)
            // Kept (and its cells rooted) as long as the context: its exits refer to it.
            function.retiredOptimized.append(info)
            return info.code
        } catch {
            throw JsError(.bytecodeError, "the optimizing JIT cannot compile '\(chunk.name)': \(error.message)")
        }
    }
}
