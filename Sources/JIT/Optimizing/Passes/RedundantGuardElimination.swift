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
        var stack: [(BlockID, Facts)] = flow.roots.reversed().map { ($0, Facts()) }
        while let (block, inherited) = stack.popLast() {
            // Facts flow only into a block whose single predecessor is its dominator.
            let predecessors = function[block].predecessors
            var facts = predecessors.count <= 1 && predecessors.first.map({ flow.immediateDominator[block] == $0 }) ?? true ? inherited : Facts()
            for value in function[block].ops {
                let op = function[value]
                // A checked cell is its unchecked value: facts about one hold for the other.
                let inputs = op.inputs.map { DeadCodeElimination.unchecked(replacements[$0] ?? $0, function) }
                switch op.opcode {
                case .checkShape:
                    let fact = ShapeFact(value: inputs[0], shape: op.attributes[0])
                    if let proved = facts.shapes[fact] { replacements[value] = proved } else { facts.shapes[fact] = value }
                case .checkArray:
                    if let proved = facts.arrays[inputs[0]] { replacements[value] = proved } else { facts.arrays[inputs[0]] = value }
                case .checkString:
                    if let proved = facts.strings[inputs[0]] { replacements[value] = proved } else { facts.strings[inputs[0]] = value }
                case .unboxInt32:
                    if let proved = facts.int32s[inputs[0]] { replacements[value] = proved } else { facts.int32s[inputs[0]] = value }
                case .unboxNumber:
                    if let proved = facts.int32s[inputs[0]] { inserted.append((value, .int32ToDouble, proved)) }
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
                    // A call may change any object's shape and add globals; what values are
                    // (int32s, arrays, strings) it cannot change.
                    if op.info.calls {
                        facts.shapes = [:]
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
        for (value, opcode, input) in inserted where !function[value].isRemoved {
            let converted = function.insert(opcode, [input], before: value)
            function.replaceUses([value: converted])
            function.remove(value)
        }
    }
}
