import X64Assembler

/// Emits machine code for a lowered, register-allocated IR function (DESIGN §5–6).
///
/// Frame: r13 is the function's frame in the VM register file, laid out as the interpreter's
/// (header, then bytecode registers), followed by the tagged spill slots; callees' frames go
/// after those (`frameSlots`). The native stack frame holds the untagged spill slots at
/// `[rsp + 8 * i]`; its size keeps rsp 16-byte aligned in the body, so calls need no
/// adjustment. Code is entered as baseline code is (r12 the context, r13 the frame, r14 and r15
/// the tag masks, the result in rax, r13 unchanged on return, 0 when an error is pending).
///
/// Layout: the entry's prologue and the blocks in order, each OSR entry block with a prologue
/// of its own; then the epilogue, the error exit, and one small stub per deoptimization exit
/// jumping to a common stub that saves every register and calls the deoptimizer.
final class CodeGenerator {
    let lowered: LoweredFunction
    let allocation: LinearScan
    let function: IRFunction
    let info: FunctionInfo
    let runtime: Runtime
    var assembler = Assembler()

    /// Slots from the frame base past the tagged spill slots.
    let frameSlots: Int
    /// Bytes the prologue reserves on the native stack.
    let nativeFrameBytes: Int

    private var blockLabels: [BlockID: X64Assembler.Label] = [:]
    /// Blocks that hold nothing but a jump, and the block with code a jump to them may go to.
    private var threaded: [BlockID: BlockID] = [:]
    /// Loop latches and the header branch each repeats instead of jumping back.
    private var repeated: [BlockID: ValueID] = [:]
    private var exitLabels: [X64Assembler.Label] = []
    /// Rules' out-of-line code (after `cold:`), emitted after the function's code.
    private let outOfLine = OutOfLineCode()
    private(set) var exits: [DeoptExit] = []
    private var exitOf: [ValueID: Int] = [:]
    private(set) var roots: [Value] = []
    /// The shapes the code compares with or stores.
    private(set) var shapes: [UnsafeMutableRawPointer] = []
    private(set) var osrEntries: [(bytecodeOffset: Int, label: X64Assembler.Label)] = []
    private(set) var instructionStarts: [(bytecodeOffset: Int, label: X64Assembler.Label)] = []
    private let epilogue: X64Assembler.Label
    private let errorExit: X64Assembler.Label
    private let overflow: X64Assembler.Label
    private let deoptCommon: X64Assembler.Label
    /// Where the prologue keeps the scan top it found, to put back when the frame leaves.
    let savedScanTop: Memory
    /// The address of the code's `OptimizedCodeInfo`, which the deoptimizer stub passes on.
    var infoAddress: Int64 = 0

    static let headerSlots = Layout.Frame.headerSlotCount
    static let saveAreaBytes = 256

    init(_ lowered: LoweredFunction, _ allocation: LinearScan, info: FunctionInfo, runtime: Runtime) {
        self.lowered = lowered
        self.allocation = allocation
        function = lowered.function
        self.info = info
        self.runtime = runtime
        frameSlots = Self.headerSlots + function.registerCount + allocation.taggedSlotCount
        // The spill slots, then the caller's scan top (see `Runtime.scanTopCell`).
        nativeFrameBytes = 8 + 16 * (((allocation.stackSlotCount + 1) * 8 + 15) / 16)
        savedScanTop = Memory(base: .rsp, displacement: Int32(allocation.stackSlotCount * 8))
        epilogue = assembler.newLabel()
        errorExit = assembler.newLabel()
        overflow = assembler.newLabel()
        deoptCommon = assembler.newLabel()
        for block in lowered.order { blockLabels[block] = assembler.newLabel() }
        threadEmptyBlocks()
        findRepeatedTests()
        // One exit per guard and deopt, in code order.
        for block in lowered.order {
            for value in function[block].ops where lowered.emitted.contains(value) {
                let op = function[value]
                guard let state = op.frameState, op.info.isGuard || op.info.control == .deopt else { continue }
                exitOf[value] = exits.count
                exits.append(DeoptExit(mapping: mapping(function.frameStates[state], at: lowered.position[value]!), guardOp: op.opcode, origin: op.bytecodeOffset,
                                       hoisted: function.frameStates[state].bytecodeOffset != op.bytecodeOffset && op.opcode != .deopt))
                exitLabels.append(assembler.newLabel())
            }
        }
    }

    // MARK: Frame mappings

    /// The frame state's registers where they are at `position` (a guard's).
    func mapping(_ state: FrameState, at position: Int) -> FrameMapping {
        var entries: [FrameMapping.Entry] = []
        for (register, value) in state.registers.enumerated() {
            guard let value else { continue }
            let op = function[value]
            let location: FrameMapping.Location
            switch op.opcode {
            case .int32Constant: location = .constant(UInt64(UInt32(truncatingIfNeeded: op.attributes[0])))
            case .doubleConstant, .constant, .booleanConstant: location = .constant(UInt64(bitPattern: op.attributes[0]))
            default:
                switch allocation.location(of: value, at: position) {
                case .gpr(let reg)?: location = .gpr(reg.number)
                case .xmm(let xmm)?: location = .xmm(xmm.number)
                case .taggedSlot(let i)?: location = .taggedSlot(i)
                case .stackSlot(let i)?: location = .stackSlot(i)
                case nil: location = .constant(Value.undefined.bits)   // never read there: the verifier keeps frame states live
                }
            }
            let representation: FrameMapping.Representation
            switch op.type {
            case .int32?: representation = .int32
            case .double?: representation = .double
            case .boolean?: representation = .boolean
            default: representation = .boxed
            }
            entries.append(FrameMapping.Entry(register: register, location: location, representation: representation))
        }
        return FrameMapping(bytecodeOffset: state.bytecodeOffset, entries: entries)
    }

    // MARK: Addresses

    func registerOffset(_ register: Int) -> Int32 { Int32((Self.headerSlots + register) * 8) }

    func memory(_ location: ValueLocation) -> Memory? {
        switch location {
        case .taggedSlot(let i): return Memory(base: .r13, displacement: Int32((Self.headerSlots + function.registerCount + i) * 8))
        case .stackSlot(let i): return Memory(base: .rsp, displacement: Int32(i * 8))
        default: return nil
        }
    }

    /// The position of the op being emitted: where operands are read.
    private(set) var position = 0
    /// Where the op being emitted writes its result (after a call, for one that calls).
    private(set) var resultPosition = 0

    /// Where `value` is as the op being emitted reads it.
    func location(_ value: ValueID) throws(AssemblerError) -> ValueLocation {
        try location(value, at: position)
    }

    func location(_ value: ValueID, at position: Int) throws(AssemblerError) -> ValueLocation {
        guard let location = allocation.location(of: value, at: position) else { throw AssemblerError("\(value) (\(function[value].info.name)) has no location") }
        return location
    }

    /// Where the op being emitted leaves its result.
    func resultLocation(_ value: ValueID) throws(AssemblerError) -> ValueLocation {
        try location(value, at: resultPosition)
    }

    // MARK: Moving values

    func emit(_ mnemonic: Mnemonic, _ operands: Operand...) throws(AssemblerError) { try assembler.emit(mnemonic, operands) }

    /// Loads `value` into `register` (of its class).
    func load(_ value: ValueID, into register: MachineRegister) throws(AssemblerError) {
        try move(from: try location(value), to: Self.location(register))
    }

    static func location(_ register: MachineRegister) -> ValueLocation {
        switch register {
        case .gpr(let reg): return .gpr(reg)
        case .xmm(let xmm): return .xmm(xmm)
        }
    }

    /// One move between locations; memory to memory goes through r10.
    func move(from source: ValueLocation, to destination: ValueLocation) throws(AssemblerError) {
        if source == destination { return }
        switch (source, destination) {
        case (.gpr(let s), .gpr(let d)): try emit(.mov, .reg(d), .reg(s))
        case (.xmm(let s), .xmm(let d)): try emit(.movsd, .xmm(d), .xmm(s))
        case (.gpr(let s), .xmm(let d)): try emit(.movq, .xmm(d), .reg(s))
        case (.xmm(let s), .gpr(let d)): try emit(.movq, .reg(d), .xmm(s))
        case (.gpr(let s), _): try emit(.mov, .mem(memory(destination)!, .qword), .reg(s))
        case (.xmm(let s), _): try emit(.movsd, .mem(memory(destination)!, .qword), .xmm(s))
        case (_, .gpr(let d)): try emit(.mov, .reg(d), .mem(memory(source)!, .qword))
        case (_, .xmm(let d)): try emit(.movsd, .xmm(d), .mem(memory(source)!, .qword))
        default:
            try emit(.mov, .reg(.r10), .mem(memory(source)!, .qword))
            try emit(.mov, .mem(memory(destination)!, .qword), .reg(.r10))
        }
    }

    /// Stores `value` (64 bits) to memory, through r11 when it is in memory itself.
    func store(_ value: ValueID, to target: Memory) throws(AssemblerError) {
        switch try location(value) {
        case .gpr(let reg): try emit(.mov, .mem(target, .qword), .reg(reg))
        case .xmm(let xmm): try emit(.movq, .reg(.r11), .xmm(xmm)); try emit(.mov, .mem(target, .qword), .reg(.r11))
        case let slot:
            try emit(.mov, .reg(.r11), .mem(memory(slot)!, .qword))
            try emit(.mov, .mem(target, .qword), .reg(.r11))
        }
    }

    /// Sets `value`'s location from a register the code left it in.
    func define(_ value: ValueID, from register: MachineRegister) throws(AssemblerError) {
        try move(from: Self.location(register), to: try resultLocation(value))
    }

    /// The moves on the edge `block → successor`: `successor`'s phis, and every value live
    /// into it that is elsewhere there than at the end of `block`. As one parallel move.
    func edgeMoves(from block: BlockID, to successor: BlockID) throws(AssemblerError) {
        try parallelMove(try edgeMoveList(from: block, to: successor))
    }

    func edgeMoveList(from block: BlockID, to successor: BlockID) throws(AssemblerError) -> [(source: ValueLocation, destination: ValueLocation)] {
        guard let index = function[successor].predecessors.firstIndex(of: block) else { return [] }
        let end = lowered.blockEnd[block]!, start = lowered.blockStart[successor]!
        var moves: [(source: ValueLocation, destination: ValueLocation)] = []
        for phi in function[successor].ops where function.isPhi(phi) && lowered.emitted.contains(phi) {
            let source = try location(function[phi].inputs[index], at: end), destination = try location(phi, at: start)
            if source != destination { moves.append((source, destination)) }
        }
        for value in allocation.liveIn[successor] ?? [] where !(function.isPhi(value) && function[value].block == successor) {
            let source = try location(value, at: end), destination = try location(value, at: start)
            if source != destination { moves.append((source, destination)) }
        }
        return moves
    }

    /// Where a jump to `block` goes: past blocks that hold nothing but a jump (a split critical
    /// edge whose moves all turned out empty), to the first block with code.
    func jumpTarget(_ block: BlockID) -> BlockID { threaded[block] ?? block }

    /// The loop-header branch that ends `block` in place of its jump back to the header. The
    /// header holds only phis and a compare-and-branch rule (no call, no custom code, no moves),
    /// so once the back edge's moves are done the registers are as at the header's start, and
    /// its test can run right there: an iteration then takes one jump (back to the body while
    /// the test holds), not a jump to the header and a branch out of it.
    func repeatedTest(atEndOf block: BlockID) -> ValueID? { repeated[block] }

    private func findRepeatedTests() {
        var index: [BlockID: Int] = [:]
        for (i, block) in lowered.order.enumerated() { index[block] = i }
        let entries = Set(function.entries)
        for block in lowered.order {
            guard let jump = function.terminator(of: block), function[jump].opcode == .jump, let header = function[block].successors.first,
                  let at = index[header], at < index[block]!, !entries.contains(header) else { continue }
            let ops = function[header].ops.filter { lowered.emitted.contains($0) }
            guard let test = ops.last, ops.dropLast().allSatisfy(function.isPhi), function[test].opcode == .branch,
                  let match = lowered.matches[test], !match.rule.info.isCustom, !match.rule.info.calls,
                  ops.allSatisfy({ allocation.moves[lowered.position[$0]!] == nil }),
                  function[header].successors.allSatisfy({ function[$0].predecessors == [header] }) else { continue }
            repeated[block] = test
        }
    }

    /// Finds the blocks a jump can skip: one predecessor, no moves on the way in or out, and
    /// no code but their jump. (Each still gets its jump; nothing branches to it any more.)
    private func threadEmptyBlocks() {
        let entries = Set(function.entries)
        var next: [BlockID: BlockID] = [:]
        for block in lowered.order where !entries.contains(block) && function[block].predecessors.count == 1 {
            let ops = function[block].ops.filter { lowered.emitted.contains($0) }
            guard ops.count == 1, function[ops[0]].opcode == .jump, allocation.moves[lowered.position[ops[0]]!] == nil else { continue }
            let predecessor = function[block].predecessors[0], successor = function[block].successors[0]
            let movesIn = function[predecessor].successors.count > 1 ? (try? edgeMoveList(from: predecessor, to: block)) : []
            guard movesIn?.isEmpty == true, (try? edgeMoveList(from: block, to: successor))?.isEmpty == true else { continue }
            next[block] = successor
        }
        for block in next.keys {
            var target = block, steps = 0
            while let successor = next[target], steps <= next.count {
                target = successor
                steps += 1
            }
            threaded[block] = target
        }
    }

    /// Moves that happen at once: each source is read before any destination is written.
    func parallelMove(_ pending: [(source: ValueLocation, destination: ValueLocation)]) throws(AssemblerError) {
        var moves = pending
        // Emit a move whose destination no other pending move reads; break cycles through r11
        // (or xmm15).
        while !moves.isEmpty {
            if let ready = moves.firstIndex(where: { move in !moves.contains { $0.source == move.destination } }) {
                let move = moves.remove(at: ready)
                try self.move(from: move.source, to: move.destination)
                continue
            }
            let first = moves[0]
            let temporary: ValueLocation
            if case .xmm = first.source { temporary = .xmm(XMM(15)) } else { temporary = .gpr(.r11) }
            try self.move(from: first.source, to: temporary)
            for i in moves.indices where moves[i].source == first.source { moves[i].source = temporary }
        }
    }

    // MARK: Code

    /// Emits the whole function; answers the code bytes.
    func generate() throws(AssemblerError) -> [UInt8] {
        assert(lowered.order.first == function.entry, "code is entered at its first byte")
        for (position, block) in lowered.order.enumerated() {
            try assembler.bind(blockLabels[block]!)
            if block == function.entry {
                try prologue(clearLocals: true)
            } else if let osr = function.osrEntries.first(where: { $0.block == block }) {
                let label = assembler.newLabel()
                try assembler.bind(label)
                osrEntries.append((osr.bytecodeOffset, label))
                try prologue(clearLocals: false)
            }
            let next = position + 1 < lowered.order.count ? lowered.order[position + 1] : nil
            // A block entered from a branch: the moves of its one incoming edge happen here.
            if function[block].predecessors.count == 1, let predecessor = function[block].predecessors.first,
               function[predecessor].successors.count > 1 {
                try edgeMoves(from: predecessor, to: block)
            }
            var lastOffset = -1
            for value in function[block].ops where lowered.emitted.contains(value) {
                let offset = function[value].bytecodeOffset
                if offset >= 0 && offset != lastOffset {
                    let label = assembler.newLabel()
                    try assembler.bind(label)
                    instructionStarts.append((offset, label))
                    lastOffset = offset
                }
                self.position = lowered.position[value]!
                resultPosition = lowered.calls(value) ? self.position + 2 : self.position
                if let moves = allocation.moves[self.position] { try parallelMove(moves.map { ($0.from, $0.to) }) }
                try emit(value, next: next)
            }
        }
        try tail()
        return try assembler.finish()
    }

    /// Reserves the native frame, checks that the frame's spill slots fit the register file,
    /// and clears what the collector may scan before it is written: the locals (a call writes
    /// only the header and the arguments) and the tagged spill slots.
    func prologue(clearLocals: Bool) throws(AssemblerError) {
        try emit(.sub, .reg(.rsp), .imm(Int64(nativeFrameBytes)))
        try emit(.movabs, .reg(.rdx), .imm(Int64(Int(bitPattern: runtime.scanTopCell))))
        try emit(.mov, .reg(.rcx), .mem(Memory(base: .rdx), .qword))
        try emit(.mov, .mem(savedScanTop, .qword), .reg(.rcx))
        try emit(.lea, .reg(.rax), .mem(Memory(base: .r13, displacement: Int32(frameSlots * 8)), nil))
        try emit(.movabs, .reg(.rcx), .imm(Int64(Int(bitPattern: runtime.registerFile + runtime.registerFileSize))))
        try emit(.cmp, .reg(.rax), .reg(.rcx))
        try assembler.emit(.j(.a), [.label(overflow)], jump: .near)
        let first = clearLocals ? Self.headerSlots + function.parameterCount : Self.headerSlots + function.registerCount
        for slot in first..<frameSlots {
            try emit(.mov, .mem(Memory(base: .r13, displacement: Int32(slot * 8)), .qword), .imm(Int64(Value.undefined.bits)))
        }
        // From here the collector scans this frame's spill slots, and callees go after them.
        try emit(.mov, .mem(Memory(base: .rdx), .qword), .reg(.rax))
    }

    /// Puts back the scan top the prologue found (before the frame leaves, by any way).
    func restoreScanTop(saveAreaBytes: Int = 0) throws(AssemblerError) {
        var saved = savedScanTop
        saved.displacement += Int32(saveAreaBytes)
        try emit(.mov, .reg(.rcx), .mem(saved, .qword))
        try emit(.movabs, .reg(.rdx), .imm(Int64(Int(bitPattern: runtime.scanTopCell))))
        try emit(.mov, .mem(Memory(base: .rdx), .qword), .reg(.rcx))
    }

    func emit(_ value: ValueID, next: BlockID?) throws(AssemblerError) {
        let op = function[value]
        switch op.opcode {
        case .int32Phi, .doublePhi, .booleanPhi, .boxedPhi:
            return
        case .parameter, .osrValue:
            let source = Memory(base: .r13, displacement: registerOffset(Int(op.attributes[0])))
            switch try resultLocation(value) {
            case .gpr(let reg): try emit(.mov, .reg(reg), .mem(source, .qword))
            case let slot:
                try emit(.mov, .reg(.r11), .mem(source, .qword))
                try emit(.mov, .mem(memory(slot)!, .qword), .reg(.r11))
            }
        case .jump:
            let block = op.block
            let successor = function[block].successors[0]
            try edgeMoves(from: block, to: successor)
            if let test = repeated[block] {
                // The header's test, read where the header reads it (the same registers now).
                let saved = (self.position, resultPosition)
                self.position = lowered.position[test]!
                resultPosition = self.position
                try emitRule(test, lowered.matches[test]!, next: next)
                (self.position, resultPosition) = saved
                return
            }
            let target = jumpTarget(successor)
            if target != next && successor != next { try assembler.emit(.jmp, [.label(blockLabels[target]!)], jump: .near) }
        case .deopt:
            try assembler.emit(.jmp, [.label(exitLabels[exitOf[value]!])], jump: .near)
        default:
            guard let match = lowered.matches[value] else { throw AssemblerError("no lowering rule for \(op.info.name)") }
            try emitRule(value, match, next: next)
        }
        for attribute in zip(op.info.operands.filter { if case .attribute = $0.type { return true } else { return false } }, op.attributes) {
            if case .attribute(let type) = attribute.0.type, type == .constant || type == .function {
                let bits = Value(bits: UInt64(bitPattern: attribute.1))
                if bits.isCell { roots.append(bits) }
            } else if case .attribute(let type) = attribute.0.type, type == .shape, let shape = UnsafeMutableRawPointer(bitPattern: Int(attribute.1)) {
                shapes.append(shape)
            }
        }
    }

    /// A rule's code: spilled operands loaded into scratch registers first, a spilled result
    /// stored after.
    func emitRule(_ value: ValueID, _ match: RuleMatch, next: BlockID?) throws(AssemblerError) {
        let op = function[value]
        let info = match.rule.info
        var o = RuleOperands()
        o.attributes = match.attributes
        o.outOfLine = outOfLine
        if let exit = exitOf[value] { o.deopt = exitLabels[exit] }
        if op.info.control == .branch {
            // Past empty blocks: a block with only a jump is not worth a jump of its own.
            let successors = function[op.block].successors.map(jumpTarget)
            o.trueTarget = blockLabels[successors[0]]
            o.falseTarget = blockLabels[successors[1]]
            o.fallthrough = successors[0] == next ? .trueTarget : successors[1] == next ? .falseTarget : .none
        }
        var custom = CustomRuleEmitter(generator: self, value: value)
        if info.isCustom {
            try emitThroughRule(match.rule, o, &custom)
            return
        }
        var pool = ScratchPool()
        for (index, operand) in match.operands.enumerated() {
            let registerClass = index < info.operandClasses.count ? info.operandClasses[index] : .gpr
            switch try location(ValueID(operand)) {
            case .gpr(let reg): o.operands.append(.gpr(reg))
            case .xmm(let xmm): o.operands.append(.xmm(xmm))
            case let slot:
                if info.memoryOperands.contains(index), let address = memory(slot) {
                    // Read from its slot by the rule's code: no scratch register, no load.
                    o.memory[index] = address
                    o.operands.append(registerClass == .xmm ? .xmm(XMM(15)) : .gpr(.r11))
                    continue
                }
                let register = try pool.take(registerClass)
                try move(from: slot, to: Self.location(register))
                o.operands.append(register)
            }
        }
        var spilledResult: (MachineRegister, ValueLocation)?
        if let type = op.type, lowered.definesLocation(value) {
            let registerClass: MachineRegisterClass = type == .double ? .xmm : .gpr
            switch try resultLocation(value) {
            case .gpr(let reg): o.result = .gpr(reg)
            case .xmm(let xmm): o.result = .xmm(xmm)
            case let slot:
                let register = try pool.take(registerClass)
                o.result = register
                spilledResult = (register, slot)
            }
        }
        for temp in info.temps { o.temps.append(try pool.take(temp)) }
        try emitThroughRule(match.rule, o, &custom)
        if let (register, slot) = spilledResult { try move(from: Self.location(register), to: slot) }
    }

    /// Runs a rule's generated emitter on the assembler, moved out of this object meanwhile: a
    /// custom rule's hand-written code (which works on this object) moves it back in.
    func emitThroughRule(_ rule: LoweringRule, _ o: RuleOperands, _ custom: inout CustomRuleEmitter) throws(AssemblerError) {
        var a = assembler
        assembler = Assembler()
        defer { assembler = a }
        try rule.emit(into: &a, o, custom: &custom)
    }

    /// The scratch registers of Specs/lowering.x86_64.yaml, handed out for one rule.
    struct ScratchPool {
        var gprs = LoweringRegisters.scratchGPR
        var xmms = LoweringRegisters.scratchXMM

        mutating func take(_ registerClass: MachineRegisterClass) throws(AssemblerError) -> MachineRegister {
            switch registerClass {
            case .gpr:
                guard !gprs.isEmpty else { throw AssemblerError("a rule needs more scratch registers than there are") }
                return .gpr(gprs.removeLast())
            case .xmm:
                guard !xmms.isEmpty else { throw AssemblerError("a rule needs more scratch registers than there are") }
                return .xmm(xmms.removeLast())
            }
        }
    }

    /// The epilogue, the error exit, the register-file overflow path and the deopt stubs.
    func tail() throws(AssemblerError) {
        try outOfLine.emit(into: &assembler)
        try assembler.bind(epilogue)
        try restoreScanTop()
        try emit(.add, .reg(.rsp), .imm(Int64(nativeFrameBytes)))
        try emit(.ret)
        try assembler.bind(errorExit)
        try emit(.xor, .reg(.eax), .reg(.eax))
        try assembler.emit(.jmp, [.label(epilogue)], jump: .near)
        try assembler.bind(overflow)
        try emit(.mov, .reg(.rdi), .reg(.r12))
        try emit(.mov, .reg(.rsi), .reg(.r13))
        try emit(.movabs, .reg(.rax), .imm(OptimizedHelpers.address(OptimizedHelpers.stackOverflow)))
        try emit(.call, .reg(.rax))
        try assembler.emit(.jmp, [.label(errorExit)], jump: .near)
        for (index, label) in exitLabels.enumerated() {
            try assembler.bind(label)
            try emit(.mov, .reg(Reg(11, .dword)), .imm(Int64(index)))
            try assembler.emit(.jmp, [.label(deoptCommon)], jump: .near)
        }
        // Every register into the save area, then deoptimize(context, frame, info, exit, saveArea).
        try assembler.bind(deoptCommon)
        try emit(.sub, .reg(.rsp), .imm(Int64(Self.saveAreaBytes)))
        for n in 0..<16 where n != 4 {
            try emit(.mov, .mem(Memory(base: .rsp, displacement: Int32(n * 8)), .qword), .reg(Reg(UInt8(n), .qword)))
        }
        for n in 0..<16 {
            try emit(.movsd, .mem(Memory(base: .rsp, displacement: Int32(128 + n * 8)), .qword), .xmm(XMM(UInt8(n))))
        }
        // The interpreter takes the frame over: it is not an optimized frame any more.
        try restoreScanTop(saveAreaBytes: Self.saveAreaBytes)
        try emit(.mov, .reg(.rdi), .reg(.r12))
        try emit(.mov, .reg(.rsi), .reg(.r13))
        try emit(.movabs, .reg(.rdx), .imm(infoAddress))
        try emit(.mov, .reg(.ecx), .reg(Reg(11, .dword)))
        try emit(.mov, .reg(.r8), .reg(.rsp))
        try emit(.movabs, .reg(.rax), .imm(OptimizedHelpers.address(OptimizedHelpers.deoptimize)))
        try emit(.call, .reg(.rax))
        try emit(.add, .reg(.rsp), .imm(Int64(Self.saveAreaBytes + nativeFrameBytes)))
        try emit(.ret)
    }

    func offset(of label: X64Assembler.Label) throws(AssemblerError) -> Int {
        guard let offset = assembler.offset(of: label) else { throw AssemblerError("a label was never bound") }
        return offset
    }

    // MARK: Custom rules

    /// Generic and GenericBranch: the inputs go to the instruction's source registers in the
    /// frame, and the instruction runs as baseline code runs it, by its own template from
    /// Specs/opcodes.yaml (inline caches, inline allocation, builtin fast paths, and the
    /// interpreter's step as its slow path); the result comes back from the frame (Generic) or
    /// from whether it jumped (GenericBranch). Its callees' frames go after this frame's spill
    /// slots.
    func emitGeneric(_ value: ValueID) throws(AssemblerError) {
        let op = function[value]
        let pc = Int(op.attributes[0])
        let instruction: Instruction
        do { instruction = try Instruction.decode(info.chunk.code, at: pc) } catch { throw AssemblerError("Generic of bad bytecode at \(pc)") }
        let sources = BytecodeAnalysis.reads(instruction)
        for (input, register) in zip(op.inputs, sources) {
            try store(input, to: Memory(base: .r13, displacement: registerOffset(register)))
        }
        var bytes: [UInt8] = []
        var branches: [(field: Int, target: BaselineJIT.BranchTarget)] = []
        do {
            try BaselineJIT.instantiate(info, at: pc, frameSize: frameSlots * 8, into: &bytes) { branches.append(($0, $1)) }
        } catch {
            throw AssemblerError(error.message)
        }
        let start = assembler.offset
        assembler.append(bytes)
        let taken = assembler.newLabel()
        for branch in branches {
            switch branch.target {
            case .exit: try assembler.addRel32Fixup(at: start + branch.field, to: errorExit)
            case .instruction: try assembler.addRel32Fixup(at: start + branch.field, to: taken)
            case .epilogue: throw AssemblerError("\(instruction) cannot run generically: its template returns")
            }
        }
        if op.opcode == .genericBranch {
            let done = assembler.newLabel()
            try emit(.xor, .reg(.eax), .reg(.eax))
            try assembler.emit(.jmp, [.label(done)], jump: .near)
            try assembler.bind(taken)
            try emit(.mov, .reg(.eax), .imm(1))
            try assembler.bind(done)
            try define(value, from: .gpr(.rax))
            return
        }
        // Jumps the template makes go on here, as falling through does.
        try assembler.bind(taken)
        if op.type != nil, allocation.location(of: value, at: resultPosition) != nil {
            if let dst = BytecodeAnalysis.writes(instruction) {
                try emit(.mov, .reg(.rax), .mem(Memory(base: .r13, displacement: registerOffset(dst)), .qword))
            } else {
                try emit(.mov, .reg(.rax), .imm(Int64(Value.undefined.bits)))
            }
            try define(value, from: .gpr(.rax))
        }
    }

    /// A call of a known function: its frame is written after this one and its code called
    /// natively (or, without code, run by the runFrame helper).
    func emitCallDirect(_ value: ValueID) throws(AssemblerError) {
        let op = function[value]
        let target = UnsafeMutableRawPointer(bitPattern: Int(op.attributes[0]))!
        guard let record = runtime.functionRecord(target) else { throw AssemblerError("CallDirect of a builtin") }
        let registers = record.pointee.registerCount, parameters = record.pointee.parameterCount
        let arguments = Array(op.inputs.dropFirst())
        let frame = Reg.r10
        let done = assembler.newLabel(), interpret = assembler.newLabel()
        try emit(.lea, .reg(frame), .mem(Memory(base: .r13, displacement: Int32(frameSlots * 8)), nil))
        try emit(.lea, .reg(.r11), .mem(Memory(base: frame, displacement: Int32((Self.headerSlots + registers) * 8)), nil))
        try emit(.movabs, .reg(.r9), .imm(Int64(Int(bitPattern: runtime.registerFile + runtime.registerFileSize))))
        try emit(.cmp, .reg(.r11), .reg(.r9))
        try assembler.emit(.j(.a), [.label(overflow)], jump: .near)
        try emit(.movabs, .reg(.r9), .imm(Int64(Int(bitPattern: runtime.nativeStackLimitCell))))
        try emit(.cmp, .reg(.rsp), .mem(Memory(base: .r9), .qword))
        try assembler.emit(.j(.b), [.label(overflow)], jump: .near)
        func header(_ slot: Int) -> Memory { Memory(base: frame, displacement: Int32(slot * 8)) }
        try emit(.mov, .reg(.r11), .reg(.r13))
        try emit(.movabs, .reg(.r9), .imm(Int64(Int(bitPattern: runtime.registerFile))))
        try emit(.sub, .reg(.r11), .reg(.r9))
        try emit(.shr, .reg(.r11), .imm(3))
        try emit(.or, .reg(.r11), .reg(.r14))
        try emit(.mov, .mem(header(Layout.Frame.callerFrame), .qword), .reg(.r11))
        try emit(.mov, .reg(Reg(11, .dword)), .imm(Int64(op.bytecodeOffset)))
        try emit(.or, .reg(.r11), .reg(.r14))
        try emit(.mov, .mem(header(Layout.Frame.returnOffset), .qword), .reg(.r11))
        try emit(.movabs, .reg(.r11), .imm(Int64(Int(bitPattern: target))))
        try emit(.mov, .mem(header(Layout.Frame.callee), .qword), .reg(.r11))
        try emit(.mov, .reg(Reg(11, .dword)), .imm(Int64(arguments.count)))
        try emit(.or, .reg(.r11), .reg(.r14))
        try emit(.mov, .mem(header(Layout.Frame.argumentCount), .qword), .reg(.r11))
        try store(op.inputs[0], to: header(Layout.Frame.thisValue))
        for i in 0..<parameters {
            let slot = header(Self.headerSlots + i)
            if i < arguments.count {
                try store(arguments[i], to: slot)
            } else {
                try emit(.mov, .mem(slot, .qword), .imm(Int64(Value.undefined.bits)))
            }
        }
        try emit(.movabs, .reg(.r11), .imm(Int64(Int(bitPattern: record.pointee.counters))))
        try emit(.add, .mem(Memory(base: .r11, displacement: Int32(Layout.countersInvocations)), .qword), .imm(1))
        try emit(.movabs, .reg(.r11), .imm(Int64(Int(bitPattern: record))))
        try emit(.mov, .reg(.rax), .mem(Memory(base: .r11, displacement: Int32(Layout.recordBaselineEntry)), .qword))
        try emit(.test, .reg(.rax), .reg(.rax))
        try assembler.emit(.j(.e), [.label(interpret)], jump: .near)
        try emit(.mov, .reg(.r13), .reg(frame))
        try emit(.call, .reg(.rax))
        try emit(.sub, .reg(.r13), .imm(Int64(frameSlots * 8)))
        try assembler.emit(.jmp, [.label(done)], jump: .near)
        try assembler.bind(interpret)
        try emit(.mov, .reg(.rdi), .reg(.r12))
        try emit(.mov, .reg(.rsi), .reg(frame))
        try emit(.movabs, .reg(.rax), .imm(OptimizedHelpers.address(OptimizedHelpers.runFrame)))
        try emit(.call, .reg(.rax))
        try assembler.bind(done)
        try emit(.test, .reg(.rax), .reg(.rax))
        try assembler.emit(.j(.e), [.label(errorExit)], jump: .near)
        try define(value, from: .gpr(.rax))
        roots.append(Value(cell: target))
    }

    /// Returns the value: the epilogue inline.
    func emitReturn(_ value: ValueID) throws(AssemblerError) {
        try load(function[value].inputs[0], into: .gpr(.rax))
        try restoreScanTop()
        try emit(.add, .reg(.rsp), .imm(Int64(nativeFrameBytes)))
        try emit(.ret)
    }

    /// The global object's slot `slot`: its address in r10 (the global object is a fixed cell).
    func globalSlotAddress(_ slot: Int) throws(AssemblerError) -> Memory {
        try emit(.movabs, .reg(.r10), .imm(Int64(Int(bitPattern: runtime.globalObject))))
        if slot < Runtime.inlineSlots {
            return Memory(base: .r10, displacement: Int32(Layout.ObjectCell.inlineSlots.offset + slot * 8))
        }
        try emit(.mov, .reg(.r10), .mem(Memory(base: .r10, displacement: Int32(Layout.ObjectCell.outOfLineSlots.offset)), .qword))
        return Memory(base: .r10, displacement: Int32(Layout.StorageCell.values.offset + (slot - Runtime.inlineSlots) * 8))
    }

    func emitCheckGlobalShape(_ value: ValueID, deopt: X64Assembler.Label) throws(AssemblerError) {
        try emit(.movabs, .reg(.r10), .imm(Int64(Int(bitPattern: runtime.globalObject))))
        try emit(.movabs, .reg(.r11), .imm(function[value].attributes[0]))
        try emit(.cmp, .mem(Memory(base: .r10, displacement: Int32(Layout.CellHeader.shape.offset)), .qword), .reg(.r11))
        try assembler.emit(.j(.ne), [.label(deopt)], jump: .near)
    }

    func emitLoadGlobalSlot(_ value: ValueID) throws(AssemblerError) {
        let slot = try globalSlotAddress(Int(function[value].attributes[0]))
        try emit(.mov, .reg(.r11), .mem(slot, .qword))
        try define(value, from: .gpr(.r11))
    }

    func emitStoreGlobalSlot(_ value: ValueID) throws(AssemblerError) {
        let slot = try globalSlotAddress(Int(function[value].attributes[0]))
        try store(function[value].inputs[0], to: slot)
    }

    /// `%` on doubles through the runtime's remainder function.
    func emitDoubleMod(_ value: ValueID) throws(AssemblerError) {
        let op = function[value]
        try load(op.inputs[1], into: .xmm(XMM(15)))
        try load(op.inputs[0], into: .xmm(XMM(0)))
        try emit(.movsd, .xmm(XMM(1)), .xmm(XMM(15)))
        try emit(.movabs, .reg(.rax), .imm(OptimizedHelpers.address(BaselineHelpers.remainder)))
        try emit(.call, .reg(.rax))
        try define(value, from: .xmm(XMM(0)))
    }
}

/// Hands the custom rules of Specs/lowering.x86_64.yaml to the code generator's hand-written
/// emitters, for the op being emitted.
struct CustomRuleEmitter {
    let generator: CodeGenerator
    let value: ValueID

    /// Runs `body` with the assembler the generated code holds moved into the generator.
    func run(_ a: inout Assembler, _ body: (CodeGenerator) throws(AssemblerError) -> Void) throws(AssemblerError) {
        generator.assembler = a
        a = Assembler()
        defer {
            a = generator.assembler
            generator.assembler = Assembler()
        }
        try body(generator)
    }
}

extension CustomRuleEmitter: CustomLowering {
    mutating func emitDoubleMod(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitDoubleMod(value) }
    }

    mutating func emitCheckGlobalShape(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitCheckGlobalShape(value, deopt: o.deoptLabel) }
    }

    mutating func emitLoadGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitLoadGlobalSlot(value) }
    }

    mutating func emitStoreGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitStoreGlobalSlot(value) }
    }

    mutating func emitCallDirect(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitCallDirect(value) }
    }

    mutating func emitGeneric(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitGeneric(value) }
    }

    mutating func emitGenericBranch(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitGeneric(value) }
    }

    mutating func emitReturn(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) {
        try run(&a) { [value] generator throws(AssemblerError) in try generator.emitReturn(value) }
    }
}
