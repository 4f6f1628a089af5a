/// `Specs/opcodes.yaml`: the operand kinds and the bytecode instruction set.
public struct OpcodeSpec: Sendable {
    /// What an operand means to the verifier and the tiers. The set is fixed here because each
    /// role has hand-written semantics (the verifier checks a register against the frame size, a
    /// jump against instruction boundaries, and so on); operand kinds map names and widths onto it.
    public enum Role: String, CaseIterable, Sendable {
        case register, constant, immediate, jump, feedback, function
    }

    public enum Effect: String, CaseIterable, Sendable {
        case readsHeap = "reads_heap"
        case writesHeap = "writes_heap"
        case allocates
        case calls
        case mayThrow = "may_throw"
    }

    public enum Feedback: String, CaseIterable, Sendable {
        case none, arithmetic, comparison, property, element, call
    }

    public enum Control: String, CaseIterable, Sendable {
        /// Falls through to the next instruction.
        case next
        /// Always jumps forward.
        case jump
        /// Jumps or falls through.
        case branch
        /// Always jumps backward: a loop's back edge, where back-edge counters and OSR live.
        case loop
        case `return`
        case `throw`

        var needsJumpOperand: Bool { self == .jump || self == .branch || self == .loop }
    }

    public struct OperandKind: Sendable {
        public var name: String
        public var role: Role
        public var width: Int
        public var isSigned: Bool
        public var swiftType: String
        public var prefix: String
        public var doc: String
        public var line: Int
    }

    public struct Operand: Sendable {
        public var name: String
        public var kind: String
        public var line: Int
    }

    public struct Opcode: Sendable {
        public var name: String
        public var doc: String
        public var operands: [Operand]
        public var effects: [Effect]
        public var feedback: Feedback
        public var control: Control
        public var line: Int
        /// The byte that encodes this opcode: its position in the file.
        public var code: Int
        /// Its baseline-JIT template, helper, or both.
        public var baseline: Baseline
    }

    public var file: String
    public var operandKinds: [OperandKind] = []
    public var opcodes: [Opcode] = []

    public func kind(named name: String) -> OperandKind? { operandKinds.first { $0.name == name } }

    /// Encoded size of an instruction: one opcode byte, then each operand at its kind's width.
    public func length(of opcode: Opcode) -> Int {
        1 + opcode.operands.reduce(0) { $0 + (kind(named: $1.kind)?.width ?? 0) }
    }

    /// The most opcodes a one-byte opcode field can encode.
    public static let maxOpcodes = 256
}

/// Swift type names the generated code defines itself; an operand kind may not reuse them.
let reservedSwiftTypeNames: Set<String> = [
    "Opcode", "OpcodeInfo", "OperandInfo", "OperandKind", "OperandRole", "OpcodeEffects", "FeedbackKind",
    "ControlFlow", "Instruction", "BytecodeDecodingError", "Layout", "Int", "String", "Bool",
]

extension OpcodeSpec {
    static let topLevelKeys = ["operand_kinds", "opcodes"]
    static let kindKeys = ["name", "role", "width", "signed", "swift", "prefix", "doc"]
    static let opcodeKeys = ["name", "doc", "operands", "effects", "feedback", "control", "baseline"]

    public static func decode(_ root: YAMLNode, file: String, sink: DiagnosticSink) -> OpcodeSpec {
        let reader = SpecReader(file: file, sink: sink)
        var spec = OpcodeSpec(file: file)
        let fileEntity = SpecEntity("spec", lastPathComponent(file))
        guard let top = reader.fields(root, fileEntity, field: "(top level)", allowed: topLevelKeys) else { return spec }
        if let node = top.required("operand_kinds"), let items = reader.list(node, fileEntity, field: "operand_kinds") {
            for (index, item) in items.enumerated() { spec.decodeKind(item, index: index, reader) }
        }
        if let node = top.required("opcodes"), let items = reader.list(node, fileEntity, field: "opcodes") {
            for (index, item) in items.enumerated() { spec.decodeOpcode(item, index: index, reader) }
            if items.count > maxOpcodes, let extra = items.dropFirst(maxOpcodes).first {
                reader.error(extra.mark, fileEntity, field: "opcodes", "\(items.count) opcodes do not fit the one-byte opcode field; at most \(maxOpcodes) are allowed")
            }
        }
        return spec
    }

    private mutating func decodeKind(_ item: YAMLNode, index: Int, _ reader: SpecReader) {
        var entity = SpecEntity("operand kind", "#\(index + 1)")
        guard let fields = reader.fields(item, entity, field: "operand_kinds", allowed: Self.kindKeys) else { return }
        let name = fields.required("name").flatMap { reader.identifier($0, entity, field: "name", style: .lowercase) }
        if let name { entity.name = name }
        let role = fields.required("role").flatMap { reader.choice($0, entity, field: "role", Role.allCases.map { ($0.rawValue, $0) }) }
        var width = fields.required("width").flatMap { reader.integer($0, entity, field: "width", range: 1...4) }
        if let w = width, w == 3 {
            reader.error(fields.optional("width")!.mark, entity, field: "width", "3 is not an operand width; allowed: 1, 2, 4")
            width = nil
        }
        let signedNode = fields.optional("signed")
        let isSigned = signedNode.map { reader.bool($0, entity, field: "signed") ?? false } ?? false
        let swift = fields.required("swift").flatMap { reader.identifier($0, entity, field: "swift", style: .pascalCase) }
        let prefix = fields.optional("prefix").flatMap { reader.string($0, entity, field: "prefix") } ?? ""
        let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
        guard let name, let role, let width, let swift, let doc else { return }

        if let twin = operandKinds.first(where: { $0.name == name }) {
            reader.error(item.mark, entity, field: "name", "duplicate operand kind name; first defined at line \(twin.line)")
            return
        }
        let swiftMark = fields.optional("swift")!.mark
        if reservedSwiftTypeNames.contains(swift) {
            reader.error(swiftMark, entity, field: "swift", "'\(swift)' is a type the generated code already defines; choose another name")
            return
        }
        if let twin = operandKinds.first(where: { $0.swiftType == swift }) {
            reader.error(swiftMark, entity, field: "swift", "'\(swift)' is already the Swift type of operand kind '\(twin.name)' (line \(twin.line))")
            return
        }
        // Indices are never negative and jumps go both ways: a sign that says otherwise is a mistake.
        let mustBeSigned = role == .jump
        let mayBeSigned = role == .jump || role == .immediate
        if isSigned != mustBeSigned && !(mayBeSigned && role == .immediate) {
            let what = mustBeSigned ? "a jump offset must be signed; write signed: true" : "a \(role.rawValue) index is never negative; remove signed: true"
            reader.error(signedNode?.mark ?? item.mark, entity, field: "signed", what)
            return
        }
        operandKinds.append(OperandKind(name: name, role: role, width: Int(width), isSigned: isSigned, swiftType: swift, prefix: prefix, doc: doc, line: item.mark.line))
    }

    private mutating func decodeOpcode(_ item: YAMLNode, index: Int, _ reader: SpecReader) {
        var entity = SpecEntity("opcode", "#\(index + 1)")
        guard let fields = reader.fields(item, entity, field: "opcodes", allowed: Self.opcodeKeys) else { return }
        let nameNode = fields.required("name")
        let name = nameNode.flatMap { reader.identifier($0, entity, field: "name", style: .pascalCase) }
        if let name { entity.name = name }
        let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
        let operands = fields.required("operands").flatMap { decodeOperands($0, reader, entity) }
        let effects = fields.optional("effects").map { decodeEffects($0, reader, entity) } ?? []
        let feedbackNode = fields.optional("feedback")
        let feedback = feedbackNode.map { reader.choice($0, entity, field: "feedback", Feedback.allCases.map { ($0.rawValue, $0) }) } ?? Feedback.none
        let controlNode = fields.optional("control")
        let control = controlNode.map { reader.choice($0, entity, field: "control", Control.allCases.map { ($0.rawValue, $0) }) } ?? Control.next
        let baseline = fields.required("baseline").flatMap { decodeBaseline($0, reader, entity) }
        guard let name, let doc, let operands, let feedback, let control, let baseline else { return }

        if let twin = opcodes.first(where: { $0.name == name }) {
            reader.error(nameNode!.mark, entity, field: "name", "duplicate opcode name; first defined at line \(twin.line)")
            return
        }
        let roles = operands.compactMap { kind(named: $0.kind)?.role }
        let feedbackOperands = roles.filter { $0 == .feedback }.count
        let feedbackMark = feedbackNode?.mark ?? item.mark
        if feedback != .none && feedbackOperands != 1 {
            reader.error(feedbackMark, entity, field: "feedback", "'\(feedback.rawValue)' feedback needs exactly one operand whose kind has role 'feedback', found \(feedbackOperands)")
            return
        }
        if feedback == .none && feedbackOperands > 0 {
            reader.error(feedbackMark, entity, field: "feedback", "the opcode has a feedback operand, so it must say which feedback it records; allowed: \(Feedback.allCases.dropFirst().map(\.rawValue).joined(separator: ", "))")
            return
        }
        let jumpOperands = roles.filter { $0 == .jump }.count
        if control.needsJumpOperand != (jumpOperands == 1) || jumpOperands > 1 {
            let what = control.needsJumpOperand
                ? "'\(control.rawValue)' needs exactly one operand whose kind has role 'jump', found \(jumpOperands)"
                : "'\(control.rawValue)' does not jump, but the opcode has \(jumpOperands) jump operand(s); use jump, branch or loop"
            reader.error(controlNode?.mark ?? item.mark, entity, field: "control", what)
            return
        }
        opcodes.append(Opcode(name: name, doc: doc, operands: operands, effects: effects, feedback: feedback, control: control,
                              line: item.mark.line, code: opcodes.count, baseline: baseline))
    }

    /// `operands:` is a list of one-pair mappings, `- dst: reg`, so order and names read together.
    private func decodeOperands(_ node: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity) -> [Operand]? {
        guard let items = reader.list(node, entity, field: "operands") else { return nil }
        var operands: [Operand] = []
        var ok = true
        for item in items {
            guard let pairs = item.mapping, pairs.count == 1, let name = pairs[0].key.scalar else {
                reader.error(item.mark, entity, field: "operands", "each operand is written '- name: kind', found \(item.kindDescription)")
                ok = false
                continue
            }
            let (keyNode, kindNode) = pairs[0]
            guard IdentifierStyle.camelCase.accepts(name) else {
                reader.error(keyNode.mark, entity, field: "operands", "'\(name)' is not a valid operand name; expected \(IdentifierStyle.camelCase.description)")
                ok = false
                continue
            }
            guard let kindName = reader.string(kindNode, entity, field: "operands") else { ok = false; continue }
            if kind(named: kindName) == nil {
                let known = operandKinds.map(\.name).joined(separator: ", ")
                reader.error(kindNode.mark, entity, field: "operands", "operand '\(name)' has unknown kind '\(kindName)'; known kinds are: \(known)")
                ok = false
                continue
            }
            if operands.contains(where: { $0.name == name }) {
                reader.error(keyNode.mark, entity, field: "operands", "duplicate operand name '\(name)'")
                ok = false
                continue
            }
            operands.append(Operand(name: name, kind: kindName, line: keyNode.mark.line))
        }
        return ok ? operands : nil
    }

    private func decodeEffects(_ node: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity) -> [Effect] {
        guard let items = reader.list(node, entity, field: "effects") else { return [] }
        var effects: [Effect] = []
        for item in items {
            guard let effect = reader.choice(item, entity, field: "effects", Effect.allCases.map { ($0.rawValue, $0) }) else { continue }
            if effects.contains(effect) {
                reader.error(item.mark, entity, field: "effects", "'\(effect.rawValue)' is listed twice")
                continue
            }
            effects.append(effect)
        }
        return effects
    }
}
