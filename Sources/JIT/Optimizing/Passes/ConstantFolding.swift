/// Computes at compile time what needs no run time: arithmetic, comparisons and conversions of
/// constants (as JS computes them: an int32 operation that would overflow or give -0 is left to
/// its guard), identities (`x + 0`, `x | 0`, a shift by 0), box/unbox pairs (`UnboxInt32
/// (BoxInt32 x)` is x), guards whose check is known to pass (`>>>` by 1 to 31 always fits
/// int32), and branches on constants, whose untaken edge goes away.
public enum ConstantFolding: IRPass {
    public static let name = "constant folding"

    /// What an op folds to.
    enum Fold {
        case value(ValueID)
        case op(IROpcode, [ValueID], [Int64])
    }

    public static func run(_ function: IRFunction, _ context: PassContext) {
        var changed = true
        var rounds = 0
        while changed && rounds < 8 {
            changed = false
            rounds += 1
            // Replacements are applied to each op's inputs as the walk reaches it (blocks in
            // reverse postorder, so definitions come first except around loops), and to
            // everything else once at the end of the round.
            var replacements: [ValueID: ValueID] = [:]
            var removed: [ValueID] = []
            for block in ControlFlowGraph(function).reversePostorder where !function[block].isRemoved {
                for value in function[block].ops where !function[value].isRemoved {
                    if function[value].inputs.contains(where: { replacements[$0] != nil }) {
                        function[value].inputs = function[value].inputs.map { replacements[$0] ?? $0 }
                    }
                    if function[value].opcode == .branch {
                        if foldBranch(value, in: function) { changed = true }
                        continue
                    }
                    guard let fold = fold(value, in: function) else { continue }
                    let replacement: ValueID
                    switch fold {
                    case .value(let existing): replacement = existing
                    case .op(let opcode, let inputs, let attributes):
                        replacement = function.insert(opcode, inputs, attributes: attributes, before: value,
                                                      frameState: opcode.info.isGuard ? function[value].frameState : nil,
                                                      bytecodeOffset: function[value].bytecodeOffset)
                    }
                    replacements[value] = replacements[replacement] ?? replacement
                    removed.append(value)
                    changed = true
                }
            }
            function.replaceUses(replacements)
            function.remove(all: removed)
        }
        DeadCodeElimination.removeUnreachableBlocks(function)
    }

    // MARK: Reading constants

    static func int32(_ value: ValueID, _ f: IRFunction) -> Int32? {
        f[value].opcode == .int32Constant ? Int32(truncatingIfNeeded: f[value].attributes[0]) : nil
    }

    static func double(_ value: ValueID, _ f: IRFunction) -> Double? {
        f[value].opcode == .doubleConstant ? Double(bitPattern: UInt64(bitPattern: f[value].attributes[0])) : nil
    }

    static func boolean(_ value: ValueID, _ f: IRFunction) -> Bool? {
        f[value].opcode == .booleanConstant ? f[value].attributes[0] != 0 : nil
    }

    static func boxed(_ value: ValueID, _ f: IRFunction) -> Value? {
        f[value].opcode == .constant ? Value(bits: UInt64(bitPattern: f[value].attributes[0])) : nil
    }

    static func int32Constant(_ x: Int32) -> Fold { .op(.int32Constant, [], [Int64(x)]) }
    static func doubleConstant(_ x: Double) -> Fold { .op(.doubleConstant, [], [Int64(bitPattern: x.bitPattern)]) }
    static func booleanConstant(_ x: Bool) -> Fold { .op(.booleanConstant, [], [x ? 1 : 0]) }
    static func boxedConstant(_ x: Value) -> Fold { .op(.constant, [], [Int64(bitPattern: x.bits)]) }

    static func compare<T: Comparable>(_ a: T, _ b: T, _ condition: IRCondition) -> Bool {
        switch condition {
        case .eq: return a == b
        case .ne: return a != b
        case .lt: return a < b
        case .le: return a <= b
        case .gt: return a > b
        case .ge: return a >= b
        }
    }

    // MARK: Folding

    static func fold(_ value: ValueID, in f: IRFunction) -> Fold? {
        let op = f[value]
        let inputs = op.inputs
        func c(_ i: Int) -> Int32? { int32(inputs[i], f) }
        func d(_ i: Int) -> Double? { double(inputs[i], f) }
        func definer(_ i: Int) -> IROp { f[inputs[i]] }
        switch op.opcode {
        case .int32Add:
            if let a = c(0), let b = c(1) { let (r, o) = a.addingReportingOverflow(b); return o ? nil : int32Constant(r) }
            if c(1) == 0 { return .value(inputs[0]) }
            if c(0) == 0 { return .value(inputs[1]) }
        case .int32Sub:
            if let a = c(0), let b = c(1) { let (r, o) = a.subtractingReportingOverflow(b); return o ? nil : int32Constant(r) }
            if c(1) == 0 { return .value(inputs[0]) }
        case .int32Mul:
            if let a = c(0), let b = c(1) {
                let (r, o) = a.multipliedReportingOverflow(by: b)
                return o || (r == 0 && (a < 0 || b < 0)) ? nil : int32Constant(r)
            }
            if c(1) == 1 { return .value(inputs[0]) }
            if c(0) == 1 { return .value(inputs[1]) }
        case .int32AddTruncated:
            if let a = c(0), let b = c(1) { return int32Constant(a &+ b) }
            if c(1) == 0 { return .value(inputs[0]) }
        case .int32SubTruncated:
            if let a = c(0), let b = c(1) { return int32Constant(a &- b) }
        case .int32MulTruncated:
            if let a = c(0), let b = c(1) { return int32Constant(a &* b) }
        case .int32Mod:
            if let a = c(0), let b = c(1), a >= 0, b > 0 { return int32Constant(a % b) }
        case .int32Negate:
            if let a = c(0), a != 0, a != .min { return int32Constant(-a) }
        case .int32BitAnd:
            if let a = c(0), let b = c(1) { return int32Constant(a & b) }
            if c(1) == -1 { return .value(inputs[0]) }
        case .int32BitOr:
            if let a = c(0), let b = c(1) { return int32Constant(a | b) }
            if c(1) == 0 { return .value(inputs[0]) }
            if c(0) == 0 { return .value(inputs[1]) }
        case .int32BitXor:
            if let a = c(0), let b = c(1) { return int32Constant(a ^ b) }
            if c(1) == 0 { return .value(inputs[0]) }
        case .int32ShiftLeft:
            if let a = c(0), let b = c(1) { return int32Constant(a << (b & 31)) }
            if let b = c(1), b & 31 == 0 { return .value(inputs[0]) }
        case .int32ShiftRight:
            if let a = c(0), let b = c(1) { return int32Constant(a >> (b & 31)) }
            if let b = c(1), b & 31 == 0 { return .value(inputs[0]) }
        case .int32ShiftRightUnsigned:
            if let a = c(0), let b = c(1) {
                let r = UInt32(bitPattern: a) >> UInt32(b & 31)
                return r <= UInt32(Int32.max) ? int32Constant(Int32(r)) : nil
            }
            // A shift by 1 to 31 clears the sign bit: the result always fits.
            if let b = c(1), b & 31 != 0 { return .op(.int32ShiftRightLogical, inputs, []) }
        case .int32ShiftRightLogical:
            if let a = c(0), let b = c(1) { return int32Constant(Int32(bitPattern: UInt32(bitPattern: a) >> UInt32(b & 31))) }
        case .int32Compare:
            if let a = c(0), let b = c(1), let condition = IRCondition(rawValue: op.attributes[0]) { return booleanConstant(compare(a, b, condition)) }
        case .doubleAdd: if let a = d(0), let b = d(1) { return doubleConstant(a + b) }
        case .doubleSub: if let a = d(0), let b = d(1) { return doubleConstant(a - b) }
        case .doubleMul: if let a = d(0), let b = d(1) { return doubleConstant(a * b) }
        case .doubleDiv: if let a = d(0), let b = d(1) { return doubleConstant(a / b) }
        case .doubleMod: if let a = d(0), let b = d(1) { return doubleConstant(a.truncatingRemainder(dividingBy: b)) }
        case .doubleNegate: if let a = d(0) { return doubleConstant(-a) }
        case .doubleSqrt: if let a = d(0) { return doubleConstant(a.squareRoot()) }
        case .doubleCompare:
            if let a = d(0), let b = d(1), let condition = IRCondition(rawValue: op.attributes[0]) {
                // Every comparison with NaN is false, except "not equal".
                return booleanConstant(a.isNaN || b.isNaN ? condition == .ne : compare(a, b, condition))
            }
        case .int32ToDouble:
            if let a = c(0) { return doubleConstant(Double(a)) }
        case .uint32ToDouble:
            if let a = c(0) { return doubleConstant(Double(UInt32(bitPattern: a))) }
        case .doubleToInt32:
            if let a = d(0) { return int32Constant(JSNumber.toInt32(a)) }
            if definer(0).opcode == .int32ToDouble { return .value(definer(0).inputs[0]) }
        case .boxInt32:
            if let a = c(0) { return boxedConstant(Value(int32: a)) }
        case .boxDouble:
            if let a = d(0) { return boxedConstant(Value(number: a)) }
            if definer(0).opcode == .int32ToDouble { return .op(.boxInt32, [definer(0).inputs[0]], []) }
        case .boxBoolean:
            if let a = boolean(inputs[0], f) { return boxedConstant(Value(bool: a)) }
        case .unboxInt32:
            if definer(0).opcode == .boxInt32 { return .value(definer(0).inputs[0]) }
            if let known = boxed(inputs[0], f), known.isInt32 { return int32Constant(known.asInt32) }
        case .unboxNumber:
            if definer(0).opcode == .boxDouble { return .value(definer(0).inputs[0]) }
            if definer(0).opcode == .boxInt32 { return .op(.int32ToDouble, [definer(0).inputs[0]], []) }
            if let known = boxed(inputs[0], f), known.isNumber { return doubleConstant(known.asNumber) }
        case .unboxBoolean:
            if definer(0).opcode == .boxBoolean { return .value(definer(0).inputs[0]) }
            if let known = boxed(inputs[0], f), known.isBoolean { return booleanConstant(known.asBool) }
        case .toBoolean:
            if definer(0).opcode == .boxBoolean { return .value(definer(0).inputs[0]) }
            if definer(0).opcode == .boxInt32 { return .op(.int32Compare, [definer(0).inputs[0], f.insert(.int32Constant, attributes: [0], before: value)], [IRCondition.ne.rawValue]) }
            if let known = boxed(inputs[0], f), !known.isCell {
                if known.isBoolean { return booleanConstant(known.asBool) }
                if known.isUndefinedOrNull || known.isEmpty { return booleanConstant(false) }
                if known.isNumber { let n = known.asNumber; return booleanConstant(!(n == 0 || n.isNaN)) }
            }
        case .booleanNot:
            if let a = boolean(inputs[0], f) { return booleanConstant(!a) }
            if definer(0).opcode == .booleanNot { return .value(definer(0).inputs[0]) }
        case .identicalBits:
            if let a = boxed(inputs[0], f), let b = boxed(inputs[1], f), !a.isCell, !b.isCell, !(a.isNumber && b.isNumber) {
                return booleanConstant(a.bits == b.bits)
            }
        case .checkNotEmpty:
            if let known = boxed(inputs[0], f), !known.isEmpty { return .value(inputs[0]) }
        case .checkBounds:
            if let i = c(0), let n = c(1), i >= 0, i < n { return .value(inputs[0]) }
        default:
            break
        }
        return nil
    }

    /// A branch on a constant becomes a jump; a branch on a negation branches on what it negates,
    /// with the successors swapped.
    static func foldBranch(_ branch: ValueID, in f: IRFunction) -> Bool {
        let block = f[branch].block
        let condition = f[branch].inputs[0]
        if let taken = boolean(condition, f) {
            let successors = f[block].successors
            let kept = taken ? successors[0] : successors[1], dropped = taken ? successors[1] : successors[0]
            f.removeEdge(from: block, to: dropped)
            f.replaceTerminator(of: block, with: .jump)
            _ = kept
            return true
        }
        if f[condition].opcode == .booleanNot {
            f[branch].inputs = [f[condition].inputs[0]]
            var current = f[block]
            current.successors.reverse()
            f[block] = current
            return true
        }
        return false
    }
}
