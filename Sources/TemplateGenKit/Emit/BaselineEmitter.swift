import X64Assembler

/// Emits `BaselineTemplates.swift`: each opcode's baseline template as bytes plus holes,
/// assembled at build time, and the runtime helper it calls. The baseline JIT only copies the
/// bytes and patches the holes (copy-and-patch).
struct BaselineEmitter {
    let spec: OpcodeSpec
    let templates: [String: AssembledTemplate]

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file])
        w.doc("What a hole is patched with decides its width: a 32-bit displacement or immediate, a")
        w.doc("64-bit immediate, or a 32-bit branch offset from the end of the hole.")
        w.block("public enum BaselineHoleKind: String, Sendable") { w in
            w.line("case disp32, imm32, imm64, rel32")
            w.line()
            w.line("public var width: Int { self == .imm64 ? 8 : 4 }")
        }
        w.line()
        w.doc("A field of a template patched at compile time: with the operand of that name, or with")
        w.doc("one of the special values `pc`, `helper` or `exit` (see Specs/opcodes.yaml).")
        w.block("public struct BaselineHole: Sendable, Equatable") { w in
            w.line("public let name: String")
            w.line("public let kind: BaselineHoleKind")
            w.line("public let offset: Int")
        }
        w.line()
        w.doc("An opcode's baseline code: template bytes (empty when the opcode only calls its helper),")
        w.doc("holes in offset order, and the runtime helper it calls, if any.")
        w.block("public struct BaselineTemplate: Sendable") { w in
            w.line("public let bytes: [UInt8]")
            w.line("public let holes: [BaselineHole]")
            w.line("public let helper: String?")
            w.line("/// The spec line of the opcode's `baseline` entry.")
            w.line("public let specLine: Int")
        }
        w.line()
        w.block("extension Opcode") { w in
            w.doc("The baseline template declared for this opcode (for a helper-only opcode, the standard helper call).")
            w.block("public var baseline: BaselineTemplate") { w in
                w.block("switch self") { w in
                    for op in spec.opcodes {
                        w.specComment(spec.file, op.baseline.line)
                        w.line("case .\(op.caseName): return \(literal(op, op.baseline))")
                    }
                }
            }
        }
        return w.text
    }

    private func literal(_ op: OpcodeSpec.Opcode, _ baseline: OpcodeSpec.Baseline) -> String {
        let template = templates[op.name]
        let bytes = (template?.bytes ?? []).map { "0x" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined(separator: ", ")
        let holes = (template?.holes ?? []).map { "BaselineHole(name: \(swiftLiteral($0.name)), kind: .\($0.kind.rawValue), offset: \($0.offset))" }
        let helper = baseline.helper.map(swiftLiteral) ?? "nil"
        return "BaselineTemplate(bytes: [\(bytes)], holes: [\(holes.joined(separator: ", "))], helper: \(helper), specLine: \(baseline.line))"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
