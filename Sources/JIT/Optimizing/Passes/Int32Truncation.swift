/// Turns double arithmetic that is only ever truncated back to int32 into wrapping int32
/// arithmetic, as TurboFan's truncation analysis does: `(h * 31 + i) | 0` profiles as double
/// (h * 31 overflows int32), but ToInt32 of an exact sum or product of int32s is the low 32
/// bits of the integer result, which `imul` and `add` compute directly.
///
/// The rewrite is exact only while every intermediate double is exact, so the pass bounds the
/// magnitude of each node (int32 leaves 2^31, a uint32 2^32, an integral constant itself; a sum
/// the sum of bounds, a product their product) and rewrites a `DoubleToInt32` only when no node
/// of its tree can reach 2^53. The double ops stay for their other uses; dead code elimination
/// removes the rest.
public enum Int32Truncation: IRPass {
    public static let name = "int32 truncation"

    static let exactLimit = 9007199254740992.0   // 2^53

    public static func run(_ function: IRFunction, _ context: PassContext) {
        for block in function.liveBlocks {
            for value in function[block].ops where function[value].opcode == .doubleToInt32 {
                let input = function[value].inputs[0]
                // A lone conversion (no arithmetic in between) has nothing to gain.
                let arithmetic: Set<IROpcode> = [.doubleAdd, .doubleSub, .doubleMul]
                guard arithmetic.contains(function[input].opcode), bound(input, function) != nil else { continue }
                let replacement = rewrite(input, before: value, function)
                function.replaceUses([value: replacement])
                function.remove(value)
            }
        }
    }

    /// The largest magnitude the double `value` can have, when it is an exact integer
    /// expression below 2^53; nil otherwise.
    static func bound(_ value: ValueID, _ f: IRFunction) -> Double? {
        let op = f[value]
        let result: Double?
        switch op.opcode {
        case .int32ToDouble:
            if let c = ConstantFolding.int32(op.inputs[0], f) { result = Double(c.magnitude) } else { result = 2147483648 }
        case .uint32ToDouble: result = 4294967295
        case .doubleConstant:
            let c = Double(bitPattern: UInt64(bitPattern: op.attributes[0]))
            result = Int32(exactly: c) != nil ? c.magnitude : nil
        case .doubleAdd, .doubleSub:
            guard let a = bound(op.inputs[0], f), let b = bound(op.inputs[1], f) else { return nil }
            result = a + b
        case .doubleMul:
            guard let a = bound(op.inputs[0], f), let b = bound(op.inputs[1], f) else { return nil }
            result = a * b
        default:
            result = nil
        }
        guard let result, result < exactLimit else { return nil }
        return result
    }

    /// The int32 that is ToInt32 of `value` (whose bound is known), built before `position`.
    static func rewrite(_ value: ValueID, before position: ValueID, _ f: IRFunction) -> ValueID {
        let op = f[value]
        switch op.opcode {
        case .int32ToDouble, .uint32ToDouble:
            return op.inputs[0]
        case .doubleConstant:
            let c = Int32(Double(bitPattern: UInt64(bitPattern: op.attributes[0])))
            return f.insert(.int32Constant, attributes: [Int64(c)], before: position)
        default:
            let lhs = rewrite(op.inputs[0], before: position, f), rhs = rewrite(op.inputs[1], before: position, f)
            let opcode: IROpcode = op.opcode == .doubleAdd ? .int32AddTruncated : op.opcode == .doubleSub ? .int32SubTruncated : .int32MulTruncated
            return f.insert(opcode, [lhs, rhs], before: position)
        }
    }
}
