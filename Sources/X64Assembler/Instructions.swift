extension Assembler {
    public mutating func emit(_ mnemonic: Mnemonic, _ operands: Operand..., jump: JumpSize = .auto) throws(AssemblerError) {
        try emit(mnemonic, operands, jump: jump)
    }

    /// Appends one instruction. On an unsupported operand combination nothing is appended and the
    /// error names the instruction and what it accepts.
    public mutating func emit(_ mnemonic: Mnemonic, _ operands: [Operand], jump: JumpSize = .auto) throws(AssemblerError) {
        let start = bytes.count
        let holeCount = holes.count
        do {
            try encode(mnemonic, operands, jump: jump)
        } catch {
            rollBack(to: start, holes: holeCount)
            let shapes = operands.map(Self.shape).joined(separator: ", ")
            throw AssemblerError("\(mnemonic) \(shapes): \(error.message)")
        }
    }

    static func shape(_ operand: Operand) -> String {
        switch operand {
        case .reg(let r): return "\(r)"
        case .xmm(let x): return "\(x)"
        case .mem(_, let size): return size.map { "\($0.pointerName) [...]" } ?? "[...]"
        case .imm(let v): return "\(v)"
        case .hole(let name): return "$\(name)"
        case .label: return "label"
        }
    }

    // MARK: - Dispatch

    private mutating func encode(_ mnemonic: Mnemonic, _ ops: [Operand], jump: JumpSize) throws(AssemblerError) {
        switch mnemonic {
        case .add: try alu(0, ops)
        case .or: try alu(1, ops)
        case .and: try alu(4, ops)
        case .sub: try alu(5, ops)
        case .xor: try alu(6, ops)
        case .cmp: try alu(7, ops)
        case .test: try test(ops)
        case .mov: try mov(ops)
        case .movabs: try movabs(ops)
        case .movzx: try extend(ops, byteOpcode: 0xB6, signed: false)
        case .movsx: try extend(ops, byteOpcode: 0xBE, signed: true)
        case .movsxd: try movsxd(ops)
        case .lea:
            guard ops.count == 2, case .reg(let dst) = ops[0], dst.size != .byte, case .mem(let m, _) = ops[1] else {
                throw AssemblerError("expected a 16-, 32- or 64-bit register and a memory operand")
            }
            try sized(dst.size, op8: nil, op: [0x8D], reg: dst.number, rm: .mem(m), regs: [dst])
        case .imul: try imul(ops)
        case .cqo:
            try expectNone(ops)
            bytes.append(contentsOf: [0x48, 0x99])
        case .cdq:
            try expectNone(ops)
            byte(0x99)
        case .not: try unary(2, ops)
        case .neg: try unary(3, ops)
        case .idiv: try unary(7, ops)
        case .shl: try shift(4, ops)
        case .shr: try shift(5, ops)
        case .sar: try shift(7, ops)
        case .set(let condition):
            guard ops.count == 1, let (rm, size, regs) = try gprRM(ops[0], defaultSize: .byte), size == .byte else {
                throw AssemblerError("expected an 8-bit register or byte memory operand")
            }
            try instruction(opcode: [0x0F, 0x90 | condition.rawValue], reg: 0, rm: rm, forceREX: regs.contains { $0.needsREXAsByte })
        case .cmov(let condition):
            guard ops.count == 2, case .reg(let dst) = ops[0], dst.size != .byte,
                  let (rm, size, regs) = try gprRM(ops[1], defaultSize: dst.size), size == dst.size else {
                throw AssemblerError("expected a 16-, 32- or 64-bit register and a register or memory operand of the same size")
            }
            try sized(dst.size, op8: nil, op: [0x0F, 0x40 | condition.rawValue], reg: dst.number, rm: rm, regs: regs + [dst])
        case .jmp: try jumpOrCall(ops, short: [0xEB], near: [0xE9], indirectExtension: 4, jump: jump)
        case .j(let condition): try jumpOrCall(ops, short: [0x70 | condition.rawValue], near: [0x0F, 0x80 | condition.rawValue], indirectExtension: nil, jump: jump)
        case .call: try jumpOrCall(ops, short: nil, near: [0xE8], indirectExtension: 2, jump: jump)
        case .ret:
            try expectNone(ops)
            byte(0xC3)
        case .push: try pushPop(ops, base: 0x50)
        case .pop: try pushPop(ops, base: 0x58)
        case .movsd: try movsd(ops)
        case .movq: try movq(ops)
        case .addsd: try sse(0xF2, 0x58, ops, memorySize: .qword)
        case .mulsd: try sse(0xF2, 0x59, ops, memorySize: .qword)
        case .subsd: try sse(0xF2, 0x5C, ops, memorySize: .qword)
        case .divsd: try sse(0xF2, 0x5E, ops, memorySize: .qword)
        case .sqrtsd: try sse(0xF2, 0x51, ops, memorySize: .qword)
        case .ucomisd: try sse(0x66, 0x2E, ops, memorySize: .qword)
        case .xorpd: try sse(0x66, 0x57, ops, memorySize: nil)
        case .andpd: try sse(0x66, 0x54, ops, memorySize: nil)
        case .cvtsi2sd: try cvtsi2sd(ops)
        case .cvttsd2si: try cvttsd2si(ops)
        case .roundsd:
            guard ops.count == 3, case .imm(let mode) = ops[2], (0...255).contains(mode) else {
                throw AssemblerError("expected xmm, xmm or qword memory, and a rounding mode 0-255")
            }
            try sse(0x66, nil, Array(ops.prefix(2)), memorySize: .qword, opcode: [0x0F, 0x3A, 0x0B])
            imm(mode, width: 1)
        }
    }

    mutating func rollBack(to start: Int, holes holeCount: Int) {
        bytes.removeSubrange(start...)
        holes.removeSubrange(holeCount...)
    }

    // MARK: - Operand helpers

    private func expectNone(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.isEmpty else { throw AssemblerError("takes no operands") }
    }

    /// A general-purpose register or memory operand as ModRM's r/m, with its size (a memory
    /// operand's written size, else `defaultSize`) and the registers that may force a REX prefix.
    private func gprRM(_ operand: Operand, defaultSize: OperandSize?) throws(AssemblerError) -> (RM, OperandSize, [Reg])? {
        switch operand {
        case .reg(let r): return (.reg(r.number), r.size, [r])
        case .mem(let m, let size):
            guard let size = size ?? defaultSize else {
                throw AssemblerError("the operand size is ambiguous; write byte ptr, word ptr, dword ptr or qword ptr")
            }
            return (.mem(m), size, [])
        default: return nil
        }
    }

    /// An instruction whose operand size picks the opcode (8-bit) or a prefix (66 for 16-bit,
    /// REX.W for 64-bit).
    private mutating func sized(_ size: OperandSize, op8: [UInt8]?, op: [UInt8], reg: UInt8, rm: RM, regs: [Reg]) throws(AssemblerError) {
        if size == .byte {
            guard let op8 else { throw AssemblerError("has no 8-bit form") }
            try instruction(opcode: op8, reg: reg, rm: rm, forceREX: regs.contains { $0.needsREXAsByte })
        } else {
            try instruction(prefix: size == .word ? 0x66 : nil, w: size == .qword, opcode: op, reg: reg, rm: rm)
        }
    }

    /// The immediate as the instruction's width will hold it, or an error when it does not fit.
    /// 64-bit operations take a sign-extended 32-bit immediate.
    private func immediate(_ value: Int64, for size: OperandSize) throws(AssemblerError) -> Int64 {
        switch size {
        case .byte where (-128...255).contains(value): return Int64(Int8(truncatingIfNeeded: value))
        case .word where (-32768...65535).contains(value): return Int64(Int16(truncatingIfNeeded: value))
        case .dword where (Int64(Int32.min)...Int64(UInt32.max)).contains(value): return Int64(Int32(truncatingIfNeeded: value))
        case .qword where Int32(exactly: value) != nil: return value
        default: throw AssemblerError("immediate \(value) does not fit a \(size.rawValue * 8)-bit operand")
        }
    }

    private mutating func immediateField(_ value: Int64, size: OperandSize) {
        imm(value, width: min(size.rawValue, 4))
    }

    /// `opcode + register` forms (push, pop, mov r, imm): the register in the opcode's low bits.
    private mutating func registerInOpcode(prefix: UInt8? = nil, w: Bool, opcode: UInt8, reg: Reg) {
        if let prefix { byte(prefix) }
        var rex: UInt8 = w ? 0x48 : 0x40
        if reg.isExtended { rex |= 0x01 }
        if rex != 0x40 || reg.needsREXAsByte { byte(rex) }
        byte(opcode + reg.low3)
    }

    // MARK: - Integer instructions

    /// add, or, and, sub, xor, cmp: `n` is the operation's number in the 00–3F opcode block and
    /// its /n extension in the 80/81/83 immediate group.
    private mutating func alu(_ n: UInt8, _ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2 else { throw AssemblerError("expected two operands") }
        switch (ops[0], ops[1]) {
        case (.reg(let a), .reg(let b)):
            guard a.size == b.size else { throw AssemblerError("operand sizes differ") }
            try sized(a.size, op8: [n * 8], op: [n * 8 + 1], reg: b.number, rm: .reg(a.number), regs: [a, b])
        case (.reg(let a), .mem(let m, let size)):
            guard size == nil || size == a.size else { throw AssemblerError("operand sizes differ") }
            try sized(a.size, op8: [n * 8 + 2], op: [n * 8 + 3], reg: a.number, rm: .mem(m), regs: [a])
        case (.mem(let m, let size), .reg(let b)):
            guard size == nil || size == b.size else { throw AssemblerError("operand sizes differ") }
            try sized(b.size, op8: [n * 8], op: [n * 8 + 1], reg: b.number, rm: .mem(m), regs: [b])
        case (_, .imm(let value)):
            guard let (rm, size, regs) = try gprRM(ops[0], defaultSize: nil) else { throw AssemblerError("expected a register or memory destination") }
            let v = try immediate(value, for: size)
            let isAccumulator = { if case .reg(let r) = ops[0] { return r.number == 0 } else { return false } }()
            if size == .byte {
                if isAccumulator { byte(n * 8 + 4) } else { try instruction(opcode: [0x80], reg: n, rm: rm, forceREX: regs.contains { $0.needsREXAsByte }) }
                imm(v, width: 1)
            } else if Int8(exactly: v) != nil {
                try sized(size, op8: nil, op: [0x83], reg: n, rm: rm, regs: regs)
                imm(v, width: 1)
            } else {
                if isAccumulator { registerless(size, opcode: n * 8 + 5) } else { try sized(size, op8: nil, op: [0x81], reg: n, rm: rm, regs: regs) }
                immediateField(v, size: size)
            }
        case (_, .hole(let name)):
            guard let (rm, size, regs) = try gprRM(ops[0], defaultSize: nil), size >= .dword else {
                throw AssemblerError("a hole is a 32-bit immediate; expected a 32- or 64-bit register or memory destination")
            }
            if case .reg(let r) = ops[0], r.number == 0 { registerless(size, opcode: n * 8 + 5) } else { try sized(size, op8: nil, op: [0x81], reg: n, rm: rm, regs: regs) }
            hole(name, .imm32)
        default:
            throw AssemblerError("expected register or memory, then register, memory or immediate (not memory and memory)")
        }
    }

    /// The accumulator short forms (`05 id` for `add eax, imm32`), which take no ModRM.
    private mutating func registerless(_ size: OperandSize, opcode: UInt8) {
        if size == .word { byte(0x66) }
        if size == .qword { byte(0x48) }
        byte(opcode)
    }

    private mutating func test(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2 else { throw AssemblerError("expected two operands") }
        switch (ops[0], ops[1]) {
        case (.reg(let a), .reg(let b)):
            guard a.size == b.size else { throw AssemblerError("operand sizes differ") }
            try sized(a.size, op8: [0x84], op: [0x85], reg: b.number, rm: .reg(a.number), regs: [a, b])
        case (.reg(let a), .mem(let m, let size)), (.mem(let m, let size), .reg(let a)):
            guard size == nil || size == a.size else { throw AssemblerError("operand sizes differ") }
            try sized(a.size, op8: [0x84], op: [0x85], reg: a.number, rm: .mem(m), regs: [a])
        case (_, .imm), (_, .hole):
            guard let (rm, size, regs) = try gprRM(ops[0], defaultSize: nil) else { throw AssemblerError("expected a register or memory operand") }
            let isAccumulator = { if case .reg(let r) = ops[0] { return r.number == 0 } else { return false } }()
            if isAccumulator {
                if size == .byte { byte(0xA8) } else { registerless(size, opcode: 0xA9) }
            } else {
                try sized(size, op8: [0xF6], op: [0xF7], reg: 0, rm: rm, regs: regs)
            }
            if case .imm(let value) = ops[1] {
                immediateField(try immediate(value, for: size), size: size)
            } else if case .hole(let name) = ops[1] {
                guard size >= .dword else { throw AssemblerError("a hole is a 32-bit immediate") }
                hole(name, .imm32)
            }
        default:
            throw AssemblerError("expected register or memory, then register or immediate")
        }
    }

    private mutating func mov(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2 else { throw AssemblerError("expected two operands") }
        switch (ops[0], ops[1]) {
        case (.reg(let a), .reg(let b)):
            guard a.size == b.size else { throw AssemblerError("operand sizes differ") }
            try sized(a.size, op8: [0x88], op: [0x89], reg: b.number, rm: .reg(a.number), regs: [a, b])
        case (.reg(let a), .mem(let m, let size)):
            guard size == nil || size == a.size else { throw AssemblerError("operand sizes differ") }
            try sized(a.size, op8: [0x8A], op: [0x8B], reg: a.number, rm: .mem(m), regs: [a])
        case (.mem(let m, let size), .reg(let b)):
            guard size == nil || size == b.size else { throw AssemblerError("operand sizes differ") }
            try sized(b.size, op8: [0x88], op: [0x89], reg: b.number, rm: .mem(m), regs: [b])
        case (.reg(let a), .imm(let value)):
            switch a.size {
            case .qword where Int32(exactly: value) == nil:
                registerInOpcode(w: true, opcode: 0xB8, reg: a)  // movabs: the only 64-bit immediate
                imm(value, width: 8)
            case .qword:
                try instruction(w: true, opcode: [0xC7], reg: 0, rm: .reg(a.number))
                imm(value, width: 4)
            default:
                let v = try immediate(value, for: a.size)
                registerInOpcode(prefix: a.size == .word ? 0x66 : nil, w: false, opcode: a.size == .byte ? 0xB0 : 0xB8, reg: a)
                immediateField(v, size: a.size)
            }
        case (.mem(let m, let size?), .imm(let value)):
            let v = try immediate(value, for: size)
            try sized(size, op8: [0xC6], op: [0xC7], reg: 0, rm: .mem(m), regs: [])
            immediateField(v, size: size)
        case (.reg(let a), .hole(let name)) where a.size == .dword:
            registerInOpcode(w: false, opcode: 0xB8, reg: a)
            hole(name, .imm32)
        case (_, .hole(let name)):
            guard let (rm, size, regs) = try gprRM(ops[0], defaultSize: nil), size == .qword || size == .dword else {
                throw AssemblerError("a hole is a 32-bit immediate; expected a 32- or 64-bit destination (movabs takes a 64-bit one)")
            }
            try sized(size, op8: nil, op: [0xC7], reg: 0, rm: rm, regs: regs)
            hole(name, .imm32)
        case (.mem(_, nil), .imm):
            throw AssemblerError("the operand size is ambiguous; write byte ptr, word ptr, dword ptr or qword ptr")
        default:
            throw AssemblerError("expected register or memory, then register, memory or immediate (not memory and memory)")
        }
    }

    private mutating func movabs(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2, case .reg(let dst) = ops[0], dst.size == .qword else { throw AssemblerError("expected a 64-bit register and a 64-bit immediate") }
        switch ops[1] {
        case .imm(let value):
            registerInOpcode(w: true, opcode: 0xB8, reg: dst)
            imm(value, width: 8)
        case .hole(let name):
            registerInOpcode(w: true, opcode: 0xB8, reg: dst)
            hole(name, .imm64)
        default: throw AssemblerError("expected a 64-bit register and a 64-bit immediate")
        }
    }

    /// movzx and movsx from an 8- or 16-bit source (a 32-bit source is movsxd).
    private mutating func extend(_ ops: [Operand], byteOpcode: UInt8, signed: Bool) throws(AssemblerError) {
        guard ops.count == 2, case .reg(let dst) = ops[0], let (rm, srcSize, regs) = try gprRM(ops[1], defaultSize: nil) else {
            throw AssemblerError("expected a register and a smaller register or sized memory operand")
        }
        if signed && srcSize == .dword && dst.size == .qword { return try movsxd(ops) }
        guard srcSize < dst.size, srcSize <= .word else { throw AssemblerError("the source must be 8 or 16 bits and smaller than the destination") }
        let opcode: [UInt8] = [0x0F, srcSize == .byte ? byteOpcode : byteOpcode + 1]
        try instruction(prefix: dst.size == .word ? 0x66 : nil, w: dst.size == .qword, opcode: opcode, reg: dst.number, rm: rm, forceREX: regs.contains { $0.needsREXAsByte })
    }

    private mutating func movsxd(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2, case .reg(let dst) = ops[0], dst.size == .qword,
              let (rm, srcSize, _) = try gprRM(ops[1], defaultSize: .dword), srcSize == .dword else {
            throw AssemblerError("expected a 64-bit register and a 32-bit register or memory operand")
        }
        try instruction(w: true, opcode: [0x63], reg: dst.number, rm: rm)
    }

    private mutating func imul(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2 || ops.count == 3, case .reg(let dst) = ops[0], dst.size != .byte,
              let (rm, size, regs) = try gprRM(ops[1], defaultSize: dst.size), size == dst.size else {
            throw AssemblerError("expected a 16-, 32- or 64-bit register, a register or memory operand of its size, and optionally an immediate")
        }
        if ops.count == 2 {
            return try sized(size, op8: nil, op: [0x0F, 0xAF], reg: dst.number, rm: rm, regs: regs + [dst])
        }
        switch ops[2] {
        case .imm(let value):
            let v = try immediate(value, for: size)
            if Int8(exactly: v) != nil {
                try sized(size, op8: nil, op: [0x6B], reg: dst.number, rm: rm, regs: regs)
                imm(v, width: 1)
            } else {
                try sized(size, op8: nil, op: [0x69], reg: dst.number, rm: rm, regs: regs)
                immediateField(v, size: size)
            }
        case .hole(let name):
            guard size >= .dword else { throw AssemblerError("a hole is a 32-bit immediate") }
            try sized(size, op8: nil, op: [0x69], reg: dst.number, rm: rm, regs: regs)
            hole(name, .imm32)
        default:
            throw AssemblerError("the third operand must be an immediate")
        }
    }

    /// not, neg, idiv: F6/F7 with the operation as the ModRM extension.
    private mutating func unary(_ n: UInt8, _ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 1, let (rm, size, regs) = try gprRM(ops[0], defaultSize: nil) else {
            throw AssemblerError("expected one register or sized memory operand")
        }
        try sized(size, op8: [0xF6], op: [0xF7], reg: n, rm: rm, regs: regs)
    }

    private mutating func shift(_ n: UInt8, _ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2, let (rm, size, regs) = try gprRM(ops[0], defaultSize: nil) else {
            throw AssemblerError("expected a register or sized memory operand, then an immediate or cl")
        }
        switch ops[1] {
        case .imm(1):
            try sized(size, op8: [0xD0], op: [0xD1], reg: n, rm: rm, regs: regs)
        case .imm(let count) where (0...255).contains(count):
            try sized(size, op8: [0xC0], op: [0xC1], reg: n, rm: rm, regs: regs)
            imm(count, width: 1)
        case .reg(let r) where r == .cl:
            try sized(size, op8: [0xD2], op: [0xD3], reg: n, rm: rm, regs: regs)
        default:
            throw AssemblerError("the shift count must be an immediate 0-255 or cl")
        }
    }

    private mutating func jumpOrCall(_ ops: [Operand], short: [UInt8]?, near: [UInt8], indirectExtension: UInt8?, jump: JumpSize) throws(AssemblerError) {
        guard ops.count == 1 else { throw AssemblerError("expected one target") }
        switch ops[0] {
        case .label(let label):
            try branch(to: label, short: short, near: near, size: jump)
        case .hole(let name):
            bytes.append(contentsOf: near)
            hole(name, .rel32)
        case .reg(let r) where r.size == .qword:
            guard let ext = indirectExtension else { throw AssemblerError("a conditional jump takes a label, not a register") }
            try instruction(opcode: [0xFF], reg: ext, rm: .reg(r.number))
        case .mem(let m, let size) where size == nil || size == .qword:
            guard let ext = indirectExtension else { throw AssemblerError("a conditional jump takes a label, not memory") }
            try instruction(opcode: [0xFF], reg: ext, rm: .mem(m))
        default:
            throw AssemblerError("expected a label, a $hole, a 64-bit register or qword memory")
        }
    }

    private mutating func pushPop(_ ops: [Operand], base: UInt8) throws(AssemblerError) {
        guard ops.count == 1, case .reg(let r) = ops[0], r.size == .qword else { throw AssemblerError("expected a 64-bit register") }
        registerInOpcode(w: false, opcode: base, reg: r)
    }

    // MARK: - SSE2

    /// `prefix 0F op /r` with an xmm destination and an xmm or memory source.
    private mutating func sse(_ prefix: UInt8, _ op: UInt8?, _ ops: [Operand], memorySize: OperandSize?, opcode: [UInt8]? = nil) throws(AssemblerError) {
        guard ops.count == 2, case .xmm(let dst) = ops[0] else { throw AssemblerError("expected an xmm register, then an xmm register or memory") }
        let code = opcode ?? [0x0F, op!]
        switch ops[1] {
        case .xmm(let src):
            try instruction(prefix: prefix, opcode: code, reg: dst.number, rm: .reg(src.number))
        case .mem(let m, let size):
            guard size == nil || size == memorySize else { throw AssemblerError("the memory operand must be \(memorySize.map(\.pointerName) ?? "unsized (16 bytes)")") }
            try instruction(prefix: prefix, opcode: code, reg: dst.number, rm: .mem(m))
        default:
            throw AssemblerError("expected an xmm register, then an xmm register or memory")
        }
    }

    private mutating func movsd(_ ops: [Operand]) throws(AssemblerError) {
        if ops.count == 2, case .mem(let m, let size) = ops[0], case .xmm(let src) = ops[1] {
            guard size == nil || size == .qword else { throw AssemblerError("the memory operand must be qword ptr") }
            return try instruction(prefix: 0xF2, opcode: [0x0F, 0x11], reg: src.number, rm: .mem(m))
        }
        try sse(0xF2, 0x10, ops, memorySize: .qword)
    }

    private mutating func movq(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2 else { throw AssemblerError("expected two operands") }
        switch (ops[0], ops[1]) {
        case (.xmm(let x), .reg(let r)) where r.size == .qword:
            try instruction(prefix: 0x66, w: true, opcode: [0x0F, 0x6E], reg: x.number, rm: .reg(r.number))
        case (.reg(let r), .xmm(let x)) where r.size == .qword:
            try instruction(prefix: 0x66, w: true, opcode: [0x0F, 0x7E], reg: x.number, rm: .reg(r.number))
        case (.xmm(let dst), .xmm), (.xmm(let dst), .mem(_, nil)), (.xmm(let dst), .mem(_, .qword?)):
            _ = dst
            try sse(0xF3, 0x7E, ops, memorySize: .qword)
        case (.mem(let m, let size), .xmm(let x)) where size == nil || size == .qword:
            try instruction(prefix: 0x66, opcode: [0x0F, 0xD6], reg: x.number, rm: .mem(m))
        default:
            throw AssemblerError("expected xmm and a 64-bit register, qword memory or xmm, in either order")
        }
    }

    private mutating func cvtsi2sd(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2, case .xmm(let dst) = ops[0], let (rm, size, _) = try gprRM(ops[1], defaultSize: nil), size >= .dword else {
            throw AssemblerError("expected an xmm register and a 32- or 64-bit register or sized memory operand")
        }
        try instruction(prefix: 0xF2, w: size == .qword, opcode: [0x0F, 0x2A], reg: dst.number, rm: rm)
    }

    private mutating func cvttsd2si(_ ops: [Operand]) throws(AssemblerError) {
        guard ops.count == 2, case .reg(let dst) = ops[0], dst.size >= .dword else {
            throw AssemblerError("expected a 32- or 64-bit register and an xmm register or qword memory")
        }
        switch ops[1] {
        case .xmm(let src):
            try instruction(prefix: 0xF2, w: dst.size == .qword, opcode: [0x0F, 0x2C], reg: dst.number, rm: .reg(src.number))
        case .mem(let m, let size) where size == nil || size == .qword:
            try instruction(prefix: 0xF2, w: dst.size == .qword, opcode: [0x0F, 0x2C], reg: dst.number, rm: .mem(m))
        default:
            throw AssemblerError("expected a 32- or 64-bit register and an xmm register or qword memory")
        }
    }
}
