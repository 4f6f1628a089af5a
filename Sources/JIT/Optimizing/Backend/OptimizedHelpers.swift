/// The runtime functions optimized code calls. Like baseline helpers they borrow the runtime
/// from the context pointer (no reference counting) and report errors by leaving them in
/// `Runtime.pendingError` and answering `exit` (or 0 where a value is answered).
///
/// An optimized frame is longer than an interpreter frame: its tagged spill slots follow the
/// bytecode registers, up to `Runtime.scanTopCell`, which the collector scans to and callees'
/// frames start after.
enum OptimizedHelpers {
    typealias RunFrame = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> UInt64
    typealias Deoptimize = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UnsafeMutableRawPointer, UInt32, UnsafeRawPointer) -> UInt64

    /// `CallDirect` of a function without compiled code: its frame is pushed; run it (in the
    /// interpreter, or in code compiled now that its counters say so) and answer its result,
    /// or 0 with the error pending.
    static let runFrame: RunFrame = { context, frame in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { runtime in
            let calleeFrame = frame.assumingMemoryBound(to: Value.self)
            let fp = calleeFrame - runtime.registerFile
            let record = runtime.functionRecord(calleeFrame[Layout.Frame.callee].asCell).unsafelyUnwrapped
            do throws(JsError) {
                if runtime.heap.exhausted { throw runtime.outOfMemory }
                if let entry = runtime.baselineEntry(record, invocationThreshold: runtime.tierUp.invocations) {
                    return try runtime.enterBaseline(frame: fp, at: entry).bits
                }
                return try runtime.interpret(entryFrame: fp).bits
            } catch {
                runtime.pendingError = error
                return 0
            }
        }
    }

    /// The exit stub's: see `Runtime.deoptimize`.
    static let deoptimize: Deoptimize = { context, frame, info, exit, saveArea in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { runtime in
            runtime.deoptimize(frame: frame.assumingMemoryBound(to: Value.self),
                               info: Unmanaged<OptimizedCodeInfo>.fromOpaque(info).takeUnretainedValue(), exit: Int(exit), saveArea: saveArea)
        }
    }

    /// The prologue's, when the frame's spill slots do not fit the register file.
    static let stackOverflow: RunFrame = { context, frame in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { runtime in
            let record = runtime.functionRecord(frame.assumingMemoryBound(to: Value.self)[Layout.Frame.callee].asCell).unsafelyUnwrapped
            runtime.pendingError = JsError(.rangeError, "Maximum call stack size exceeded",
                                           at: record.pointee.info.takeUnretainedValue().chunk.location(at: 0))
            return 0
        }
    }

    static func address<T>(_ function: T) -> Int64 { Int64(Int(bitPattern: unsafeBitCast(function, to: UnsafeRawPointer.self))) }
}
