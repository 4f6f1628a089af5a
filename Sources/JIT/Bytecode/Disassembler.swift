/// Prints bytecode as a listing, one instruction a line, each with its offset:
///
///     0000  LoadInt r0, #10
///     0006  JumpIfFalse r0, @0019
///
/// Bytes that do not decode are shown as an error line and the listing stops there, so a
/// malformed chunk can be inspected without crashing.
public enum Disassembler {
    public static func listing(_ code: [UInt8]) -> String {
        var lines: [String] = []
        var offset = 0
        while offset < code.count {
            do {
                let instruction = try Instruction.decode(code, at: offset)
                lines.append("\(bytecodeOffsetText(offset))  \(instruction.text(at: offset))")
                offset += instruction.opcode.length
            } catch {
                lines.append("\(bytecodeOffsetText(offset))  <\(describe(error))>")
                break
            }
        }
        return lines.joined(separator: "\n")
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
