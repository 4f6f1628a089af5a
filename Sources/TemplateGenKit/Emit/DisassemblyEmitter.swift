/// Emits `Disassembly.swift`: the text of every instruction, e.g. `Add r3, r1, r2, fb0`, with
/// jump targets printed as absolute bytecode offsets.
struct DisassemblyEmitter {
    let spec: OpcodeSpec

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file])
        w.doc("A bytecode offset as disassembly prints it: four digits, zero-padded.")
        w.block("public func bytecodeOffsetText(_ offset: Int) -> String") { w in
            w.line("let digits = String(offset)")
            w.line("return offset >= 0 && digits.count < 4 ? String(repeating: \"0\", count: 4 - digits.count) + digits : digits")
        }
        w.line()
        w.block("extension Instruction") { w in
            w.doc("The instruction as assembly-like text; `offset` is where it starts, so jumps can show their targets.")
            w.line("// Parameters start with '_', which operand names cannot, so operand bindings never shadow them.")
            w.block("public func text(at _offset: Int) -> String") { w in
                w.block("switch self") { w in
                    for op in spec.opcodes { emitCase(op, &w) }
                }
            }
        }
        return w.text
    }

    private func emitCase(_ op: OpcodeSpec.Opcode, _ w: inout SwiftWriter) {
        guard !op.operands.isEmpty else {
            w.line("case .\(op.caseName): return \(swiftLiteral(op.name))")
            return
        }
        let binding = op.operands.map { "let \($0.name)" }.joined(separator: ", ")
        let parts = op.operands.map { operand -> String in
            let kind = spec.kind(named: operand.kind)!
            if kind.role == .jump {
                return "\(kind.prefix)\\(bytecodeOffsetText(_offset + Int(\(operand.name).value)))"
            }
            return "\\(\(operand.name))"
        }
        w.line("case .\(op.caseName)(\(binding)): return \"\(op.name) \(parts.joined(separator: ", "))\"")
    }
}
