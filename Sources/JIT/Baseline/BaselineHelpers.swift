/// The runtime helpers baseline templates call when their fast path does not apply. Each runs
/// the instruction at `pc` of the frame with the interpreter's semantics and records the same
/// feedback; it returns 0 to go on, 1 when a branch is taken, and 2 when it threw (the error
/// waits in `Runtime.pendingError` for whoever entered the code).
enum BaselineHelpers {
    typealias Helper = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UInt32) -> UInt64

    static let slowPath: Helper = { context, frame, pc in
        Unmanaged<Runtime>.fromOpaque(context).takeUnretainedValue()
            .baselineSlowPath(frame: frame.assumingMemoryBound(to: Value.self), pc: Int(pc))
    }

    /// Every helper the specs may name: they share one entry that dispatches on the instruction.
    static let names: Set<String> = [
        "add", "sub", "addImm", "subImm", "increment",
        "jumpIfNotLessThan", "jumpIfNotLessThanOrEqual", "jumpIfNotGreaterThan", "jumpIfNotGreaterThanOrEqual",
    ]

    static func address(of name: String) -> UnsafeRawPointer? {
        names.contains(name) ? unsafeBitCast(slowPath, to: UnsafeRawPointer.self) : nil
    }

    static let proceed: UInt64 = 0, branchTaken: UInt64 = 1, threw: UInt64 = 2
}

extension Runtime {
    func baselineSlowPath(frame: UnsafeMutablePointer<Value>, pc: Int) -> UInt64 {
        let record = functionRecord(frame[Layout.Frame.callee].asCell).unsafelyUnwrapped
        let regs = frame + Self.headerSlots
        let slots = record.pointee.slots
        @inline(__always) func branch(_ condition: Bool) -> UInt64 { condition ? BaselineHelpers.proceed : BaselineHelpers.branchTaken }
        do throws(JsError) {
            switch Instruction.decodeUnchecked(record.pointee.code + pc) {
            case .add(let dst, let lhs, let rhs, let slot):
                regs[Int(dst.value)] = try addGeneric(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
            case .sub(let dst, let lhs, let rhs, let slot):
                regs[Int(dst.value)] = subGeneric(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
            case .addImm(let dst, let lhs, let value, let slot):
                regs[Int(dst.value)] = try addGeneric(regs[Int(lhs.value)], Value(int32: value.value), slots + Int(slot.value))
            case .subImm(let dst, let lhs, let value, let slot):
                regs[Int(dst.value)] = subGeneric(regs[Int(lhs.value)], Value(int32: value.value), slots + Int(slot.value))
            case .increment(let dst, let src, let slot):
                let a = regs[Int(src.value)]
                slots[Int(slot.value)].types.formUnion(numericFeedback(a, a))
                regs[Int(dst.value)] = Value(number: number(a) + 1)
            case .jumpIfNotLessThan(let lhs, let rhs, let slot, _):
                return branch(relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .less, slots + Int(slot.value)))
            case .jumpIfNotLessThanOrEqual(let lhs, let rhs, let slot, _):
                return branch(relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .lessEqual, slots + Int(slot.value)))
            case .jumpIfNotGreaterThan(let lhs, let rhs, let slot, _):
                return branch(relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .greater, slots + Int(slot.value)))
            case .jumpIfNotGreaterThanOrEqual(let lhs, let rhs, let slot, _):
                return branch(relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .greaterEqual, slots + Int(slot.value)))
            case let other:
                // Only opcodes whose templates name a helper get here (BaselineHelpers.names).
                preconditionFailure("no baseline slow path for \(other.opcode.info.name)")
            }
            return BaselineHelpers.proceed
        } catch {
            pendingError = error
            return BaselineHelpers.threw
        }
    }

    /// `a + b` once the int32 fast path has not applied, with the interpreter's feedback.
    func addGeneric(_ a: Value, _ b: Value, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) throws(JsError) -> Value {
        if a.isInt32 && b.isInt32 {
            let (sum, overflow) = a.asInt32.addingReportingOverflow(b.asInt32)
            if !overflow {
                slot.pointee.types.formUnion(.int32)
                return Value(int32: sum)
            }
            slot.pointee.types.formUnion(.overflow)
        }
        if a.isNumber && b.isNumber {
            slot.pointee.types.formUnion(.double)
            return Value(number: a.asNumber + b.asNumber)
        }
        if a.isString && b.isString {
            slot.pointee.types.formUnion(.string)
            return try concatenate(a, b)
        }
        slot.pointee.types.formUnion(a.isString || b.isString ? .string : .other)
        return try add(a, b)
    }

    /// `a - b` once the int32 fast path has not applied, with the interpreter's feedback.
    func subGeneric(_ a: Value, _ b: Value, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) -> Value {
        if a.isInt32 && b.isInt32 {
            let (difference, overflow) = a.asInt32.subtractingReportingOverflow(b.asInt32)
            if !overflow {
                slot.pointee.types.formUnion(.int32)
                return Value(int32: difference)
            }
            slot.pointee.types.formUnion(.overflow)
        }
        slot.pointee.types.formUnion(numericFeedback(a, b))
        return Value(number: number(a) - number(b))
    }
}
