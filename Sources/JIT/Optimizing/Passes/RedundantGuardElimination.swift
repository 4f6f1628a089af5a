/// Removes guards that a dominating guard already implies, tracking what each guard proved
/// along the dominator tree and forgetting only what an op can falsify. Unlike value numbering,
/// which forgets every shape check at any shape write, it knows that `AddSlot` changes the
/// shape of one object only: an object proved to have another shape than the one that object
/// had cannot be it, so its fact survives, and the object itself is proved to have its new shape.
/// It also uses implications between guards: a value unboxed as an int32 is a number, so a
/// later `UnboxNumber` of it is the int32 converted.
public enum RedundantGuardElimination: IRPass {
    public static let name = "redundant guard elimination"

    /// What dominating guards proved, and the values that stand for each proof.
    struct Facts {
        /// (value, shape) → the checked cell.
        var shapes: [ShapeFact: ValueID] = [:]
        /// value → its unboxed int32.
        var int32s: [ValueID: ValueID] = [:]
        /// value → the same value checked as an array, or a string.
        var arrays: [ValueID: ValueID] = [:]
        var strings: [ValueID: ValueID] = [:]
        /// The global object's shape, when checked.
        var globalShape: Int64?
        /// int32s below some int32 (so + 1 cannot overflow), above some int32 (- 1 cannot),
        /// and at least 0 (subtracting a non-negative constant cannot): from bounds checks and
        /// the compares of the branches that lead here.
        var belowInt32Max: Set<ValueID> = []
        var aboveInt32Min: Set<ValueID> = []
        var nonNegative: Set<ValueID> = []
    }

    struct ShapeFact: Hashable {
        var value: ValueID
        var shape: Int64
    }

    public static func run(_ function: IRFunction, _ context: PassContext) {
        let flow = ControlFlowGraph(function)
        let children = flow.dominatorChildren
        var replacements: [ValueID: ValueID] = [:]
        var inserted: [(ValueID, IROpcode, ValueID)] = []   // (replaced op, new opcode, input)
        var truncated: [(ValueID, IROpcode)] = []   // checked arithmetic that cannot overflow
        var stack: [(BlockID, Facts)] = flow.roots.reversed().map { ($0, Facts()) }
        // A call may make an array sparse, which CheckArray rejects: where the function calls,
        // array facts flow as shape facts do.
        let calls = function.blocks.contains { block in block.ops.contains { function[$0].info.calls } }
        while let (block, inherited) = stack.popLast() {
            // What values are (bounds, int32s, arrays, strings) holds wherever the proof
            // dominates; shapes can change on the way to a join, so they flow only into a block
            // whose single predecessor is its dominator.
            let predecessors = function[block].predecessors
            var facts = inherited
            if !(predecessors.count <= 1 && predecessors.first.map({ flow.immediateDominator[block] == $0 }) ?? true) {
                facts.shapes = [:]
                facts.globalShape = nil
                if calls { facts.arrays = [:] }
            }
            if predecessors.count == 1 { learnFromBranch(into: block, from: predecessors[0], function, replacements, &facts) }
            for value in function[block].ops {
                let op = function[value]
                // A checked cell is its unchecked value: facts about one hold for the other.
                let inputs = op.inputs.map { DeadCodeElimination.unchecked(replacements[$0] ?? $0, function) }
                switch op.opcode {
                case .checkShape:
                    let fact = ShapeFact(value: inputs[0], shape: op.attributes[0])
                    if let proved = facts.shapes[fact] { replacements[value] = proved } else { facts.shapes[fact] = value }
                case .checkArray, .checkArrayNonEmpty:
                    if let proved = facts.arrays[inputs[0]] { replacements[value] = proved } else { facts.arrays[inputs[0]] = value }
                case .checkString:
                    if let proved = facts.strings[inputs[0]] { replacements[value] = proved } else { facts.strings[inputs[0]] = value }
                case .unboxInt32:
                    if let proved = facts.int32s[inputs[0]] { replacements[value] = proved } else { facts.int32s[inputs[0]] = value }
                case .unboxNumber:
                    if let proved = facts.int32s[inputs[0]] { inserted.append((value, .int32ToDouble, proved)) }
                case .checkBounds:
                    // 0 <= index < length <= Int32.max.
                    for index in [inputs[0], value] {
                        facts.belowInt32Max.insert(index)
                        facts.nonNegative.insert(index)
                    }
                case .int32Add, .int32Sub:
                    if cannotOverflow(op.opcode, inputs, function, facts) {
                        truncated.append((value, op.opcode == .int32Add ? .int32AddTruncated : .int32SubTruncated))
                    }
                case .checkGlobalShape:
                    if facts.globalShape == op.attributes[0] { replacements[value] = value } else { facts.globalShape = op.attributes[0] }
                case .addSlot:
                    // Only the object stored to changes shape: facts about objects proved to
                    // have another shape than it had stay true.
                    let object = inputs[0]
                    let oldShapes = Set(facts.shapes.filter { $0.key.value == object }.map { $0.key.shape })
                    // Not knowing the shape it had, any object may be it.
                    facts.shapes = oldShapes.isEmpty ? [:] : facts.shapes.filter { fact, _ in fact.value != object && !oldShapes.contains(fact.shape) }
                    facts.shapes[ShapeFact(value: object, shape: op.attributes[0])] = replacements[op.inputs[0]] ?? op.inputs[0]
                default:
                    // A call may change any object's shape, make an array sparse and add
                    // globals; what values are (int32s, strings) it cannot change.
                    if op.info.calls {
                        facts.shapes = [:]
                        facts.arrays = [:]
                        facts.globalShape = nil
                    }
                }
            }
            for child in (children[block] ?? []).reversed() { stack.append((child, facts)) }
        }
        // A repeated CheckGlobalShape replaces itself: it simply goes.
        let removals = replacements.filter { $0.key == $0.value }.map(\.key)
        for value in removals { replacements[value] = nil }
        function.replaceUses(replacements)
        function.remove(all: Array(replacements.keys) + removals)
        func rewrite(_ value: ValueID, as opcode: IROpcode, _ inputs: [ValueID]) {
            let converted = function.insert(opcode, inputs, before: value)
            function.replaceUses([value: converted])
            function.remove(value)
        }
        for (value, opcode, input) in inserted where !function[value].isRemoved { rewrite(value, as: opcode, [input]) }
        // The same arithmetic without its overflow check (nor the frame state for it).
        for (value, opcode) in truncated where !function[value].isRemoved { rewrite(value, as: opcode, function[value].inputs) }
    }

    /// What the branch ending `predecessor` proves on its edge to `block`: `a < b` of int32s
    /// leaves room above a and below b; `a >= 0` (or > -1) makes a non-negative.
    static func learnFromBranch(into block: BlockID, from predecessor: BlockID, _ function: IRFunction,
                                _ replacements: [ValueID: ValueID], _ facts: inout Facts) {
        let successors = function[predecessor].successors
        guard successors.count == 2, successors[0] != successors[1], let branch = function.terminator(of: predecessor),
              function[branch].opcode == .branch else { return }
        let compare = function[branch].inputs[0]
        guard function[compare].opcode == .int32Compare, var condition = IRCondition(rawValue: function[compare].attributes[0]) else { return }
        var (lhs, rhs) = (function[compare].inputs[0], function[compare].inputs[1])
        lhs = replacements[lhs] ?? lhs
        rhs = replacements[rhs] ?? rhs
        if block == successors[1] {
            switch condition {
            case .eq: condition = .ne
            case .ne: condition = .eq
            case .lt: condition = .ge
            case .le: condition = .gt
            case .gt: condition = .le
            case .ge: condition = .lt
            }
        }
        // As `less < greater` or `less <= greater`.
        let (less, greater, strict): (ValueID, ValueID, Bool)
        switch condition {
        case .lt: (less, greater, strict) = (lhs, rhs, true)
        case .le: (less, greater, strict) = (lhs, rhs, false)
        case .gt: (less, greater, strict) = (rhs, lhs, true)
        case .ge: (less, greater, strict) = (rhs, lhs, false)
        case .eq, .ne: return
        }
        if strict {
            facts.belowInt32Max.insert(less)
            facts.aboveInt32Min.insert(greater)
        }
        if let bound = int32Constant(less, function), bound >= (strict ? -1 : 0) { facts.nonNegative.insert(greater) }
    }

    /// Whether `lhs + rhs` or `lhs - rhs` stays an int32, by the facts about an operand and
    /// a constant other one.
    static func cannotOverflow(_ opcode: IROpcode, _ inputs: [ValueID], _ function: IRFunction, _ facts: Facts) -> Bool {
        func fits(_ value: ValueID, plus constant: Int64) -> Bool {
            constant == 0 || (constant == 1 && facts.belowInt32Max.contains(value))
                || (constant == -1 && facts.aboveInt32Min.contains(value)) || (constant < 0 && facts.nonNegative.contains(value))
        }
        if opcode == .int32Add {
            if let constant = int32Constant(inputs[1], function) { return fits(inputs[0], plus: constant) }
            if let constant = int32Constant(inputs[0], function) { return fits(inputs[1], plus: constant) }
            return false
        }
        guard let constant = int32Constant(inputs[1], function) else { return false }
        return fits(inputs[0], plus: -constant)
    }

    static func int32Constant(_ value: ValueID, _ function: IRFunction) -> Int64? {
        function[value].opcode == .int32Constant ? function[value].attributes[0] : nil
    }
}
