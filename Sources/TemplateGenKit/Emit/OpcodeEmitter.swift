extension OpcodeSpec.OperandKind {
    /// The fixed-width integer type an operand of this kind is stored in.
    var storageType: String {
        let bits = width * 8
        return isSigned ? "Int\(bits)" : "UInt\(bits)"
    }
}

extension OpcodeSpec.Opcode {
    /// `LoadConst` → `loadConst`: the Swift case name, as written after a dot.
    var caseName: String { name.lowerCamel }
    /// The case name as declared: keywords (`Return` → `return`) need backticks there.
    var caseDeclaration: String { swiftKeywords.contains(caseName) ? "`\(caseName)`" : caseName }
}

/// Emits `Opcodes.swift`: the operand kinds with their typed wrappers, and the `Opcode` enum with
/// every opcode's metadata (operands, widths, effects, feedback, control flow).
struct OpcodeEmitter {
    let spec: OpcodeSpec

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file])
        emitVocabularies(&w)
        emitOperandKinds(&w)
        for kind in spec.operandKinds { emitOperandType(kind, &w) }
        emitInfoTypes(&w)
        emitOpcodeEnum(&w)
        return w.text
    }

    /// The closed vocabularies the generator knows: roles, effects, feedback kinds, control flow.
    private func emitVocabularies(_ w: inout SwiftWriter) {
        w.doc("What an operand means to the verifier and the tiers.")
        w.block("public enum OperandRole: UInt8, Sendable, CaseIterable") { w in
            for role in OpcodeSpec.Role.allCases { w.line("case \(role.rawValue)") }
        }
        w.line()
        w.doc("What executing an opcode may do besides writing its destination register.")
        w.block("public struct OpcodeEffects: OptionSet, Sendable, Hashable") { w in
            w.line("public let rawValue: UInt8")
            w.line("public init(rawValue: UInt8) { self.rawValue = rawValue }")
            for (bit, effect) in OpcodeSpec.Effect.allCases.enumerated() {
                w.line("public static let \(effect.rawValue.snakeToCamel) = OpcodeEffects(rawValue: 1 << \(bit))")
            }
            w.line("public static let names: [(OpcodeEffects, String)] = [\(OpcodeSpec.Effect.allCases.map { "(.\($0.rawValue.snakeToCamel), \(swiftLiteral($0.rawValue)))" }.joined(separator: ", "))]")
        }
        w.line()
        w.doc("The kind of profile an opcode records in its feedback slot.")
        w.block("public enum FeedbackKind: UInt8, Sendable, CaseIterable") { w in
            for feedback in OpcodeSpec.Feedback.allCases { w.line("case \(feedback.rawValue)") }
        }
        w.line()
        w.doc("Where execution goes after an opcode.")
        w.block("public enum ControlFlow: UInt8, Sendable, CaseIterable") { w in
            for control in OpcodeSpec.Control.allCases { w.line("case `\(control.rawValue)`") }
        }
        w.line()
    }

    private func emitOperandKinds(_ w: inout SwiftWriter) {
        w.doc("The operand kinds of `\(spec.file)`.")
        w.block("public enum OperandKind: UInt8, Sendable, CaseIterable") { w in
            for (index, kind) in spec.operandKinds.enumerated() {
                w.specComment(spec.file, kind.line)
                w.doc(kind.doc)
                w.line("case \(kind.name) = \(index)")
            }
            emitSwitch("public var name: String", spec.operandKinds, &w) { swiftLiteral($0.name) }
            emitSwitch("public var role: OperandRole", spec.operandKinds, &w) { ".\($0.role.rawValue)" }
            w.doc("Encoded width in bytes.")
            emitSwitch("public var width: Int", spec.operandKinds, &w) { "\($0.width)" }
            emitSwitch("public var isSigned: Bool", spec.operandKinds, &w) { "\($0.isSigned)" }
            w.doc("Printed before the value in disassembly.")
            emitSwitch("public var prefix: String", spec.operandKinds, &w) { swiftLiteral($0.prefix) }
            w.doc("The smallest and largest value an operand of this kind can hold.")
            emitSwitch("public var range: ClosedRange<Int64>", spec.operandKinds, &w) {
                "Int64(\($0.storageType).min)...Int64(\($0.storageType).max)"
            }
        }
        w.line()
    }

    private func emitSwitch<T>(_ header: String, _ items: [T], _ w: inout SwiftWriter, value: (T) -> String) where T: NamedCase {
        w.block(header) { w in
            w.block("switch self") { w in
                for item in items { w.line("case .\(item.caseLabel): return \(value(item))") }
            }
        }
    }

    private func emitOperandType(_ kind: OpcodeSpec.OperandKind, _ w: inout SwiftWriter) {
        w.specComment(spec.file, kind.line)
        w.doc(kind.doc)
        w.block("public struct \(kind.swiftType): Hashable, Sendable, CustomStringConvertible") { w in
            w.line("public var value: \(kind.storageType)")
            w.line("public init(_ value: \(kind.storageType)) { self.value = value }")
            w.line("public static let kind = OperandKind.\(kind.name)")
            if kind.role == .jump {
                w.doc("Relative to the start of the instruction; disassembly prints the absolute target.")
                w.line("public var description: String { value < 0 ? \"\(kind.prefix)\\(value)\" : \"\(kind.prefix)+\\(value)\" }")
            } else {
                w.line("public var description: String { \"\(kind.prefix)\\(value)\" }")
            }
        }
        w.line()
    }

    private func emitInfoTypes(_ w: inout SwiftWriter) {
        w.doc("One operand of an opcode: its name, kind and byte offset within the instruction.")
        w.block("public struct OperandInfo: Sendable, Hashable") { w in
            w.line("public let name: String")
            w.line("public let kind: OperandKind")
            w.line("public let offset: Int")
            w.line("public var width: Int { kind.width }")
        }
        w.line()
        w.doc("Everything the spec says about an opcode.")
        w.block("public struct OpcodeInfo: Sendable") { w in
            w.line("public let name: String")
            w.line("public let doc: String")
            w.line("public let operands: [OperandInfo]")
            w.doc("Encoded size in bytes: the opcode byte plus every operand.")
            w.line("public let length: Int")
            w.line("public let effects: OpcodeEffects")
            w.line("public let feedback: FeedbackKind")
            w.line("public let control: ControlFlow")
            w.doc("The line of the opcode's row in the spec file.")
            w.line("public let specLine: Int")
        }
        w.line()
    }

    private func emitOpcodeEnum(_ w: inout SwiftWriter) {
        w.doc("The bytecode instruction set. The raw value is the byte that encodes the opcode.")
        w.block("public enum Opcode: UInt8, Sendable, CaseIterable") { w in
            for op in spec.opcodes {
                w.specComment(spec.file, op.line)
                w.doc(op.doc)
                w.line("case \(op.caseDeclaration) = \(op.code)")
            }
            w.line()
            w.doc("The spec file the opcodes come from.")
            w.line("public static let specFile = \(swiftLiteral(spec.file))")
            emitSwitch("public var name: String", spec.opcodes, &w) { swiftLiteral($0.name) }
            w.doc("Encoded size in bytes, as a switch so that the interpreter's dispatch can inline it.")
            emitSwitch("public var length: Int", spec.opcodes, &w) { "\(spec.length(of: $0))" }
            w.line("public var info: OpcodeInfo { Opcode.infoTable[Int(rawValue)] }")
            w.line()
            w.line("private static let infoTable: [OpcodeInfo] = [")
            for op in spec.opcodes { emitInfo(op, &w) }
            w.line("]")
        }
    }

    private func emitInfo(_ op: OpcodeSpec.Opcode, _ w: inout SwiftWriter) {
        var offset = 1
        var operands: [String] = []
        for operand in op.operands {
            operands.append("OperandInfo(name: \(swiftLiteral(operand.name)), kind: .\(operand.kind), offset: \(offset))")
            offset += spec.kind(named: operand.kind)?.width ?? 0
        }
        let effects = op.effects.map { ".\($0.rawValue.snakeToCamel)" }.joined(separator: ", ")
        w.line("    // \(spec.file):\(op.line)")
        w.line("    OpcodeInfo(")
        w.line("        name: \(swiftLiteral(op.name)), doc: \(swiftLiteral(op.doc)),")
        w.line("        operands: [\(operands.joined(separator: ", "))],")
        w.line("        length: \(offset), effects: [\(effects)], feedback: .\(op.feedback.rawValue), control: .`\(op.control.rawValue)`, specLine: \(op.line)),")
    }
}

/// Something emitted as one case of a generated enum.
protocol NamedCase { var caseLabel: String { get } }
extension OpcodeSpec.OperandKind: NamedCase { var caseLabel: String { name } }
extension OpcodeSpec.Opcode: NamedCase { var caseLabel: String { caseName } }

extension String {
    /// `reads_heap` → `readsHeap`.
    var snakeToCamel: String {
        let parts = split(separator: "_")
        guard let first = parts.first else { return self }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
