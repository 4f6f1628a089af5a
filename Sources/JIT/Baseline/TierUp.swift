/// When a function moves from the interpreter to baseline code. A function is compiled at a
/// call once it has been called more than `invocations` times, and a running frame enters
/// baseline code at a loop header (OSR) once the function's back edges reach `backEdges`;
/// so with both at 1 a function's first call runs in the interpreter, its first back edge
/// enters by OSR and its second call runs compiled code.
struct TierUpThresholds: Equatable {
    var invocations: UInt64
    var backEdges: UInt64

    static let never = TierUpThresholds(invocations: .max, backEdges: .max)
}

/// A frame that moved between the tiers at a loop header.
struct OSREvent: Equatable, CustomStringConvertible {
    enum Direction { case intoBaseline, intoInterpreter, intoOptimized }

    var function: String
    /// The loop header's bytecode offset.
    var offset: Int
    var direction: Direction

    /// Events past this many are counted but not logged.
    static let logLimit = 10_000

    var description: String {
        let tier = direction == .intoBaseline ? "baseline" : direction == .intoOptimized ? "optimized" : "interpreter"
        return "→ \(tier) \(function)@\(offset)"
    }
}

extension Runtime {
    /// Where a call of `record`'s function enters its baseline code: the code it has, or code
    /// compiled now because its calls passed `threshold`; nil when the call is interpreted.
    /// Every tier's calls ask this.
    @inline(__always)
    func baselineEntry(_ record: UnsafeMutablePointer<FunctionRecord>, invocationThreshold threshold: UInt64) -> UnsafeRawPointer? {
        record.pointee.baselineEntry ?? (record.pointee.counters.pointee.invocations > threshold ? compileOnTierUp(record) : nil)
    }

    /// Compiles the function the interpreter is about to run, now that its counters say so;
    /// answers its entry, or nil (it stays interpreted). Out of line: the dispatch loop stays small.
    @inline(never)
    func compileOnTierUp(_ record: UnsafeMutablePointer<FunctionRecord>) -> UnsafeRawPointer? {
        let info = record.pointee.info.takeUnretainedValue()
        let counters = record.pointee.counters.pointee
        if counters.invocations >= counters.optimizeAt, optimize(info), let entry = record.pointee.baselineEntry { return entry }
        guard counters.invocations > baselineTierUp.invocations else { return nil }
        return compileBaselineOnTierUp(info)
    }

    /// Compiles `info` with the baseline JIT; answers its entry, or nil (it stays interpreted).
    func compileBaselineOnTierUp(_ info: FunctionInfo) -> UnsafeRawPointer? {
        let record = info.record
        guard !info.baselineFailed else { return nil }
        do {
            try compileBaseline([info])
        } catch {
            // The function keeps running in the interpreter, which runs everything.
            info.baselineFailed = true
            return nil
        }
        return record.pointee.baselineEntry
    }

    /// A frame of the interpreter at the loop header `offset` (its back-edge counter past the
    /// threshold): compiles its function if needed and continues the frame in baseline code
    /// from that header. Answers the frame's return value, or nil when it stays interpreted.
    @inline(never)
    func enterByOSR(frame fp: Int, at offset: Int) throws(JsError) -> Value? {
        let record = functionRecord(registerFile[fp + Layout.Frame.callee].asCell).unsafelyUnwrapped
        let info = record.pointee.info.takeUnretainedValue()
        if let filter = osrEntryFilter, !filter(info, offset) { return nil }
        if record.pointee.counters.pointee.backEdges >= record.pointee.counters.pointee.optimizeBackEdgesAt {
            if let entry = optimizedOSREntry(frame: fp, at: offset) { return try enterBaseline(frame: fp, at: entry) }
            // It could not be optimized: do not ask again at every back edge.
            record.pointee.counters.pointee.optimizeBackEdgesAt = .max
        }
        guard record.pointee.counters.pointee.backEdges >= baselineTierUp.backEdges else { return nil }
        guard info.baselineCode != nil || compileBaselineOnTierUp(info) != nil, let code = info.baselineCode,
              let entry = code.osrEntry(at: offset) else { return nil }
        log(OSREvent(function: info.chunk.name, offset: offset, direction: .intoBaseline))
        osrEntries += 1
        return try enterBaseline(frame: fp, at: code.entryPoint + entry.nativeOffset, atLoopHeader: true)
    }

    /// Baseline code reached a back edge with its loop hook armed: answers `jumped` (go on to
    /// the loop header in baseline code) or `exit` with `pendingHandoff` set (the frame goes on
    /// in the interpreter from the header).
    func baselineLoopHook(frame: UnsafeMutablePointer<Value>, pc: Int) -> UInt64 {
        let record = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped
        let info = record.pointee.info.takeUnretainedValue()
        guard case .jumpLoop(let jump) = Instruction.decodeUnchecked(record.pointee.code + pc) else {
            preconditionFailure("the loop hook is JumpLoop's")
        }
        let header = pc + Int(jump.value)
        let counters = record.pointee.counters
        if counters.pointee.backEdges >= counters.pointee.optimizeBackEdgesAt, interpreterHandoffFilter.map({ !$0(info, header) }) ?? true {
            // Hot enough for the optimizing tier: the frame goes on in optimized code.
            if let entry = optimizedOSREntry(frame: frame - registerFile, at: header) {
                pendingHandoff = .optimized(entry)
                return BaselineHelpers.exit
            }
            counters.pointee.optimizeBackEdgesAt = .max
            armLoopHook(info)
            return BaselineHelpers.jumped
        }
        guard let filter = interpreterHandoffFilter, filter(info, header) else { return BaselineHelpers.jumped }
        log(OSREvent(function: info.chunk.name, offset: header, direction: .intoInterpreter))
        osrExits += 1
        pendingHandoff = .interpreter(header)
        return BaselineHelpers.exit
    }

    /// Arms the loop hook of `function`'s baseline code when frames may have to leave it.
    func armLoopHook(_ function: FunctionInfo) {
        let counters = function.profile.counters
        counters.pointee.loopHook = interpreterHandoffFilter == nil ? counters.pointee.optimizeBackEdgesAt : 0
    }

    func log(_ event: OSREvent) {
        if osrLog.count < OSREvent.logLimit { osrLog.append(event) }
    }
}

extension CompiledCode {
    /// The OSR entry at the loop header with bytecode offset `offset`, if there is one.
    func osrEntry(at offset: Int) -> OSREntry? {
        var low = 0, high = osrEntries.count
        while low < high {
            let middle = (low + high) / 2
            if osrEntries[middle].bytecodeOffset < offset { low = middle + 1 } else { high = middle }
        }
        return low < osrEntries.count && osrEntries[low].bytecodeOffset == offset ? osrEntries[low] : nil
    }
}
