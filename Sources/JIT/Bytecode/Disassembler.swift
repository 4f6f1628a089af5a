/// Prints bytecode as a listing, one instruction a line, each with its offset:
///
///     0000  LoadInt r0, #10
///     0006  JumpIfFalse r0, @0019
///
/// Bytes that do not decode are shown as an error line and the listing stops there, so a
/// malformed chunk can be inspected without crashing.
public enum Disassembler {
    public static func listing(_ code: [UInt8]) -> String {
        let stream = decode(code)
        var lines = stream.instructions.map { "\(bytecodeOffsetText($0.offset))  \($0.instruction.text(at: $0.offset))" }
        if let failure = stream.failure { lines.append("\(bytecodeOffsetText(failure.offset))  <\(describe(failure.error))>") }
        return lines.joined(separator: "\n")
    }

    /// Decodes a whole stream: every instruction with its offset, up to the end or to the first
    /// bytes that do not decode (the failure). The listing, the verifier and the statistics share it.
    static func decode(_ code: [UInt8]) -> (instructions: [(offset: Int, instruction: Instruction)], failure: (offset: Int, error: BytecodeDecodingError)?) {
        var instructions: [(offset: Int, instruction: Instruction)] = []
        var offset = 0
        while offset < code.count {
            do {
                let instruction = try Instruction.decode(code, at: offset)
                instructions.append((offset, instruction))
                offset += instruction.opcode.length
            } catch {
                return (instructions, (offset, error))
            }
        }
        return (instructions, nil)
    }

    static func describe(_ error: BytecodeDecodingError) -> String {
        switch error {
        case .offsetOutOfRange(let offset, let size):
            return "offset \(offset) is outside the \(size) bytes of code"
        case .unknownOpcode(let byte, _):
            return "unknown opcode byte 0x\(String(byte, radix: 16, uppercase: true))"
        case .truncated(let opcode, let offset, let size):
            return "\(opcode.name) needs \(opcode.length) bytes but only \(size - offset) remain"
        }
    }
}
