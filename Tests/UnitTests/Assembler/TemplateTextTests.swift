import Testing
import X64Assembler

struct TemplateTextTests {
    let symbols: [String: Int64] = ["NumberTag": -0x2_0000_0000_0000, "ObjectCell.inlineSlots": 24, "SlotSize": 8, "Frame.headerSlotCount": 5]

    /// An int32-add fast path as a baseline template might be written.
    let addTemplate = """
        ; r13 is the frame base; $lhs, $rhs, $dst are frame slot displacements
          mov rax, [r13 + $lhs]
          mov rcx, [r13 + $rhs]
          cmp rax, r14               # both int32? (r14 holds NumberTag)
          jb .slow
          cmp rcx, r14
          jb .slow
          add eax, ecx
          jo .slow
          or rax, r14
          mov qword ptr [r13 + $dst], rax
          jmp $next
        .slow:
          movabs r11, $helper
          call r11
        """

    @Test func assemblesLikeGNUAsWithHolesFilled() throws {
        let template = try TemplateText.assemble(addTemplate, file: "Specs/opcodes.yaml", symbols: symbols)
        #expect(template.holes.map(\.name) == ["lhs", "rhs", "dst", "next", "helper"])
        #expect(template.holes.map(\.kind) == [.disp32, .disp32, .disp32, .rel32, .imm64])
        var filled = template.bytes
        let values: [String: Int64] = ["lhs": 0x1111_1111, "rhs": 0x2222_2222, "dst": 0x3333_3333, "helper": 0x4444_4444_5555_5555]
        for hole in template.holes where hole.kind != .rel32 {
            for i in 0..<hole.width { filled[hole.offset + i] = UInt8(truncatingIfNeeded: values[hole.name]! >> (8 * Int64(i))) }
        }
        let nextHole = template.holes.first { $0.name == "next" }!
        let gas = try GNUAssembler.assemble([
            "mov rax, [r13 + 0x11111111]", "mov rcx, [r13 + 0x22222222]", "cmp rax, r14", "jb slow", "cmp rcx, r14", "jb slow",
            "add eax, ecx", "jo slow", "or rax, r14", "mov qword ptr [r13 + 0x33333333], rax", "{disp32} jmp next", "slow:",
            "movabs r11, 0x4444444455555555", "call r11", "next:",
        ])
        // The rel32 hole is the only difference: `as` resolved `next` to the template's end.
        #expect(Array(filled[..<nextHole.offset]) == Array(gas[..<nextHole.offset]))
        #expect(Array(filled[(nextHole.offset + 4)...]) == Array(gas[(nextHole.offset + 4)...]))
        #expect(gas[nextHole.offset - 1] == 0xE9)
    }

    @Test func symbolsExpressionsAndAddressing() throws {
        let text = """
            mov rax, NumberTag
            lea rcx, [rax + rbx*SlotSize + 8*ObjectCell.inlineSlots - 4]
            mov rdx, [8*rsi + (Frame.headerSlotCount + 1) * SlotSize]
            mov r8, [rip + 16]
            and rax, -(1 << 0) * 2 + 1
            """.replacingOccurrences(of: "1 << 0", with: "1")
        let template = try TemplateText.assemble(text, file: "t", symbols: symbols.merging(["ObjectCell.inlineSlots": 24]) { a, _ in a })
        var expected = Assembler()
        try expected.emit(.mov, .reg(.rax), .imm(-0x2_0000_0000_0000))
        try expected.emit(.lea, .reg(.rcx), .mem(Memory(base: .rax, index: .rbx, scale: 8, displacement: 8 * 24 - 4), nil))
        try expected.emit(.mov, .reg(.rdx), .mem(Memory(base: nil, index: .rsi, scale: 8, displacement: 48), nil))
        try expected.emit(.mov, .reg(.r8), .mem(.rip(16), nil))
        try expected.emit(.and, .reg(.rax), .imm(-1))
        #expect(template.bytes == expected.bytes)
        #expect(template.holes.isEmpty)
    }

    @Test func labelsResolveBothWaysAndRelax() throws {
        let loop = try TemplateText.assemble(".top: add rax, 1\n  jne .top\n  je .end\n  ret\n.end:", file: "t", symbols: [:])
        #expect(loop.bytes == [0x48, 0x83, 0xC0, 0x01, 0x75, 0xFA, 0x74, 0x01, 0xC3])
    }

    func errors(_ text: String, lineOffset: Int = 0, columnOffset: Int = 0) -> [String] {
        do {
            _ = try TemplateText.assemble(text, file: "Specs/opcodes.yaml", lineOffset: lineOffset, columnOffset: columnOffset, symbols: symbols)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test(arguments: [
        ("movv rax, rbx", "1:1: error: unknown instruction 'movv'"),
        ("mov rax, Undefined", "1:10: error: unknown name 'Undefined'; not a register or a known constant"),
        ("mov rax, [rbx", "1:10: error: missing ']'"),
        ("mov rax, [ebx]", "1:11: error: 'ebx' cannot address memory; use a 64-bit register"),
        ("mov rax, [rbx + rcx*3]", "1:21: error: scale must be 1, 2, 4 or 8"),
        ("mov rax, [rbx + rsp]", "1:10: error: rsp cannot be an index register"),
        ("mov rax, [rbx + $a + $b]", "1:22: error: a memory operand takes at most one $hole, added"),
        ("mov rax, [rbx - rcx]", "1:17: error: a register cannot be subtracted"),
        ("mov rax, [rbx ! 1]", "1:15: error: unexpected character '!'"),
        ("mov rax, [rbx 1]", "1:15: error: expected '+', '-' or ']' in a memory operand"),
        ("mov rax rbx", "1:9: error: expected ',' between operands"),
        ("mov rax,", "1:8: error: expected an operand after ','"),
        ("mov qword [rax], 1", "1:5: error: expected 'ptr' after 'qword'"),
        ("mov rax, $", "1:10: error: '$' must be followed by an operand name"),
        ("mov rax, 0xZZ", "1:10: error: '0xZZ' is not a number"),
        ("mov rax, 1 + rbx", "1:14: error: register 'rbx' cannot appear in an expression"),
        ("mov rax, rbx + 1", "1:14: error: expected ',' between operands"),
        ("mov rax, 1 + $x", "1:14: error: a $hole cannot be part of an expression"),
        ("mov rax, (1 + 2", "1:10: error: missing ')'"),
        ("mov [rax], [rbx]", "1:1: error: mov [...], [...]: expected register or memory, then register, memory or immediate (not memory and memory)"),
        ("mov [rax], 5", "1:1: error: mov [...], 5: the operand size is ambiguous; write byte ptr, word ptr, dword ptr or qword ptr"),
        ("add eax, 0x1_0000_0000", "1:1: error: add eax, 4294967296: immediate 4294967296 does not fit a 32-bit operand"),
        ("jmp .nowhere", "1:5: error: label '.nowhere' is not defined in this template"),
        ("top: ret", "1:1: error: label 'top' must start with '.' so it cannot be mistaken for a symbol"),
        (".a:\n.a:", "2:1: error: label '.a' is defined twice (first at line 1)"),
        ("mov rax, [rip + rbx*2]", "1:10: error: rip-relative addressing takes no index register"),
        ("shl rax, -", "1:11: error: expected a value"),
    ])
    func reportsPreciseErrors(_ text: String, _ expected: String) {
        #expect(errors(text) == ["Specs/opcodes.yaml:" + expected])
    }

    @Test func reportsEveryErrorWithFileOffsets() {
        let text = "mov rax, rbx\n  bogus\n  add rax, Nope\n  ret"
        #expect(errors(text, lineOffset: 40, columnOffset: 6) == [
            "Specs/opcodes.yaml:42:9: error: unknown instruction 'bogus'",
            "Specs/opcodes.yaml:43:18: error: unknown name 'Nope'; not a register or a known constant",
        ])
    }

    @Test func emptyAndCommentOnlyTemplatesAssembleToNothing() throws {
        let template = try TemplateText.assemble("; nothing\n\n# still nothing\n", file: "t", symbols: [:])
        #expect(template.bytes.isEmpty)
        #expect(template.holes.isEmpty)
    }
}
