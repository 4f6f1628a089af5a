/// Checks the invariants every pass may rely on and must keep: blocks end in exactly one
/// control op with the right number of successors, edges agree in both directions, phis come
/// first with one input per predecessor, operands have the types Specs/ir.yaml gives them,
/// guards carry frame states, and every use (including frame states) is dominated by its
/// definition. The optimizing JIT runs it after building and after every pass in debug builds
/// and tests; a failure is a compiler bug, reported, never compiled.
public enum IRVerifier {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var message: String
        public var description: String { message }
    }

    public static func verify(_ function: IRFunction) throws(Failure) {
        var problems: [String] = []
        func problem(_ text: String) { problems.append(text) }
        let flow = ControlFlowGraph(function)
        var position: [ValueID: (BlockID, Int)] = [:]
        for block in function.liveBlocks {
            for (index, value) in function[block].ops.enumerated() {
                if position[value] != nil { problem("\(value) is in two places") }
                position[value] = (block, index)
                if function[value].block != block { problem("\(value) is in \(block) but says it is in \(function[value].block)") }
                if function[value].isRemoved { problem("\(value) is removed but still in \(block)") }
            }
        }
        for block in function.liveBlocks {
            let ops = function[block].ops
            guard let last = ops.last else { problem("\(block) is empty"); continue }
            let control = function[last].info.control
            if control == .next { problem("\(block) does not end in a control op (\(function[last].info.name))") }
            let expected: Int
            switch control {
            case .jump: expected = 1
            case .branch: expected = 2
            case .return, .deopt, .next: expected = 0
            }
            if function[block].successors.count != expected {
                problem("\(block) ends in \(function[last].info.name) with \(function[block].successors.count) successors")
            }
            var seenOther = false
            for (index, value) in ops.enumerated() {
                let op = function[value]
                if index < ops.count - 1 && op.info.control != .next { problem("\(value) (\(op.info.name)) ends \(block) before its last op") }
                if op.opcode.isPhi {
                    if seenOther { problem("phi \(value) comes after other ops in \(block)") }
                    if op.inputs.count != function[block].predecessors.count {
                        problem("phi \(value) has \(op.inputs.count) inputs for \(function[block].predecessors.count) predecessors")
                    }
                } else {
                    seenOther = true
                }
                checkOperands(value, in: function, problem)
            }
            for successor in function[block].successors {
                if function[successor].isRemoved { problem("\(block) jumps to removed \(successor)") }
                let out = function[block].successors.filter { $0 == successor }.count
                let back = function[successor].predecessors.filter { $0 == block }.count
                if out != back { problem("edge \(block) -> \(successor) is not among \(successor)'s predecessors") }
            }
            for predecessor in function[block].predecessors where !function[predecessor].successors.contains(block) {
                problem("\(block) lists \(predecessor) as a predecessor, but \(predecessor) does not jump to it")
            }
        }
        // Dominance: a use is dominated by its definition; a phi's input by the end of its predecessor.
        func dominatesUse(_ definition: ValueID, _ user: ValueID, at block: BlockID, index: Int) -> Bool {
            guard let (defBlock, defIndex) = position[definition] else { return false }
            if defBlock == block { return defIndex < index }
            return flow.dominates(defBlock, block)
        }
        for block in flow.reversePostorder {
            for (index, user) in function[block].ops.enumerated() {
                let op = function[user]
                if op.opcode.isPhi {
                    for (input, predecessor) in zip(op.inputs, function[block].predecessors) where flow.order[predecessor] != nil {
                        if !dominatesUse(input, user, at: predecessor, index: Int.max) { problem("phi \(user)'s input \(input) does not dominate the end of \(predecessor)") }
                    }
                } else {
                    for input in op.inputs where !dominatesUse(input, user, at: block, index: index) {
                        problem("\(input) does not dominate its use in \(user) (\(op.info.name))")
                    }
                }
                if let state = op.frameState {
                    for case let value? in function.frameStates[state].registers where !dominatesUse(value, user, at: block, index: index) {
                        problem("\(value) in the frame state of \(user) does not dominate it")
                    }
                }
            }
        }
        if !problems.isEmpty { throw Failure(message: "IR of \(function.name) is malformed:\n" + problems.joined(separator: "\n")) }
    }

    private static func checkOperands(_ value: ValueID, in function: IRFunction, _ problem: (String) -> Void) {
        let op = function[value]
        let info = op.info
        var fixed = 0, attributes = 0
        for operand in info.operands {
            switch operand.type {
            case .value(let type):
                if fixed < op.inputs.count { checkType(op.inputs[fixed], type, operand.name, value, function, problem) }
                fixed += 1
            case .attribute(let type):
                if type == .condition, attributes < op.attributes.count, IRCondition(rawValue: op.attributes[attributes]) == nil {
                    problem("\(value) (\(info.name)) has condition \(op.attributes[attributes]), which is none")
                }
                attributes += 1
            }
        }
        if op.attributes.count != attributes { problem("\(value) (\(info.name)) has \(op.attributes.count) attributes; it takes \(attributes)") }
        if let variadic = info.variadic, case .value(let type) = variadic.type {
            if op.inputs.count < fixed { problem("\(value) (\(info.name)) has \(op.inputs.count) inputs; it takes at least \(fixed)") }
            for input in op.inputs.dropFirst(fixed) { checkType(input, type, variadic.name, value, function, problem) }
        } else if op.inputs.count != fixed {
            problem("\(value) (\(info.name)) has \(op.inputs.count) inputs; it takes \(fixed)")
        }
        let needsState = info.isGuard || info.control == .deopt
        if needsState && op.frameState == nil { problem("\(value) (\(info.name)) is a guard without a frame state") }
        if let state = op.frameState, state >= function.frameStates.count { problem("\(value) has frame state \(state), which does not exist") }
    }

    private static func checkType(_ input: ValueID, _ expected: IRType, _ name: String, _ user: ValueID, _ function: IRFunction, _ problem: (String) -> Void) {
        guard input.index >= 0, input.index < function.ops.count else { problem("\(user) uses \(input), which does not exist"); return }
        let op = function[input]
        if op.isRemoved { problem("\(user) uses removed \(input)"); return }
        guard let type = op.type else { problem("\(user) uses \(input) (\(op.info.name)), which has no result"); return }
        if !type.fits(expected) { problem("\(user) (\(function[user].info.name)) takes \(expected.name) \(name), but \(input) is \(type.name)") }
    }
}
