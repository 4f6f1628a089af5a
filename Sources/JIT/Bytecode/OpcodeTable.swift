/// The opcode table as text: what `jsjit --opcodes` prints, built from the generated metadata.
public enum OpcodeTable {
    public static func render() -> String {
        let header = ["code", "opcode", "bytes", "operands", "feedback", "control", "effects"]
        let rows = Opcode.allCases.map { opcode -> [String] in
            let info = opcode.info
            return [
                "0x" + hex2(opcode.rawValue),
                info.name,
                String(info.length),
                info.operands.map { "\($0.name):\($0.kind.name)" }.joined(separator: " "),
                info.feedback == .none ? "-" : "\(info.feedback)",
                "\(info.control)",
                effectNames(info.effects),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func format(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        let kinds = OperandKind.allCases.map { kind in
            "  \(kind.name): \(kind.role), \(kind.width) byte\(kind.width == 1 ? "" : "s")\(kind.isSigned ? ", signed" : "")"
        }
        return ([format(header)] + rows.map(format)).joined(separator: "\n")
            + "\n\n\(Opcode.allCases.count) opcodes from \(Opcode.specFile). Operand kinds:\n"
            + kinds.joined(separator: "\n") + "\n"
    }

    static func effectNames(_ effects: OpcodeEffects) -> String {
        let names = OpcodeEffects.names.filter { effects.contains($0.0) }.map(\.1)
        return names.isEmpty ? "pure" : names.joined(separator: ",")
    }

    private static func hex2(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
    }
}

extension String {
    /// Pads with spaces to `length` characters (Foundation-free `padding(toLength:)`).
    func padding(toLength length: Int, withPad pad: String, startingAt _: Int) -> String {
        count >= length ? self : self + String(repeating: pad, count: length - count)
    }
}
