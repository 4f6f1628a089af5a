/// What the optimizing tier needs to know about a function's bytecode before building IR:
/// its instructions, which registers each reads and writes, its basic blocks and loop headers,
/// and which registers are live where (so frame states and phis carry only values the
/// interpreter could still read).
struct BytecodeAnalysis {
    let code: [UInt8]
    let registerCount: Int
    /// Every instruction, in order, with its offset.
    let instructions: [(offset: Int, instruction: Instruction)]
    /// Index into `instructions` by bytecode offset.
    let indexAt: [Int: Int]
    /// Offsets that start a basic block, ascending.
    let blockStarts: [Int]
    /// Targets of backward jumps (JumpLoop): where loops start.
    let loopHeaders: Set<Int>
    /// Registers live on entry to each instruction, by instruction index.
    private(set) var liveIn: [RegisterSet] = []

    init(code: [UInt8], registerCount: Int) {
        self.code = code
        self.registerCount = registerCount
        instructions = Disassembler.decode(code).instructions
        var index: [Int: Int] = [:]
        for (i, entry) in instructions.enumerated() { index[entry.offset] = i }
        indexAt = index
        var starts: Set<Int> = instructions.isEmpty ? [] : [0]
        var headers = Set<Int>()
        for (i, (offset, instruction)) in instructions.enumerated() {
            let targets = Self.jumpTargets(instruction, at: offset)
            if !targets.isEmpty || Self.endsFlow(instruction) {
                starts.formUnion(targets)
                if i + 1 < instructions.count { starts.insert(instructions[i + 1].offset) }
            }
            if case .jumpLoop = instruction { headers.formUnion(targets) }
        }
        blockStarts = starts.sorted()
        loopHeaders = headers
        liveIn = computeLiveness()
    }

    // MARK: Instructions

    /// Where control may go after the instruction at `offset`, other than the next one.
    static func jumpTargets(_ instruction: Instruction, at offset: Int) -> [Int] {
        switch instruction {
        case .jump(let o), .jumpLoop(let o), .jumpIfTrue(_, let o), .jumpIfFalse(_, let o),
             .jumpIfNotLessThan(_, _, _, let o), .jumpIfNotLessThanOrEqual(_, _, _, let o),
             .jumpIfNotGreaterThan(_, _, _, let o), .jumpIfNotGreaterThanOrEqual(_, _, _, let o),
             .jumpIfNotStrictEqual(_, _, _, let o), .jumpIfStrictEqual(_, _, _, let o),
             .jumpIfTypeOf(_, _, let o), .jumpIfNotTypeOf(_, _, let o):
            return [offset + Int(o.value)]
        default:
            return []
        }
    }

    /// Whether control never falls through to the next instruction.
    static func endsFlow(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .jump, .jumpLoop, .return, .throwError: return true
        default: return false
        }
    }

    /// The registers an instruction reads, in operand order (a call's `this` and arguments, an
    /// array literal's elements in order): a generic op passes exactly these.
    static func reads(_ instruction: Instruction) -> [Int] {
        func r(_ register: Register) -> Int { Int(register.value) }
        switch instruction {
        case .mov(_, let src): return [r(src)]
        case .loadConst, .loadInt, .loadUndefined, .loadNull, .loadTrue, .loadFalse, .loadEmpty, .loadCallee: return []
        case .checkInitialized(let src, _): return [r(src)]
        case .declareGlobal, .loadGlobal, .typeOfGlobal: return []
        case .storeGlobal(_, let src, _): return [r(src)]
        case .add(_, let a, let b, _), .sub(_, let a, let b, _), .mul(_, let a, let b, _), .div(_, let a, let b, _),
             .mod(_, let a, let b, _), .exp(_, let a, let b, _), .bitAnd(_, let a, let b, _), .bitOr(_, let a, let b, _),
             .bitXor(_, let a, let b, _), .shiftLeft(_, let a, let b, _), .shiftRight(_, let a, let b, _),
             .shiftRightUnsigned(_, let a, let b, _), .equal(_, let a, let b, _), .notEqual(_, let a, let b, _),
             .strictEqual(_, let a, let b, _), .strictNotEqual(_, let a, let b, _), .lessThan(_, let a, let b, _),
             .lessThanOrEqual(_, let a, let b, _), .greaterThan(_, let a, let b, _), .greaterThanOrEqual(_, let a, let b, _):
            return [r(a), r(b)]
        case .addImm(_, let a, _, _), .subImm(_, let a, _, _), .mulImm(_, let a, _, _), .modImm(_, let a, _, _),
             .bitAndImm(_, let a, _, _), .bitOrImm(_, let a, _, _), .bitXorImm(_, let a, _, _), .shiftLeftImm(_, let a, _, _),
             .shiftRightImm(_, let a, _, _), .shiftRightUnsignedImm(_, let a, _, _):
            return [r(a)]
        case .negate(_, let a, _), .bitNot(_, let a, _), .toNumber(_, let a, _), .increment(_, let a, _), .decrement(_, let a, _),
             .not(_, let a), .typeOf(_, let a):
            return [r(a)]
        case .jump, .jumpLoop: return []
        case .jumpIfTrue(let c, _), .jumpIfFalse(let c, _): return [r(c)]
        case .jumpIfNotLessThan(let a, let b, _, _), .jumpIfNotLessThanOrEqual(let a, let b, _, _),
             .jumpIfNotGreaterThan(let a, let b, _, _), .jumpIfNotGreaterThanOrEqual(let a, let b, _, _),
             .jumpIfNotStrictEqual(let a, let b, _, _), .jumpIfStrictEqual(let a, let b, _, _):
            return [r(a), r(b)]
        case .jumpIfTypeOf(let a, _, _), .jumpIfNotTypeOf(let a, _, _): return [r(a)]
        case .return(let v): return [r(v)]
        case .throwError: return []
        case .newObject, .newFunction: return []
        case .newArray(_, let first, let count): return (0..<Int(count.value)).map { r(first) + $0 }
        case .getProperty(_, let object, _, _): return [r(object)]
        case .setProperty(let object, _, let value, _): return [r(object), r(value)]
        case .getElement(_, let object, let key, _): return [r(object), r(key)]
        case .setElement(let object, let key, let value, _): return [r(object), r(key), r(value)]
        case .call(_, let callee, let first, let count, _), .construct(_, let callee, let first, let count, _):
            return [r(callee)] + (0...Int(count.value)).map { r(first) + $0 }
        }
    }

    /// The register an instruction writes, if any.
    static func writes(_ instruction: Instruction) -> Int? {
        switch instruction {
        case .mov(let d, _), .loadConst(let d, _), .loadInt(let d, _), .loadUndefined(let d), .loadNull(let d), .loadTrue(let d),
             .loadFalse(let d), .loadEmpty(let d), .loadCallee(let d), .loadGlobal(let d, _, _), .typeOfGlobal(let d, _),
             .add(let d, _, _, _), .sub(let d, _, _, _), .mul(let d, _, _, _), .div(let d, _, _, _), .mod(let d, _, _, _),
             .exp(let d, _, _, _), .bitAnd(let d, _, _, _), .bitOr(let d, _, _, _), .bitXor(let d, _, _, _),
             .shiftLeft(let d, _, _, _), .shiftRight(let d, _, _, _), .shiftRightUnsigned(let d, _, _, _),
             .addImm(let d, _, _, _), .subImm(let d, _, _, _), .mulImm(let d, _, _, _), .modImm(let d, _, _, _),
             .bitAndImm(let d, _, _, _), .bitOrImm(let d, _, _, _), .bitXorImm(let d, _, _, _), .shiftLeftImm(let d, _, _, _),
             .shiftRightImm(let d, _, _, _), .shiftRightUnsignedImm(let d, _, _, _), .negate(let d, _, _), .bitNot(let d, _, _),
             .toNumber(let d, _, _), .increment(let d, _, _), .decrement(let d, _, _), .not(let d, _), .typeOf(let d, _),
             .equal(let d, _, _, _), .notEqual(let d, _, _, _), .strictEqual(let d, _, _, _), .strictNotEqual(let d, _, _, _),
             .lessThan(let d, _, _, _), .lessThanOrEqual(let d, _, _, _), .greaterThan(let d, _, _, _),
             .greaterThanOrEqual(let d, _, _, _), .newObject(let d), .newArray(let d, _, _), .getProperty(let d, _, _, _),
             .getElement(let d, _, _, _), .newFunction(let d, _), .call(let d, _, _, _, _), .construct(let d, _, _, _, _):
            return Int(d.value)
        case .checkInitialized, .declareGlobal, .storeGlobal, .jump, .jumpLoop, .jumpIfTrue, .jumpIfFalse, .jumpIfNotLessThan,
             .jumpIfNotLessThanOrEqual, .jumpIfNotGreaterThan, .jumpIfNotGreaterThanOrEqual, .jumpIfNotStrictEqual,
             .jumpIfStrictEqual, .jumpIfTypeOf, .jumpIfNotTypeOf, .return, .throwError, .setProperty, .setElement:
            return nil
        }
    }

    /// Offsets control may go to after instruction `index`.
    func successors(ofInstruction index: Int) -> [Int] {
        let (offset, instruction) = instructions[index]
        var result: [Int] = []
        if !Self.endsFlow(instruction), index + 1 < instructions.count { result.append(instructions[index + 1].offset) }
        for target in Self.jumpTargets(instruction, at: offset) where !result.contains(target) { result.append(target) }
        return result
    }

    // MARK: Liveness

    /// Backward dataflow over instructions until nothing changes: a register is live where a
    /// later read may see its value.
    private func computeLiveness() -> [RegisterSet] {
        let count = instructions.count
        var live = [RegisterSet](repeating: RegisterSet(count: registerCount), count: count)
        let next = (0..<count).map { successors(ofInstruction: $0).compactMap { indexAt[$0] } }
        let reads = instructions.map { Self.reads($0.instruction) }
        let writes = instructions.map { Self.writes($0.instruction) }
        var changed = true
        while changed {
            changed = false
            for index in stride(from: count - 1, through: 0, by: -1) {
                var set = RegisterSet(count: registerCount)
                for successor in next[index] { set.formUnion(live[successor]) }
                if let written = writes[index] { set.remove(written) }
                for register in reads[index] { set.insert(register) }
                if set != live[index] {
                    live[index] = set
                    changed = true
                }
            }
        }
        return live
    }

    /// Registers live when the instruction at `offset` starts.
    func live(at offset: Int) -> RegisterSet {
        guard let index = indexAt[offset] else { return RegisterSet(count: registerCount) }
        return liveIn[index]
    }
}

/// A set of bytecode registers, as bits.
struct RegisterSet: Equatable {
    private var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    func contains(_ register: Int) -> Bool {
        register / 64 < words.count && words[register / 64] & (1 << UInt64(register % 64)) != 0
    }

    mutating func insert(_ register: Int) {
        guard register / 64 < words.count else { return }
        words[register / 64] |= 1 << UInt64(register % 64)
    }

    mutating func remove(_ register: Int) {
        guard register / 64 < words.count else { return }
        words[register / 64] &= ~(1 << UInt64(register % 64))
    }

    mutating func formUnion(_ other: RegisterSet) {
        for i in words.indices { words[i] |= other.words[i] }
    }
}
