/// A memory operand `[base + index*scale + displacement]`, or `[rip + displacement]`.
public struct Memory: Hashable, Sendable {
    public var base: Reg?
    public var index: Reg?
    public var scale: UInt8
    public var displacement: Int32
    /// A hole patched later instead of `displacement` (always encoded as a disp32).
    public var displacementHole: String?
    public var isRIPRelative: Bool

    public init(base: Reg?, index: Reg? = nil, scale: UInt8 = 1, displacement: Int32 = 0, displacementHole: String? = nil) {
        self.base = base
        self.index = index
        self.scale = scale
        self.displacement = displacement
        self.displacementHole = displacementHole
        self.isRIPRelative = false
    }

    /// `[rip + displacement]`: relative to the end of the instruction.
    public static func rip(_ displacement: Int32, hole: String? = nil) -> Memory {
        var memory = Memory(base: nil, displacement: displacement, displacementHole: hole)
        memory.isRIPRelative = true
        return memory
    }

    /// Why this operand cannot be encoded, or nil when it can.
    var problem: String? {
        if let base, base.size != .qword { return "a base register must be a 64-bit register, not \(base)" }
        if let index {
            if index.size != .qword { return "an index register must be a 64-bit register, not \(index)" }
            if index.number == 4 { return "rsp cannot be an index register" }
            if isRIPRelative { return "rip-relative addressing takes no index register" }
        }
        if ![1, 2, 4, 8].contains(scale) { return "scale must be 1, 2, 4 or 8, not \(scale)" }
        return nil
    }
}

/// A position in the code that jumps refer to; bound once with `Assembler.bind`.
public struct Label: Hashable, Sendable {
    public let id: Int
}

/// An instruction operand.
public enum Operand: Hashable, Sendable {
    case reg(Reg)
    case xmm(XMM)
    /// A memory operand with its access size when written (`qword ptr [...]`); nil lets the other
    /// operand decide.
    case mem(Memory, OperandSize?)
    case imm(Int64)
    /// A value patched after assembly, named by a template operand (`$src`). As an immediate it
    /// is encoded at a fixed 32-bit width (64 with `movabs`); as a jump or call target, rel32.
    case hole(String)
    case label(Label)
}

/// What kind of value a hole takes, and so its width.
public enum HoleKind: String, Sendable, CaseIterable {
    /// A 32-bit immediate (sign-extended to 64 bits by 64-bit operations).
    case imm32
    /// A 64-bit immediate (`movabs`).
    case imm64
    /// A 32-bit memory displacement.
    case disp32
    /// A 32-bit branch offset relative to the end of the hole (which ends its instruction).
    case rel32

    public var width: Int { self == .imm64 ? 8 : 4 }
}

/// A place in assembled code to patch later: copy-and-patch compilation writes the value of
/// operand `name` there.
public struct Hole: Hashable, Sendable {
    public var name: String
    public var kind: HoleKind
    public var offset: Int

    public init(name: String, kind: HoleKind, offset: Int) {
        self.name = name
        self.kind = kind
        self.offset = offset
    }

    public var width: Int { kind.width }
}

/// Why an instruction could not be assembled.
public struct AssemblerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Hole {
    /// Writes `value` into the hole in `bytes`, little-endian at the hole's width. For a rel32 hole
    /// `value` is the distance from the end of the hole to the target. Fails, rather than
    /// truncating, when the value does not fit.
    public func patch(_ bytes: inout [UInt8], with value: Int64) throws(AssemblerError) {
        guard offset >= 0, offset + width <= bytes.count else {
            throw AssemblerError("hole '\(name)' at offset \(offset) lies outside the \(bytes.count) bytes of code")
        }
        if width == 4 && Int32(exactly: value) == nil {
            throw AssemblerError("value \(value) for \(kind.rawValue) hole '\(name)' does not fit 32 bits")
        }
        for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * Int64(i))) }
    }
}
