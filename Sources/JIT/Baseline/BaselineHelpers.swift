/// The runtime helpers baseline code calls, as `helper(context, frame, pc)`:
/// - `step` runs the instruction at `pc` of the frame in the interpreter (its handler is the
///   slow path, as Sparkplug's are Ignition's), so every tier has the same semantics and
///   records the same feedback;
/// - `add`, `typeOf`, `newObject` do their opcode's one runtime call;
/// - `call` runs a Call or Construct: the callee's baseline code natively, or the interpreter
///   (Call's template runs the common cases of builtins through `builtinCall` first);
/// - `loopHook` runs at a back edge when the function's loop hook is armed, and may send the
///   frame to the interpreter at the loop header.
///
/// A helper returns 0 when the frame goes on to the next instruction, 1 when it jumped to the
/// instruction's target, and 2 when the frame leaves compiled code: it threw (the error waits
/// in `Runtime.pendingError`) or goes on in the interpreter (at `Runtime.pendingHandoff`), and
/// the Swift code that entered compiled code takes it from there.
///
/// Helpers borrow the runtime from the context pointer (`_withUnsafeGuaranteedRef`), so a call
/// costs no reference counting: the runtime outlives every frame of compiled code.
enum BaselineHelpers {
    typealias Helper = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UInt32) -> UInt64

    static let proceed: UInt64 = 0, jumped: UInt64 = 1, exit: UInt64 = 2

    static let step: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineStep(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc)) }
    }

    static let loopHook: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineLoopHook(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc)) }
    }

    static let call: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineCall(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc)) }
    }

    /// Opcodes whose slow path is one runtime call: the helper does just that, without
    /// entering the interpreter (the interpreter's handler calls the same runtime function).
    static let add: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineSimple(frame.assumingMemoryBound(to: Value.self), Int(pc)) { runtime, regs, slots, instruction throws(JsError) in
            guard case .add(let dst, let lhs, let rhs, let slot) = instruction else { preconditionFailure("Add's helper") }
            regs[Int(dst.value)] = try runtime.add(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
        } }
    }

    static let typeOf: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineSimple(frame.assumingMemoryBound(to: Value.self), Int(pc)) { runtime, regs, _, instruction throws(JsError) in
            guard case .typeOf(let dst, let src) = instruction else { preconditionFailure("TypeOf's helper") }
            regs[Int(dst.value)] = runtime.typeOf(regs[Int(src.value)])
        } }
    }

    static let newObject: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineSimple(frame.assumingMemoryBound(to: Value.self), Int(pc)) { runtime, regs, _, instruction throws(JsError) in
            guard case .newObject(let dst) = instruction else { preconditionFailure("NewObject's helper") }
            regs[Int(dst.value)] = runtime.newObject()
        } }
    }

    /// Call's fast path for builtins (not a helper: it takes the call's values and returns the
    /// result, or 0 when the call helper must make the call).
    static let builtinCall: @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UInt64, UnsafeMutableRawPointer, Int) -> UInt64 = { context, callee, this, arguments, count in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef {
            $0.baselineBuiltinCall(callee, this: Value(bits: this), arguments: arguments.assumingMemoryBound(to: Value.self), count: count)
        }
    }

    /// `%` on two numbers, for Mod's and ModImm's templates: the interpreter's own operation.
    static let remainder: @convention(c) (Double, Double) -> Double = { $0.truncatingRemainder(dividingBy: $1) }

    /// The order of two flat strings, for the relational templates: the runtime's own comparison.
    static let compareStrings: @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int = {
        Runtime.compare(Runtime.flatUnits($0), Runtime.flatUnits($1))
    }

    /// The exit stub's: see `BaselineJIT.exitStub`.
    static let leave: Helper = { context, frame, _ in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.baselineLeave(frame: frame.assumingMemoryBound(to: Value.self)) }
    }

    /// The prologue's: the function's calls reached `optimizeAt`.
    static let optimizeHook: Helper = { context, frame, _ in
        Unmanaged<Runtime>.fromOpaque(context)._withUnsafeGuaranteedRef { runtime in
            runtime.optimizeOnCall(runtime.functionRecord(frame.assumingMemoryBound(to: Value.self)[Layout.Frame.callee].asCell).unsafelyUnwrapped)
            return BaselineHelpers.proceed
        }
    }

    static let all: [String: Helper] = ["step": step, "loopHook": loopHook, "call": call, "add": add, "typeOf": typeOf, "newObject": newObject,
                                        "leave": leave, "optimizeHook": optimizeHook]

    static func address(of name: String) -> UnsafeRawPointer? {
        all[name].map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
    }
}

extension Runtime {
    func baselineStep(frame: UnsafeMutablePointer<Value>, pc: Int) -> UInt64 {
        baselineHelperCalls &+= 1
        let record = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped
        do throws(JsError) {
            switch try step(frame: frame - registerFile, at: pc) {
            case .stepped(let next):
                // Baseline code allocates only in helpers: this is where it notices the limit.
                if heap.exhausted { throw outOfMemory }
                return next == pc + Int(Self.instructionLengths[Int(record.pointee.code[pc])]) ? BaselineHelpers.proceed : BaselineHelpers.jumped
            case .returned:
                preconditionFailure("Return has its own template")
            }
        } catch {
            return leave(with: error, record: record, pc: pc)
        }
    }
}

extension Runtime {
    /// Call and Construct from baseline code: what the interpreter's handler does, without
    /// entering the interpreter for the caller's instruction. The callee runs in its baseline
    /// code when it has some (or its counters say it should now), else in the interpreter.
    func baselineCall(frame: UnsafeMutablePointer<Value>, pc: Int) -> UInt64 {
        baselineHelperCalls &+= 1
        activeFrame = frame - registerFile   // the top frame: Construct allocates
        let record = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped
        let code = record.pointee.code + pc
        let isConstruct = code.pointee == Opcode.construct.rawValue
        let regs = frame + Self.headerSlots
        do throws(JsError) {
            let (dst, calleeRegister, first, count, slot): (Register, Register, Register, OperandCount, FeedbackSlot)
            switch Instruction.decodeUnchecked(code) {
            case .call(let d, let c, let f, let n, let s), .construct(let d, let c, let f, let n, let s): (dst, calleeRegister, first, count, slot) = (d, c, f, n, s)
            default: preconditionFailure("the call helper is Call's and Construct's")
            }
            let callee = regs[Int(calleeRegister.value)]
            guard callee.isFunction else { throw notCallable(record, pc, construct: isConstruct) }
            let cell = callee.asCell
            record.pointee.slots[Int(slot.value)].recordCall(cell)
            let argumentCount = Int(count.value)
            let arguments = regs + Int(first.value) + 1
            guard let target = functionRecord(cell) else {
                regs[Int(dst.value)] = try callBuiltin(cell, construct: isConstruct, from: record, at: pc, this: regs[Int(first.value)],
                                                       arguments: arguments, count: argumentCount)
                return BaselineHelpers.proceed
            }
            let fp = frame - registerFile
            // After the frame, and after an optimized frame's spill slots when it is one.
            let newFp = fp + max(Self.headerSlots + record.pointee.registerCount, scanTop - fp)
            let receiver = isConstruct ? newObject(shape: target.pointee.info.takeUnretainedValue().initialShape) : regs[Int(first.value)]
            _ = try pushFrame(at: newFp, record: target, callerFrame: fp, returnOffset: pc, callee: callee,
                              this: receiver, arguments: arguments, count: argumentCount)
            if heap.exhausted { throw outOfMemory }
            let result: Value
            if let entry = baselineEntry(target, invocationThreshold: tierUp.invocations) {
                result = try enterBaseline(frame: newFp, at: entry)
            } else {
                result = try interpret(entryFrame: newFp)
            }
            regs[Int(dst.value)] = isConstruct && !result.isObjectLike ? receiver : result
            return BaselineHelpers.proceed
        } catch {
            return leave(with: error, record: record, pc: pc)
        }
    }
}

extension Runtime {
    /// A helper's error: located at the instruction if it is not yet, left for the Swift code
    /// that entered compiled code; the helper answers `exit`.
    func leave(with error: JsError, record: UnsafeMutablePointer<FunctionRecord>, pc: Int) -> UInt64 {
        var located = error
        if located.location == nil { located.location = record.pointee.info.takeUnretainedValue().chunk.location(at: pc) }
        pendingError = located
        return BaselineHelpers.exit
    }

    /// Runs `body` on the instruction at `pc` of the frame, the way every single-call helper
    /// does: the frame is the top one for the collector, errors are located and left in
    /// `pendingError`, and an allocation past the heap limit is an error.
    @inline(__always)
    func baselineSimple(_ frame: UnsafeMutablePointer<Value>, _ pc: Int,
                        _ body: (Runtime, UnsafeMutablePointer<Value>, UnsafeMutablePointer<FeedbackSlotProfile>, Instruction) throws(JsError) -> Void) -> UInt64 {
        baselineHelperCalls &+= 1
        activeFrame = frame - registerFile
        let record = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped
        do throws(JsError) {
            try body(self, frame + Self.headerSlots, record.pointee.slots, Instruction.decodeUnchecked(record.pointee.code + pc))
            if heap.exhausted { throw outOfMemory }
            return BaselineHelpers.proceed
        } catch {
            return leave(with: error, record: record, pc: pc)
        }
    }
}

extension Runtime {
    /// The frame leaves its baseline code through the exit stub: with an error pending, 0 (the
    /// caller's code leaves too, up to the Swift code that entered compiled code); handed to the
    /// interpreter at a loop header, the interpreter runs it to its return, and that is the
    /// frame's result (so the frame's callers, native or not, go on as after any return).
    func baselineLeave(frame: UnsafeMutablePointer<Value>) -> UInt64 {
        guard pendingError == nil, let handoff = pendingHandoff else { return 0 }
        pendingHandoff = nil
        do {
            switch handoff {
            case .interpreter(let offset): return try interpret(entryFrame: frame - registerFile, at: offset).bits
            case .optimized(let entry): return try enterBaseline(frame: frame - registerFile, at: entry).bits
            }
        } catch {
            pendingError = error
            return 0
        }
    }
}

extension Runtime {
    /// The common cases of builtin calls from baseline code: those in which the builtin can
    /// neither allocate nor throw, so no frame needs to be visible to the collector and no error
    /// to be located. It runs them with the interpreter's own `callBuiltin`; anything else
    /// answers 0 (the empty value, never a result) and the call helper makes the call.
    func baselineBuiltinCall(_ callee: UnsafeMutableRawPointer, this: Value, arguments: UnsafeMutablePointer<Value>, count: Int) -> UInt64 {
        baselineBuiltinCalls &+= 1
        guard let builtin = Builtin(rawValue: Int(callee.aux)), runsWithoutAllocating(builtin, this: this, arguments: arguments, count: count) else { return 0 }
        do {
            return try callBuiltin(builtin, this: this, arguments: arguments, count: count).bits
        } catch {
            return 0   // the heap limit (push): the helper throws it, located
        }
    }

    private func runsWithoutAllocating(_ builtin: Builtin, this: Value, arguments: UnsafeMutablePointer<Value>, count: Int) -> Bool {
        switch builtin {
        case .mathAbs, .mathFloor, .mathCeil, .mathRound, .mathTrunc, .mathSign, .mathSqrt, .mathCbrt, .mathPow, .mathMin, .mathMax,
             .mathSin, .mathCos, .mathTan, .mathAsin, .mathAcos, .mathAtan, .mathAtan2, .mathExp, .mathLog, .mathLog2, .mathLog10, .mathHypot:
            // Numbers convert to themselves: no valueOf to run, nothing allocated.
            for i in 0..<count where !arguments[i].isNumber { return false }
            return true
        case .stringCharCodeAt:
            return this.isString && isFlat(this) && (count == 0 || arguments[0].isNumber)
        case .stringFromCharCode:
            guard count == 1, arguments[0].isInt32 else { return false }
            let unit = UInt16(truncatingIfNeeded: arguments[0].asInt32)
            return unit < 256 && !characterTable[Int(unit)].isEmpty
        case .arrayPush:
            return this.isDenseArray && count > 0 && arrayLength(this.asCell) + count <= elementCapacity(this.asCell)
        case .arrayPop:
            return this.isDenseArray
        default:
            return false
        }
    }
}
