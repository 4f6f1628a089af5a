import X64Assembler

extension OpcodeSpec {
    /// An opcode's baseline-JIT code: a template (Intel-syntax text, copied and patched at
    /// compile time), a named runtime helper, or both (a template whose slow path calls the helper).
    public struct Baseline: Sendable {
        public var template: String?
        /// Where the template's line 1, column 1 is in the spec file.
        public var templateMark: SourceMark?
        /// A runtime helper, named in lowerCamel: the opcode's slow path, or all of it.
        public var helper: String?
        public var line: Int
    }

    /// Holes that are not operands: the instruction's own bytecode offset (imm32), the address
    /// of the opcode's helper (imm64), the function's exit stub (rel32), which leaves compiled
    /// code when a helper reports an exception, its epilogue (rel32), which returns rax, and
    /// the address of its ProfileData counters (imm64).
    public static let specialHoles: [String: [HoleKind]] = ["pc": [.imm32], "helper": [.imm64], "exit": [.rel32], "epilogue": [.rel32], "counters": [.imm64], "globals": [.imm64],
                                                                 "frameSize": [.imm32, .disp32], "registerFile": [.imm64], "registerFileEnd": [.imm64],
                                                                 "stackLimit": [.imm64], "typeNames": [.imm64], "heap": [.imm64],
                                                                 "emptyObjectShape": [.imm64], "builtinCall": [.imm64],
                                                                 "stringShape": [.imm64], "characters": [.imm64], "remainder": [.imm64],
                                                                 "compareStrings": [.imm64]]

    /// How a hole for an operand of each role is patched, and so the hole kinds it may be.
    public static let holeKindsByRole: [Role: [HoleKind]] = [
        .register: [.disp32, .imm32],  // the register's byte offset from the frame base
        .immediate: [.imm32, .imm64],  // the literal
        .constant: [.imm64],           // the constant's boxed value
        .feedback: [.imm64],           // the address of the feedback slot
        .function: [.imm64],           // the address of the nested function's record
        .jump: [.rel32],               // the target instruction's code
    ]

    static let baselineKeys = ["template", "helper"]

    func decodeBaseline(_ node: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity) -> Baseline? {
        guard let fields = reader.fields(node, entity, field: "baseline", allowed: Self.baselineKeys) else { return nil }
        let templateNode = fields.optional("template")
        let helperNode = fields.optional("helper")
        guard templateNode != nil || helperNode != nil else {
            reader.error(node.mark, entity, field: "baseline", "give a template, a helper, or both")
            return nil
        }
        var baseline = Baseline(line: node.mark.line)
        if let helperNode {
            guard let helper = reader.identifier(helperNode, entity, field: "baseline.helper", style: .camelCase) else { return nil }
            baseline.helper = helper
        }
        if let templateNode {
            guard let text = reader.string(templateNode, entity, field: "baseline.template") else { return nil }
            guard let contentMark = templateNode.contentMark else {
                reader.error(templateNode.mark, entity, field: "baseline.template", "write the template as a literal block ('template: |' and the instructions on the lines below)")
                return nil
            }
            baseline.template = text
            baseline.templateMark = contentMark
        }
        return baseline
    }

    /// The code of an opcode declared with a helper and no template: call the helper with the
    /// runtime, the frame and this instruction's offset; leave through `$exit` when it threw,
    /// and for an opcode that jumps, go to the target when it says the jump was taken.
    public func helperCallTemplate(for opcode: Opcode) -> String {
        var text = """
            mov rdi, r12
            mov rsi, r13
            mov edx, $pc
            movabs rax, $helper
            call rax

            """
        if let jump = opcode.operands.first(where: { kind(named: $0.kind)?.role == .jump }) {
            text += "cmp eax, 1\nje $\(jump.name)\nja $exit\n"
        } else {
            text += "test eax, eax\njnz $exit\n"
        }
        return text
    }

    /// Everything TemplateGen assembles for an opcode: its template followed, when it names a
    /// helper, by the standard call under the label `.slow` and the label `.done` at the end
    /// (so a fast path jumps to `.slow` when it does not apply and to `.done` when it is
    /// finished); or, for a helper-only opcode, the standard call alone.
    public func baselineText(for opcode: Opcode) -> String {
        guard let template = opcode.baseline.template else { return helperCallTemplate(for: opcode) }
        guard opcode.baseline.helper != nil else { return template }
        return template + (template.hasSuffix("\n") ? "" : "\n") + ".slow:\n" + helperCallTemplate(for: opcode) + ".done:\n"
    }

    /// Assembles every template with the layout's symbols and checks each hole against the
    /// opcode's operands. Problems go to `sink` at their place in the spec file; the text that
    /// `baselineText` appends is TemplateGen's own and lies after the template's lines.
    public func assembleBaselineTemplates(symbols: [String: Int64], sink: DiagnosticSink) -> [String: AssembledTemplate] {
        var assembled: [String: AssembledTemplate] = [:]
        for opcode in opcodes {
            let baseline = opcode.baseline
            guard baseline.template != nil, let mark = baseline.templateMark else {
                // The standard call is fixed text over holes every opcode may have: it assembles.
                assembled[opcode.name] = try? TemplateText.assemble(helperCallTemplate(for: opcode), file: file, symbols: symbols)
                continue
            }
            let text = baselineText(for: opcode)
            let entity = SpecEntity("opcode", opcode.name)
            let template: AssembledTemplate
            do {
                template = try TemplateText.assemble(text, file: file, lineOffset: mark.line - 1, columnOffset: mark.column - 1, symbols: symbols)
            } catch {
                for problem in error.errors {
                    sink.error(file, SourceMark(line: problem.line, column: problem.column), "\(entity): field 'baseline.template': \(problem.message)")
                }
                continue
            }
            let places = Self.holePlaces(in: text, at: mark)
            var ok = true
            for (index, hole) in template.holes.enumerated() {
                let place = index < places.count ? places[index] : mark
                if let problem = holeProblem(hole, in: opcode, helper: baseline.helper) {
                    sink.error(file, place, "\(entity): field 'baseline.template': \(problem)")
                    ok = false
                }
            }
            if ok { assembled[opcode.name] = template }
        }
        return assembled
    }

    private func holeProblem(_ hole: Hole, in opcode: Opcode, helper: String?) -> String? {
        let allowed: [HoleKind]
        let what: String
        if let operand = opcode.operands.first(where: { $0.name == hole.name }), let role = kind(named: operand.kind)?.role {
            allowed = Self.holeKindsByRole[role] ?? []
            what = "operand '\(operand.name)' (role \(role.rawValue))"
        } else if let kinds = Self.specialHoles[hole.name] {
            if hole.name == "helper" && helper == nil { return "hole '$helper' needs the opcode to name its helper (baseline.helper)" }
            allowed = kinds
            what = "special hole '$\(hole.name)'"
        } else {
            let operands = opcode.operands.map(\.name).joined(separator: ", ")
            return "hole '$\(hole.name)' names no operand of '\(opcode.name)' (operands: \(operands.isEmpty ? "none" : operands)) and no special hole (\(Self.specialHoles.keys.sorted().joined(separator: ", ")))"
        }
        guard allowed.contains(hole.kind) else {
            return "hole '$\(hole.name)' is a \(hole.kind.rawValue) here, but \(what) is patched as \(allowed.map(\.rawValue).joined(separator: " or "))"
        }
        return nil
    }

    /// Where each `$name` of the text is in the file, in text order (comments skipped): the
    /// assembler records holes in the same order.
    static func holePlaces(in text: String, at mark: SourceMark) -> [SourceMark] {
        var places: [SourceMark] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.prefix { $0 != ";" && $0 != "#" }
            for (column, character) in code.enumerated() where character == "$" {
                places.append(SourceMark(line: mark.line + lineIndex, column: mark.column + column))
            }
        }
        return places
    }
}
