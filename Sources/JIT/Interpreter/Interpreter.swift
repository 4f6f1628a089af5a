/// The reference tier: a dispatch loop over verified bytecode. Every frame lives in the VM
/// register file (DESIGN §5): `callerFrame, returnOffset, callee, argumentCount, thisValue`,
/// then the function's registers. JavaScript calls push a frame and continue in the same loop,
/// so recursion depth is bounded by the register file (a RangeError), never the native stack.
///
/// The loop works on raw pointers into the code, the registers, the constants and the profile;
/// nothing is allocated or reference-counted per instruction. It records ProfileData as it goes:
/// type feedback at arithmetic and comparison sites, inline caches at property sites, call
/// targets, and invocation and back-edge counters.
extension Runtime {
    static let headerSlots = Layout.Frame.headerSlotCount

    /// Calls a function value from Swift: the outermost frame goes at the top of the live stack.
    func call(_ function: Value, this: Value, arguments: [Value]) throws(JsError) -> Value {
        guard function.isFunction else { throw JsError(.typeError, "\(toSwiftString(function)) is not a function") }
        let cell = function.asCell
        let fp = stackTop
        guard let record = functionRecord(cell) else {
            guard fp + arguments.count <= registerFileSize else { throw JsError(.rangeError, "Maximum call stack size exceeded") }
            for (i, argument) in arguments.enumerated() { registerFile[fp + i] = argument }
            return try callBuiltin(Builtin(rawValue: Int(cell.aux))!, this: this, arguments: registerFile + fp, count: arguments.count)
        }
        _ = try arguments.withUnsafeBufferPointer { (passed) throws(JsError) in
            try pushFrame(at: fp, record: record, callerFrame: -1, returnOffset: 0, callee: function, this: this,
                          arguments: passed.baseAddress, count: passed.count)
        }
        if let entry = baselineEntry(record, invocationThreshold: tierUp.invocations) {
            return try enterBaseline(frame: fp, at: entry)
        }
        return try interpret(entryFrame: fp)
    }

    /// Writes a frame at `fp` (DESIGN §5): the header, the passed arguments in the parameters
    /// and undefined in every other register (so the collector may scan all of it), and counts
    /// the invocation. Returns the frame's registers.
    @inline(__always)
    func pushFrame(at fp: Int, record: UnsafeMutablePointer<FunctionRecord>, callerFrame: Int, returnOffset: Int, callee: Value,
                   this: Value, arguments: UnsafePointer<Value>?, count: Int) throws(JsError) -> UnsafeMutablePointer<Value> {
        let registerCount = record.pointee.registerCount
        guard fp + Self.headerSlots + registerCount <= registerFileSize else {
            throw JsError(.rangeError, "Maximum call stack size exceeded")
        }
        registerFile[fp + Layout.Frame.callerFrame] = Value(int32: Int32(callerFrame))
        registerFile[fp + Layout.Frame.returnOffset] = Value(int32: Int32(returnOffset))
        registerFile[fp + Layout.Frame.callee] = callee
        registerFile[fp + Layout.Frame.argumentCount] = Value(int32: Int32(count))
        registerFile[fp + Layout.Frame.thisValue] = this
        let registers = registerFile + fp + Self.headerSlots
        let passed = min(count, record.pointee.parameterCount)
        if passed > 0, let arguments { registers.update(from: arguments, count: passed) }
        if registerCount > passed { (registers + passed).update(repeating: .undefined, count: registerCount - passed) }
        record.pointee.counters.pointee.invocations &+= 1
        return registers
    }

    /// Runs the frame at `entry` (already set up) from bytecode offset `offset` until it returns.
    func interpret(entryFrame entry: Int, at offset: Int = 0) throws(JsError) -> Value {
        guard case .returned(let value) = try runToReturn(entryFrame: entry, at: offset) else { preconditionFailure("ran to return") }
        return value
    }

    // Two copies of the loop, each with `stepping` a constant the optimizer folds away.
    @inline(never) private func runToReturn(entryFrame entry: Int, at offset: Int) throws(JsError) -> InterpreterExit {
        try interpret(entryFrame: entry, at: offset, stepping: false)
    }

    @inline(never) private func stepOne(entryFrame entry: Int, at offset: Int) throws(JsError) -> InterpreterExit {
        try interpret(entryFrame: entry, at: offset, stepping: true)
    }

    /// Runs one instruction of the frame at `entry`, at bytecode offset `offset`, with
    /// everything the interpreter does for it (feedback, inline caches, calls run to their
    /// return); answers where the frame goes next. Baseline code's slow paths are this.
    func step(frame entry: Int, at offset: Int) throws(JsError) -> InterpreterExit {
        try stepOne(entryFrame: entry, at: offset)
    }

    /// The dispatch loop. Inlined into `runToReturn` and `stepOne`, so that the run-to-return
    /// loop pays nothing for stepping.
    @inline(__always)
    private func interpret(entryFrame entry: Int, at offset: Int, stepping: Bool) throws(JsError) -> InterpreterExit {
        let savedTop = stackTop
        let rf = registerFile
        let lengths = Self.instructionLengths
        var fp = entry
        var record = functionRecord(rf[fp + Layout.Frame.callee].asCell).unsafelyUnwrapped
        var regs = rf + fp + Self.headerSlots
        var code = record.pointee.code
        var pc = code + offset
        let start = pc
        var constants = record.pointee.constants
        var slots = record.pointee.slots
        var executed: UInt64 = 0
        let savedActiveFrame = activeFrame
        activeFrame = entry
        defer {
            instructionsExecuted &+= executed
            stackTop = savedTop
            activeFrame = savedActiveFrame
        }

        let tierUp = self.tierUp

        @inline(__always) func feedback(_ slot: FeedbackSlot, _ types: TypeFeedback) {
            slots[Int(slot.value)].types.formUnion(types)
        }

        do throws(JsError) {
            while true {
                if stepping && fp == entry && pc != start { return .stepped(to: pc - code) }
                executed &+= 1
                let next = pc + Int(lengths[Int(pc.pointee)])
                switch Instruction.decodeUnchecked(pc) {
                case .mov(let dst, let src):
                    regs[Int(dst.value)] = regs[Int(src.value)]
                case .loadConst(let dst, let index):
                    regs[Int(dst.value)] = constants[Int(index.value)]
                case .loadInt(let dst, let value):
                    regs[Int(dst.value)] = Value(int32: value.value)
                case .loadUndefined(let dst):
                    regs[Int(dst.value)] = .undefined
                case .loadNull(let dst):
                    regs[Int(dst.value)] = .null
                case .loadTrue(let dst):
                    regs[Int(dst.value)] = .true
                case .loadFalse(let dst):
                    regs[Int(dst.value)] = .false
                case .loadEmpty(let dst):
                    regs[Int(dst.value)] = .empty
                case .checkInitialized(let src, let name):
                    if regs[Int(src.value)].isEmpty {
                        throw uninitialized(constants[Int(name.value)])
                    }
                case .loadCallee(let dst):
                    regs[Int(dst.value)] = rf[fp + Layout.Frame.callee]

                case .declareGlobal(let name):
                    let key = constants[Int(name.value)].asCell
                    if getOwn(globalObject, key) == nil { setOwn(globalObject, key, .undefined) }
                case .loadGlobal(let dst, let name, let slot):
                    let shape = globalObject.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
                    let value: Value
                    if let entry = slots[Int(slot.value)].cache.lookup(shape) {
                        value = slotAddress(globalObject, Int(entry.slot)).pointee
                    } else {
                        slots[Int(slot.value)].cache.reset()
                        value = try loadGlobalSlow(constants[Int(name.value)].asCell, &slots[Int(slot.value)].cache)
                    }
                    if value.isEmpty {
                        throw uninitialized(constants[Int(name.value)])
                    }
                    regs[Int(dst.value)] = value
                case .storeGlobal(let name, let src, let slot):
                    let shape = globalObject.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
                    if let entry = slots[Int(slot.value)].cache.lookup(shape), entry.newShape == nil {
                        slotAddress(globalObject, Int(entry.slot)).pointee = regs[Int(src.value)]
                        break
                    }
                    slots[Int(slot.value)].cache.reset()
                    try storeProperty(Value(cell: globalObject), constants[Int(name.value)].asCell, regs[Int(src.value)], &slots[Int(slot.value)].cache)
                case .typeOfGlobal(let dst, let name):
                    let key = constants[Int(name.value)].asCell
                    let value = getOwn(globalObject, key) ?? .undefined
                    if value.isEmpty { throw uninitialized(Value(cell: key)) }
                    regs[Int(dst.value)] = typeOf(value)

                case .add(let dst, let lhs, let rhs, let slot):
                    regs[Int(dst.value)] = try add(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                case .sub(let dst, let lhs, let rhs, let slot):
                    let a = regs[Int(lhs.value)], b = regs[Int(rhs.value)]
                    if a.isInt32 && b.isInt32 {
                        let (difference, overflow) = a.asInt32.subtractingReportingOverflow(b.asInt32)
                        if !overflow {
                            regs[Int(dst.value)] = Value(int32: difference)
                            feedback(slot, .int32)
                            break
                        }
                        feedback(slot, .overflow)
                    }
                    feedback(slot, numericFeedback(a, b))
                    regs[Int(dst.value)] = Value(number: number(a) - number(b))
                case .mul(let dst, let lhs, let rhs, let slot):
                    let a = regs[Int(lhs.value)], b = regs[Int(rhs.value)]
                    if a.isInt32 && b.isInt32 {
                        let (product, overflow) = a.asInt32.multipliedReportingOverflow(by: b.asInt32)
                        if !overflow && (product != 0 || (a.asInt32 >= 0 && b.asInt32 >= 0)) {
                            regs[Int(dst.value)] = Value(int32: product)
                            feedback(slot, .int32)
                            break
                        }
                        feedback(slot, .overflow)
                    }
                    feedback(slot, numericFeedback(a, b))
                    regs[Int(dst.value)] = Value(number: number(a) * number(b))
                case .div(let dst, let lhs, let rhs, let slot):
                    let a = regs[Int(lhs.value)], b = regs[Int(rhs.value)]
                    feedback(slot, numericFeedback(a, b))
                    regs[Int(dst.value)] = Value(number: number(a) / number(b))
                case .mod(let dst, let lhs, let rhs, let slot):
                    let a = regs[Int(lhs.value)], b = regs[Int(rhs.value)]
                    if a.isInt32 && b.isInt32 && a.asInt32 >= 0 && b.asInt32 > 0 {
                        regs[Int(dst.value)] = Value(int32: a.asInt32 % b.asInt32)
                        feedback(slot, .int32)
                        break
                    }
                    feedback(slot, numericFeedback(a, b))
                    regs[Int(dst.value)] = Value(number: number(a).truncatingRemainder(dividingBy: number(b)))
                case .exp(let dst, let lhs, let rhs, let slot):
                    let a = regs[Int(lhs.value)], b = regs[Int(rhs.value)]
                    feedback(slot, numericFeedback(a, b))
                    regs[Int(dst.value)] = Value(number: Self.jsPow(toNumber(a), toNumber(b)))
                case .bitAnd(let dst, let lhs, let rhs, let slot):
                    let (x, y) = int32Operands(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(int32: x & y)
                case .bitOr(let dst, let lhs, let rhs, let slot):
                    let (x, y) = int32Operands(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(int32: x | y)
                case .bitXor(let dst, let lhs, let rhs, let slot):
                    let (x, y) = int32Operands(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(int32: x ^ y)
                case .shiftLeft(let dst, let lhs, let rhs, let slot):
                    let (x, y) = int32Operands(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(int32: x << (y & 31))
                case .shiftRight(let dst, let lhs, let rhs, let slot):
                    let (x, y) = int32Operands(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(int32: x >> (y & 31))
                case .shiftRightUnsigned(let dst, let lhs, let rhs, let slot):
                    let (x, y) = int32Operands(regs[Int(lhs.value)], regs[Int(rhs.value)], slots + Int(slot.value))
                    let result = UInt32(bitPattern: x) >> UInt32(y & 31)
                    regs[Int(dst.value)] = result <= UInt32(Int32.max) ? Value(int32: Int32(result)) : Value(double: Double(result))

                case .addImm(let dst, let lhs, let value, let slot):
                    let a = regs[Int(lhs.value)]
                    if a.isInt32 {
                        let (sum, overflow) = a.asInt32.addingReportingOverflow(value.value)
                        if !overflow {
                            regs[Int(dst.value)] = Value(int32: sum)
                            feedback(slot, .int32)
                            break
                        }
                        feedback(slot, .overflow)
                    }
                    if a.isNumber {
                        regs[Int(dst.value)] = Value(number: a.asNumber + Double(value.value))
                        feedback(slot, .double)
                    } else {
                        feedback(slot, a.isString ? .string : .other)
                        regs[Int(dst.value)] = try add(a, Value(int32: value.value))
                    }
                case .subImm(let dst, let lhs, let value, let slot):
                    let a = regs[Int(lhs.value)]
                    if a.isInt32 {
                        let (difference, overflow) = a.asInt32.subtractingReportingOverflow(value.value)
                        if !overflow {
                            regs[Int(dst.value)] = Value(int32: difference)
                            feedback(slot, .int32)
                            break
                        }
                        feedback(slot, .overflow)
                    }
                    feedback(slot, numericFeedback(a, a))
                    regs[Int(dst.value)] = Value(number: number(a) - Double(value.value))
                case .mulImm(let dst, let lhs, let value, let slot):
                    let a = regs[Int(lhs.value)]
                    if a.isInt32 {
                        let (product, overflow) = a.asInt32.multipliedReportingOverflow(by: value.value)
                        if !overflow && (product != 0 || (a.asInt32 >= 0 && value.value >= 0)) {
                            regs[Int(dst.value)] = Value(int32: product)
                            feedback(slot, .int32)
                            break
                        }
                        feedback(slot, .overflow)
                    }
                    feedback(slot, numericFeedback(a, a))
                    regs[Int(dst.value)] = Value(number: number(a) * Double(value.value))
                case .modImm(let dst, let lhs, let value, let slot):
                    let a = regs[Int(lhs.value)]
                    if a.isInt32 && a.asInt32 >= 0 && value.value > 0 {
                        regs[Int(dst.value)] = Value(int32: a.asInt32 % value.value)
                        feedback(slot, .int32)
                        break
                    }
                    feedback(slot, numericFeedback(a, a))
                    regs[Int(dst.value)] = Value(number: number(a).truncatingRemainder(dividingBy: Double(value.value)))
                case .bitAndImm(let dst, let lhs, let value, let slot):
                    regs[Int(dst.value)] = Value(int32: int32Operand(regs[Int(lhs.value)], slots + Int(slot.value)) & value.value)
                case .bitOrImm(let dst, let lhs, let value, let slot):
                    regs[Int(dst.value)] = Value(int32: int32Operand(regs[Int(lhs.value)], slots + Int(slot.value)) | value.value)
                case .bitXorImm(let dst, let lhs, let value, let slot):
                    regs[Int(dst.value)] = Value(int32: int32Operand(regs[Int(lhs.value)], slots + Int(slot.value)) ^ value.value)
                case .shiftLeftImm(let dst, let lhs, let value, let slot):
                    regs[Int(dst.value)] = Value(int32: int32Operand(regs[Int(lhs.value)], slots + Int(slot.value)) << (value.value & 31))
                case .shiftRightImm(let dst, let lhs, let value, let slot):
                    regs[Int(dst.value)] = Value(int32: int32Operand(regs[Int(lhs.value)], slots + Int(slot.value)) >> (value.value & 31))
                case .shiftRightUnsignedImm(let dst, let lhs, let value, let slot):
                    let x = int32Operand(regs[Int(lhs.value)], slots + Int(slot.value))
                    let result = UInt32(bitPattern: x) >> UInt32(value.value & 31)
                    regs[Int(dst.value)] = result <= UInt32(Int32.max) ? Value(int32: Int32(result)) : Value(double: Double(result))

                case .negate(let dst, let src, let slot):
                    let a = regs[Int(src.value)]
                    if a.isInt32 && a.asInt32 != 0 && a.asInt32 != Int32.min {
                        regs[Int(dst.value)] = Value(int32: -a.asInt32)
                        feedback(slot, .int32)
                    } else {
                        feedback(slot, numericFeedback(a, a))
                        regs[Int(dst.value)] = Value(number: -toNumber(a))
                    }
                case .bitNot(let dst, let src, let slot):
                    let a = regs[Int(src.value)]
                    feedback(slot, a.isInt32 ? .int32 : numericFeedback(a, a))
                    regs[Int(dst.value)] = Value(int32: ~(a.isInt32 ? a.asInt32 : JSNumber.toInt32(toNumber(a))))
                case .toNumber(let dst, let src, let slot):
                    let a = regs[Int(src.value)]
                    if a.isNumber {
                        feedback(slot, a.isInt32 ? .int32 : .double)
                        regs[Int(dst.value)] = a
                    } else {
                        feedback(slot, a.isString ? .string : .other)
                        regs[Int(dst.value)] = Value(number: toNumber(a))
                    }
                case .increment(let dst, let src, let slot):
                    let a = regs[Int(src.value)]
                    if a.isInt32 && a.asInt32 != Int32.max {
                        regs[Int(dst.value)] = Value(int32: a.asInt32 &+ 1)
                        feedback(slot, .int32)
                    } else {
                        feedback(slot, numericFeedback(a, a))
                        regs[Int(dst.value)] = Value(number: number(a) + 1)
                    }
                case .decrement(let dst, let src, let slot):
                    let a = regs[Int(src.value)]
                    if a.isInt32 && a.asInt32 != Int32.min {
                        regs[Int(dst.value)] = Value(int32: a.asInt32 &- 1)
                        feedback(slot, .int32)
                    } else {
                        feedback(slot, numericFeedback(a, a))
                        regs[Int(dst.value)] = Value(number: number(a) - 1)
                    }
                case .not(let dst, let src):
                    regs[Int(dst.value)] = Value(bool: !toBoolean(regs[Int(src.value)]))
                case .typeOf(let dst, let src):
                    regs[Int(dst.value)] = typeOf(regs[Int(src.value)])

                case .equal(let dst, let lhs, let rhs, let slot):
                    let equal = equality(regs[Int(lhs.value)], regs[Int(rhs.value)], strict: false, slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(bool: equal)
                case .notEqual(let dst, let lhs, let rhs, let slot):
                    let equal = equality(regs[Int(lhs.value)], regs[Int(rhs.value)], strict: false, slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(bool: !equal)
                case .strictEqual(let dst, let lhs, let rhs, let slot):
                    let equal = equality(regs[Int(lhs.value)], regs[Int(rhs.value)], strict: true, slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(bool: equal)
                case .strictNotEqual(let dst, let lhs, let rhs, let slot):
                    let equal = equality(regs[Int(lhs.value)], regs[Int(rhs.value)], strict: true, slots + Int(slot.value))
                    regs[Int(dst.value)] = Value(bool: !equal)
                case .lessThan(let dst, let lhs, let rhs, let slot):
                    regs[Int(dst.value)] = Value(bool: relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .less, slots + Int(slot.value)))
                case .lessThanOrEqual(let dst, let lhs, let rhs, let slot):
                    regs[Int(dst.value)] = Value(bool: relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .lessEqual, slots + Int(slot.value)))
                case .greaterThan(let dst, let lhs, let rhs, let slot):
                    regs[Int(dst.value)] = Value(bool: relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .greater, slots + Int(slot.value)))
                case .greaterThanOrEqual(let dst, let lhs, let rhs, let slot):
                    regs[Int(dst.value)] = Value(bool: relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .greaterEqual, slots + Int(slot.value)))
                case .jump(let offset):
                    pc += Int(offset.value)
                    continue
                case .jumpIfTrue(let cond, let offset):
                    let c = regs[Int(cond.value)]
                    if c.bits == Layout.valueTrue || (c.bits != Layout.valueFalse && toBoolean(c)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfTypeOf(let src, let type, let offset):
                    if typeIndex(regs[Int(src.value)]) == Int(type.value) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfNotTypeOf(let src, let type, let offset):
                    if typeIndex(regs[Int(src.value)]) != Int(type.value) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfFalse(let cond, let offset):
                    let c = regs[Int(cond.value)]
                    if c.bits == Layout.valueFalse || (c.bits != Layout.valueTrue && !toBoolean(c)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfNotLessThan(let lhs, let rhs, let slot, let offset):
                    if !relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .less, slots + Int(slot.value)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfNotLessThanOrEqual(let lhs, let rhs, let slot, let offset):
                    if !relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .lessEqual, slots + Int(slot.value)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfNotGreaterThan(let lhs, let rhs, let slot, let offset):
                    if !relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .greater, slots + Int(slot.value)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfNotGreaterThanOrEqual(let lhs, let rhs, let slot, let offset):
                    if !relational(regs[Int(lhs.value)], regs[Int(rhs.value)], .greaterEqual, slots + Int(slot.value)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfNotStrictEqual(let lhs, let rhs, let slot, let offset):
                    if !equality(regs[Int(lhs.value)], regs[Int(rhs.value)], strict: true, slots + Int(slot.value)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpIfStrictEqual(let lhs, let rhs, let slot, let offset):
                    if equality(regs[Int(lhs.value)], regs[Int(rhs.value)], strict: true, slots + Int(slot.value)) {
                        pc += Int(offset.value)
                        continue
                    }
                case .jumpLoop(let offset):
                    let counters = record.pointee.counters
                    counters.pointee.backEdges &+= 1
                    if heap.exhausted { throw outOfMemory }
                    pc += Int(offset.value)
                    // A hot loop: the frame goes on in baseline code from the loop header (OSR).
                    if counters.pointee.backEdges >= tierUp.backEdges && !(stepping && fp == entry),
                       let result = try enterByOSR(frame: fp, at: pc - code) {
                        // The frame returned in baseline code (so it has a register): finish it
                        // with a `Return r0`, keeping one copy of the return path in this loop.
                        regs[0] = result
                        pc = Self.returnFirstRegister
                    }
                    continue

                case .return(let value):
                    let result = regs[Int(value.value)]
                    if fp == entry { return .returned(result) }
                    let callOffset = Int(rf[fp + Layout.Frame.returnOffset].asInt32)
                    let receiver = rf[fp + Layout.Frame.thisValue]
                    fp = Int(rf[fp + Layout.Frame.callerFrame].asInt32)
                    activeFrame = fp
                    regs = rf + fp + Self.headerSlots
                    record = functionRecord(rf[fp + Layout.Frame.callee].asCell).unsafelyUnwrapped
                    code = record.pointee.code
                    constants = record.pointee.constants
                    slots = record.pointee.slots
                    pc = code + callOffset
                    // Call and Construct both have dst as their first operand, a register.
                    let dst = Int(Instruction.readUInt32(pc, 1))
                    let constructed = pc.pointee == Opcode.construct.rawValue && !result.isObjectLike
                    regs[dst] = constructed ? receiver : result
                    pc += Int(lengths[Int(pc.pointee)])
                    continue
                case .throwError(let errorKind, let message):
                    let kinds: [JsError.Kind] = [.typeError, .referenceError, .rangeError, .syntaxError]
                    throw JsError(kinds[Int(errorKind.value)], swiftString(constants[Int(message.value)]))

                case .newObject(let dst):
                    regs[Int(dst.value)] = newObject()
                case .newArray(let dst, let first, let count):
                    regs[Int(dst.value)] = newArray(copying: regs + Int(first.value), count: Int(count.value))
                case .getProperty(let dst, let object, let name, let slot):
                    let value = regs[Int(object.value)]
                    if value.isCell, let shape = value.asCell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer?.self),
                       let entry = slots[Int(slot.value)].cache.lookup(shape) {
                        regs[Int(dst.value)] = entry.slot >= 0 ? slotAddress(entry.holder ?? value.asCell, Int(entry.slot)).pointee
                            : cachedLength(value.asCell, entry.slot)
                    } else if value.isCell && constants[Int(name.value)].asCell == lengthAtom && value.cellKind != UInt8(Layout.kindObject) {
                        // The length of arrays and strings is not a slot: the cache remembers which it is.
                        let cell = value.asCell
                        if cell.kind == UInt8(Layout.kindFunction) {
                            regs[Int(dst.value)] = try loadProperty(value, lengthAtom, &slots[Int(slot.value)].cache)
                        } else {
                            let which = value.isArray ? InlineCache.Entry.arrayLength : InlineCache.Entry.stringLength
                            if let shape = cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer?.self) {
                                slots[Int(slot.value)].cache.record(InlineCache.Entry(shape: shape, slot: which))
                            }
                            regs[Int(dst.value)] = cachedLength(cell, which)
                        }
                    } else {
                        regs[Int(dst.value)] = try loadProperty(value, constants[Int(name.value)].asCell, &slots[Int(slot.value)].cache)
                    }
                case .setProperty(let object, let name, let value, let slot):
                    let target = regs[Int(object.value)]
                    if target.isCell, let shape = target.asCell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer?.self),
                       let entry = slots[Int(slot.value)].cache.lookup(shape),
                       entry.newShape == nil || Int(entry.slot) < Self.inlineSlots {
                        // A cached store, or a cached transition that adds an inline slot.
                        if let newShape = entry.newShape { target.asCell.setField(Layout.CellHeader.shape, newShape) }
                        slotAddress(target.asCell, Int(entry.slot)).pointee = regs[Int(value.value)]
                    } else {
                        try storeProperty(target, constants[Int(name.value)].asCell, regs[Int(value.value)], &slots[Int(slot.value)].cache)
                    }
                case .getElement(let dst, let object, let key, let slot):
                    let target = regs[Int(object.value)], index = regs[Int(key.value)]
                    if target.isDenseArray && index.isInt32 {
                        let cell = target.asCell, i = Int(index.asInt32)
                        if i >= 0 && i < arrayLength(cell) {
                            let element = elementsPointer(cell)[i]
                            if !element.isEmpty {
                                regs[Int(dst.value)] = element
                                feedback(slot, .int32)
                                break
                            }
                        }
                    }
                    feedback(slot, target.isString ? .string : .other)
                    regs[Int(dst.value)] = try getElement(target, index)
                case .setElement(let object, let key, let value, let slot):
                    let target = regs[Int(object.value)], index = regs[Int(key.value)]
                    if target.isDenseArray && index.isInt32 {
                        let cell = target.asCell, i = Int(index.asInt32)
                        if i >= 0 && i < arrayLength(cell) {
                            elementsPointer(cell)[i] = regs[Int(value.value)]
                            feedback(slot, .int32)
                            break
                        }
                    }
                    feedback(slot, .other)
                    try setElement(target, index, regs[Int(value.value)])
                case .newFunction(let dst, let function):
                    regs[Int(dst.value)] = newFunction(record.pointee.functions[Int(function.value)])

                case .call(let dst, let calleeRegister, let first, let count, let slot),
                     .construct(let dst, let calleeRegister, let first, let count, let slot):
                    let callee = regs[Int(calleeRegister.value)]
                    let isConstruct = pc.pointee == Opcode.construct.rawValue
                    guard callee.isFunction else { throw notCallable(record, pc - code, construct: isConstruct) }
                    let cell = callee.asCell
                    slots[Int(slot.value)].recordCall(cell)
                    let argumentCount = Int(count.value)
                    guard let target = functionRecord(cell) else {
                        regs[Int(dst.value)] = try callBuiltin(cell, construct: isConstruct, from: record, at: pc - code, this: regs[Int(first.value)],
                                                               arguments: regs + Int(first.value) + 1, count: argumentCount)
                        break
                    }
                    let newFp = fp + Self.headerSlots + record.pointee.registerCount
                    let receiver = isConstruct ? newObject(shape: target.pointee.info.takeUnretainedValue().initialShape) : regs[Int(first.value)]
                    let newRegs = try pushFrame(at: newFp, record: target, callerFrame: fp, returnOffset: pc - code, callee: callee,
                                                this: receiver, arguments: regs + Int(first.value) + 1, count: argumentCount)
                    if heap.exhausted { throw outOfMemory }
                    if let entry = baselineEntry(target, invocationThreshold: tierUp.invocations) {
                        // The callee has baseline code: it runs natively and returns here.
                        let result = try enterBaseline(frame: newFp, at: entry)
                        regs[Int(dst.value)] = isConstruct && !result.isObjectLike ? receiver : result
                        break
                    }
                    fp = newFp
                    activeFrame = fp
                    regs = newRegs
                    record = target
                    code = target.pointee.code
                    constants = target.pointee.constants
                    slots = target.pointee.slots
                    pc = code
                    continue
                }
                pc = next
            }
        } catch {
            var located = error
            if located.location == nil {
                located.location = record.pointee.info.takeUnretainedValue().chunk.location(at: pc - code)
            }
            throw located
        }
    }

    /// Where a frame went after the interpreter ran it.
    enum InterpreterExit {
        case returned(Value)
        /// Stepping mode: the instruction finished and the frame continues at this offset.
        case stepped(to: Int)
    }

    /// `Return r0`, which the dispatch loop runs to finish a frame that returned elsewhere.
    nonisolated(unsafe) static let returnFirstRegister: UnsafePointer<UInt8> = {
        var bytes: [UInt8] = []
        Instruction.return(value: Register(0)).encode(into: &bytes)
        let code = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        code.initialize(from: bytes, count: bytes.count)
        return UnsafePointer(code)
    }()

    /// Opcode byte → instruction length, for stepping over an instruction.
    nonisolated(unsafe) static let instructionLengths: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 1, count: 256)
        for opcode in Opcode.allCases { table[Int(opcode.rawValue)] = UInt8(opcode.length) }
        return table
    }()

    /// node's ReferenceError for a let/const read in its temporal dead zone.
    private func uninitialized(_ name: Value) -> JsError {
        JsError(.referenceError, "Cannot access '\(swiftString(name))' before initialization")
    }

    func calleeName(_ record: UnsafeMutablePointer<FunctionRecord>, _ offset: Int) -> String {
        record.pointee.info.takeUnretainedValue().chunk.callSiteNames[offset] ?? "expression"
    }

    /// node's TypeError for calling (or constructing) a value that is not a function, at the
    /// call site at `offset` of `record`'s code.
    func notCallable(_ record: UnsafeMutablePointer<FunctionRecord>, _ offset: Int, construct: Bool) -> JsError {
        JsError(.typeError, "\(calleeName(record, offset)) is not a \(construct ? "constructor" : "function")")
    }

    /// Call or Construct of the builtin function `cell` from the call site at `offset`, as every
    /// tier does it: only the Array constructor may be constructed, and the heap limit holds.
    @inline(never)
    func callBuiltin(_ cell: UnsafeMutableRawPointer, construct: Bool, from record: UnsafeMutablePointer<FunctionRecord>, at offset: Int,
                     this: Value, arguments: UnsafeMutablePointer<Value>, count: Int) throws(JsError) -> Value {
        let builtin = Builtin(rawValue: Int(cell.aux)).unsafelyUnwrapped
        if construct && builtin != .arrayConstructor { throw notCallable(record, offset, construct: true) }
        let result = try callBuiltin(builtin, this: this, arguments: arguments, count: count)
        if heap.exhausted { throw outOfMemory }
        return result
    }

    @inline(__always) private func numericFeedback(_ a: Value, _ b: Value) -> TypeFeedback {
        if a.isNumber && b.isNumber { return .double }
        return a.isString || b.isString ? .string : .other
    }

    @inline(__always) private func comparisonFeedback(_ a: Value, _ b: Value) -> TypeFeedback {
        if a.isNumber && b.isNumber { return .double }
        return a.isString && b.isString ? .string : .other
    }

    /// `a + b` with the int32 and number cases inline, recording operand types (the
    /// interpreter's Add, and baseline code's slow path for it).
    @inline(__always) func add(_ a: Value, _ b: Value, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) throws(JsError) -> Value {
        if a.isInt32 && b.isInt32 {
            let (sum, overflow) = a.asInt32.addingReportingOverflow(b.asInt32)
            if !overflow {
                slot.pointee.types.formUnion(.int32)
                return Value(int32: sum)
            }
            slot.pointee.types.formUnion(.overflow)
        }
        if a.isNumber && b.isNumber {
            slot.pointee.types.formUnion(.double)
            return Value(number: a.asNumber + b.asNumber)
        }
        if a.isString && b.isString {
            slot.pointee.types.formUnion(.string)
            return try concatenate(a, b)
        }
        if a.isString && b.isInt32 {
            slot.pointee.types.formUnion(.string)
            return try concatenate(a, int: b.asInt32, numberFirst: false)
        }
        if a.isInt32 && b.isString {
            slot.pointee.types.formUnion(.string)
            return try concatenate(b, int: a.asInt32, numberFirst: true)
        }
        slot.pointee.types.formUnion(a.isString || b.isString ? .string : .other)
        return try add(a, b)
    }

    /// The length an inline-cache entry with a negative slot stands for.
    @inline(__always) func cachedLength(_ cell: UnsafeMutableRawPointer, _ which: Int32) -> Value {
        guard which == InlineCache.Entry.arrayLength else { return Value(int32: Int32(cell.aux)) }
        let length = arrayLength(cell)
        return length <= Int(Int32.max) ? Value(int32: Int32(length)) : Value(double: Double(length))
    }

    /// ToInt32 of both operands of a bitwise operator, recording their types.
    @inline(__always) private func int32Operands(_ a: Value, _ b: Value, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) -> (Int32, Int32) {
        if a.isInt32 && b.isInt32 {
            slot.pointee.types.formUnion(.int32)
            return (a.asInt32, b.asInt32)
        }
        slot.pointee.types.formUnion(numericFeedback(a, b))
        return (int32(a), int32(b))
    }

    /// ToInt32 of one operand of a bitwise operator with a literal, recording its type.
    @inline(__always) private func int32Operand(_ a: Value, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) -> Int32 {
        slot.pointee.types.formUnion(a.isInt32 ? .int32 : numericFeedback(a, a))
        return int32(a)
    }

    /// `==` or `===` with the int32 case inline, recording operand types.
    @inline(__always) private func equality(_ a: Value, _ b: Value, strict: Bool, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) -> Bool {
        if a.isInt32 && b.isInt32 {
            slot.pointee.types.formUnion(.int32)
            return a.bits == b.bits
        }
        slot.pointee.types.formUnion(comparisonFeedback(a, b))
        return strict ? strictEquals(a, b) : looseEquals(a, b)
    }

    enum Relation { case less, lessEqual, greater, greaterEqual }

    /// `a < b` and friends with int32 and double fast paths, recording operand types.
    @inline(__always) private func relational(_ a: Value, _ b: Value, _ relation: Relation, _ slot: UnsafeMutablePointer<FeedbackSlotProfile>) -> Bool {
        if a.isInt32 && b.isInt32 {
            slot.pointee.types.formUnion(.int32)
            let (x, y) = (a.asInt32, b.asInt32)
            switch relation {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            case .greaterEqual: return x >= y
            }
        }
        slot.pointee.types.formUnion(comparisonFeedback(a, b))
        if a.isNumber && b.isNumber {
            let (x, y) = (a.asNumber, b.asNumber)
            switch relation {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            case .greaterEqual: return x >= y
            }
        }
        switch relation {
        case .less: return lessThan(a, b) == true
        case .lessEqual: return lessThan(b, a) == false
        case .greater: return lessThan(b, a) == true
        case .greaterEqual: return lessThan(a, b) == false
        }
    }

    /// ToInt32 with the int32 and double cases inline.    /// ToInt32 with the int32 and double cases inline.
    @inline(__always) private func int32(_ v: Value) -> Int32 {
        if v.isInt32 { return v.asInt32 }
        return JSNumber.toInt32(v.isNumber ? v.asDouble : toNumber(v))
    }

    /// ToNumber with the number cases inline.
    @inline(__always) private func number(_ v: Value) -> Double {
        v.isNumber ? v.asNumber : toNumber(v)
    }

    // MARK: - Inline-cache slow paths

    /// A global read that missed its cache: looks the name up and caches its slot.
    func loadGlobalSlow(_ key: UnsafeMutableRawPointer, _ cache: inout InlineCache) throws(JsError) -> Value {
        guard let slot = Shape.of(globalObject).slot(of: key) else {
            throw JsError(.referenceError, "\(swiftString(Value(cell: key))) is not defined")
        }
        cache.record(InlineCache.Entry(shape: Shape.of(globalObject).pointer, slot: Int32(slot)))
        return slotAddress(globalObject, slot).pointee
    }

    /// A property read that missed its cache.
    func loadProperty(_ object: Value, _ key: UnsafeMutableRawPointer, _ cache: inout InlineCache) throws(JsError) -> Value {
        if object.isObjectLike, !isArrayLengthOrIndex(object, key) {
            let cell = object.asCell
            if let found = findProperty(cell, key) {
                // A dictionary shape stays when its object gains `key`: it cannot vouch for a
                // prototype's property staying unshadowed.
                let shape = Shape.of(cell)
                if found.holder == nil || !shape.isDictionary {
                    cache.record(InlineCache.Entry(shape: shape.pointer, slot: Int32(found.slot), holder: found.holder))
                }
                return slotAddress(found.holder ?? cell, found.slot).pointee
            }
        } else if object.isString, key != lengthAtom, arrayIndex(Value(cell: key)) == nil, let slot = Shape.of(stringPrototype).slot(of: key) {
            cache.record(InlineCache.Entry(shape: stringShape.pointer, slot: Int32(slot), holder: stringPrototype))
            return slotAddress(stringPrototype, slot).pointee
        }
        return try getProperty(object, key)
    }

    /// A property write that missed its cache (or adds a property): stores and caches the slot,
    /// or the transition to the new shape.
    func storeProperty(_ object: Value, _ key: UnsafeMutableRawPointer, _ value: Value, _ cache: inout InlineCache) throws(JsError) {
        guard object.isObjectLike, !isArrayLengthOrIndex(object, key) else {
            return try setProperty(object, key, value)
        }
        let cell = object.asCell
        let before = Shape.of(cell)
        let slot = setOwn(cell, key, value)
        let after = Shape.of(cell)
        // Transitions are recorded for the profile but taken on the slow path (they may grow
        // storage); never one into a dictionary, which belongs to this object alone.
        guard before === after || !after.isDictionary else { return }
        cache.record(InlineCache.Entry(shape: before.pointer, slot: Int32(slot), newShape: before === after ? nil : after.pointer))
    }
}
