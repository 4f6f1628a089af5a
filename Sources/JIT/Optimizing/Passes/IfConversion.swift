/// Turns a conditional increment (`if (flags[k]) count++`) into an add of the condition: an
/// arm that only adds or subtracts 1 from a value the join merges with the value itself runs in
/// the branching block as `count + Int32FromBoolean(flag)`, and the branch becomes a jump. A
/// condition that follows the data (which numbers are prime) mispredicts a branch often; an add
/// never does.
///
/// The add keeps its overflow guard and frame state: adding 0 cannot overflow, so a failure
/// means the flag was 1, and the interpreter resumes at the increment as the arm would have.
/// Values the arm defines besides the add may only be constants (they move along); the join
/// must have just the two ways in, and its other phis the same input from both.
public enum IfConversion: IRPass {
    public static let name = "if conversion"

    public static func run(_ function: IRFunction, _ context: PassContext) {
        for block in function.liveBlocks where !function[block].isRemoved {
            convert(block, function)
        }
    }

    static func convert(_ block: BlockID, _ function: IRFunction) {
        guard let branch = function.terminator(of: block), function[branch].opcode == .branch else { return }
        let successors = function[block].successors
        guard successors.count == 2, successors[0] != successors[1] else { return }
        for (armIndex, arm) in successors.enumerated() {
            let join = successors[1 - armIndex]
            guard function[arm].predecessors == [block], function[arm].successors == [join],
                  Set(function[join].predecessors) == [block, arm], function[join].predecessors.count == 2,
                  let step = increment(in: arm, function) else { continue }
            let fromBlock = function[join].predecessors.firstIndex(of: block)!, fromArm = 1 - fromBlock
            let phis = function[join].ops.filter(function.isPhi)
            let changed = phis.filter { function[$0].inputs[fromBlock] != function[$0].inputs[fromArm] }
            guard changed.count == 1, let merged = changed.first,
                  function[merged].inputs[fromArm] == step, function[merged].inputs[fromBlock] == function[step].inputs[0] else { continue }
            rewrite(block, arm: arm, join: join, negate: armIndex == 1, step: step, merged: merged, function)
            return
        }
    }

    /// The arm's one `Int32Add x, 1` or `Int32Sub x, 1`, when everything else in it is a
    /// constant and its jump.
    static func increment(in arm: BlockID, _ function: IRFunction) -> ValueID? {
        var step: ValueID?
        for value in function[arm].ops {
            let op = function[value]
            switch op.opcode {
            case .jump, .int32Constant: continue
            case .int32Add, .int32Sub:
                guard step == nil, op.inputs.count == 2, function[op.inputs[1]].opcode == .int32Constant, function[op.inputs[1]].attributes[0] == 1 else { return nil }
                step = value
            default: return nil
            }
        }
        return step
    }

    static func rewrite(_ block: BlockID, arm: BlockID, join: BlockID, negate: Bool, step: ValueID, merged: ValueID, _ function: IRFunction) {
        let branch = function.terminator(of: block)!
        var condition = function[branch].inputs[0]
        for value in function[arm].ops where function[value].opcode == .int32Constant { function.move(value, beforeTerminatorOf: block) }
        if negate { condition = function.insert(.booleanNot, [condition], before: branch) }
        let amount = function.insert(.int32FromBoolean, [condition], before: branch)
        let op = function[step]
        let sum = function.insert(op.opcode, [op.inputs[0], amount], before: branch, frameState: op.frameState, bytecodeOffset: op.bytecodeOffset)
        function.replaceUses([merged: sum])
        function.remove(merged)
        function.removeEdge(from: block, to: arm)
        function.removeBlock(arm)
        function.replaceTerminator(of: block, with: .jump)
    }
}
