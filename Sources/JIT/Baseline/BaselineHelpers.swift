/// The runtime helpers baseline code calls, as `helper(context, frame, pc)`. There is one:
/// `step`, which runs the instruction at `pc` of the frame in the interpreter (its handler is
/// the slow path, as Sparkplug's are Ignition's), so every tier has the same semantics and
/// records the same feedback. It returns 0 when the frame goes on to the next instruction, 1
/// when it jumped to the instruction's target, and 2 when it threw (the error waits in
/// `Runtime.pendingError` for the Swift code that entered compiled code).
enum BaselineHelpers {
    typealias Helper = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UInt32) -> UInt64

    static let proceed: UInt64 = 0, jumped: UInt64 = 1, threw: UInt64 = 2

    static let step: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context).takeUnretainedValue()
            .baselineStep(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc))
    }

    static func address(of name: String) -> UnsafeRawPointer? {
        name == "step" ? unsafeBitCast(step, to: UnsafeRawPointer.self) : nil
    }
}

extension Runtime {
    func baselineStep(frame: UnsafeMutablePointer<Value>, pc: Int) -> UInt64 {
        do {
            switch try step(frame: frame - registerFile, at: pc) {
            case .stepped(let next):
                let code = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped.pointee.code
                return next == pc + Int(Self.instructionLengths[Int(code[pc])]) ? BaselineHelpers.proceed : BaselineHelpers.jumped
            case .returned:
                preconditionFailure("Return has its own template")
            }
        } catch {
            pendingError = error
            return BaselineHelpers.threw
        }
    }
}
