import JIT
import Testing

struct BytecodeToolsTests {
    @Test func parsesHexBytes() {
        #expect(parseHexBytes("00 01 ff") == [0, 1, 255])
        #expect(parseHexBytes("0A0b\n0c") == [10, 11, 12])
        #expect(parseHexBytes("") == [])
        #expect(parseHexBytes("0") == nil)
        #expect(parseHexBytes("zz") == nil)
    }

    @Test func jumpTargetsPrintAsFourDigitOffsets() {
        #expect(bytecodeOffsetText(0) == "0000")
        #expect(bytecodeOffsetText(42) == "0042")
        #expect(bytecodeOffsetText(12345) == "12345")
        #expect(bytecodeOffsetText(-3) == "-3")
    }

    @Test func listingReportsTruncationAndEmptyCode() {
        #expect(Disassembler.listing([]) == "")
        #expect(Disassembler.listing([Opcode.mov.rawValue, 1]) == "0000  <Mov needs 9 bytes but only 2 remain>")
    }

    @Test func opcodeTableListsEveryOpcodeAndKind() {
        let table = OpcodeTable.render()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("code  opcode"))
        for opcode in Opcode.allCases {
            let code = String(opcode.rawValue, radix: 16, uppercase: true)
            #expect(lines.contains { $0.hasPrefix("0x\(code.count == 1 ? "0" + code : code)  \(opcode.name) ") }, "\(opcode.name)")
        }
        #expect(table.contains("\(Opcode.allCases.count) opcodes from Specs/opcodes.yaml"))
        for kind in OperandKind.allCases { #expect(table.contains("  \(kind.name): \(kind.role), \(kind.width) byte")) }
        #expect(lines.contains { $0.hasPrefix("0x00  Mov ") && $0.hasSuffix("pure") })
        #expect(lines.contains { $0.contains("Call ") && $0.contains("call ") && $0.hasSuffix("reads_heap,writes_heap,allocates,calls,may_throw") })
    }

    @Test func layoutTableListsConstantsRegistersAndFrame() {
        let table = LayoutTable.render()
        #expect(table.contains("NumberTag"))
        #expect(table.contains("0xFFFE000000000000"))
        #expect(table.contains("frame = r13"))
        #expect(table.contains("frame header slots: callerFrame, returnOffset, callee, argumentCount, thisValue"))
    }
}
