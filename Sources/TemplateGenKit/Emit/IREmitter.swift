/// Emits `IROps.swift`: the IR's value types, attribute types, heap regions and the `IROpcode`
/// enum with every op's metadata (operands, result, effects, movable, guard, control, print
/// format), for the optimizing tier's IR, passes and printer.
struct IREmitter {
    let spec: IRSpec

    private var valueTypes: [IRSpec.IRType] { spec.types.filter { $0.kind == .value } }
    private var attributeTypes: [IRSpec.IRType] { spec.types.filter { $0.kind == .attribute } }

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file])
        emitVocabularies(&w)
        emitTypes(&w)
        emitRegions(&w)
        emitInfoTypes(&w)
        emitOpcodeEnum(&w)
        return w.text
    }

    private func emitVocabularies(_ w: inout SwiftWriter) {
        w.doc("How an attribute prints in IR text.")
        w.block("public enum IRAttributeFormat: UInt8, Sendable, CaseIterable") { w in
            for format in IRSpec.AttributeFormat.allCases { w.line("case \(format.rawValue)") }
        }
        w.line()
        w.doc("Where control goes after an op: `next` falls through; the others end a block.")
        w.block("public enum IRControl: UInt8, Sendable, CaseIterable") { w in
            for control in IRSpec.Control.allCases { w.line("case `\(control.rawValue)`") }
        }
        w.line()
    }

    private func emitTypes(_ w: inout SwiftWriter) {
        w.doc("The types of IR values (SSA values in machine registers or stack slots).")
        w.block("public enum IRType: UInt8, Sendable, CaseIterable") { w in
            for (index, type) in valueTypes.enumerated() {
                w.specComment(spec.file, type.line)
                w.doc(type.doc)
                w.line("case \(type.name) = \(index)")
            }
            emitNames(valueTypes.map(\.name), &w)
        }
        w.line()
        w.doc("The types of attributes: values fixed when an op is built, stored in it as 64 bits.")
        w.block("public enum IRAttributeType: UInt8, Sendable, CaseIterable") { w in
            for (index, type) in attributeTypes.enumerated() {
                w.specComment(spec.file, type.line)
                w.doc(type.doc)
                w.line("case \(type.name) = \(index)")
            }
            emitNames(attributeTypes.map(\.name), &w)
            w.block("public var format: IRAttributeFormat") { w in
                w.line("switch self {")
                for type in attributeTypes { w.line("case .\(type.name): return .\(type.format!.rawValue)") }
                if attributeTypes.isEmpty { w.line("default: return .decimal") }
                w.line("}")
            }
        }
        w.line()
        w.doc("What an operand is: a value of a type, or an attribute.")
        w.block("public enum IROperandType: Hashable, Sendable") { w in
            w.line("case value(IRType)")
            w.line("case attribute(IRAttributeType)")
        }
        w.line()
    }

    /// `public var name: String` through a table: enums with no cases still compile.
    private func emitNames(_ names: [String], _ w: inout SwiftWriter) {
        w.line("public static let names: [String] = [\(names.map(swiftLiteral).joined(separator: ", "))]")
        w.line("public var name: String { Self.names[Int(rawValue)] }")
    }

    private func emitRegions(_ w: inout SwiftWriter) {
        w.doc("Abstract heap regions: an op's effects read and write sets of them, and ops whose")
        w.doc("sets do not overlap commute.")
        w.block("public struct IRRegions: OptionSet, Sendable, Hashable") { w in
            w.line("public let rawValue: UInt64")
            w.line("public init(rawValue: UInt64) { self.rawValue = rawValue }")
            for (bit, region) in spec.regions.enumerated() {
                w.specComment(spec.file, region.line)
                w.doc(region.doc)
                w.line("public static let \(region.name) = IRRegions(rawValue: 1 << \(bit))")
            }
            let all = spec.regions.count == 64 ? "UInt64.max" : "(1 << \(spec.regions.count)) - 1"
            w.doc("Every region: what `any` means in the spec.")
            w.line("public static let all = IRRegions(rawValue: \(all))")
            w.line("public static let names: [(IRRegions, String)] = [\(spec.regions.map { "(.\($0.name), \(swiftLiteral($0.name)))" }.joined(separator: ", "))]")
        }
        w.line()
    }

    private func emitInfoTypes(_ w: inout SwiftWriter) {
        w.doc("One operand of an op, as the spec declares it.")
        w.block("public struct IROperandInfo: Sendable") { w in
            w.line("public let name: String")
            w.line("public let type: IROperandType")
        }
        w.line()
        w.doc("Everything the spec says about an op.")
        w.block("public struct IROpInfo: Sendable") { w in
            w.line("public let name: String")
            w.line("public let doc: String")
            w.line("public let operands: [IROperandInfo]")
            w.doc("After the fixed operands, any number of values of this operand's type.")
            w.line("public let variadic: IROperandInfo?")
            w.doc("nil: the op has no result.")
            w.line("public let result: IRType?")
            w.line("public let reads: IRRegions")
            w.line("public let writes: IRRegions")
            w.doc("May call into the runtime, where anything may happen and the collector may run.")
            w.line("public let calls: Bool")
            w.line("public let allocates: Bool")
            w.doc("May be moved (value numbering, loop-invariant code motion).")
            w.line("public let isMovable: Bool")
            w.doc("Checks an assumption and deoptimizes when it fails: it carries a FrameMapping.")
            w.line("public let isGuard: Bool")
            w.doc("The value operand (index into `operands`) whose bits the result is: the backend hands it to the op's users once code order is fixed.")
            w.line("public let forwardedOperand: Int?")
            w.line("public let control: IRControl")
            w.doc("The op's text after `vN = `, with `{operand}` holes.")
            w.line("public let print: String")
            w.doc("The op's row in the spec.")
            w.line("public let specLine: Int")
            w.line()
            w.doc("Reads, writes, calls or allocates nothing: only its operands decide its result.")
            w.line("public var isPure: Bool { reads.isEmpty && writes.isEmpty && !calls && !allocates }")
        }
        w.line()
    }

    private func emitOpcodeEnum(_ w: inout SwiftWriter) {
        w.doc("The IR ops of `\(spec.file)`, in spec order.")
        w.block("public enum IROpcode: UInt16, Sendable, CaseIterable") { w in
            for (index, op) in spec.ops.enumerated() {
                w.specComment(spec.file, op.line)
                w.doc(op.doc)
                let caseName = op.name.lowerCamel
                w.line("case \(swiftKeywords.contains(caseName) ? "`\(caseName)`" : caseName) = \(index)")
            }
            w.line()
            w.line("public var info: IROpInfo { Self.infos[Int(rawValue)] }")
            w.line()
            w.line("static let infos: [IROpInfo] = [")
            for op in spec.ops {
                w.line("    // \(spec.file):\(op.line)")
                w.line("    " + info(op) + ",")
            }
            w.line("]")
        }
        w.line()
    }

    private func info(_ op: IRSpec.Op) -> String {
        let operands = op.operands.map(operandInfo).joined(separator: ", ")
        let fields = [
            "name: \(swiftLiteral(op.name))",
            "doc: \(swiftLiteral(op.doc))",
            "operands: [\(operands)]",
            "variadic: \(op.variadic.map(operandInfo) ?? "nil")",
            "result: \(op.result.map { "." + $0 } ?? "nil")",
            "reads: \(regions(op.effects.reads))",
            "writes: \(regions(op.effects.writes))",
            "calls: \(op.effects.calls)",
            "allocates: \(op.effects.allocates)",
            "isMovable: \(op.isMovable)",
            "isGuard: \(op.isGuard)",
            "forwardedOperand: \(op.forwards.flatMap { name in op.operands.firstIndex { $0.name == name } }.map(String.init) ?? "nil")",
            "control: .`\(op.control.rawValue)`",
            "print: \(swiftLiteral(op.print))",
            "specLine: \(op.line)",
        ]
        return "IROpInfo(" + fields.joined(separator: ", ") + ")"
    }

    private func operandInfo(_ operand: IRSpec.Operand) -> String {
        let kind = spec.type(named: operand.type)?.kind == .attribute ? "attribute" : "value"
        return "IROperandInfo(name: \(swiftLiteral(operand.name)), type: .\(kind)(.\(operand.type)))"
    }

    private func regions(_ set: IRSpec.RegionSet) -> String {
        set.all ? ".all" : "[" + set.names.map { "." + $0 }.joined(separator: ", ") + "]"
    }
}
