/// Builds SSA IR from one function's bytecode and its profile (DESIGN §6): an abstract
/// interpretation of the bytecode that keeps, for each bytecode register, the SSA value it
/// holds, and specializes each instruction on what the profile saw there (Specs/opcodes.yaml's
/// feedback kinds): int32 arithmetic with overflow guards, doubles, shape-guarded property
/// access, bounds-checked elements, guarded call targets. What the profile never saw ends in a
/// `Deopt`; what it saw too much of (strings, megamorphic sites) becomes `Generic`, which runs
/// the instruction as the interpreter does.
///
/// Values keep their machine representation (int32, double, boolean, boxed, checked cell):
/// conversions are inserted where an operation needs another, and a register's representation
/// is refined when a guard learns more (after `UnboxInt32 r3`, r3 holds the int32). Guards carry
/// the frame state at the start of their instruction, so the interpreter can redo it.
///
/// Control flow: one IR block per bytecode block, plus a preheader before each loop header
/// (where hoisted code goes and where on-stack-replacement entries join). Merges get typed phis;
/// a loop header's phi starts with the type entering the loop, and when the back edge brings a
/// wider one (an int32 counter that becomes a double), the build starts over with that phi
/// widened, until the types agree.
struct GraphBuilder {
    let info: FunctionInfo
    let runtime: Runtime
    let analysis: BytecodeAnalysis
    /// Add an OSR entry at every loop header.
    let osrEntries: Bool
    /// The frame's values when compiling to enter at a loop header now: the OSR entry there
    /// speculates on the types they have.
    let osrFrame: (offset: Int, values: [Value])?
    /// Where speculation failed before, so this compilation does not repeat it.
    let speculationLog: SpeculationLog

    /// Thrown by one attempt when a loop phi must be widened; the builder starts over.
    private struct Widen: Error {}

    /// The feedback the build specializes on: the function's own profile, or one given.
    let profile: ProfileData

    init(info: FunctionInfo, runtime: Runtime, profile: ProfileData? = nil, osrEntries: Bool = true, osrFrame: (offset: Int, values: [Value])? = nil,
         speculationLog: SpeculationLog = SpeculationLog()) {
        self.info = info
        self.runtime = runtime
        self.profile = profile ?? info.profile
        analysis = BytecodeAnalysis(code: info.chunk.code, registerCount: info.chunk.registerCount)
        self.osrEntries = osrEntries
        self.osrFrame = osrFrame
        self.speculationLog = speculationLog
    }

    func build() throws(OptimizingJIT.Failure) -> IRFunction {
        var widened: [Int: [Int: IRType]] = [:], narrowed: [Int: [Int: IRType]] = [:]
        for _ in 0..<64 {
            var attempt = Attempt(builder: self, widened: widened, narrowed: narrowed)
            do {
                return try attempt.run()
            } catch let error as OptimizingJIT.Failure {
                throw error
            } catch {
                widened = attempt.widened
                narrowed = attempt.narrowed
            }
        }
        throw OptimizingJIT.Failure("loop types of \(info.chunk.name) did not settle")
    }

    /// One pass over the bytecode with fixed loop-phi types.
    private struct Attempt {
        let builder: GraphBuilder
        var widened: [Int: [Int: IRType]]
        /// Boxed loop phis to unbox before their loop, by header and register.
        var narrowed: [Int: [Int: IRType]]
        let f: IRFunction
        var analysis: BytecodeAnalysis { builder.analysis }

        /// The IR block of each bytecode block (for a loop header, the header itself).
        var blockAt: [Int: BlockID] = [:]
        /// The preheader of each loop header.
        var preheaderOf: [Int: BlockID] = [:]
        /// The register state each incoming edge brings, in the order of the block's predecessors.
        var edgeStates: [BlockID: [[ValueID?]]] = [:]
        /// Loop phis by header offset and register.
        var loopPhis: [Int: [Int: ValueID]] = [:]

        // The instruction being translated.
        var state: [ValueID?] = []
        var block = BlockID(0)
        var offset = 0
        var instructionState: Int?
        var ended = false

        init(builder: GraphBuilder, widened: [Int: [Int: IRType]], narrowed: [Int: [Int: IRType]]) {
            self.builder = builder
            self.widened = widened
            self.narrowed = narrowed
            let chunk = builder.info.chunk
            f = IRFunction(name: chunk.name, registerCount: chunk.registerCount, parameterCount: chunk.parameterCount)
        }

        mutating func run() throws -> IRFunction {
            let entry = f.addBlock()
            f.entry = entry
            for start in analysis.blockStarts {
                if analysis.loopHeaders.contains(start) { preheaderOf[start] = f.addBlock() }
                blockAt[start] = f.addBlock()
            }
            guard !analysis.instructions.isEmpty else { throw OptimizingJIT.Failure("\(f.name) has no code") }
            // The entry: parameters from the frame, undefined in every other register.
            var initial = [ValueID?](repeating: nil, count: f.registerCount)
            let live = analysis.live(at: 0)
            var undefined: ValueID?
            for register in 0..<f.registerCount where live.contains(register) {
                if register < f.parameterCount {
                    initial[register] = f.append(.parameter, attributes: [Int64(register)], to: entry)
                } else {
                    if undefined == nil { undefined = f.append(.constant, attributes: [Int64(bitPattern: Value.undefined.bits)], to: entry) }
                    initial[register] = undefined
                }
            }
            jump(from: entry, to: 0, state: initial)

            for start in reversePostorder() {
                try translateBlock(start)
            }
            try closeLoops()
            // Blocks no edge reached.
            for (start, id) in blockAt where f[id].predecessors.isEmpty && !f.entries.contains(id) {
                _ = start
                f.removeBlock(id)
            }
            for (_, id) in preheaderOf where f[id].predecessors.isEmpty { f.removeBlock(id) }
            // Loop headers got a phi for every live register; most merge one value.
            DeadCodeElimination.removeTrivialPhis(f)
            return f
        }

        /// Bytecode blocks, each after its forward predecessors.
        func reversePostorder() -> [Int] {
            var visited = Set<Int>(), postorder: [Int] = []
            var stack: [(Int, [Int], Int)] = [(0, successors(ofBlock: 0), 0)]
            visited.insert(0)
            while let (start, successors, next) = stack.popLast() {
                if next < successors.count {
                    stack.append((start, successors, next + 1))
                    let successor = successors[next]
                    if visited.insert(successor).inserted { stack.append((successor, self.successors(ofBlock: successor), 0)) }
                } else {
                    postorder.append(start)
                }
            }
            return postorder.reversed()
        }

        func blockEnd(_ start: Int) -> Int {
            let index = analysis.blockStarts.firstIndex(of: start)!
            return index + 1 < analysis.blockStarts.count ? analysis.blockStarts[index + 1] : analysis.code.count
        }

        func successors(ofBlock start: Int) -> [Int] {
            let end = blockEnd(start)
            guard let lastIndex = analysis.instructions.lastIndex(where: { $0.offset < end }), analysis.instructions[lastIndex].offset >= start else { return [] }
            return analysis.successors(ofInstruction: lastIndex)
        }

        // MARK: Edges and merges

        /// Ends `from` with a jump to the bytecode offset `target` carrying `state`.
        mutating func jump(from: BlockID, to target: Int, state: [ValueID?]) {
            f.append(.jump, to: from)
            addEdge(from: from, toOffset: target, state: state, backward: false)
        }

        /// Adds the edge to the block at `target` (a loop header's preheader, unless `backward`).
        mutating func addEdge(from: BlockID, toOffset target: Int, state: [ValueID?], backward: Bool) {
            let to = (!backward ? preheaderOf[target] : nil) ?? blockAt[target]!
            f.addEdge(from: from, to: to)
            edgeStates[to, default: []].append(state)
        }

        mutating func translateBlock(_ start: Int) throws {
            let id = blockAt[start]!
            if let preheader = preheaderOf[start] {
                if builder.osrEntries { try addOSREntry(header: start, preheader: preheader) }
                guard !f[preheader].predecessors.isEmpty else { return }
                let entering = merge(into: preheader, at: start)
                // The header: a phi for every live register, of the type entering the loop (or
                // wider, after an earlier attempt saw the back edge bring more).
                var headerState = [ValueID?](repeating: nil, count: f.registerCount)
                var converted = entering
                let enteringState = f.addFrameState(frameState(entering, at: start))
                for register in 0..<f.registerCount {
                    guard let value = entering[register], let type = f[value].type else { continue }
                    var phiType = unify(type, widened[start]?[register] ?? type)
                    let input: ValueID
                    if let narrow = narrowed[start]?[register], widened[start]?[register] == nil, type == .boxed || type == .cell {
                        // The loop only ever uses this register unboxed: unbox it once, before the loop.
                        phiType = narrow
                        let unbox: IROpcode = narrow == .int32 ? .unboxInt32 : narrow == .double ? .unboxNumber : .unboxBoolean
                        input = f.append(unbox, [value], to: preheader, frameState: enteringState, bytecodeOffset: start)
                    } else {
                        input = convert(value, to: phiType, atEndOf: preheader)!
                    }
                    converted[register] = input
                    let phi = f.insertPhi(.phi(for: phiType), [input], in: id)
                    headerState[register] = phi
                    loopPhis[start, default: [:]][register] = phi
                }
                f.append(.jump, to: preheader)
                f.addEdge(from: preheader, to: id)
                edgeStates[id] = [converted]
                // The preheader's frame state: resume at the header with the values entering
                // it, for guards hoisted out of the loop.
                f[f.terminator(of: preheader)!].frameState = f.addFrameState(frameState(converted, at: start))
                state = headerState
            } else {
                guard !f[id].predecessors.isEmpty else { return }
                state = merge(into: id, at: start)
            }
            block = id
            ended = false
            let end = blockEnd(start)
            var index = analysis.indexAt[start]!
            while index < analysis.instructions.count, analysis.instructions[index].offset < end, !ended {
                let (at, instruction) = analysis.instructions[index]
                offset = at
                instructionState = nil
                try translate(instruction)
                index += 1
            }
            if !ended {
                // Falls through to the next block.
                jump(from: block, to: end, state: state)
            }
        }

        /// The state entering `block` at bytecode `offset`: each live register's value, or a
        /// phi where predecessors disagree (inputs converted to a common type at their ends).
        mutating func merge(into block: BlockID, at offset: Int) -> [ValueID?] {
            let incoming = edgeStates[block] ?? []
            let predecessors = f[block].predecessors
            let live = analysis.live(at: offset)
            var merged = [ValueID?](repeating: nil, count: f.registerCount)
            for register in 0..<f.registerCount where live.contains(register) {
                let values = incoming.map { $0[register] }
                guard let first = values.first, let firstValue = first else { continue }
                if values.allSatisfy({ $0 == firstValue }) {
                    merged[register] = firstValue
                    continue
                }
                guard values.allSatisfy({ $0 != nil }) else { continue }
                var type = f[firstValue].type!
                for case let value? in values { type = unify(type, f[value].type!) }
                var inputs: [ValueID] = []
                for (value, predecessor) in zip(values, predecessors) { inputs.append(convert(value!, to: type, atEndOf: predecessor)!) }
                merged[register] = f.insertPhi(.phi(for: type), inputs, in: block)
            }
            return merged
        }

        /// The type two values merge to: the same, double for int32 and double, else boxed.
        func unify(_ a: IRType, _ b: IRType) -> IRType {
            if a == b { return a }
            if (a == .int32 && b == .double) || (a == .double && b == .int32) { return .double }
            return .boxed
        }

        /// `value` as `type`, converted (without guards) at the end of `block`; nil when that
        /// takes a speculation.
        mutating func convert(_ value: ValueID, to type: IRType, atEndOf block: BlockID) -> ValueID? {
            guard let from = f[value].type else { return nil }
            if from.fits(type) { return value }
            switch (from, type) {
            case (.int32, .double): return f.insertBeforeTerminator(.int32ToDouble, [value], in: block)
            case (.int32, .boxed): return f.insertBeforeTerminator(.boxInt32, [value], in: block)
            case (.double, .boxed): return f.insertBeforeTerminator(.boxDouble, [value], in: block)
            case (.boolean, .boxed): return f.insertBeforeTerminator(.boxBoolean, [value], in: block)
            default: return nil
            }
        }

        /// Back edges bring their values to the loop phis; a value that cannot become the phi's
        /// type without a guard widens the phi for the next attempt. A boxed phi (a parameter,
        /// say) whose back edges all bring one unboxed type is narrowed for the next attempt:
        /// the value is unboxed once before the loop instead of in every iteration.
        mutating func closeLoops() throws {
            var mustWiden = false
            for (header, phis) in loopPhis {
                let id = blockAt[header]!
                let incoming = edgeStates[id] ?? []
                let predecessors = f[id].predecessors
                if predecessors.count > 1, builder.speculationLog.speculates(at: header) {
                    for (register, phi) in phis where f[phi].type == .boxed && widened[header]?[register] == nil && narrowed[header]?[register] == nil {
                        let types = incoming.dropFirst().map { $0[register].flatMap { f[$0].type } }
                        guard let first = types.first, let firstType = first, [.int32, .double, .boolean].contains(firstType) else { continue }
                        var type = firstType
                        for other in types.dropFirst() { type = other.map { unify(type, $0) } ?? .boxed }
                        guard type != .boxed else { continue }
                        narrowed[header, default: [:]][register] = type
                        mustWiden = true
                    }
                }
                // The first predecessor is the preheader; the rest are back edges.
                for (index, predecessor) in predecessors.enumerated().dropFirst() {
                    let edge = incoming[index]
                    for (register, phi) in phis {
                        let phiType = f[phi].type!
                        guard let value = edge[register], let converted = convert(value, to: phiType, atEndOf: predecessor) else {
                            let valueType = edge[register].flatMap { f[$0].type } ?? .boxed
                            widened[header, default: [:]][register] = unify(phiType, valueType) == phiType ? .boxed : unify(phiType, valueType)
                            mustWiden = true
                            continue
                        }
                        f[phi].inputs.append(converted)
                    }
                }
            }
            if mustWiden { throw Widen() }
        }

        /// A block that enters the function at loop header `header` from a running frame: each
        /// live register read from the frame and checked against the type the normal path
        /// brings (or, for the OSR being compiled for, the type the frame holds now).
        mutating func addOSREntry(header: Int, preheader: BlockID) throws {
            let entry = f.addBlock()
            f.osrEntries.append((header, entry))
            let live = analysis.live(at: header)
            var raw = [ValueID?](repeating: nil, count: f.registerCount)
            for register in 0..<f.registerCount where live.contains(register) {
                raw[register] = f.append(.osrValue, attributes: [Int64(register)], to: entry)
            }
            let guardState = f.addFrameState(frameState(raw, at: header))
            let normal = edgeStates[preheader] ?? []
            var typed = raw
            let speculate = builder.speculationLog.speculates(at: header)
            for register in 0..<f.registerCount {
                guard let value = raw[register] else { continue }
                var type: IRType = .boxed
                if speculate {
                    let types = normal.compactMap { $0[register].flatMap { f[$0].type } }
                    type = types.first ?? .boxed
                    for other in types.dropFirst() { type = unify(type, other) }
                    if let frame = builder.osrFrame, frame.offset == header, register < frame.values.count {
                        let now = frame.values[register]
                        if type == .int32 && !now.isInt32 { type = now.isNumber ? .double : .boxed }
                        if type == .double && !now.isNumber { type = .boxed }
                        if type == .boolean && !now.isBoolean { type = .boxed }
                    }
                }
                switch type {
                case .int32: typed[register] = f.append(.unboxInt32, [value], to: entry, frameState: guardState, bytecodeOffset: header)
                case .double: typed[register] = f.append(.unboxNumber, [value], to: entry, frameState: guardState, bytecodeOffset: header)
                case .boolean: typed[register] = f.append(.unboxBoolean, [value], to: entry, frameState: guardState, bytecodeOffset: header)
                case .boxed, .cell: break
                }
            }
            jump(from: entry, to: header, state: typed)
        }

        // MARK: Values

        func frameState(_ registers: [ValueID?], at offset: Int) -> FrameState {
            let live = analysis.live(at: offset)
            return FrameState(bytecodeOffset: offset, registers: registers.enumerated().map { live.contains($0.offset) ? $0.element : nil })
        }

        /// The frame state at the start of the instruction being translated (made once).
        mutating func here() -> Int {
            if let existing = instructionState { return existing }
            let made = f.addFrameState(frameState(state, at: offset))
            instructionState = made
            return made
        }

        mutating func emit(_ opcode: IROpcode, _ inputs: [ValueID] = [], attributes: [Int64] = []) -> ValueID {
            let guarded = opcode.info.isGuard
            return f.append(opcode, inputs, attributes: attributes, to: block, frameState: guarded ? here() : nil, bytecodeOffset: offset)
        }

        func value(_ register: Register) -> ValueID { value(Int(register.value)) }

        func value(_ register: Int) -> ValueID {
            // The verifier guarantees reads of registers; liveness keeps every read register.
            state[register]!
        }

        func type(_ value: ValueID) -> IRType { f[value].type! }

        mutating func set(_ register: Register, _ value: ValueID) { state[Int(register.value)] = value }

        mutating func constant(_ value: Value) -> ValueID { emit(.constant, attributes: [Int64(bitPattern: value.bits)]) }
        mutating func int32Constant(_ value: Int32) -> ValueID { emit(.int32Constant, attributes: [Int64(value)]) }
        mutating func doubleConstant(_ value: Double) -> ValueID { emit(.doubleConstant, attributes: [Int64(bitPattern: value.bitPattern)]) }

        /// The boxed form of a value (conversions never fail).
        mutating func boxed(_ value: ValueID) -> ValueID {
            switch type(value) {
            case .boxed, .cell: return value
            case .int32: return emit(.boxInt32, [value])
            case .double: return emit(.boxDouble, [value])
            case .boolean: return emit(.boxBoolean, [value])
            }
        }

        /// The register's value as an int32, guarding a boxed one (and remembering the unboxed
        /// value in the register, so later reads need no second guard).
        mutating func int32(_ register: Int) -> ValueID? {
            let current = value(register)
            switch type(current) {
            case .int32: return current
            case .boxed:
                if let known = constantValue(current), known.isInt32 { return int32Constant(known.asInt32) }
                let unboxed = emit(.unboxInt32, [current])
                state[register] = unboxed
                return unboxed
            default: return nil
            }
        }

        /// The register's value as a double (an int32 converted), guarding a boxed one.
        mutating func number(_ register: Int) -> ValueID? {
            let current = value(register)
            switch type(current) {
            case .double: return current
            case .int32: return emit(.int32ToDouble, [current])
            case .boxed:
                if let known = constantValue(current), known.isNumber { return doubleConstant(known.asNumber) }
                let unboxed = emit(.unboxNumber, [current])
                state[register] = unboxed
                return unboxed
            default: return nil
            }
        }

        /// ToInt32 of a number register: int32 as is, a double truncated, a boxed number unboxed first.
        mutating func truncated(_ register: Int) -> ValueID? {
            let current = value(register)
            switch type(current) {
            case .int32: return current
            case .double: return emit(.doubleToInt32, [current])
            case .boxed: return number(register).map { emit(.doubleToInt32, [$0]) }
            default: return nil
            }
        }

        /// The register's truthiness.
        mutating func boolean(_ register: Int) -> ValueID {
            let current = value(register)
            switch type(current) {
            case .boolean: return current
            case .int32: return emit(.int32Compare, [current, int32Constant(0)], attributes: [IRCondition.ne.rawValue])
            case .double, .boxed, .cell: return emit(.toBoolean, [boxed(current)])
            }
        }

        /// The boxed constant an op stands for, if it is one.
        func constantValue(_ value: ValueID) -> Value? {
            f[value].opcode == .constant ? Value(bits: UInt64(bitPattern: f[value].attributes[0])) : nil
        }

        // MARK: Ends of blocks

        /// Ends the block with a deoptimization: the profile never saw this instruction run.
        mutating func deopt() {
            f.append(.deopt, to: block, frameState: here(), bytecodeOffset: offset)
            ended = true
        }

        mutating func branch(_ condition: ValueID, whenTrue: Int, whenFalse: Int) {
            if whenTrue == whenFalse {
                jump(from: block, to: whenTrue, state: state)
            } else {
                f.append(.branch, [condition], to: block, bytecodeOffset: offset)
                addEdge(from: block, toOffset: whenTrue, state: state, backward: false)
                addEdge(from: block, toOffset: whenFalse, state: state, backward: false)
            }
            ended = true
        }

        // MARK: Generic operations

        /// Runs the instruction as the interpreter does: its source registers, boxed, are the
        /// inputs; its result, boxed, goes to its destination.
        mutating func generic(_ instruction: Instruction) {
            let inputs = BytecodeAnalysis.reads(instruction).map { boxed(value($0)) }
            let result = emit(.generic, inputs, attributes: [Int64(offset)])
            if let dst = BytecodeAnalysis.writes(instruction) { state[dst] = result }
        }

        /// A conditional jump run as the interpreter runs it.
        mutating func genericBranch(_ instruction: Instruction, target: Int) {
            let inputs = BytecodeAnalysis.reads(instruction).map { boxed(value($0)) }
            let jumps = emit(.genericBranch, inputs, attributes: [Int64(offset)])
            branch(jumps, whenTrue: target, whenFalse: next)
        }

        var next: Int { offset + Opcode(rawValue: analysis.code[offset])!.length }

        var speculates: Bool { builder.speculationLog.speculates(at: offset) }

        func profile(_ slot: FeedbackSlot) -> FeedbackSlotProfile { builder.profile.slots[Int(slot.value)] }

        /// The slot's type feedback or, for a site that never ran, what the IR already proves
        /// about its operands: int32s (or numbers) need no profile to be compiled, so code that
        /// has not run yet (after a loop still running when it was compiled) does not end in a
        /// deoptimization for want of one.
        func feedback(_ slot: FeedbackSlot, operands: [Int]) -> TypeFeedback {
            let types = profile(slot).types
            guard types.isEmpty, speculates, !operands.isEmpty else { return types }
            let known = operands.map { staticType(value($0)) }
            if known.allSatisfy({ $0 == .int32 }) { return .int32 }
            if known.allSatisfy({ $0 == .int32 || $0 == .double }) { return .double }
            return types
        }

        /// A value's IR type, or for a global read (boxed), the type of what the global holds
        /// now: what a never-run site on it speculates (behind the unboxing guard).
        func staticType(_ value: ValueID) -> IRType {
            guard f[value].opcode == .loadGlobalSlot, let current = currentValue(value) else { return type(value) }
            return current.isInt32 ? .int32 : current.isNumber ? .double : type(value)
        }

        /// What a boxed value is at compile time: a constant's value, or what a global read's
        /// slot holds now (a guess, for sites that never ran, that their guards check).
        func currentValue(_ value: ValueID) -> Value? {
            switch f[value].opcode {
            case .constant: return constantValue(value)
            case .loadGlobalSlot: return builder.runtime.slotAddress(builder.runtime.globalObject!, Int(f[value].attributes[0])).pointee
            default: return nil
            }
        }

        /// The global object's shape and the slot a global access speculates on: its
        /// monomorphic cache's, while the global object still has that shape; or, for an access
        /// that never ran, where the shape says the name is now (as its cache would have
        /// recorded). Nil for a binding still in its temporal dead zone, and for a store that
        /// would add a global.
        func globalSlot(_ name: ConstantIndex, _ cache: InlineCache, storing: Bool) -> (UnsafeMutableRawPointer, Int)? {
            guard speculates else { return nil }
            let runtime = builder.runtime, global = runtime.globalObject!
            let shape = global.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
            let slot: Int
            if cache.state == .monomorphic, let entry = cache.entries.first, entry.slot >= 0, entry.shape == shape, !storing || entry.newShape == nil {
                slot = Int(entry.slot)
            } else if cache.state == .uninitialized, let found = Shape.of(global).slot(of: builder.info.constants[Int(name.value)].asCell) {
                slot = found
            } else {
                return nil
            }
            return runtime.slotAddress(global, slot).pointee.isEmpty ? nil : (shape, slot)
        }

        /// An element access's feedback, or for one that never ran: an int32 key is taken for an
        /// array index (the object is checked as an array: a guard, which at worst deoptimizes
        /// where the site would have anyway).
        func elementFeedback(_ slot: FeedbackSlot, object: Int, key: Int) -> TypeFeedback {
            let types = profile(slot).types
            guard types.isEmpty, speculates, type(value(key)) == .int32, [.cell, .boxed].contains(type(value(object))) else { return types }
            return .int32
        }

        // MARK: Instructions

        mutating func translate(_ instruction: Instruction) throws {
            switch instruction {
            case .mov(let dst, let src): set(dst, value(src))
            case .loadConst(let dst, let index):
                let constant = builder.info.constants[Int(index.value)]
                set(dst, constant.isNumber && !constant.isInt32 ? doubleConstant(constant.asDouble) : self.constant(constant))
            case .loadInt(let dst, let v): set(dst, int32Constant(v.value))
            case .loadUndefined(let dst): set(dst, constant(.undefined))
            case .loadNull(let dst): set(dst, constant(.null))
            case .loadTrue(let dst): set(dst, constant(.true))
            case .loadFalse(let dst): set(dst, constant(.false))
            case .loadEmpty(let dst): set(dst, constant(.empty))
            case .checkInitialized(let src, _):
                let current = value(src)
                if type(current) == .boxed, constantValue(current).map({ $0.isEmpty }) ?? true {
                    if speculates { set(src, emit(.checkNotEmpty, [current])) } else { generic(instruction) }
                }
            case .loadCallee, .declareGlobal, .typeOfGlobal, .exp, .typeOf, .newObject, .newArray, .newFunction, .construct:
                generic(instruction)

            case .loadGlobal(let dst, let name, let slot):
                let cache = profile(slot).cache
                if let (shape, slot) = globalSlot(name, cache, storing: false) {
                    _ = emit(.checkGlobalShape, attributes: [Int64(Int(bitPattern: shape))])
                    set(dst, emit(.loadGlobalSlot, attributes: [Int64(slot)]))
                } else if cache.state == .uninitialized && speculates {
                    deopt()
                } else {
                    generic(instruction)
                }
            case .storeGlobal(let name, let src, let slot):
                let cache = profile(slot).cache
                if let (shape, slot) = globalSlot(name, cache, storing: true) {
                    _ = emit(.checkGlobalShape, attributes: [Int64(Int(bitPattern: shape))])
                    _ = emit(.storeGlobalSlot, [boxed(value(src))], attributes: [Int64(slot)])
                } else if cache.state == .uninitialized && speculates {
                    deopt()
                } else {
                    generic(instruction)
                }

            case .add(let dst, let a, let b, let slot):
                arithmetic(instruction, dst, Int(a.value), Int(b.value), slot, int32: .int32Add, double: .doubleAdd)
            case .sub(let dst, let a, let b, let slot):
                arithmetic(instruction, dst, Int(a.value), Int(b.value), slot, int32: .int32Sub, double: .doubleSub)
            case .mul(let dst, let a, let b, let slot):
                arithmetic(instruction, dst, Int(a.value), Int(b.value), slot, int32: .int32Mul, double: .doubleMul)
            case .div(let dst, let a, let b, let slot):
                arithmetic(instruction, dst, Int(a.value), Int(b.value), slot, int32: nil, double: .doubleDiv)
            case .mod(let dst, let a, let b, let slot):
                arithmetic(instruction, dst, Int(a.value), Int(b.value), slot, int32: .int32Mod, double: .doubleMod)
            case .bitAnd(let dst, let a, let b, let slot): bitwise(instruction, dst, Int(a.value), Int(b.value), slot, .int32BitAnd)
            case .bitOr(let dst, let a, let b, let slot): bitwise(instruction, dst, Int(a.value), Int(b.value), slot, .int32BitOr)
            case .bitXor(let dst, let a, let b, let slot): bitwise(instruction, dst, Int(a.value), Int(b.value), slot, .int32BitXor)
            case .shiftLeft(let dst, let a, let b, let slot): bitwise(instruction, dst, Int(a.value), Int(b.value), slot, .int32ShiftLeft)
            case .shiftRight(let dst, let a, let b, let slot): bitwise(instruction, dst, Int(a.value), Int(b.value), slot, .int32ShiftRight)
            case .shiftRightUnsigned(let dst, let a, let b, let slot): bitwise(instruction, dst, Int(a.value), Int(b.value), slot, .int32ShiftRightUnsigned)

            case .addImm(let dst, let a, let v, let slot):
                arithmeticImmediate(instruction, dst, Int(a.value), v.value, slot, int32: .int32Add, double: .doubleAdd)
            case .subImm(let dst, let a, let v, let slot):
                arithmeticImmediate(instruction, dst, Int(a.value), v.value, slot, int32: .int32Sub, double: .doubleSub)
            case .mulImm(let dst, let a, let v, let slot):
                arithmeticImmediate(instruction, dst, Int(a.value), v.value, slot, int32: .int32Mul, double: .doubleMul)
            case .modImm(let dst, let a, let v, let slot):
                arithmeticImmediate(instruction, dst, Int(a.value), v.value, slot, int32: .int32Mod, double: .doubleMod)
            case .bitAndImm(let dst, let a, let v, let slot): bitwiseImmediate(instruction, dst, Int(a.value), v.value, slot, .int32BitAnd)
            case .bitOrImm(let dst, let a, let v, let slot): bitwiseImmediate(instruction, dst, Int(a.value), v.value, slot, .int32BitOr)
            case .bitXorImm(let dst, let a, let v, let slot): bitwiseImmediate(instruction, dst, Int(a.value), v.value, slot, .int32BitXor)
            case .shiftLeftImm(let dst, let a, let v, let slot): bitwiseImmediate(instruction, dst, Int(a.value), v.value, slot, .int32ShiftLeft)
            case .shiftRightImm(let dst, let a, let v, let slot): bitwiseImmediate(instruction, dst, Int(a.value), v.value, slot, .int32ShiftRight)
            case .shiftRightUnsignedImm(let dst, let a, let v, let slot):
                bitwiseImmediate(instruction, dst, Int(a.value), v.value, slot, .int32ShiftRightUnsigned)

            case .negate(let dst, let src, let slot):
                unary(instruction, dst, Int(src.value), slot, int32: { this, x in this.emit(.int32Negate, [x]) },
                      double: { this, x in this.emit(.doubleNegate, [x]) })
            case .increment(let dst, let src, let slot):
                unary(instruction, dst, Int(src.value), slot, int32: { this, x in this.emit(.int32Add, [x, this.int32Constant(1)]) },
                      double: { this, x in this.emit(.doubleAdd, [x, this.doubleConstant(1)]) })
            case .decrement(let dst, let src, let slot):
                unary(instruction, dst, Int(src.value), slot, int32: { this, x in this.emit(.int32Sub, [x, this.int32Constant(1)]) },
                      double: { this, x in this.emit(.doubleSub, [x, this.doubleConstant(1)]) })
            case .bitNot(let dst, let src, let slot):
                let types = profile(slot).types
                if types.isEmpty && speculates { deopt(); return }
                if speculates, types.isSubset(of: [.int32, .double]), let x = truncated(Int(src.value)) {
                    set(dst, emit(.int32BitXor, [x, int32Constant(-1)]))
                } else {
                    generic(instruction)
                }
            case .toNumber(let dst, let src, let slot):
                let types = profile(slot).types
                if types.isEmpty && speculates { deopt(); return }
                let current = value(src)
                if type(current) == .int32 || type(current) == .double {
                    set(dst, current)
                } else if speculates, types == .int32, let x = int32(Int(src.value)) {
                    set(dst, x)
                } else if speculates, types.isSubset(of: [.int32, .double]), let x = number(Int(src.value)) {
                    set(dst, x)
                } else {
                    generic(instruction)
                }
            case .not(let dst, let src):
                set(dst, emit(.booleanNot, [boolean(Int(src.value))]))

            case .equal(let dst, let a, let b, let slot), .strictEqual(let dst, let a, let b, let slot):
                if let result = comparison(Int(a.value), Int(b.value), slot, .eq, strict: { if case .strictEqual = instruction { return true } else { return false } }()) {
                    set(dst, result)
                } else {
                    generic(instruction)
                }
            case .notEqual(let dst, let a, let b, let slot), .strictNotEqual(let dst, let a, let b, let slot):
                if let result = comparison(Int(a.value), Int(b.value), slot, .ne, strict: { if case .strictNotEqual = instruction { return true } else { return false } }()) {
                    set(dst, result)
                } else {
                    generic(instruction)
                }
            case .lessThan(let dst, let a, let b, let slot): relational(instruction, dst, Int(a.value), Int(b.value), slot, .lt)
            case .lessThanOrEqual(let dst, let a, let b, let slot): relational(instruction, dst, Int(a.value), Int(b.value), slot, .le)
            case .greaterThan(let dst, let a, let b, let slot): relational(instruction, dst, Int(a.value), Int(b.value), slot, .gt)
            case .greaterThanOrEqual(let dst, let a, let b, let slot): relational(instruction, dst, Int(a.value), Int(b.value), slot, .ge)

            case .jump(let o): jump(from: block, to: offset + Int(o.value), state: state); ended = true
            case .jumpLoop(let o):
                f.append(.jump, to: block)
                addEdge(from: block, toOffset: offset + Int(o.value), state: state, backward: true)
                ended = true
            case .jumpIfTrue(let c, let o):
                branch(boolean(Int(c.value)), whenTrue: offset + Int(o.value), whenFalse: next)
            case .jumpIfFalse(let c, let o):
                branch(boolean(Int(c.value)), whenTrue: next, whenFalse: offset + Int(o.value))
            case .jumpIfNotLessThan(let a, let b, let slot, let o): relationalBranch(instruction, Int(a.value), Int(b.value), slot, .lt, offset + Int(o.value))
            case .jumpIfNotLessThanOrEqual(let a, let b, let slot, let o): relationalBranch(instruction, Int(a.value), Int(b.value), slot, .le, offset + Int(o.value))
            case .jumpIfNotGreaterThan(let a, let b, let slot, let o): relationalBranch(instruction, Int(a.value), Int(b.value), slot, .gt, offset + Int(o.value))
            case .jumpIfNotGreaterThanOrEqual(let a, let b, let slot, let o): relationalBranch(instruction, Int(a.value), Int(b.value), slot, .ge, offset + Int(o.value))
            case .jumpIfStrictEqual(let a, let b, let slot, let o):
                if let equal = comparison(Int(a.value), Int(b.value), slot, .eq, strict: true) {
                    branch(equal, whenTrue: offset + Int(o.value), whenFalse: next)
                } else if profile(slot).types.isEmpty && speculates {
                    deopt()
                } else {
                    genericBranch(instruction, target: offset + Int(o.value))
                }
            case .jumpIfNotStrictEqual(let a, let b, let slot, let o):
                if let equal = comparison(Int(a.value), Int(b.value), slot, .eq, strict: true) {
                    branch(equal, whenTrue: next, whenFalse: offset + Int(o.value))
                } else if profile(slot).types.isEmpty && speculates {
                    deopt()
                } else {
                    genericBranch(instruction, target: offset + Int(o.value))
                }
            case .jumpIfTypeOf(_, _, let o), .jumpIfNotTypeOf(_, _, let o):
                genericBranch(instruction, target: offset + Int(o.value))

            case .return(let v):
                f.append(.return, [boxed(value(v))], to: block, bytecodeOffset: offset)
                ended = true
            case .throwError:
                generic(instruction)
                // The generic op always throws; the return is never reached.
                f.append(.return, [constant(.undefined)], to: block, bytecodeOffset: offset)
                ended = true

            case .getProperty(let dst, let object, let name, let slot): getProperty(instruction, dst, Int(object.value), name, slot)
            case .setProperty(let object, _, let v, let slot): setProperty(instruction, Int(object.value), Int(v.value), slot)
            case .getElement(let dst, let object, let key, let slot):
                let types = elementFeedback(slot, object: Int(object.value), key: Int(key.value))
                if types.isEmpty && speculates { deopt(); return }
                if speculates, types == .int32, let index = int32(Int(key.value)) {
                    let array = checkedArray(Int(object.value))
                    let length = emit(.arrayLength, [array])
                    let checked = emit(.checkBounds, [index, length])
                    set(dst, emit(.loadElement, [emit(.loadElements, [array]), checked]))
                } else {
                    generic(instruction)
                }
            case .setElement(let object, let key, let v, let slot):
                let types = elementFeedback(slot, object: Int(object.value), key: Int(key.value))
                if types.isEmpty && speculates { deopt(); return }
                if speculates, types == .int32, let index = int32(Int(key.value)) {
                    let array = checkedArray(Int(object.value))
                    let length = emit(.arrayLength, [array])
                    let checked = emit(.checkBounds, [index, length])
                    _ = emit(.storeElement, [emit(.loadElements, [array]), checked, boxed(value(v))])
                } else {
                    generic(instruction)
                }
            case .call(let dst, let callee, let first, let count, let slot):
                call(instruction, dst, Int(callee.value), Int(first.value), Int(count.value), slot)
            }
        }

        // MARK: Arithmetic

        mutating func arithmetic(_ instruction: Instruction, _ dst: Register, _ a: Int, _ b: Int, _ slot: FeedbackSlot, int32: IROpcode?, double: IROpcode) {
            let types = feedback(slot, operands: [a, b])
            if types.isEmpty && speculates { deopt(); return }
            guard speculates, types.isSubset(of: [.int32, .double, .overflow]) else { generic(instruction); return }
            let bothInt = type(value(a)) != .double && type(value(b)) != .double
            if let int32, types == .int32, bothInt, let x = self.int32(a), let y = self.int32(b) {
                set(dst, emit(int32, [x, y]))
            } else if let x = number(a), let y = number(b) {
                set(dst, emit(double, [x, y]))
            } else {
                generic(instruction)
            }
        }

        mutating func arithmeticImmediate(_ instruction: Instruction, _ dst: Register, _ a: Int, _ immediate: Int32, _ slot: FeedbackSlot,
                                          int32: IROpcode, double: IROpcode) {
            let types = feedback(slot, operands: [a])
            if types.isEmpty && speculates { deopt(); return }
            guard speculates, types.isSubset(of: [.int32, .double, .overflow]) else { generic(instruction); return }
            if types == .int32, type(value(a)) != .double, let x = self.int32(a) {
                set(dst, emit(int32, [x, int32Constant(immediate)]))
            } else if let x = number(a) {
                set(dst, emit(double, [x, doubleConstant(Double(immediate))]))
            } else {
                generic(instruction)
            }
        }

        mutating func bitwise(_ instruction: Instruction, _ dst: Register, _ a: Int, _ b: Int, _ slot: FeedbackSlot, _ opcode: IROpcode) {
            let types = profile(slot).types
            if types.isEmpty && speculates { deopt(); return }
            guard speculates, types.isSubset(of: [.int32, .double]), let x = truncated(a), let y = truncated(b) else { generic(instruction); return }
            set(dst, shiftRightUnsigned(opcode, x, y))
        }

        mutating func bitwiseImmediate(_ instruction: Instruction, _ dst: Register, _ a: Int, _ immediate: Int32, _ slot: FeedbackSlot, _ opcode: IROpcode) {
            let types = profile(slot).types
            if types.isEmpty && speculates { deopt(); return }
            guard speculates, types.isSubset(of: [.int32, .double]), let x = truncated(a) else { generic(instruction); return }
            set(dst, shiftRightUnsigned(opcode, x, int32Constant(immediate)))
        }

        /// `>>>` gives an int32 guarded to fit, unless this site overflowed int32 before: then the
        /// unsigned value as a double.
        mutating func shiftRightUnsigned(_ opcode: IROpcode, _ x: ValueID, _ y: ValueID) -> ValueID {
            guard opcode == .int32ShiftRightUnsigned, builder.speculationLog.failed(.int32ShiftRightUnsigned, at: offset) else { return emit(opcode, [x, y]) }
            return emit(.uint32ToDouble, [emit(.int32ShiftRightLogical, [x, y])])
        }

        mutating func unary(_ instruction: Instruction, _ dst: Register, _ src: Int, _ slot: FeedbackSlot,
                            int32: (inout Attempt, ValueID) -> ValueID, double: (inout Attempt, ValueID) -> ValueID) {
            let types = feedback(slot, operands: [src])
            if types.isEmpty && speculates { deopt(); return }
            guard speculates, types.isSubset(of: [.int32, .double, .overflow]) else { generic(instruction); return }
            if types == .int32, type(value(src)) != .double, let x = self.int32(src) {
                set(dst, int32(&self, x))
            } else if let x = number(src) {
                set(dst, double(&self, x))
            } else {
                generic(instruction)
            }
        }

        // MARK: Comparisons

        /// `==`/`===` (or their negations) as a boolean, when the profile saw only numbers, or
        /// (strict) when one side is a constant that equals only itself; nil for the generic path.
        mutating func comparison(_ a: Int, _ b: Int, _ slot: FeedbackSlot, _ condition: IRCondition, strict: Bool) -> ValueID? {
            let types = profile(slot).types
            guard speculates, !types.isEmpty else { return nil }
            if types == .int32, type(value(a)) != .double, type(value(b)) != .double, let x = int32(a), let y = int32(b) {
                return emit(.int32Compare, [x, y], attributes: [condition.rawValue])
            }
            if types.isSubset(of: [.int32, .double]), let x = number(a), let y = number(b) {
                return emit(.doubleCompare, [x, y], attributes: [condition.rawValue])
            }
            if strict {
                // Undefined, null and booleans equal only themselves: compare the bits.
                let known = [value(a), value(b)].compactMap { constantValue($0) }
                if known.contains(where: { $0.isUndefinedOrNull || $0.isBoolean }) {
                    let equal = emit(.identicalBits, [boxed(value(a)), boxed(value(b))])
                    return condition == .eq ? equal : emit(.booleanNot, [equal])
                }
            }
            return nil
        }

        mutating func relational(_ instruction: Instruction, _ dst: Register, _ a: Int, _ b: Int, _ slot: FeedbackSlot, _ condition: IRCondition) {
            let types = profile(slot).types
            if types.isEmpty && speculates { deopt(); return }
            if let result = numericComparison(a, b, types, condition) { set(dst, result) } else { generic(instruction) }
        }

        mutating func numericComparison(_ a: Int, _ b: Int, _ types: TypeFeedback, _ condition: IRCondition) -> ValueID? {
            guard speculates else { return nil }
            if types == .int32, type(value(a)) != .double, type(value(b)) != .double, let x = int32(a), let y = int32(b) {
                return emit(.int32Compare, [x, y], attributes: [condition.rawValue])
            }
            if types.isSubset(of: [.int32, .double]), let x = number(a), let y = number(b) {
                return emit(.doubleCompare, [x, y], attributes: [condition.rawValue])
            }
            return nil
        }

        /// `JumpIfNot<relation>`: falls through when the relation holds, jumps otherwise (also
        /// for NaN, where every relation is false).
        mutating func relationalBranch(_ instruction: Instruction, _ a: Int, _ b: Int, _ slot: FeedbackSlot, _ condition: IRCondition, _ target: Int) {
            let types = feedback(slot, operands: [a, b])
            if types.isEmpty && speculates { deopt(); return }
            if let holds = numericComparison(a, b, types, condition) {
                branch(holds, whenTrue: next, whenFalse: target)
            } else {
                genericBranch(instruction, target: target)
            }
        }

        // MARK: Objects, arrays, calls

        /// The register's value checked as an array; the register then holds the checked cell,
        /// so later checks of it fold away and the unchecked value need not stay live.
        mutating func checkedArray(_ register: Int) -> ValueID {
            let current = value(register)
            if [.checkArray, .checkArrayNonEmpty].contains(f[current].opcode) { return current }
            // A loaded element (holes deoptimize), a checked binding or a cell of a checked shape cannot be empty.
            let nonEmpty = [.loadElement, .checkNotEmpty, .checkShape].contains(f[current].opcode)
            let cell = emit(nonEmpty ? .checkArrayNonEmpty : .checkArray, [boxed(current)])
            state[register] = cell
            return cell
        }

        /// Whether `value` is an array as far as the IR can tell: checked as one, made by
        /// NewArray, read at the OSR entry being compiled for from a frame that holds an array
        /// there, or a phi of such values. A phi's inputs that say nothing (values read at other
        /// OSR entries, which no frame holds now, and loop phis met again on a cycle) do not
        /// count against it. Only a guess for sites that never ran: what is compiled from it is
        /// guarded.
        func isKnownArray(_ value: ValueID) -> Bool {
            var visited: Set<ValueID> = []
            /// true: an array; false: not known to be one; nil: no evidence either way.
            func known(_ value: ValueID) -> Bool? {
                let op = f[value]
                switch op.opcode {
                case .checkArray, .checkArrayNonEmpty: return true
                case .generic: return Opcode(rawValue: analysis.code[Int(op.attributes[0])]) == .newArray
                case .osrValue:
                    guard let frame = builder.osrFrame, f.osrEntries.contains(where: { $0.bytecodeOffset == frame.offset && $0.block == op.block }) else { return nil }
                    let register = Int(op.attributes[0])
                    return register < frame.values.count && frame.values[register].isDenseArray
                case .boxedPhi:
                    guard visited.insert(value).inserted else { return nil }
                    let inputs = op.inputs.map(known)
                    if inputs.contains(false) { return false }
                    return inputs.contains(true) ? true : nil
                default: return false
                }
            }
            return known(value) == true
        }

        /// The register's value checked to have `shape` (the register then holds the cell).
        mutating func checkedShape(_ register: Int, _ shape: UnsafeMutableRawPointer) -> ValueID {
            let cell = emit(.checkShape, [boxed(value(register))], attributes: [Int64(Int(bitPattern: shape))])
            state[register] = cell
            return cell
        }

        mutating func getProperty(_ instruction: Instruction, _ dst: Register, _ object: Int, _ name: ConstantIndex, _ slot: FeedbackSlot) {
            let cache = profile(slot).cache
            guard speculates else { generic(instruction); return }
            let entry: InlineCache.Entry
            if cache.state == .uninitialized {
                // Never ran. On an array the IR knows of, the length and the array prototype's
                // methods need no profile: the method behind the shape of arrays without
                // properties of their own, as a monomorphic cache would have recorded it.
                guard isKnownArray(value(object)) else { deopt(); return }
                let runtime = builder.runtime, key = builder.info.constants[Int(name.value)].asCell
                if key == runtime.lengthAtom {
                    set(dst, emit(.arrayLength, [checkedArray(object)]))
                    return
                }
                guard let method = Shape.of(runtime.arrayPrototype).slot(of: key) else { deopt(); return }
                entry = InlineCache.Entry(shape: runtime.emptyArrayShape.pointer, slot: Int32(method), holder: runtime.arrayPrototype)
            } else {
                guard cache.state == .monomorphic, let first = cache.entries.first else { generic(instruction); return }
                entry = first
            }
            let cell = checkedShape(object, entry.shape)
            if let holder = entry.holder {
                // A method of a hidden prototype: programs cannot change it, so it is a constant.
                set(dst, constant(builder.runtime.slotAddress(holder, Int(entry.slot)).pointee))
            } else if entry.slot == InlineCache.Entry.arrayLength {
                // A sparse array's length may pass int32 (and its shape may be cached too):
                // ArrayLength only of a dense one.
                set(dst, emit(.arrayLength, [checkedArray(object)]))
            } else if entry.slot == InlineCache.Entry.stringLength {
                set(dst, emit(.stringLength, [cell]))
            } else {
                set(dst, emit(.loadSlot, [cell], attributes: [Int64(entry.slot)]))
            }
        }

        mutating func setProperty(_ instruction: Instruction, _ object: Int, _ v: Int, _ slot: FeedbackSlot) {
            let cache = profile(slot).cache
            guard speculates else { generic(instruction); return }
            if cache.state == .uninitialized { deopt(); return }
            guard cache.state == .monomorphic, let entry = cache.entries.first, entry.slot >= 0, entry.holder == nil,
                  entry.newShape == nil || Int(entry.slot) < Runtime.inlineSlots else { generic(instruction); return }
            let boxedValue = boxed(value(v))
            let cell = checkedShape(object, entry.shape)
            if let newShape = entry.newShape {
                _ = emit(.addSlot, [cell, boxedValue], attributes: [Int64(Int(bitPattern: newShape)), Int64(entry.slot)])
            } else {
                _ = emit(.storeSlot, [cell, boxedValue], attributes: [Int64(entry.slot)])
            }
        }

        mutating func call(_ instruction: Instruction, _ dst: Register, _ callee: Int, _ first: Int, _ count: Int, _ slot: FeedbackSlot) {
            let feedback = profile(slot)
            guard speculates else { generic(instruction); return }
            let target: UnsafeMutableRawPointer
            if feedback.callCount == 0 {
                // Never ran: a callee the IR holds as a constant (a method loaded from a hidden
                // prototype), or a global holding a function now, is the target a profile would
                // have recorded (CheckFunction guards a JS function's).
                guard let known = currentValue(value(callee)), known.isFunction else { deopt(); return }
                target = known.asCell
            } else {
                guard let profiled = feedback.callTarget, !feedback.polymorphicCall else { generic(instruction); return }
                target = profiled
            }
            if builder.runtime.functionRecord(target) != nil {
                let calleeValue = boxed(value(callee))
                let targetBits = Int64(Int(bitPattern: target))
                _ = emit(.checkFunction, [calleeValue], attributes: [targetBits])
                let arguments = (0...count).map { boxed(value(first + $0)) }
                set(dst, emit(.callDirect, arguments, attributes: [targetBits]))
            } else if Builtin(rawValue: Int(target.aux)) == .mathSqrt, count == 1, type(value(first + 1)) != .boolean {
                _ = emit(.checkFunction, [boxed(value(callee))], attributes: [Int64(Int(bitPattern: target))])
                guard let x = number(first + 1) else { generic(instruction); return }
                set(dst, emit(.doubleSqrt, [x]))
            } else {
                generic(instruction)
            }
        }
    }
}
