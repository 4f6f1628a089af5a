@testable import JIT
import Testing

private typealias B = BytecodeTesting

@Suite("Bytecode verifier") struct VerifierTests {
    /// Expects `chunk` to be rejected with a BytecodeError whose message contains `fragment`.
    private func expectRejected(_ chunk: BytecodeChunk, _ fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let error = B.verifyError(chunk)
        #expect(error?.kind == .bytecodeError, sourceLocation: sourceLocation)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "accepted")", sourceLocation: sourceLocation)
        #expect(error?.location == nil, sourceLocation: sourceLocation)
    }

    private let returnUndefined: [Instruction] = [.loadUndefined(dst: Register(0)), .return(value: Register(0))]
    /// The offset just after `returnUndefined`, as the four-digit text messages use.
    private var afterReturnUndefined: String { bytecodeOffsetText(returnUndefined.flatMap(\.encoded).count) }

    @Test func aMinimalChunkPasses() {
        #expect(B.verifyError(B.chunk(returnUndefined, registers: 1)) == nil)
    }

    // MARK: Shape of the chunk

    @Test func emptyCode() {
        expectRejected(B.chunk([]), "function 'hand': the code is empty")
    }

    @Test func parameterCountAboveRegisterCount() {
        expectRejected(B.chunk(returnUndefined, registers: 2, parameters: 3), "parameter count 3 exceeds the register count 2")
    }

    @Test func countsOutOfRange() {
        expectRejected(B.chunk(returnUndefined, registers: -1), "register count -1 is outside 0...125952")
        expectRejected(B.chunk(returnUndefined, registers: 125_953), "register count 125953 is outside 0...125952")
        expectRejected(B.chunk(returnUndefined, registers: 1, slots: Int(UInt32.max) + 2), "feedback slot count 4294967297 is out of range")
        expectRejected(B.chunk(returnUndefined, registers: 1, slots: -1), "feedback slot count -1 is out of range")
    }

    @Test func lineTableOutsideTheCode() {
        let chunk = B.chunk(returnUndefined, registers: 1, lineTable: [.init(offset: 0, line: 1, column: 1), .init(offset: 100, line: 2, column: 1)])
        expectRejected(chunk, "line table entry for offset 100 is outside the code")
    }

    // MARK: Decoding

    @Test func unknownOpcodeByte() throws {
        let byte = try #require(UInt8(exactly: Opcode.allCases.count), "every byte is an opcode")
        let hex = String(byte, radix: 16, uppercase: true)
        expectRejected(B.chunk(bytes: returnUndefined.flatMap(\.encoded) + [byte], registers: 1), "function 'hand' at \(afterReturnUndefined): unknown opcode byte 0x\(hex)")
    }

    @Test func truncatedInstruction() {
        let mov = Instruction.mov(dst: Register(0), src: Register(1)).encoded
        expectRejected(B.chunk(bytes: returnUndefined.flatMap(\.encoded) + mov.prefix(3), registers: 2), "at \(afterReturnUndefined): Mov needs \(mov.count) bytes but only 3 remain")
    }

    // MARK: Operands

    @Test func registerOutOfRange() {
        expectRejected(B.chunk([.loadInt(dst: Register(5), value: Immediate(1)), .return(value: Register(0))], registers: 2),
                       "at 0000: LoadInt operand dst: register r5 is outside the 2 registers")
        expectRejected(B.chunk([.loadUndefined(dst: Register(0)), .return(value: Register(1))], registers: 1),
                       "at \(bytecodeOffsetText(Int(B.length(.loadUndefined)))): Return operand value: register r1 is outside the 1 registers")
    }

    @Test func constantOutOfRange() {
        expectRejected(B.chunk([.loadConst(dst: Register(0), index: ConstantIndex(3)), .return(value: Register(0))], constants: [.number(1.5)], registers: 1),
                       "LoadConst operand index: constant c3 is outside the 1 constants")
    }

    @Test func feedbackSlotOutOfRange() {
        let code: [Instruction] = [
            .loadInt(dst: Register(0), value: Immediate(1)),
            .add(dst: Register(0), lhs: Register(0), rhs: Register(0), feedback: FeedbackSlot(1)),
            .return(value: Register(0)),
        ]
        expectRejected(B.chunk(code, registers: 1, slots: 1), "Add operand feedback: feedback slot fb1 is outside the 1 slots")
        #expect(B.verifyError(B.chunk(code, registers: 1, slots: 2)) == nil)
    }

    @Test func nestedFunctionIndexOutOfRange() {
        let code: [Instruction] = [.newFunction(dst: Register(0), function: FunctionIndex(0)), .return(value: Register(0))]
        expectRejected(B.chunk(code, registers: 1), "NewFunction operand function: function f0 is outside the 0 nested functions")
        #expect(B.verifyError(B.chunk(code, registers: 1, functions: [B.chunk(returnUndefined, registers: 1, name: "inner")])) == nil)
    }

    @Test func nameOperandMustBeAString() {
        let number: [BytecodeChunk.Constant] = [.number(7)]
        expectRejected(B.chunk([.loadGlobal(dst: Register(0), name: ConstantIndex(0), feedback: FeedbackSlot(0)), .return(value: Register(0))], constants: number, registers: 1, slots: 1),
                       "LoadGlobal needs a string constant, but c0 is a number")
        expectRejected(B.chunk([.declareGlobal(name: ConstantIndex(0))] + returnUndefined, constants: number, registers: 1),
                       "DeclareGlobal needs a string constant, but c0 is a number")
        expectRejected(B.chunk([.loadUndefined(dst: Register(0)), .getProperty(dst: Register(0), object: Register(0), name: ConstantIndex(0), feedback: FeedbackSlot(0)), .return(value: Register(0))],
                               constants: number, registers: 1, slots: 1),
                       "GetProperty needs a string constant, but c0 is a number")
        expectRejected(B.chunk([.throwError(errorKind: Immediate(0), message: ConstantIndex(0))], constants: number),
                       "ThrowError needs a string constant, but c0 is a number")
        // A number constant is fine where a value is loaded.
        #expect(B.verifyError(B.chunk([.loadConst(dst: Register(0), index: ConstantIndex(0)), .return(value: Register(0))], constants: number, registers: 1)) == nil)
    }

    @Test func throwErrorKindOutOfRange() {
        let message: [BytecodeChunk.Constant] = [B.name("boom")]
        expectRejected(B.chunk([.throwError(errorKind: Immediate(7), message: ConstantIndex(0))], constants: message), "ThrowError kind 7 is not 0...3")
        expectRejected(B.chunk([.throwError(errorKind: Immediate(-1), message: ConstantIndex(0))], constants: message), "ThrowError kind -1 is not 0...3")
        for kind: Int32 in 0...3 {
            #expect(B.verifyError(B.chunk([.throwError(errorKind: Immediate(kind), message: ConstantIndex(0))], constants: message)) == nil)
        }
    }

    @Test func callArgumentsRunPastTheRegisters() {
        // `this` is r1 and the two arguments r2 and r3: four registers needed, three available.
        let call: Instruction = .call(dst: Register(0), callee: Register(0), first: Register(1), count: OperandCount(2), feedback: FeedbackSlot(0))
        expectRejected(B.chunk([.loadUndefined(dst: Register(0)), call, .return(value: Register(0))], registers: 3, slots: 1),
                       "Call uses registers r1..<r4, past the 3 registers")
        #expect(B.verifyError(B.chunk([.loadUndefined(dst: Register(0)), call, .return(value: Register(0))], registers: 4, slots: 1)) == nil)
        let construct: Instruction = .construct(dst: Register(0), callee: Register(0), first: Register(2), count: OperandCount(1), feedback: FeedbackSlot(0))
        expectRejected(B.chunk([.loadUndefined(dst: Register(0)), construct, .return(value: Register(0))], registers: 3, slots: 1),
                       "Construct uses registers r2..<r4, past the 3 registers")
    }

    @Test func arrayElementsRunPastTheRegisters() {
        let code: [Instruction] = [.newArray(dst: Register(0), first: Register(1), count: OperandCount(3)), .return(value: Register(0))]
        expectRejected(B.chunk(code, registers: 3), "NewArray uses registers r1..<r4, past the 3 registers")
        #expect(B.verifyError(B.chunk(code, registers: 4)) == nil)
    }

    // MARK: Jumps

    @Test func jumpIntoTheMiddleOfAnInstruction() {
        let code: [Instruction] = [.jump(offset: JumpOffset(B.length(.jump) + 1))] + returnUndefined
        expectRejected(B.chunk(code, registers: 1), "at 0000: Jump jumps to \(B.length(.jump) + 1), which is not the start of an instruction")
    }

    @Test func jumpOutsideTheCode() {
        let size = returnUndefined.flatMap(\.encoded).count + Int(B.length(.jump))
        expectRejected(B.chunk([.jump(offset: JumpOffset(100))] + returnUndefined, registers: 1), "Jump jumps to 100, outside the \(size) bytes of code")
        // Exactly one past the last byte is outside too.
        expectRejected(B.chunk([.jump(offset: JumpOffset(Int32(size)))] + returnUndefined, registers: 1), "Jump jumps to \(size), outside the \(size) bytes of code")
        let loopAt = returnUndefined.flatMap(\.encoded).count
        expectRejected(B.chunk(returnUndefined + [.jumpLoop(offset: JumpOffset(-100))], registers: 1),
                       "JumpLoop jumps to \(loopAt - 100), outside the \(loopAt + Int(B.length(.jumpLoop))) bytes of code")
    }

    @Test func jumpLoopMustGoBackward() {
        let code: [Instruction] = [.jumpLoop(offset: JumpOffset(B.length(.jumpLoop)))] + returnUndefined
        expectRejected(B.chunk(code, registers: 1), "at 0000: JumpLoop must jump backward")
        let back: [Instruction] = [.loadUndefined(dst: Register(0)), .jumpLoop(offset: JumpOffset(-B.length(.loadUndefined)))]
        #expect(B.verifyError(B.chunk(back, registers: 1)) == nil)
    }

    @Test func jumpMustGoForward() {
        let back: [Instruction] = [.loadUndefined(dst: Register(0)), .jump(offset: JumpOffset(-B.length(.loadUndefined))), .return(value: Register(0))]
        expectRejected(B.chunk(back, registers: 1), "at \(bytecodeOffsetText(Int(B.length(.loadUndefined)))): Jump must jump forward (back edges are JumpLoop)")
        let toItself: [Instruction] = [.jump(offset: JumpOffset(0))] + returnUndefined
        expectRejected(B.chunk(toItself, registers: 1), "Jump must jump forward")
    }

    @Test func conditionalJumpMustGoForward() {
        let code: [Instruction] = [
            .loadTrue(dst: Register(0)),
            .jumpIfFalse(cond: Register(0), offset: JumpOffset(-B.length(.loadTrue))),
            .return(value: Register(0)),
        ]
        expectRejected(B.chunk(code, registers: 1), "at \(bytecodeOffsetText(Int(B.length(.loadTrue)))): JumpIfFalse must jump forward (back edges are JumpLoop)")
    }

    @Test("every jump and branch opcode but JumpLoop refuses to go backward",
          arguments: Opcode.allCases.filter { [.jump, .branch].contains($0.info.control) })
    func everyForwardJumpOpcode(_ opcode: Opcode) throws {
        let values = opcode.info.operands.map { $0.kind == .jump ? -Int64(B.length(.loadTrue)) : 0 }
        let jump = try Instruction(opcode: opcode, operandValues: values)
        let chunk = B.chunk([.loadTrue(dst: Register(0)), jump, .return(value: Register(0))], registers: 1, slots: 1)
        expectRejected(chunk, "\(opcode.info.name) must jump forward")
        let forward = try Instruction(opcode: opcode, operandValues: opcode.info.operands.map { $0.kind == .jump ? Int64(opcode.info.length) : 0 })
        #expect(B.verifyError(B.chunk([.loadTrue(dst: Register(0)), forward, .return(value: Register(0))], registers: 1, slots: 1)) == nil)
    }

    @Test func lastInstructionMustNotFallOffTheEnd() {
        expectRejected(B.chunk([.loadUndefined(dst: Register(0))], registers: 1), "function 'hand' at 0000: the last instruction can fall off the end of the code")
        let call: Instruction = .call(dst: Register(0), callee: Register(0), first: Register(1), count: OperandCount(0), feedback: FeedbackSlot(0))
        expectRejected(B.chunk([.loadUndefined(dst: Register(0)), .loadUndefined(dst: Register(1)), call], registers: 2, slots: 1),
                       "at \(bytecodeOffsetText(2 * Int(B.length(.loadUndefined)))): the last instruction can fall off the end")
        // Return, Jump, JumpLoop and ThrowError may end the code.
        #expect(B.verifyError(B.chunk([.loadUndefined(dst: Register(0)), .jumpLoop(offset: JumpOffset(0))], registers: 1)) == nil)
        #expect(B.verifyError(B.chunk([.throwError(errorKind: Immediate(0), message: ConstantIndex(0))], constants: [B.name("m")])) == nil)
    }

    // MARK: Nested chunks

    @Test func badNestedChunkIsRejectedByName() {
        let inner = B.chunk([.loadUndefined(dst: Register(3)), .return(value: Register(3))], registers: 1, name: "inner")
        let outer = B.chunk([.newFunction(dst: Register(0), function: FunctionIndex(0)), .return(value: Register(0))], registers: 1, functions: [inner], name: "outer")
        expectRejected(outer, "function 'inner' at 0000: LoadUndefined operand dst: register r3 is outside the 1 registers")
        let deeper = B.chunk([.newFunction(dst: Register(0), function: FunctionIndex(0)), .return(value: Register(0))], registers: 1, functions: [outer], name: "deeper")
        expectRejected(deeper, "function 'inner'")
    }
}

@Suite("Running verified chunks") struct VerifiedRunTests {
    /// A hand-assembled program: sums 0..<5 in a loop, prints the sum through console.log and
    /// the result of a nested function, then returns.
    static func summingChunk() -> BytecodeChunk {
        let seven = B.chunk([.loadInt(dst: Register(0), value: Immediate(7)), .return(value: Register(0))], registers: 1, name: "seven")
        let jumpLoop = B.length(.jumpLoop)
        let (less, jumpIfFalse, add, increment) = (B.length(.lessThan), B.length(.jumpIfFalse), B.length(.add), B.length(.increment))
        let code: [Instruction] = [
            .loadInt(dst: Register(0), value: Immediate(0)),                                        // i
            .loadInt(dst: Register(1), value: Immediate(0)),                                        // sum
            .loadInt(dst: Register(2), value: Immediate(5)),
            // loop header
            .lessThan(dst: Register(3), lhs: Register(0), rhs: Register(2), feedback: FeedbackSlot(0)),
            .jumpIfFalse(cond: Register(3), offset: JumpOffset(jumpIfFalse + add + increment + jumpLoop)),
            .add(dst: Register(1), lhs: Register(1), rhs: Register(0), feedback: FeedbackSlot(1)),
            .increment(dst: Register(0), src: Register(0), feedback: FeedbackSlot(2)),
            .jumpLoop(offset: JumpOffset(-(increment + add + jumpIfFalse + less))),
            // console.log(sum, seven())
            .loadGlobal(dst: Register(4), name: ConstantIndex(0), feedback: FeedbackSlot(3)),
            .getProperty(dst: Register(3), object: Register(4), name: ConstantIndex(1), feedback: FeedbackSlot(4)),
            .mov(dst: Register(5), src: Register(1)),
            .newFunction(dst: Register(6), function: FunctionIndex(0)),
            .loadUndefined(dst: Register(7)),
            .call(dst: Register(6), callee: Register(6), first: Register(7), count: OperandCount(0), feedback: FeedbackSlot(5)),
            .call(dst: Register(3), callee: Register(3), first: Register(4), count: OperandCount(2), feedback: FeedbackSlot(6)),
            .return(value: Register(1)),
        ]
        return B.chunk(code, constants: [B.name("console"), B.name("log")], registers: 8, slots: 7, functions: [seven], name: "sum")
    }

    @Test func aValidHandBuiltChunkRuns() throws {
        let chunk = Self.summingChunk()
        try BytecodeVerifier.verify(chunk)
        let output = PrintedOutput()
        try ExecutionContext(output: output.append).run(chunk)
        #expect(output.text == "10 7\n")
    }

    @Test func aBadChunkIsRejectedBeforeAnythingRuns() {
        // Prints first, but its last instruction falls off the end: nothing may run.
        let code: [Instruction] = [
            .loadGlobal(dst: Register(1), name: ConstantIndex(0), feedback: FeedbackSlot(0)),
            .getProperty(dst: Register(0), object: Register(1), name: ConstantIndex(1), feedback: FeedbackSlot(1)),
            .loadInt(dst: Register(2), value: Immediate(1)),
            .call(dst: Register(0), callee: Register(0), first: Register(1), count: OperandCount(1), feedback: FeedbackSlot(2)),
        ]
        let chunk = B.chunk(code, constants: [B.name("console"), B.name("log")], registers: 3, slots: 3)
        let output = PrintedOutput()
        let context = ExecutionContext(output: output.append)
        var error: JsError?
        do { try context.run(chunk) } catch let thrown { error = thrown }
        #expect(error?.kind == .bytecodeError)
        #expect(error?.message.contains("the last instruction can fall off the end of the code") == true)
        #expect(output.text.isEmpty)
        // The same code with a Return at the end runs and prints.
        let fixed = B.chunk(code + [.return(value: Register(0))], constants: chunk.constants, registers: 3, slots: 3)
        #expect(throws: Never.self) { try context.run(fixed) }
        #expect(output.text == "1\n")
    }

    @Test func aBadNestedChunkStopsTheWholeProgram() {
        let inner = B.chunk([.loadUndefined(dst: Register(0))], registers: 1, name: "inner")
        let outer = B.chunk([.newFunction(dst: Register(0), function: FunctionIndex(0)), .return(value: Register(0))], registers: 1, functions: [inner])
        let output = PrintedOutput()
        var error: JsError?
        do { try ExecutionContext(output: output.append).run(outer) } catch let thrown { error = thrown }
        #expect(error?.kind == .bytecodeError)
        #expect(error?.message.hasPrefix("function 'inner'") == true)
        #expect(error?.headline.hasPrefix("BytecodeError: ") == true)
    }

    @Test func compiledProgramsRunThroughTheSamePath() throws {
        let chunk = try B.compile("function sq(x) { return x * x; } let t = 0; for (let i = 1; i <= 3; i++) t += sq(i); console.log(t);")
        let output = PrintedOutput()
        try ExecutionContext(output: output.append).run(chunk)
        #expect(output.text == "14\n")
    }
}
