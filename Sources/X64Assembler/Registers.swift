/// How many bytes an operand reads or writes.
public enum OperandSize: Int, Sendable, CaseIterable, Comparable {
    case byte = 1, word = 2, dword = 4, qword = 8

    /// `qword ptr`, as Intel syntax sizes a memory operand.
    public var pointerName: String {
        switch self {
        case .byte: return "byte ptr"
        case .word: return "word ptr"
        case .dword: return "dword ptr"
        case .qword: return "qword ptr"
        }
    }

    public static func < (a: OperandSize, b: OperandSize) -> Bool { a.rawValue < b.rawValue }
}

/// A general-purpose register at one access size: `rax`, `eax`, `ax`, `al`, `r8d`, `sil`.
/// The legacy high-byte registers (ah, ch, dh, bh) are not supported: they cannot be used with a
/// REX prefix, and nothing here needs them.
public struct Reg: Hashable, Sendable, CustomStringConvertible {
    /// Hardware number 0–15: the 3-bit field plus the REX extension bit.
    public let number: UInt8
    public let size: OperandSize

    public init(_ number: UInt8, _ size: OperandSize) {
        precondition(number < 16, "x86-64 has 16 general-purpose registers")
        self.number = number
        self.size = size
    }

    static let names64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
    static let names32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"]
    static let names16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"]
    static let names8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"]

    static func names(_ size: OperandSize) -> [String] {
        switch size {
        case .byte: return names8
        case .word: return names16
        case .dword: return names32
        case .qword: return names64
        }
    }

    public var description: String { Reg.names(size)[Int(number)] }

    /// The register with this Intel name, at the size the name implies.
    public static func named(_ name: String) -> Reg? {
        for size in OperandSize.allCases {
            if let index = names(size).firstIndex(of: name) { return Reg(UInt8(index), size) }
        }
        return nil
    }

    /// The same register at another access size (`rax.sized(.dword)` is `eax`).
    public func sized(_ size: OperandSize) -> Reg { Reg(number, size) }

    /// Callee-saved in the System V x86-64 ABI (preserved across calls).
    public var isCalleeSaved: Bool { [3, 5, 12, 13, 14, 15].contains(number) }

    var low3: UInt8 { number & 7 }
    var isExtended: Bool { number >= 8 }
    /// spl, bpl, sil and dil exist only with a REX prefix (without one, 4–7 mean ah–bh).
    var needsREXAsByte: Bool { size == .byte && (4...7).contains(number) }

    public static let rax = Reg(0, .qword), rcx = Reg(1, .qword), rdx = Reg(2, .qword), rbx = Reg(3, .qword)
    public static let rsp = Reg(4, .qword), rbp = Reg(5, .qword), rsi = Reg(6, .qword), rdi = Reg(7, .qword)
    public static let r8 = Reg(8, .qword), r9 = Reg(9, .qword), r10 = Reg(10, .qword), r11 = Reg(11, .qword)
    public static let r12 = Reg(12, .qword), r13 = Reg(13, .qword), r14 = Reg(14, .qword), r15 = Reg(15, .qword)
    public static let eax = Reg(0, .dword), ecx = Reg(1, .dword), edx = Reg(2, .dword), ebx = Reg(3, .dword)
    public static let esi = Reg(6, .dword), edi = Reg(7, .dword)
    public static let al = Reg(0, .byte), cl = Reg(1, .byte)

    /// Every register at every size.
    public static let all: [Reg] = OperandSize.allCases.flatMap { size in (0..<16).map { Reg(UInt8($0), size) } }
}

/// An SSE register, xmm0–xmm15.
public struct XMM: Hashable, Sendable, CustomStringConvertible {
    public let number: UInt8

    public init(_ number: UInt8) {
        precondition(number < 16, "x86-64 has 16 SSE registers")
        self.number = number
    }

    public var description: String { "xmm\(number)" }

    public static func named(_ name: String) -> XMM? {
        guard name.hasPrefix("xmm"), let number = UInt8(name.dropFirst(3)), number < 16, String(number) == name.dropFirst(3) else { return nil }
        return XMM(number)
    }

    var low3: UInt8 { number & 7 }
    var isExtended: Bool { number >= 8 }
}

/// A condition code, as in `jcc`, `setcc` and `cmovcc`; the raw value is the encoding's low nibble.
public enum Condition: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case o = 0, no, b, ae, e, ne, be, a, s, ns, p, np, l, ge, le, g

    public var description: String { Condition.canonicalNames[Int(rawValue)] }

    static let canonicalNames = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]

    /// Intel's synonyms: `z` for `e`, `nge` for `l`, `c` for `b`, and so on.
    static let aliases: [String: Condition] = [
        "c": .b, "nae": .b, "nb": .ae, "nc": .ae, "z": .e, "nz": .ne, "na": .be, "nbe": .a,
        "pe": .p, "po": .np, "nge": .l, "nl": .ge, "ng": .le, "nle": .g,
    ]

    public static func named(_ name: String) -> Condition? {
        if let index = canonicalNames.firstIndex(of: name) { return Condition(rawValue: UInt8(index)) }
        return aliases[name]
    }

    /// The condition that holds exactly when this one does not.
    public var negated: Condition { Condition(rawValue: rawValue ^ 1)! }
}
