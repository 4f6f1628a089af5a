import Testing
import X64Assembler

struct LabelAndHoleTests {
    /// Random programs of jumps, conditional jumps and calls to labels before and after them,
    /// with filler of random length between, so some reach with rel8 and some need rel32.
    /// Assembled with relaxation, they must match GNU `as`, which relaxes the same way.
    @Test func jumpsToLabelsMatchGNUAs() throws {
        var rng = DifferentialEncodingTests.SplitMix(state: 99)
        for _ in 0..<20 {
            let labelCount = 8
            var plan: [(kind: Int, label: Int, filler: Int)] = []  // kind: 0 bind, 1 jmp, 2 jcc, 3 call
            var bound = Set<Int>()
            for _ in 0..<60 {
                let label = Int.random(in: 0..<labelCount, using: &rng)
                let kind = bound.contains(label) ? Int.random(in: 1...3, using: &rng) : Int.random(in: 0...3, using: &rng)
                if kind == 0 { bound.insert(label) }
                plan.append((kind, label, [0, 1, 5, 40, 130].randomElement(using: &rng)!))
            }
            for label in 0..<labelCount where !bound.contains(label) { plan.append((0, label, 0)) }
            let conditions = (0..<plan.count).map { _ in Condition.allCases.randomElement(using: &rng)! }

            var gas: [String] = []
            for (i, step) in plan.enumerated() {
                switch step.kind {
                case 0: gas.append("L\(step.label):")
                case 1: gas.append("jmp L\(step.label)")
                case 2: gas.append("j\(conditions[i]) L\(step.label)")
                default: gas.append("call L\(step.label)")
                }
                gas += Array(repeating: "nop", count: step.filler)
            }
            let ours = try Assembler.assembleRelaxed { (a: inout Assembler) throws(AssemblerError) in
                let labels = (0..<labelCount).map { _ in a.newLabel() }
                for (i, step) in plan.enumerated() {
                    switch step.kind {
                    case 0: try a.bind(labels[step.label])
                    case 1: try a.emit(.jmp, .label(labels[step.label]))
                    case 2: try a.emit(.j(conditions[i]), .label(labels[step.label]))
                    default: try a.emit(.call, .label(labels[step.label]))
                    }
                    a.append([UInt8](repeating: 0x90, count: step.filler))
                }
            }
            #expect(ours.bytes == (try GNUAssembler.assemble(gas)))
        }
    }

    @Test func explicitJumpSizes() throws {
        var a = Assembler()
        let target = a.newLabel()
        try a.emit(.jmp, .label(target), jump: .near)
        try a.emit(.j(.e), .label(target), jump: .short)
        try a.bind(target)
        try a.emit(.j(.ne), .label(target))  // backward and in range: rel8
        try a.emit(.j(.l), .label(target), jump: .near)
        #expect(try a.finish() == [0xE9, 0x02, 0, 0, 0, 0x74, 0x00, 0x75, 0xFE, 0x0F, 0x8C, 0xF8, 0xFF, 0xFF, 0xFF])
    }

    @Test func labelMistakesAreErrors() throws {
        var a = Assembler()
        let never = a.newLabel()
        try a.emit(.jmp, .label(never))
        #expect(throws: AssemblerError("label 0 is used but never bound")) { _ = try a.finish() }

        var b = Assembler()
        let twice = b.newLabel()
        try b.bind(twice)
        #expect(throws: AssemblerError("label 0 is bound twice")) { try b.bind(twice) }

        var c = Assembler()
        let far = c.newLabel()
        try c.emit(.jmp, .label(far), jump: .short)
        c.append([UInt8](repeating: 0x90, count: 200))
        try c.bind(far)
        #expect(throws: AssemblerError("a short jump at offset 0 cannot reach its target 200 bytes away")) { _ = try c.finish() }

        var other = Assembler()
        let foreign = (0..<8).map { _ in other.newLabel() }.last!
        var d = Assembler()
        #expect(throws: AssemblerError("jmp label: label 7 was not made by this assembler")) { try d.emit(.jmp, .label(foreign)) }
        #expect(throws: AssemblerError("label 7 was not made by this assembler")) { try d.bind(foreign) }
        #expect(throws: AssemblerError("call label: call has no short form")) { try d.emit(.call, .label(d.newLabel()), jump: .short) }
        #expect(d.offset(of: foreign) == nil)
    }

    @Test func forwardJumpsWithoutRelaxationAreNear() throws {
        var a = Assembler()
        let end = a.newLabel()
        try a.emit(.jmp, .label(end))
        try a.bind(end)
        #expect(try a.finish() == [0xE9, 0, 0, 0, 0])
        #expect(a.offset(of: end) == 5)
    }

    /// Holes are placeholders of a fixed width at a recorded offset; their instruction is encoded
    /// as GNU `as` would encode it with a value that needs all 32 (or 64) bits.
    @Test func holesAreRecordedWithOffsetAndWidth() throws {
        var a = Assembler()
        try a.emit(.mov, .reg(.rax), .mem(Memory(base: .r13, displacementHole: "src"), nil))  // 49 8b 85 <disp32>
        try a.emit(.add, .reg(.rax), .hole("imm"))                                             // 48 05 <imm32>
        try a.emit(.cmp, .reg(.rcx), .hole("imm"))                                             // 48 81 f9 <imm32>
        try a.emit(.movabs, .reg(.r11), .hole("helper"))                                       // 49 bb <imm64>
        try a.emit(.j(.o), .hole("slow"))                                                      // 0f 80 <rel32>
        try a.emit(.call, .hole("fn"))                                                         // e8 <rel32>
        try a.emit(.mov, .reg(.eax), .hole("k"))                                               // b8 <imm32>
        try a.emit(.mov, .mem(Memory(base: .rsp), .qword), .hole("k"))                         // 48 c7 04 24 <imm32>
        try a.emit(.test, .reg(.rdx), .hole("mask"))                                           // 48 f7 c2 <imm32>
        try a.emit(.imul, .reg(.rax), .reg(.rbx), .hole("factor"))                             // 48 69 c3 <imm32>
        #expect(a.holes == [
            Hole(name: "src", kind: .disp32, offset: 3),
            Hole(name: "imm", kind: .imm32, offset: 9),
            Hole(name: "imm", kind: .imm32, offset: 16),
            Hole(name: "helper", kind: .imm64, offset: 22),
            Hole(name: "slow", kind: .rel32, offset: 32),
            Hole(name: "fn", kind: .rel32, offset: 37),
            Hole(name: "k", kind: .imm32, offset: 42),
            Hole(name: "k", kind: .imm32, offset: 50),
            Hole(name: "mask", kind: .imm32, offset: 57),
            Hole(name: "factor", kind: .imm32, offset: 64),
        ])
        #expect(a.bytes.count == 68)
        // Filled with wide values, the same text assembles to the same bytes in GNU as.
        var filled = a.bytes
        let values: [String: Int64] = ["src": 0x1234_5678, "imm": 0x0765_4321, "helper": 0x1122_3344_5566_7788, "k": 0x0BAD_BEEF, "mask": 0x0F0F_0F0F, "factor": 0x0101_0101]
        for hole in a.holes where hole.kind != .rel32 {
            for i in 0..<hole.width { filled[hole.offset + i] = UInt8(truncatingIfNeeded: values[hole.name]! >> (8 * Int64(i))) }
        }
        let gas = try GNUAssembler.assemble([
            "mov rax, [r13 + 0x12345678]", "add rax, 0x07654321", "cmp rcx, 0x07654321", "movabs r11, 0x1122334455667788",
            "{disp32} jo slow", "call fn", "mov eax, 0x0BADBEEF", "mov qword ptr [rsp], 0x0BADBEEF", "test rdx, 0x0F0F0F0F",
            "imul rax, rbx, 0x01010101", "slow:", "fn:",
        ])
        #expect(Array(gas.prefix(32)) == Array(filled.prefix(32)))
        #expect(Array(gas[36..<37]) == [0xE8])
        #expect(Array(gas[41...]) == Array(filled[41...]))
    }
}
