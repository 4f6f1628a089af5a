/// Intel-syntax text for instructions, as GNU `as` (with `.intel_syntax noprefix`) and the
/// template parser read it.
public enum IntelSyntax {
    public static func text(_ mnemonic: Mnemonic, _ operands: [Operand], labelName: (Label) -> String = { "L\($0.id)" }) -> String {
        let ops = operands.map { operand(operand: $0, labelName: labelName) }
        return ops.isEmpty ? "\(mnemonic)" : "\(mnemonic) \(ops.joined(separator: ", "))"
    }

    public static func operand(operand: Operand, labelName: (Label) -> String = { "L\($0.id)" }) -> String {
        switch operand {
        case .reg(let r): return "\(r)"
        case .xmm(let x): return "\(x)"
        case .mem(let m, let size): return (size.map { "\($0.pointerName) " } ?? "") + memory(m)
        case .imm(let value): return "\(value)"
        case .hole(let name): return "$\(name)"
        case .label(let label): return labelName(label)
        }
    }

    /// `[rax + rbx*4 - 8]`, `[rip + 16]`, `[rbx*8 + $slot]`.
    public static func memory(_ m: Memory) -> String {
        var parts: [String] = []
        if m.isRIPRelative { parts.append("rip") }
        if let base = m.base { parts.append("\(base)") }
        if let index = m.index { parts.append("\(index)*\(m.scale)") }
        var text = parts.joined(separator: " + ")
        if let hole = m.displacementHole {
            text += text.isEmpty ? "$\(hole)" : " + $\(hole)"
        } else if m.displacement != 0 || text.isEmpty {
            if text.isEmpty { text = "\(m.displacement)" }
            else { text += m.displacement < 0 ? " - \(-Int64(m.displacement))" : " + \(m.displacement)" }
        }
        return "[\(text)]"
    }
}
