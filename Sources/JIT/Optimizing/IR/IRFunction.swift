/// An SSA value: the result of the op with this index in its function (printed `v12`). Ops
/// without a result have an id too, so every op can be named.
public struct ValueID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (a: ValueID, b: ValueID) -> Bool { a.index < b.index }
    public var description: String { "v\(index)" }
}

/// A basic block of an IR function (printed `b3`).
public struct BlockID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (a: BlockID, b: BlockID) -> Bool { a.index < b.index }
    public var description: String { "b\(index)" }
}

/// Where the interpreter resumes when speculation fails: the bytecode offset and, for each
/// bytecode register live there, the SSA value it holds (nil: dead, so undefined does). The
/// backend turns it into a `FrameMapping` once values have machine locations.
public struct FrameState: Hashable, Sendable {
    public var bytecodeOffset: Int
    public var registers: [ValueID?]

    public init(bytecodeOffset: Int, registers: [ValueID?]) {
        self.bytecodeOffset = bytecodeOffset
        self.registers = registers
    }
}

/// One operation: an opcode of Specs/ir.yaml, its value inputs (fixed operands, then variadic
/// ones) and attributes (in spec order), the block it is in, and for a guard the frame state it
/// deoptimizes to.
public struct IROp: Sendable {
    public var opcode: IROpcode
    public var inputs: [ValueID]
    public var attributes: [Int64]
    public var block: BlockID
    /// Guards and `Deopt`: where the interpreter resumes when this op leaves optimized code.
    public var frameState: Int?
    /// The bytecode instruction the op was built for (-1 for ops the compiler made up): a
    /// failed guard marks this instruction in the profile so it is not speculated on again.
    public var bytecodeOffset: Int
    /// Removed by a pass: no longer in any block, and no op refers to it.
    public var isRemoved = false

    public var info: IROpInfo { opcode.info }
    public var type: IRType? { opcode.info.result }
}

/// A basic block: phis first, then ordinary ops, then exactly one op that ends it (`control`
/// not `next`). Phi inputs follow `predecessors`; a branch's successors are [taken, not taken].
public struct IRBlock: Sendable {
    public var ops: [ValueID] = []
    public var predecessors: [BlockID] = []
    public var successors: [BlockID] = []
    /// Removed as unreachable.
    public var isRemoved = false
}

/// An IR function in SSA form: the optimizing tier's unit of work, built from one bytecode
/// function and its profile, transformed by the passes, lowered by the backend.
public final class IRFunction: @unchecked Sendable {
    public var name: String
    /// Bytecode registers of the function (frame states have one entry per register).
    public var registerCount: Int
    public var parameterCount: Int
    public private(set) var ops: [IROp] = []
    public private(set) var blocks: [IRBlock] = []
    public var frameStates: [FrameState] = []
    /// Where a call enters.
    public var entry = BlockID(0)
    /// Where a frame running elsewhere enters at a loop header (on-stack replacement): the
    /// header's bytecode offset and the entry block, which reads the frame's registers.
    public var osrEntries: [(bytecodeOffset: Int, block: BlockID)] = []

    public init(name: String, registerCount: Int, parameterCount: Int) {
        self.name = name
        self.registerCount = registerCount
        self.parameterCount = parameterCount
    }

    // MARK: Reading

    public subscript(value: ValueID) -> IROp {
        get { ops[value.index] }
        set { ops[value.index] = newValue }
    }

    public subscript(block: BlockID) -> IRBlock {
        get { blocks[block.index] }
        set { blocks[block.index] = newValue }
    }

    /// Blocks still in the function, in index order.
    public var liveBlocks: [BlockID] { blocks.indices.filter { !blocks[$0].isRemoved }.map(BlockID.init) }

    /// The op that ends `block`.
    public func terminator(of block: BlockID) -> ValueID? { self[block].ops.last }

    /// Every block entry: the normal one, then the OSR entries.
    public var entries: [BlockID] { [entry] + osrEntries.map(\.block) }

    public func isPhi(_ value: ValueID) -> Bool { self[value].opcode.isPhi }

    /// For each value, the ops (and frame-state owners) that use it.
    public func uses() -> [ValueID: [ValueID]] {
        var uses: [ValueID: [ValueID]] = [:]
        for block in liveBlocks {
            for user in self[block].ops {
                for input in self[user].inputs { uses[input, default: []].append(user) }
                if let state = self[user].frameState {
                    for case let value? in frameStates[state].registers { uses[value, default: []].append(user) }
                }
            }
        }
        return uses
    }

    // MARK: Building

    public func addBlock() -> BlockID {
        blocks.append(IRBlock())
        return BlockID(blocks.count - 1)
    }

    public func addFrameState(_ state: FrameState) -> Int {
        frameStates.append(state)
        return frameStates.count - 1
    }

    /// Makes a new op, not yet placed in a block's op list.
    public func make(_ opcode: IROpcode, _ inputs: [ValueID] = [], attributes: [Int64] = [], in block: BlockID,
                     frameState: Int? = nil, bytecodeOffset: Int = -1) -> ValueID {
        ops.append(IROp(opcode: opcode, inputs: inputs, attributes: attributes, block: block, frameState: frameState, bytecodeOffset: bytecodeOffset))
        return ValueID(ops.count - 1)
    }

    /// Appends a new op at the end of `block`.
    @discardableResult
    public func append(_ opcode: IROpcode, _ inputs: [ValueID] = [], attributes: [Int64] = [], to block: BlockID,
                       frameState: Int? = nil, bytecodeOffset: Int = -1) -> ValueID {
        let value = make(opcode, inputs, attributes: attributes, in: block, frameState: frameState, bytecodeOffset: bytecodeOffset)
        blocks[block.index].ops.append(value)
        return value
    }

    /// Inserts a new op just before `position`, in its block.
    @discardableResult
    public func insert(_ opcode: IROpcode, _ inputs: [ValueID] = [], attributes: [Int64] = [], before position: ValueID,
                       frameState: Int? = nil, bytecodeOffset: Int = -1) -> ValueID {
        let block = self[position].block
        let value = make(opcode, inputs, attributes: attributes, in: block, frameState: frameState, bytecodeOffset: bytecodeOffset)
        let index = blocks[block.index].ops.firstIndex(of: position)!
        blocks[block.index].ops.insert(value, at: index)
        return value
    }

    /// Inserts a new op into `block` just before its terminator (or at its end if it has none).
    @discardableResult
    public func insertBeforeTerminator(_ opcode: IROpcode, _ inputs: [ValueID] = [], attributes: [Int64] = [], in block: BlockID,
                                       frameState: Int? = nil, bytecodeOffset: Int = -1) -> ValueID {
        let value = make(opcode, inputs, attributes: attributes, in: block, frameState: frameState, bytecodeOffset: bytecodeOffset)
        var list = blocks[block.index].ops
        if let last = list.last, self[last].info.control != .next { list.insert(value, at: list.count - 1) } else { list.append(value) }
        blocks[block.index].ops = list
        return value
    }

    /// Inserts a new phi at the start of `block`, after its other phis.
    public func insertPhi(_ opcode: IROpcode, _ inputs: [ValueID], in block: BlockID) -> ValueID {
        let value = make(opcode, inputs, in: block)
        let position = blocks[block.index].ops.firstIndex { !self.isPhi($0) } ?? blocks[block.index].ops.count
        blocks[block.index].ops.insert(value, at: position)
        return value
    }

    /// Adds the control edge `from → to` (a new predecessor of `to`, last in its list: phis of
    /// `to` must get an input for it).
    public func addEdge(from: BlockID, to: BlockID) {
        blocks[from.index].successors.append(to)
        blocks[to.index].predecessors.append(from)
    }

    /// Sets the ops of `block`, in order (for passes that rebuild a block's list).
    public func setOps(_ list: [ValueID], of block: BlockID) {
        blocks[block.index].ops = list
        for value in list { ops[value.index].block = block }
    }

    /// Takes `value` out of its block (its id stays, marked removed).
    public func remove(_ value: ValueID) {
        let block = self[value].block
        blocks[block.index].ops.removeAll { $0 == value }
        ops[value.index].isRemoved = true
    }

    /// Takes every value of `values` out of its block, one pass over each block touched.
    public func remove<S: Sequence>(all values: S) where S.Element == ValueID {
        var touched = Set<BlockID>()
        for value in values where !ops[value.index].isRemoved {
            ops[value.index].isRemoved = true
            touched.insert(ops[value.index].block)
        }
        for block in touched { blocks[block.index].ops.removeAll { ops[$0.index].isRemoved } }
    }

    /// Moves `value` to just before the terminator of `block`.
    public func move(_ value: ValueID, beforeTerminatorOf block: BlockID) {
        let from = self[value].block
        blocks[from.index].ops.removeAll { $0 == value }
        var list = blocks[block.index].ops
        if let last = list.last, self[last].info.control != .next { list.insert(value, at: list.count - 1) } else { list.append(value) }
        blocks[block.index].ops = list
        ops[value.index].block = block
    }

    /// Replaces every use of each key by its value (following chains: a → b, b → c makes a → c),
    /// in op inputs and frame states, in one sweep.
    public func replaceUses(_ replacements: [ValueID: ValueID]) {
        guard !replacements.isEmpty else { return }
        func resolve(_ value: ValueID) -> ValueID {
            var current = value
            var steps = 0
            while let next = replacements[current], next != current, steps < replacements.count {
                current = next
                steps += 1
            }
            return current
        }
        for index in ops.indices where !ops[index].isRemoved {
            if ops[index].inputs.contains(where: { replacements[$0] != nil }) {
                ops[index].inputs = ops[index].inputs.map(resolve)
            }
        }
        for index in frameStates.indices {
            frameStates[index].registers = frameStates[index].registers.map { $0.map(resolve) }
        }
    }

    /// Removes the edge `from → to`: the predecessor entry of `to` and its phis' inputs for it.
    public func removeEdge(from: BlockID, to: BlockID) {
        guard let successorIndex = blocks[from.index].successors.firstIndex(of: to),
              let predecessorIndex = blocks[to.index].predecessors.firstIndex(of: from) else { return }
        blocks[from.index].successors.remove(at: successorIndex)
        blocks[to.index].predecessors.remove(at: predecessorIndex)
        for value in blocks[to.index].ops where isPhi(value) {
            ops[value.index].inputs.remove(at: predecessorIndex)
        }
    }

    /// Replaces the terminator of `block` with a new op (the successors stay as they are).
    @discardableResult
    public func replaceTerminator(of block: BlockID, with opcode: IROpcode, _ inputs: [ValueID] = [], frameState: Int? = nil, bytecodeOffset: Int = -1) -> ValueID {
        if let old = terminator(of: block) { remove(old) }
        return append(opcode, inputs, attributes: [], to: block, frameState: frameState, bytecodeOffset: bytecodeOffset)
    }

    /// Marks `block` removed, with its ops, and takes it out of its successors' predecessors.
    public func removeBlock(_ block: BlockID) {
        for successor in self[block].successors { removeEdge(from: block, to: successor) }
        for value in self[block].ops { ops[value.index].isRemoved = true }
        blocks[block.index].ops = []
        blocks[block.index].isRemoved = true
    }

    /// Splits the edge `from → to` with a new block that only jumps to `to` (so moves for
    /// `to`'s phis have a place of their own when `from` has several successors).
    public func splitEdge(from: BlockID, to: BlockID) -> BlockID {
        let middle = addBlock()
        let successorIndex = blocks[from.index].successors.firstIndex(of: to)!
        let predecessorIndex = blocks[to.index].predecessors.firstIndex(of: from)!
        blocks[from.index].successors[successorIndex] = middle
        blocks[to.index].predecessors[predecessorIndex] = middle
        blocks[middle.index].predecessors = [from]
        blocks[middle.index].successors = [to]
        append(.jump, to: middle)
        return middle
    }
}

extension IROpcode {
    public var isPhi: Bool { self == .int32Phi || self == .doublePhi || self == .booleanPhi || self == .boxedPhi }

    /// The phi for values of `type` (a checked cell is kept boxed at a merge).
    public static func phi(for type: IRType) -> IROpcode {
        switch type {
        case .int32: return .int32Phi
        case .double: return .doublePhi
        case .boolean: return .booleanPhi
        case .boxed, .cell: return .boxedPhi
        }
    }

    /// The op by its name in Specs/ir.yaml (`Int32Add`).
    public init?(name: String) {
        guard let opcode = Self.byName[name] else { return nil }
        self = opcode
    }

    private static let byName: [String: IROpcode] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.info.name, $0) })
}

extension IRType {
    /// Whether a value of this type may stand where `expected` is wanted: a checked cell is a
    /// boxed value with the same bits.
    public func fits(_ expected: IRType) -> Bool { self == expected || (self == .cell && expected == .boxed) }
}
