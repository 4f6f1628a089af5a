/// How a jump to a label is encoded.
public enum JumpSize: Sendable {
    /// rel8 when the target is already bound and in range, otherwise rel32 (or rel8 when
    /// `relaxForwardJumps` says it fits, see `Assembler.assembleRelaxed`).
    case auto
    /// Always rel8; `finish()` fails if the target is out of range.
    case short
    /// Always rel32.
    case near
}

/// An x86-64 encoder. Instructions are appended with `emit`; jumps to labels are patched by
/// `finish()`; holes (`Operand.hole`, `Memory.displacementHole`) are recorded with their offset
/// and width so that copy-and-patch code generation can fill them later.
///
/// Encodings follow the Intel manual and, where the manual allows several, pick the one GNU `as`
/// picks (shortest immediate, the accumulator short forms, `D1` for a shift by one), so that the
/// differential tests can demand identical bytes.
public struct Assembler: Sendable {
    public internal(set) var bytes: [UInt8] = []
    public internal(set) var holes: [Hole] = []
    private var labelOffsets: [Int?] = []
    private var fixups: [Fixup] = []
    private var jumpOrdinal = 0

    /// Ordinals of forward `.auto` jumps to encode as rel32; the others are tried as rel8.
    /// Nil (the default) encodes every forward `.auto` jump as rel32, which is always safe.
    public var longForwardJumps: Set<Int>?

    struct Fixup: Sendable {
        var at: Int
        var width: Int
        var label: Label
        var end: Int
        var ordinal: Int
    }

    public init() {}

    public var offset: Int { bytes.count }

    public mutating func newLabel() -> Label {
        labelOffsets.append(nil)
        return Label(id: labelOffsets.count - 1)
    }

    public mutating func bind(_ label: Label) throws(AssemblerError) {
        guard label.id < labelOffsets.count else { throw AssemblerError("label \(label.id) was not made by this assembler") }
        guard labelOffsets[label.id] == nil else { throw AssemblerError("label \(label.id) is bound twice") }
        labelOffsets[label.id] = bytes.count
    }

    public func offset(of label: Label) -> Int? {
        label.id < labelOffsets.count ? labelOffsets[label.id] : nil
    }

    /// Raw bytes, e.g. data in a code stream.
    public mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Makes the 4 bytes at `offset` (already emitted, the end of an instruction) a rel32 to
    /// `label`, filled in by `finish()`: for raw code, such as a template, that jumps to a label.
    public mutating func addRel32Fixup(at offset: Int, to label: Label) throws(AssemblerError) {
        guard label.id < labelOffsets.count else { throw AssemblerError("label \(label.id) was not made by this assembler") }
        guard offset >= 0, offset + 4 <= bytes.count else { throw AssemblerError("rel32 at \(offset) lies outside the \(bytes.count) bytes") }
        fixups.append(Fixup(at: offset, width: 4, label: label, end: offset + 4, ordinal: -1))
    }

    /// Rel8 jumps whose target turned out to be out of range, as `finish()` reports them.
    public struct JumpOutOfRange: Error, Sendable {
        public var ordinals: Set<Int>
        public var error: AssemblerError
    }

    /// Patches every label reference. Fails when a label is unbound or a rel8 jump cannot reach.
    public mutating func finish() throws(AssemblerError) -> [UInt8] {
        do {
            return try finishReportingRange()
        } catch {
            throw error.error
        }
    }

    func finishChecking() throws(JumpOutOfRange) -> [UInt8] {
        var copy = self
        return try copy.finishReportingRange()
    }

    private mutating func finishReportingRange() throws(JumpOutOfRange) -> [UInt8] {
        var outOfRange: Set<Int> = []
        var firstError: AssemblerError?
        for fixup in fixups {
            guard let target = labelOffsets[fixup.label.id] else {
                throw JumpOutOfRange(ordinals: [], error: AssemblerError("label \(fixup.label.id) is used but never bound"))
            }
            let distance = target - fixup.end
            if fixup.width == 1 {
                guard let value = Int8(exactly: distance) else {
                    outOfRange.insert(fixup.ordinal)
                    firstError = firstError ?? AssemblerError("a short jump at offset \(fixup.at - 1) cannot reach its target \(distance) bytes away")
                    continue
                }
                bytes[fixup.at] = UInt8(bitPattern: value)
            } else {
                guard let value = Int32(exactly: distance) else {
                    throw JumpOutOfRange(ordinals: [], error: AssemblerError("a jump at offset \(fixup.at) cannot reach its target \(distance) bytes away"))
                }
                write32(UInt32(bitPattern: value), at: fixup.at)
            }
        }
        if let firstError { throw JumpOutOfRange(ordinals: outOfRange, error: firstError) }
        return bytes
    }

    /// Assembles with forward-jump relaxation, as assemblers do: every forward `.auto` jump
    /// starts as rel8, and those that cannot reach grow to rel32 until the layout is stable.
    /// `build` is run once per layout and must emit the same instructions each time.
    public static func assembleRelaxed(_ build: (inout Assembler) throws(AssemblerError) -> Void) throws(AssemblerError) -> Assembler {
        var long: Set<Int> = []
        while true {
            var assembler = Assembler()
            assembler.longForwardJumps = long
            try build(&assembler)
            do {
                assembler.bytes = try assembler.finishChecking()
                return assembler
            } catch {
                if error.ordinals.isEmpty || error.ordinals.isSubset(of: long) { throw error.error }
                long.formUnion(error.ordinals)
            }
        }
    }

    // MARK: - Emission primitives

    enum RM {
        case reg(UInt8)
        case mem(Memory)
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func write32(_ value: UInt32, at offset: Int) {
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
    }

    mutating func imm(_ value: Int64, width: Int) {
        for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * Int64(i)))) }
    }

    mutating func hole(_ name: String, _ kind: HoleKind) {
        holes.append(Hole(name: name, kind: kind, offset: bytes.count))
        bytes.append(contentsOf: [UInt8](repeating: 0, count: kind.width))
    }

    /// Legacy prefix, REX, opcode, ModRM, SIB and displacement of one instruction. `reg` is the
    /// ModRM reg field (a register number or an opcode extension).
    mutating func instruction(prefix: UInt8? = nil, w: Bool = false, opcode: [UInt8], reg: UInt8, rm: RM, forceREX: Bool = false) throws(AssemblerError) {
        if let prefix { byte(prefix) }
        var rex: UInt8 = w ? 0x48 : 0x40
        if reg >= 8 { rex |= 0x04 }
        switch rm {
        case .reg(let number):
            if number >= 8 { rex |= 0x01 }
        case .mem(let memory):
            if let problem = memory.problem { throw AssemblerError("bad memory operand: \(problem)") }
            if let index = memory.index, index.isExtended { rex |= 0x02 }
            if let base = memory.base, base.isExtended { rex |= 0x01 }
        }
        if rex != 0x40 || forceREX { byte(rex) }
        bytes.append(contentsOf: opcode)
        modRM(reg: reg & 7, rm: rm)
    }

    private mutating func modRM(reg: UInt8, rm: RM) {
        switch rm {
        case .reg(let number):
            byte(0xC0 | reg << 3 | number & 7)
        case .mem(let memory):
            // Without an index the scale is meaningless; assemblers encode it as zero.
            let scaleBits: UInt8 = memory.index == nil ? 0 : [1: 0, 2: 1, 4: 2, 8: 3][memory.scale] ?? 0
            if memory.isRIPRelative {
                byte(reg << 3 | 5)
                displacement32(memory)
            } else if let base = memory.base {
                let mod: UInt8
                if memory.displacementHole != nil { mod = 2 }
                else if memory.displacement == 0 && base.low3 != 5 { mod = 0 }  // [rbp]/[r13] need a disp8
                else if Int8(exactly: memory.displacement) != nil { mod = 1 }
                else { mod = 2 }
                if memory.index != nil || base.low3 == 4 {  // rsp/r12 as base need a SIB byte
                    byte(mod << 6 | reg << 3 | 4)
                    byte(scaleBits << 6 | (memory.index?.low3 ?? 4) << 3 | base.low3)
                } else {
                    byte(mod << 6 | reg << 3 | base.low3)
                }
                if mod == 1 { imm(Int64(memory.displacement), width: 1) }
                if mod == 2 { displacement32(memory) }
            } else {
                // No base: SIB with base=101 and mod=00 means [index*scale + disp32].
                byte(reg << 3 | 4)
                byte(scaleBits << 6 | (memory.index?.low3 ?? 4) << 3 | 5)
                displacement32(memory)
            }
        }
    }

    private mutating func displacement32(_ memory: Memory) {
        if let name = memory.displacementHole { hole(name, .disp32) } else { imm(Int64(memory.displacement), width: 4) }
    }

    /// A jump or call to a label: rel8 or rel32 by `size`, recorded for `finish()`.
    mutating func branch(to label: Label, short: [UInt8]?, near: [UInt8], size: JumpSize) throws(AssemblerError) {
        guard label.id < labelOffsets.count else { throw AssemblerError("label \(label.id) was not made by this assembler") }
        let ordinal = jumpOrdinal
        jumpOrdinal += 1
        var useShort: Bool
        switch size {
        case .short:
            guard short != nil else { throw AssemblerError("call has no short form") }
            useShort = true
        case .near:
            useShort = false
        case .auto:
            if let target = labelOffsets[label.id] {
                useShort = short != nil && Int8(exactly: target - (bytes.count + (short?.count ?? 0) + 1)) != nil
            } else {
                useShort = short != nil && longForwardJumps.map { !$0.contains(ordinal) } == true
            }
        }
        if useShort, let short {
            bytes.append(contentsOf: short)
            fixups.append(Fixup(at: bytes.count, width: 1, label: label, end: bytes.count + 1, ordinal: ordinal))
            byte(0)
        } else {
            bytes.append(contentsOf: near)
            fixups.append(Fixup(at: bytes.count, width: 4, label: label, end: bytes.count + 4, ordinal: ordinal))
            imm(0, width: 4)
        }
    }
}
