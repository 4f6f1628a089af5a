import X64Assembler

/// Where the interpreter's frame is, at one deoptimization exit of optimized code (DESIGN §6):
/// the bytecode offset to resume at and, for each bytecode register live there, where its value
/// is in the machine state and in what representation. Registers it does not list are dead
/// there: they become undefined.
public struct FrameMapping: Sendable, Equatable, CustomStringConvertible {
    public enum Location: Sendable, Equatable, CustomStringConvertible {
        /// A general-purpose register, by hardware number (0 = rax ... 15 = r15).
        case gpr(UInt8)
        /// An SSE register, by number.
        case xmm(UInt8)
        /// A slot after the bytecode registers in the frame (boxed values the collector sees).
        case taggedSlot(Int)
        /// A slot of the native stack frame (`[rsp + 8 * index]` in the function's code).
        case stackSlot(Int)
        /// Known at compile time: these are the bits (in the entry's representation).
        case constant(UInt64)

        public var description: String {
            switch self {
            case .gpr(let n): return "\(Reg(n, .qword))"
            case .xmm(let n): return "xmm\(n)"
            case .taggedSlot(let i): return "tagged\(i)"
            case .stackSlot(let i): return "stack\(i)"
            case .constant(let bits): return "const 0x\(String(bits, radix: 16))"
            }
        }
    }

    /// How the value is held: boxed as the interpreter holds it, or unboxed (to box on the way).
    public enum Representation: String, Sendable, Equatable {
        case boxed, int32, double, boolean
    }

    public struct Entry: Sendable, Equatable {
        public var register: Int
        public var location: Location
        public var representation: Representation

        public init(register: Int, location: Location, representation: Representation) {
            self.register = register
            self.location = location
            self.representation = representation
        }
    }

    public var bytecodeOffset: Int
    public var entries: [Entry]

    public init(bytecodeOffset: Int, entries: [Entry]) {
        self.bytecodeOffset = bytecodeOffset
        self.entries = entries
    }

    public var description: String {
        "@\(bytecodeOffset) " + entries.map { "r\($0.register)=\($0.location)" + ($0.representation == .boxed ? "" : ":\($0.representation.rawValue)") }.joined(separator: " ")
    }
}

/// The machine state at a deoptimization exit, as the exit stub saved it: every general-purpose
/// and SSE register, the native stack frame's slots and the frame's tagged slots.
public struct MachineState: Sendable {
    public var gprs: [UInt64]
    public var xmms: [UInt64]
    public var stackSlots: [UInt64]
    public var taggedSlots: [UInt64]

    public init(gprs: [UInt64] = .init(repeating: 0, count: 16), xmms: [UInt64] = .init(repeating: 0, count: 16),
                stackSlots: [UInt64] = [], taggedSlots: [UInt64] = []) {
        self.gprs = gprs
        self.xmms = xmms
        self.stackSlots = stackSlots
        self.taggedSlots = taggedSlots
    }
}
