import Testing
import X64Assembler

/// Every instruction form, with many random operands (REX prefixes, r8–r15, xmm8–xmm15, and rsp,
/// rbp, r12, r13 as base and index), assembled by us and by GNU `as`: the bytes must be equal.
struct DifferentialEncodingTests {
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

    typealias Form = (name: String, make: (inout SplitMix) -> (Mnemonic, [Operand]))

    static func reg(_ size: OperandSize, _ rng: inout SplitMix) -> Reg { Reg(UInt8.random(in: 0..<16, using: &rng), size) }
    static func xmm(_ rng: inout SplitMix) -> XMM { XMM(UInt8.random(in: 0..<16, using: &rng)) }

    /// Memory operands weighted towards the special cases: rsp/r12 bases need a SIB byte,
    /// rbp/r13 bases need a displacement, r12/r13 indexes need REX.X, and no base means disp32.
    static func memory(_ rng: inout SplitMix) -> Memory {
        let special: [UInt8] = [4, 5, 12, 13]
        let baseNumber = Bool.random(using: &rng) ? special.randomElement(using: &rng)! : UInt8.random(in: 0..<16, using: &rng)
        let hasBase = Int.random(in: 0..<12, using: &rng) != 0
        var indexNumber: UInt8? = nil
        if Bool.random(using: &rng) || !hasBase {
            repeat { indexNumber = Bool.random(using: &rng) ? [5, 12, 13].randomElement(using: &rng)! : UInt8.random(in: 0..<16, using: &rng) } while indexNumber == 4
        }
        let displacement: Int32
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: displacement = 0
        case 1: displacement = Int32.random(in: -128...127, using: &rng)
        case 2: displacement = Int32.random(in: Int32.min...Int32.max, using: &rng)
        default: displacement = [128, -129, 127, -128, 0x7FFF_FFFF, Int32.min].randomElement(using: &rng)!
        }
        if Int.random(in: 0..<20, using: &rng) == 0 { return .rip(displacement) }
        return Memory(base: hasBase ? Reg(baseNumber, .qword) : nil, index: indexNumber.map { Reg($0, .qword) },
                      scale: [1, 2, 4, 8].randomElement(using: &rng)!, displacement: displacement)
    }

    static func immediate(_ size: OperandSize, _ rng: inout SplitMix) -> Int64 {
        let small = Int64.random(in: -128...127, using: &rng)
        switch size {
        case .byte: return Int64.random(in: -128...255, using: &rng)
        case .word: return Bool.random(using: &rng) ? small : Int64.random(in: -32768...65535, using: &rng)
        case .dword, .qword: return Bool.random(using: &rng) ? small : Int64(Int32.random(in: Int32.min...Int32.max, using: &rng))
        }
    }

    static let gprSizes: [OperandSize] = [.byte, .word, .dword, .qword]
    static let wideSizes: [OperandSize] = [.word, .dword, .qword]

    static var forms: [Form] {
        var forms: [Form] = []
        func add(_ name: String, _ make: @escaping (inout SplitMix) -> (Mnemonic, [Operand])) { forms.append((name, make)) }
        let binary: [Mnemonic] = [.add, .or, .and, .sub, .xor, .cmp, .test, .mov]
        for m in binary {
            add("\(m) r, r") { rng in let s = gprSizes.randomElement(using: &rng)!; return (m, [.reg(reg(s, &rng)), .reg(reg(s, &rng))]) }
            add("\(m) r, m") { rng in let s = gprSizes.randomElement(using: &rng)!; return (m, [.reg(reg(s, &rng)), .mem(memory(&rng), Bool.random(using: &rng) ? s : nil)]) }
            add("\(m) m, r") { rng in let s = gprSizes.randomElement(using: &rng)!; return (m, [.mem(memory(&rng), nil), .reg(reg(s, &rng))]) }
            add("\(m) r, imm") { rng in let s = gprSizes.randomElement(using: &rng)!; return (m, [.reg(reg(s, &rng)), .imm(immediate(s, &rng))]) }
            add("\(m) m, imm") { rng in let s = gprSizes.randomElement(using: &rng)!; return (m, [.mem(memory(&rng), s), .imm(immediate(s, &rng))]) }
        }
        add("mov r64, imm64") { rng in (.mov, [.reg(reg(.qword, &rng)), .imm(Int64.random(in: Int64.min...Int64.max, using: &rng))]) }
        add("movabs r64, imm64") { rng in (.movabs, [.reg(reg(.qword, &rng)), .imm(Int64.random(in: Int64.min...Int64.max, using: &rng))]) }
        for (m, sources) in [(Mnemonic.movzx, [OperandSize.byte, .word]), (.movsx, [.byte, .word, .dword])] {
            add("\(m) r, r/m") { rng in
                let src = sources.randomElement(using: &rng)!
                let dsts = wideSizes.filter { $0 > src && !(m == .movsx && src == .dword && $0 != .qword) }
                let dst = dsts.randomElement(using: &rng)!
                return (m, [.reg(reg(dst, &rng)), Bool.random(using: &rng) ? .reg(reg(src, &rng)) : .mem(memory(&rng), src)])
            }
        }
        add("movsxd r64, r/m32") { rng in (.movsxd, [.reg(reg(.qword, &rng)), Bool.random(using: &rng) ? .reg(reg(.dword, &rng)) : .mem(memory(&rng), .dword)]) }
        add("lea r, m") { rng in (.lea, [.reg(reg(wideSizes.randomElement(using: &rng)!, &rng)), .mem(memory(&rng), nil)]) }
        add("imul r, r/m") { rng in
            let s = wideSizes.randomElement(using: &rng)!
            return (.imul, [.reg(reg(s, &rng)), Bool.random(using: &rng) ? .reg(reg(s, &rng)) : .mem(memory(&rng), s)])
        }
        add("imul r, r/m, imm") { rng in
            let s = wideSizes.randomElement(using: &rng)!
            return (.imul, [.reg(reg(s, &rng)), Bool.random(using: &rng) ? .reg(reg(s, &rng)) : .mem(memory(&rng), s), .imm(immediate(s, &rng))])
        }
        add("cqo") { _ in (.cqo, []) }
        add("cdq") { _ in (.cdq, []) }
        for m in [Mnemonic.idiv, .neg, .not] {
            add("\(m) r/m") { rng in
                let s = gprSizes.randomElement(using: &rng)!
                return (m, [Bool.random(using: &rng) ? .reg(reg(s, &rng)) : .mem(memory(&rng), s)])
            }
        }
        for m in [Mnemonic.shl, .shr, .sar] {
            add("\(m) r/m, imm|1|cl") { rng in
                let s = gprSizes.randomElement(using: &rng)!
                let target: Operand = Bool.random(using: &rng) ? .reg(reg(s, &rng)) : .mem(memory(&rng), s)
                let count: Operand = [Operand.imm(1), .reg(.cl), .imm(Int64.random(in: 0...63, using: &rng))].randomElement(using: &rng)!
                return (m, [target, count])
            }
        }
        for c in Condition.allCases {
            add("set\(c) r8/m8") { rng in (.set(c), [Bool.random(using: &rng) ? .reg(reg(.byte, &rng)) : .mem(memory(&rng), .byte)]) }
            add("cmov\(c) r, r/m") { rng in
                let s = wideSizes.randomElement(using: &rng)!
                return (.cmov(c), [.reg(reg(s, &rng)), Bool.random(using: &rng) ? .reg(reg(s, &rng)) : .mem(memory(&rng), s)])
            }
        }
        for m in [Mnemonic.jmp, .call] {
            add("\(m) r64/m64") { rng in (m, [Bool.random(using: &rng) ? .reg(reg(.qword, &rng)) : .mem(memory(&rng), .qword)]) }
        }
        add("ret") { _ in (.ret, []) }
        add("push r64") { rng in (.push, [.reg(reg(.qword, &rng))]) }
        add("pop r64") { rng in (.pop, [.reg(reg(.qword, &rng))]) }
        add("movsd x, x/m") { rng in (.movsd, [.xmm(xmm(&rng)), Bool.random(using: &rng) ? .xmm(xmm(&rng)) : .mem(memory(&rng), .qword)]) }
        add("movsd m, x") { rng in (.movsd, [.mem(memory(&rng), .qword), .xmm(xmm(&rng))]) }
        add("movq x, r64") { rng in (.movq, [.xmm(xmm(&rng)), .reg(reg(.qword, &rng))]) }
        add("movq r64, x") { rng in (.movq, [.reg(reg(.qword, &rng)), .xmm(xmm(&rng))]) }
        add("movq x, x/m") { rng in (.movq, [.xmm(xmm(&rng)), Bool.random(using: &rng) ? .xmm(xmm(&rng)) : .mem(memory(&rng), .qword)]) }
        add("movq m, x") { rng in (.movq, [.mem(memory(&rng), .qword), .xmm(xmm(&rng))]) }
        for m in [Mnemonic.addsd, .subsd, .mulsd, .divsd, .sqrtsd, .ucomisd] {
            add("\(m) x, x/m") { rng in (m, [.xmm(xmm(&rng)), Bool.random(using: &rng) ? .xmm(xmm(&rng)) : .mem(memory(&rng), .qword)]) }
        }
        for m in [Mnemonic.xorpd, .andpd] {
            add("\(m) x, x/m") { rng in (m, [.xmm(xmm(&rng)), Bool.random(using: &rng) ? .xmm(xmm(&rng)) : .mem(memory(&rng), nil)]) }
        }
        add("cvtsi2sd x, r/m") { rng in
            let s: OperandSize = Bool.random(using: &rng) ? .dword : .qword
            return (.cvtsi2sd, [.xmm(xmm(&rng)), Bool.random(using: &rng) ? .reg(reg(s, &rng)) : .mem(memory(&rng), s)])
        }
        add("cvttsd2si r, x/m") { rng in
            let s: OperandSize = Bool.random(using: &rng) ? .dword : .qword
            return (.cvttsd2si, [.reg(reg(s, &rng)), Bool.random(using: &rng) ? .xmm(xmm(&rng)) : .mem(memory(&rng), .qword)])
        }
        add("roundsd x, x/m, imm") { rng in
            (.roundsd, [.xmm(xmm(&rng)), Bool.random(using: &rng) ? .xmm(xmm(&rng)) : .mem(memory(&rng), .qword), .imm(Int64.random(in: 0...15, using: &rng))])
        }
        return forms
    }

    /// GNU `as` spells a few things differently from our printer.
    static func gasText(_ mnemonic: Mnemonic, _ operands: [Operand]) -> String {
        let text = IntelSyntax.text(mnemonic, operands)
        // xorpd/andpd memory is 16 bytes: `as` wants it unsized or `xmmword ptr`; we print it unsized.
        return text
    }

    @Test func everyFormMatchesGNUAs() throws {
        var rng = SplitMix(state: 0x5EED)
        var instructions: [(text: String, bytes: [UInt8])] = []
        let perForm = 60
        for form in Self.forms {
            for _ in 0..<perForm {
                let (mnemonic, operands) = form.make(&rng)
                var assembler = Assembler()
                do {
                    try assembler.emit(mnemonic, operands)
                } catch {
                    Issue.record("\(form.name): we rejected \(IntelSyntax.text(mnemonic, operands)): \(error)")
                    continue
                }
                instructions.append((Self.gasText(mnemonic, operands), assembler.bytes))
            }
        }
        #expect(instructions.count > 5000)
        let oracle = try GNUAssembler.assemble(instructions.map(\.text))
        var offset = 0
        var mismatches: [String] = []
        for (text, bytes) in instructions {
            let end = min(offset + bytes.count, oracle.count)
            let theirs = Array(oracle[offset..<end])
            if theirs != bytes {
                mismatches.append("\(text): ours \(hex(bytes)), as \(hex(Array(oracle[offset..<min(offset + 15, oracle.count)])))")
                break  // lengths may differ from here on, so later comparisons would be noise
            }
            offset += bytes.count
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        #expect(mismatches.isEmpty ? offset == oracle.count : true, "as produced \(oracle.count) bytes, we \(offset)")
    }

    func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined(separator: " ") }
}
