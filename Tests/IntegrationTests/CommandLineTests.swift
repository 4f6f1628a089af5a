import Foundation
import JIT
import Testing

/// `jsjit` as a user runs it.
struct CommandLineTests {
    @Test func printsTheOpcodeTableByDefault() throws {
        let output = try ProgramRunner.run("jsjit", ["--opcodes"])
        #expect(output.status == 0)
        #expect(output.stdout == OpcodeTable.render())
        #expect(output.stdout.contains("JumpLoop"))
    }

    @Test func printsTheLayout() throws {
        let output = try ProgramRunner.run("jsjit", ["--layout"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("notCellMask = r15"))
    }

    @Test func disassemblesHexBytecode() throws {
        var bytes: [UInt8] = []
        Instruction.loadInt(dst: Register(2), value: Immediate(40)).encode(into: &bytes)
        Instruction.add(dst: Register(3), lhs: Register(2), rhs: Register(2), feedback: FeedbackSlot(0)).encode(into: &bytes)
        Instruction.return(value: Register(3)).encode(into: &bytes)
        let hex = bytes.map { String(format: "%02x", $0) }.joined(separator: " ")
        let output = try ProgramRunner.run("jsjit", ["--disassemble", hex])
        #expect(output.status == 0)
        #expect(output.stdout == "0000  LoadInt r2, #40\n0009  Add r3, r2, r2, fb0\n0026  Return r3\n")
    }

    @Test func badInputIsAClearErrorNotACrash() throws {
        let output = try ProgramRunner.run("jsjit", ["--disassemble", "0g"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--disassemble takes hex bytes"))
        let unknown = try ProgramRunner.run("jsjit", ["--no-such-option"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Unknown option '--no-such-option'"))
    }
}
