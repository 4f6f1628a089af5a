/// An IR function made ready for register allocation and emission: critical edges split (so a
/// phi's moves have a block of their own), blocks in a linear order, every op numbered with a
/// position, and each op that is emitted paired with the lowering rule instruction selection
/// chose for it (Specs/lowering.x86_64.yaml). An op whose every use absorbed it into its own
/// rule (a constant that became an immediate, a compare fused into a branch) is not emitted.
struct LoweredFunction {
    let function: IRFunction
    /// The control flow after critical edges are split (loops, dominators).
    let flow: ControlFlowGraph
    /// Blocks in code order: each normal block after its dominators, OSR entries last.
    let order: [BlockID]
    /// The rule chosen for each emitted op that is not a backend op.
    let matches: [ValueID: RuleMatch]
    /// Ops that produce code or a value (the rest were absorbed by their users' rules).
    let emitted: Set<ValueID>
    /// Position of each op in the linear order (4 apart: uses at p, a call's clobber at p + 1,
    /// a call's result at p + 2).
    let position: [ValueID: Int]
    /// First and last positions of each block.
    let blockStart: [BlockID: Int]
    let blockEnd: [BlockID: Int]

    init(_ function: IRFunction) {
        self.function = function
        Self.splitCriticalEdges(function)
        Self.forwardCheckedOperands(function)
        let flow = ControlFlowGraph(function)
        self.flow = flow
        let osr = Set(function.osrEntries.map(\.block))
        order = Self.loopContiguousOrder(flow).filter { !osr.contains($0) } + flow.reversePostorder.filter { osr.contains($0) }

        var matches: [ValueID: RuleMatch] = [:]
        let source = IRLoweringSource(function: function)
        for block in order {
            for value in function[block].ops {
                if let match = InstructionSelector.select(value.index, in: source) { matches[value] = match }
            }
        }
        // An op is emitted when it has an effect (or ends a block), or when an emitted op reads
        // it from a register: as a rule's operand, a phi's input, or in a guard's frame state
        // (constants there need no code: the mapping holds their value). What a rule absorbed
        // (a constant turned immediate, a compare fused into a branch) has no code of its own.
        var emitted = Set<ValueID>()
        var work: [ValueID] = []
        func mark(_ value: ValueID) { if emitted.insert(value).inserted { work.append(value) } }
        for block in order {
            for value in function[block].ops {
                let op = function[value]
                if op.type == nil || op.info.isGuard || !op.info.isPure || op.info.control != .next { mark(value) }
            }
        }
        while let value = work.popLast() {
            let op = function[value]
            if let match = matches[value] {
                for operand in match.operands { mark(ValueID(operand)) }
            } else {
                for input in op.inputs { mark(input) }
            }
            if let state = op.frameState, op.info.isGuard || op.info.control == .deopt {
                for case let input? in function.frameStates[state].registers where !Self.isConstant(function[input].opcode) { mark(input) }
            }
        }
        var position: [ValueID: Int] = [:], starts: [BlockID: Int] = [:], ends: [BlockID: Int] = [:]
        var next = 0
        for block in order {
            starts[block] = next
            for value in function[block].ops {
                position[value] = next
                next += 4
            }
            ends[block] = next - 4
        }
        self.matches = matches
        self.emitted = emitted
        self.position = position
        blockStart = starts
        blockEnd = ends
    }

    /// The function's ops in code order with their positions and rules, for `--print-ir`.
    var listing: String {
        var lines: [String] = []
        for block in order {
            lines.append(IRPrinter.header(block, in: function))
            for value in function[block].ops {
                let rule = matches[value].map { " [\($0.rule.info.name)]" } ?? ""
                let mark = emitted.contains(value) ? "" : " (absorbed)"
                lines.append("  \(position[value]!): " + IRPrinter.print(value, in: function) + rule + mark)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reverse postorder, except that each loop's blocks come together (its exits after all of
    /// them): a value live around a loop is then live over one stretch of positions, and a
    /// call in an exit block does not fall inside the loop's stretch.
    static func loopContiguousOrder(_ flow: ControlFlowGraph) -> [BlockID] {
        var headerLoop: [BlockID: ControlFlowGraph.Loop] = [:]
        for loop in flow.loops { headerLoop[loop.header] = loop }
        var placed = Set<BlockID>()
        var order: [BlockID] = []
        func place(_ region: [BlockID], inside loop: ControlFlowGraph.Loop?) {
            for block in region where !placed.contains(block) {
                placed.insert(block)
                order.append(block)
                if let nested = headerLoop[block], nested.header != loop?.header {
                    place(region.filter { nested.blocks.contains($0) && $0 != block }, inside: nested)
                }
            }
        }
        place(flow.reversePostorder, inside: nil)
        return order
    }

    /// A guard whose result is its operand's bits (ir.yaml `forwards`: CheckBounds, CheckArray,
    /// ...) hands the operand itself to its users, in op inputs and frame states. The order is
    /// fixed from here on, so no use can move above its check any more; the check then defines
    /// no value, and costs no copy and no register.
    static func forwardCheckedOperands(_ function: IRFunction) {
        var replacements: [ValueID: ValueID] = [:]
        for block in function.liveBlocks {
            for value in function[block].ops {
                if let operand = function[value].info.forwardedOperand { replacements[value] = function[value].inputs[operand] }
            }
        }
        function.replaceUses(replacements)
    }

    /// Whether the op leaves a value in a location of its own: it has a result that is not
    /// a forwarded operand.
    func definesLocation(_ value: ValueID) -> Bool {
        let info = function[value].info
        return info.result != nil && info.forwardedOperand == nil
    }

    static func isConstant(_ opcode: IROpcode) -> Bool {
        opcode == .int32Constant || opcode == .doubleConstant || opcode == .constant || opcode == .booleanConstant
    }

    /// Splits every critical edge (from a block with several successors to a block with
    /// several predecessors): moves on an edge (phis, values the allocator placed differently on
    /// its two sides) need a place that only that edge runs through.
    static func splitCriticalEdges(_ function: IRFunction) {
        for block in function.liveBlocks where function[block].successors.count > 1 {
            for successor in function[block].successors {
                let hasPhis = function[successor].ops.first.map { function.isPhi($0) } ?? false
                if hasPhis || function[successor].predecessors.count > 1 {
                    _ = function.splitEdge(from: block, to: successor)
                }
            }
        }
    }

    /// The values an emitted op reads from registers: its rule's bound operands, or for a
    /// backend op its inputs.
    func registerUses(_ value: ValueID) -> [ValueID] {
        if let match = matches[value] { return match.operands.map(ValueID.init) }
        if function[value].opcode.isPhi { return [] }
        return function[value].inputs
    }

    /// Whether the op's code calls out, clobbering every allocatable register.
    func calls(_ value: ValueID) -> Bool {
        if let match = matches[value] { return match.rule.info.calls || function[value].info.calls }
        return function[value].info.calls
    }
}

/// The IR as instruction selection reads it.
struct IRLoweringSource: LoweringSource {
    let function: IRFunction
    func opcode(of value: Int) -> IROpcode { function[ValueID(value)].opcode }
    func inputs(of value: Int) -> [Int] { function[ValueID(value)].inputs.map(\.index) }
    func attributes(of value: Int) -> [Int64] { function[ValueID(value)].attributes }
}
