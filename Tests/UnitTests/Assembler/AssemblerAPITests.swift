import Testing
import X64Assembler

struct AssemblerAPITests {
    @Test func registerNamesRoundTrip() {
        for reg in Reg.all { #expect(Reg.named(reg.description) == reg) }
        #expect(Reg.named("r13d") == Reg(13, .dword))
        #expect(Reg.named("ah") == nil)
        #expect(Reg.rax.sized(.byte).description == "al")
        #expect(Reg.named("r12")!.isCalleeSaved && !Reg.rax.isCalleeSaved)
        for n in 0..<16 { #expect(XMM.named("xmm\(n)") == XMM(UInt8(n))) }
        #expect(XMM.named("xmm16") == nil)
        #expect(XMM.named("xmm01") == nil)
        #expect(XMM.named("ymm0") == nil)
    }

    @Test func conditionsAndMnemonics() {
        for condition in Condition.allCases {
            #expect(Condition.named(condition.description) == condition)
            #expect(condition.negated.negated == condition)
            #expect(condition.negated != condition)
        }
        #expect(Condition.named("z") == .e)
        #expect(Condition.named("nge") == .l)
        #expect(Condition.named("q") == nil)
        #expect(Mnemonic(name: "JNZ") == .j(.ne))
        #expect(Mnemonic(name: "setc") == .set(.b))
        #expect(Mnemonic(name: "cmovnle") == .cmov(.g))
        #expect(Mnemonic(name: "sal") == .shl)
        #expect(Mnemonic(name: "jmpq") == nil)
        #expect(Mnemonic(name: "jq") == nil)
        for mnemonic in Mnemonic.all { #expect(Mnemonic(name: mnemonic.description) == mnemonic) }
        #expect(Mnemonic.all.count == Set(Mnemonic.all).count)
    }

    @Test func printsIntelSyntax() {
        #expect(IntelSyntax.text(.mov, [.reg(.rax), .mem(Memory(base: .rbx, index: .rcx, scale: 4, displacement: -8), .qword)]) == "mov rax, qword ptr [rbx + rcx*4 - 8]")
        #expect(IntelSyntax.text(.lea, [.reg(.rax), .mem(Memory(base: nil, index: .rsi, scale: 8), nil)]) == "lea rax, [rsi*8]")
        #expect(IntelSyntax.text(.mov, [.reg(.rax), .mem(Memory(base: nil, displacement: 64), nil)]) == "mov rax, [64]")
        #expect(IntelSyntax.text(.mov, [.reg(.rax), .mem(.rip(16), nil)]) == "mov rax, [rip + 16]")
        #expect(IntelSyntax.text(.mov, [.reg(.rax), .mem(Memory(base: .r13, displacementHole: "src"), nil)]) == "mov rax, [r13 + $src]")
        #expect(IntelSyntax.text(.jmp, [.hole("next")]) == "jmp $next")
        #expect(IntelSyntax.text(.ret, []) == "ret")
        var a = Assembler()
        let label = a.newLabel()
        #expect(IntelSyntax.text(.j(.ge), [.label(label)]) == "jge L0")
        #expect(IntelSyntax.text(.movsd, [.xmm(XMM(9)), .imm(3)]) == "movsd xmm9, 3")
    }

    @Test(arguments: [
        (Mnemonic.mov, [Operand.reg(.rax), .reg(.eax)], "mov rax, eax: operand sizes differ"),
        (.add, [.reg(.rax), .imm(1 << 40)], "add rax, 1099511627776: immediate 1099511627776 does not fit a 64-bit operand"),
        (.lea, [.reg(.rax), .reg(.rbx)], "lea rax, rbx: expected a 16-, 32- or 64-bit register and a memory operand"),
        (.shl, [.reg(.rax), .reg(.rbx)], "shl rax, rbx: the shift count must be an immediate 0-255 or cl"),
        (.j(.e), [.reg(.rax)], "je rax: a conditional jump takes a label, not a register"),
        (.push, [.reg(.eax)], "push eax: expected a 64-bit register"),
        (.ret, [.reg(.rax)], "ret rax: takes no operands"),
        (.movzx, [.reg(.eax), .reg(.eax)], "movzx eax, eax: the source must be 8 or 16 bits and smaller than the destination"),
        (.mov, [.reg(.rax), .mem(Memory(base: .rbx, index: .rsp), nil)], "mov rax, [...]: bad memory operand: rsp cannot be an index register"),
        (.mov, [.reg(.rax), .mem(Memory(base: .ebx), nil)], "mov rax, [...]: bad memory operand: a base register must be a 64-bit register, not ebx"),
        (.mov, [.reg(.rax), .mem(Memory(base: .rbx, index: .rcx, scale: 3), nil)], "mov rax, [...]: bad memory operand: scale must be 1, 2, 4 or 8, not 3"),
        (.add, [.reg(.ax), .hole("h")], "add ax, $h: a hole is a 32-bit immediate; expected a 32- or 64-bit register or memory destination"),
        (.cvtsi2sd, [.xmm(XMM(0)), .mem(Memory(base: .rax), nil)], "cvtsi2sd xmm0, [...]: the operand size is ambiguous; write byte ptr, word ptr, dword ptr or qword ptr"),
        (.movsd, [.xmm(XMM(0)), .mem(Memory(base: .rax), .dword)], "movsd xmm0, dword ptr [...]: the memory operand must be qword ptr"),
        (.roundsd, [.xmm(XMM(0)), .xmm(XMM(1))], "roundsd xmm0, xmm1: expected xmm, xmm or qword memory, and a rounding mode 0-255"),
    ])
    func rejectsUnsupportedFormsWithoutEmittingAnything(_ mnemonic: Mnemonic, _ operands: [Operand], _ message: String) {
        var a = Assembler()
        try? a.emit(.ret)
        #expect(throws: AssemblerError(message)) { try a.emit(mnemonic, operands) }
        #expect(a.bytes == [0xC3])
        #expect(a.holes.isEmpty)
    }
}

extension Reg {
    static let ax = Reg(0, .word)
    static let ebx = Reg(3, .dword)
}
