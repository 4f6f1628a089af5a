/// When functions move to the optimizing tier, and back (DESIGN §6). The counters are the ones
/// the lower tiers already keep: a function is optimized at a call once it has been called
/// `invocations` times, and a running frame enters optimized code at a loop header (OSR) once
/// the function's loops have iterated `backEdges` times. After a deoptimization the function
/// profiles again for as long before it is recompiled; after `maxDeoptimizations` it stays in
/// the lower tiers for good.
struct OptimizingThresholds: Equatable {
    var invocations: UInt64
    var backEdges: UInt64
    var maxDeoptimizations = 10

    static let never = OptimizingThresholds(invocations: .max, backEdges: .max)
    var isEnabled: Bool { invocations != .max || backEdges != .max }
}

extension Runtime {
    /// Compiles `function` with the optimizing JIT and installs the code (later calls enter it).
    /// `osrFrame` is the running frame that will enter at a loop header, whose values the OSR
    /// entry there speculates on. Answers whether it worked; a failure leaves the function in
    /// the lower tiers.
    @discardableResult
    func optimize(_ function: FunctionInfo, osrFrame: (offset: Int, values: [Value])? = nil) -> Bool {
        guard !function.optimizationFailed else { return false }
        if function.optimized != nil && osrFrame == nil { return true }
        let start = monotonicSeconds()
        defer { optimizingCompiler.seconds += monotonicSeconds() - start }
        do {
            let info = try OptimizingJIT.compile(function, in: self, osrFrame: osrFrame)
            function.optimized = info
            optimizingCompiler.functionsCompiled += 1
            optimizingCompiler.bytecodesCompiled += info.code.bytecodeOffsets.count
            optimizedCodeObserver?(function.chunk, info.code)
            return true
        } catch {
            function.optimizationFailed = true
            optimizationFailures.append("\(function.chunk.name): \(error.message)")
            armOptimizingCounters(function)
            runBaselineCodeInsteadOfOptimized(function)
            return false
        }
    }

    /// Discards `function`'s optimized code after a deoptimization: calls go back to the lower
    /// tiers, which profile again until the counters call for a new compilation (or, after too
    /// many, never).
    func retireOptimizedCode(_ function: FunctionInfo) {
        guard let current = function.optimized else { return }
        function.retiredOptimized.append(current)
        function.optimized = nil
        function.deoptimizations += 1
        if function.deoptimizations >= optimizingThresholds.maxDeoptimizations {
            function.optimizationFailed = true
        }
        armOptimizingCounters(function)
        if function.optimizationFailed { runBaselineCodeInsteadOfOptimized(function) }
    }

    /// In the optimizing tier without baseline tier-up, a function that cannot have optimized
    /// code runs baseline code rather than staying interpreted.
    private func runBaselineCodeInsteadOfOptimized(_ function: FunctionInfo) {
        guard function.baselineCode == nil && !function.baselineFailed && baselineTierUp.invocations == .max else { return }
        do { try compileBaseline([function]) } catch { function.baselineFailed = true }
    }

    /// Sets the counter values at which `function` asks for optimized code next: its baseline
    /// prologue compares invocations with `optimizeAt`, its back edges compare with `loopHook`.
    func armOptimizingCounters(_ function: FunctionInfo) {
        let counters = function.profile.counters
        guard optimizingThresholds.isEnabled, !function.optimizationFailed else {
            counters.pointee.optimizeAt = .max
            armLoopHook(function)
            return
        }
        let (invocations, backEdges) = (counters.pointee.invocations, counters.pointee.backEdges)
        let grace = UInt64(function.deoptimizations)
        counters.pointee.optimizeAt = invocations &+ optimizingThresholds.invocations &* (1 + grace)
        if optimizingThresholds.invocations == .max { counters.pointee.optimizeAt = .max }
        counters.pointee.optimizeBackEdgesAt = optimizingThresholds.backEdges == .max ? .max
            : backEdges &+ optimizingThresholds.backEdges &* (1 + grace)
        armLoopHook(function)
    }

    /// A baseline prologue saw the invocation counter reach `optimizeAt`: optimize now (the
    /// running call goes on in baseline code; the next ones enter optimized code).
    func optimizeOnCall(_ record: UnsafeMutablePointer<FunctionRecord>) {
        let function = record.pointee.info.takeUnretainedValue()
        if !optimize(function) { record.pointee.counters.pointee.optimizeAt = .max }
    }

    /// A running frame at loop header `offset` whose back edges reached the threshold: compile
    /// optimized code for it if needed and answer the OSR entry there, or nil.
    func optimizedOSREntry(frame fp: Int, at offset: Int) -> UnsafeRawPointer? {
        let record = functionRecord(registerFile[fp + Layout.Frame.callee].asCell).unsafelyUnwrapped
        let function = record.pointee.info.takeUnretainedValue()
        guard !function.optimizationFailed else { return nil }
        if function.optimized?.code.osrEntry(at: offset) == nil {
            let values = (0..<function.chunk.registerCount).map { registerFile[fp + Self.headerSlots + $0] }
            guard optimize(function, osrFrame: (offset, values)) else { return nil }
        }
        guard let code = function.optimized?.code, let entry = code.osrEntry(at: offset) else { return nil }
        optimizedOSREntries += 1
        log(OSREvent(function: function.chunk.name, offset: offset, direction: .intoOptimized))
        return code.entryPoint + entry.nativeOffset
    }
}
