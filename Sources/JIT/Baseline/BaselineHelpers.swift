/// The runtime helpers baseline code calls, as `helper(context, frame, pc)`:
/// - `step` runs the instruction at `pc` of the frame in the interpreter (its handler is the
///   slow path, as Sparkplug's are Ignition's), so every tier has the same semantics and
///   records the same feedback;
/// - `loopHook` runs at a back edge when the function's loop hook is armed, and may send the
///   frame to the interpreter at the loop header.
///
/// A helper returns 0 when the frame goes on to the next instruction, 1 when it jumped to the
/// instruction's target, and 2 when the frame leaves compiled code: it threw (the error waits
/// in `Runtime.pendingError`) or goes on in the interpreter (at `Runtime.pendingHandoff`), and
/// the Swift code that entered compiled code takes it from there.
enum BaselineHelpers {
    typealias Helper = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UInt32) -> UInt64

    static let proceed: UInt64 = 0, jumped: UInt64 = 1, exit: UInt64 = 2

    static let step: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context).takeUnretainedValue()
            .baselineStep(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc))
    }

    static let loopHook: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context).takeUnretainedValue()
            .baselineLoopHook(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc))
    }

    static let all: [String: Helper] = ["step": step, "loopHook": loopHook]

    static func address(of name: String) -> UnsafeRawPointer? {
        all[name].map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
    }
}

extension Runtime {
    func baselineStep(frame: UnsafeMutablePointer<Value>, pc: Int) -> UInt64 {
        do throws(JsError) {
            switch try step(frame: frame - registerFile, at: pc) {
            case .stepped(let next):
                // Baseline code allocates only in helpers: this is where it notices the limit.
                if heap.exhausted {
                    var error = outOfMemory
                    let info = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped.pointee.info.takeUnretainedValue()
                    error.location = info.chunk.location(at: pc)
                    throw error
                }
                let code = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped.pointee.code
                return next == pc + Int(Self.instructionLengths[Int(code[pc])]) ? BaselineHelpers.proceed : BaselineHelpers.jumped
            case .returned:
                preconditionFailure("Return has its own template")
            }
        } catch {
            pendingError = error
            return BaselineHelpers.exit
        }
    }
}
