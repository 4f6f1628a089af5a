import JIT
import Testing

/// Every opcode round-trips through the encoder and decoder, and prints in the disassembler.
struct EncodingTests {
    /// A deterministic generator, so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Operand vectors for an opcode: both range ends, zero where it fits, then random values.
    static func samples(_ opcode: Opcode, count: Int, rng: inout SplitMix) -> [[Int64]] {
        let ranges = opcode.info.operands.map(\.kind.range)
        var result = [ranges.map(\.lowerBound), ranges.map(\.upperBound), ranges.map { $0.contains(0) ? 0 : $0.lowerBound }]
        for _ in 0..<count { result.append(ranges.map { Int64.random(in: $0, using: &rng) }) }
        return result
    }

    @Test(arguments: Opcode.allCases)
    func roundTripsWithRandomOperands(_ opcode: Opcode) throws {
        var rng = SplitMix(state: UInt64(opcode.rawValue) &+ 1)
        for values in Self.samples(opcode, count: 200, rng: &rng) {
            let instruction = try Instruction(opcode: opcode, operandValues: values)
            #expect(instruction.opcode == opcode)
            #expect(instruction.operandValues == values)
            let bytes = instruction.encoded
            #expect(bytes.count == opcode.length)
            #expect(bytes[0] == opcode.rawValue)
            #expect(try Instruction.decode(bytes, at: 0) == instruction)
        }
    }

    @Test func aStreamOfEveryOpcodeDecodesBackInOrder() throws {
        var rng = SplitMix(state: 42)
        var bytes: [UInt8] = [0xEE]  // one byte of padding, so offsets are not all zero-based
        var expected: [(Int, Instruction)] = []
        for opcode in Opcode.allCases {
            let values = Self.samples(opcode, count: 1, rng: &rng).last!
            let instruction = try Instruction(opcode: opcode, operandValues: values)
            expected.append((bytes.count, instruction))
            instruction.encode(into: &bytes)
        }
        for (offset, instruction) in expected {
            #expect(try Instruction.decode(bytes, at: offset) == instruction)
        }
    }

    @Test func operandValuesOutOfRangeOrMiscountedAreRejected() {
        let add = Opcode.add
        #expect(throws: InstructionOperandError.wrongOperandCount(opcode: add, expected: 4, found: 1)) {
            try Instruction(opcode: add, operandValues: [1])
        }
        let range = Register.kind.range
        #expect(throws: InstructionOperandError.outOfRange(opcode: add, operand: "lhs", value: range.upperBound + 1, range: range)) {
            try Instruction(opcode: add, operandValues: [0, range.upperBound + 1, 0, 0])
        }
        #expect(throws: InstructionOperandError.self) { try Instruction(opcode: .mov, operandValues: [-1, 0]) }
    }

    @Test func malformedBytesAreErrorsNotCrashes() {
        #expect(throws: BytecodeDecodingError.offsetOutOfRange(offset: 0, size: 0)) { try Instruction.decode([], at: 0) }
        #expect(throws: BytecodeDecodingError.offsetOutOfRange(offset: -1, size: 1)) { try Instruction.decode([0], at: -1) }
        if Opcode.allCases.count < 256 {
            let unused = UInt8(Opcode.allCases.count)
            #expect(throws: BytecodeDecodingError.unknownOpcode(byte: unused, offset: 0)) { try Instruction.decode([unused], at: 0) }
        }
        let truncated = Array(Instruction.add(dst: Register(1), lhs: Register(2), rhs: Register(3), feedback: FeedbackSlot(4)).encoded.dropLast())
        #expect(throws: BytecodeDecodingError.truncated(opcode: .add, offset: 0, size: truncated.count)) { try Instruction.decode(truncated, at: 0) }
    }

    @Test(arguments: Opcode.allCases)
    func disassemblesWithEveryOperand(_ opcode: Opcode) throws {
        var rng = SplitMix(state: 7 &+ UInt64(opcode.rawValue))
        let values = Self.samples(opcode, count: 1, rng: &rng).last!
        let instruction = try Instruction(opcode: opcode, operandValues: values)
        let offset = 100
        let text = instruction.text(at: offset)
        let expectedOperands = zip(opcode.info.operands, values).map { operand, value in
            operand.kind.role == .jump
                ? operand.kind.prefix + bytecodeOffsetText(offset + Int(value))
                : operand.kind.prefix + String(value)
        }
        let expected = expectedOperands.isEmpty ? opcode.name : opcode.name + " " + expectedOperands.joined(separator: ", ")
        #expect(text == expected)
    }

    /// A return reads the caller's Call or Construct `dst` straight from the code, as four
    /// bytes after the opcode (Interpreter.swift): the spec must keep it there.
    @Test func callAndConstructStartWithTheirDestinationRegister() {
        for opcode in [Opcode.call, .construct] {
            let first = opcode.info.operands[0]
            #expect(first.name == "dst" && first.kind == .reg && first.offset == 1 && first.width == 4)
        }
    }

    @Test func listingShowsOffsetsAndStopsAtBadBytes() {
        var bytes: [UInt8] = []
        Instruction.loadInt(dst: Register(0), value: Immediate(-5)).encode(into: &bytes)
        Instruction.jumpIfFalse(cond: Register(0), offset: JumpOffset(-9)).encode(into: &bytes)
        Instruction.return(value: Register(0)).encode(into: &bytes)
        bytes.append(0xFF)
        let lines = Disassembler.listing(bytes).split(separator: "\n").map(String.init)
        #expect(lines == [
            "0000  LoadInt r0, #-5",
            "0009  JumpIfFalse r0, @0000",
            "0018  Return r0",
            "0023  <unknown opcode byte 0xFF>",
        ])
        #expect(JumpOffset(-7).description == "@-7")
        #expect(JumpOffset(12).description == "@+12")
    }
}
