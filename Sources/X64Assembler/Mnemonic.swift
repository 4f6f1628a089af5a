/// The instructions the assembler encodes, by Intel mnemonic.
public enum Mnemonic: Hashable, Sendable, CustomStringConvertible {
    case mov, movabs, movzx, movsx, movsxd, lea
    case add, or, and, sub, xor, cmp, test
    case imul, cqo, cdq, idiv, neg, not
    case shl, shr, sar
    case set(Condition), cmov(Condition)
    case jmp, j(Condition), call, ret, push, pop
    case movsd, movq, addsd, subsd, mulsd, divsd, sqrtsd, ucomisd, cvtsi2sd, cvttsd2si, xorpd, andpd, roundsd

    static let plain: [String: Mnemonic] = [
        "mov": .mov, "movabs": .movabs, "movzx": .movzx, "movsx": .movsx, "movsxd": .movsxd, "lea": .lea,
        "add": .add, "or": .or, "and": .and, "sub": .sub, "xor": .xor, "cmp": .cmp, "test": .test,
        "imul": .imul, "cqo": .cqo, "cdq": .cdq, "idiv": .idiv, "neg": .neg, "not": .not,
        "shl": .shl, "sal": .shl, "shr": .shr, "sar": .sar,
        "jmp": .jmp, "call": .call, "ret": .ret, "push": .push, "pop": .pop,
        "movsd": .movsd, "movq": .movq, "addsd": .addsd, "subsd": .subsd, "mulsd": .mulsd, "divsd": .divsd,
        "sqrtsd": .sqrtsd, "ucomisd": .ucomisd, "cvtsi2sd": .cvtsi2sd, "cvttsd2si": .cvttsd2si,
        "xorpd": .xorpd, "andpd": .andpd, "roundsd": .roundsd,
    ]

    /// The mnemonic with this Intel name, including condition families (`jge`, `setnz`, `cmovl`).
    public init?(name: String) {
        let name = name.lowercased()
        if let plain = Mnemonic.plain[name] {
            self = plain
        } else if name.hasPrefix("set"), let condition = Condition.named(String(name.dropFirst(3))) {
            self = .set(condition)
        } else if name.hasPrefix("cmov"), let condition = Condition.named(String(name.dropFirst(4))) {
            self = .cmov(condition)
        } else if name.hasPrefix("j"), name != "jmp", let condition = Condition.named(String(name.dropFirst())) {
            self = .j(condition)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .set(let c): return "set\(c)"
        case .cmov(let c): return "cmov\(c)"
        case .j(let c): return "j\(c)"
        default: return Mnemonic.plain.first { $0.value == self && $0.key != "sal" }!.key
        }
    }

    /// Every mnemonic, with every condition of the conditional families.
    public static let all: [Mnemonic] = Array(Set(plain.values)).sorted { $0.description < $1.description }
        + Condition.allCases.map(Mnemonic.set) + Condition.allCases.map(Mnemonic.cmov) + Condition.allCases.map(Mnemonic.j)
}
