import X64Assembler

/// Emits `LoweringRules.swift`: the rules of `Specs/lowering.x86_64.yaml` as `LoweringRule` with
/// their metadata, the register pools, the ops the backend lowers itself, `InstructionSelector`
/// (each op's rules tried by priority, each pattern matched against the IR through
/// `LoweringSource`), each rule's code as Assembler calls, and `CustomLowering`, the code the
/// backend writes by hand, one requirement per custom rule.
struct LoweringEmitter {
    let spec: LoweringSpec
    let ir: IRSpec

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file, ir.file])
        w.line("import X64Assembler")
        w.line()
        emitInfo(&w)
        emitRuleEnum(&w)
        emitRegisters(&w)
        emitSelector(&w)
        emitCode(&w)
        emitCustomLowering(&w)
        return w.text
    }

    private func caseName(_ name: String) -> String {
        let lower = name.lowerCamel
        return swiftKeywords.contains(lower) ? "`\(lower)`" : lower
    }

    private func opCase(_ name: String) -> String { "." + caseName(name) }

    private func className(_ cls: LoweringSpec.RegisterClass) -> String { "." + cls.rawValue }

    private func registerLiteral(_ reg: Reg) -> String { "." + reg.description }

    // MARK: - Tables

    private func emitInfo(_ w: inout SwiftWriter) {
        w.doc("Everything the spec says about a lowering rule.")
        w.block("public struct LoweringRuleInfo: Sendable") { w in
            w.line("public let name: String")
            w.line("public let doc: String")
            w.doc("The IR op the rule lowers.")
            w.line("public let op: IROpcode")
            w.doc("Rules of higher priority are tried first.")
            w.line("public let priority: Int")
            w.doc("The pattern, as `match:` writes it.")
            w.line("public let pattern: String")
            w.doc("Comparisons of attributes that must all hold, as `when:` writes them; nil for none.")
            w.line("public let when: String?")
            w.doc("The register class of each value the pattern binds, in binding order (a variadic")
            w.doc("binder once: each of its values has that class).")
            w.line("public let operandClasses: [MachineRegisterClass]")
            w.doc("How many attributes the pattern binds.")
            w.line("public let attributeCount: Int")
            w.doc("Temporaries the code needs, from the scratch registers: `{t0}`, `{t1}`, ...")
            w.line("public let temps: [MachineRegisterClass]")
            w.doc("Allocatable registers the code overwrites: the allocator gives none of them to the")
            w.doc("rule's operands, result or temps, and keeps no value live across the rule in them.")
            w.line("public let clobbers: [MachineRegister]")
            w.doc("The code calls out: every allocatable register is clobbered.")
            w.line("public let calls: Bool")
            w.doc("The backend writes the code by hand (`CustomLowering`).")
            w.line("public let isCustom: Bool")
            w.doc("The operand (its index among the bound values) whose register the result may take")
            w.doc("where that operand's life ends at the op (`reuses:`); nil: the result has its own.")
            w.line("public let reusedOperand: Int?")
            w.doc("Operands (indices among the bound values) the code may read from their spill slot")
            w.doc("(`memory:`): the backend passes such a slot as a memory operand, not through a scratch register.")
            w.line("public let memoryOperands: [Int]")
            w.doc("Matches every instance of its op: only plain binders, no `when`.")
            w.line("public let isTotal: Bool")
            w.doc("The rule's row in the spec.")
            w.line("public let specLine: Int")
        }
        w.line()
    }

    private func emitRuleEnum(_ w: inout SwiftWriter) {
        w.doc("The lowering rules of `\(spec.file)`, in spec order.")
        // An enum with no cases cannot declare a raw type: a spec whose every op is the
        // backend's still generates code that compiles.
        let header = spec.rules.isEmpty ? "public enum LoweringRule: Hashable, CaseIterable, Sendable" : "public enum LoweringRule: UInt16, CaseIterable, Sendable"
        w.block(header) { w in
            if spec.rules.isEmpty { w.line("public var rawValue: UInt16 { switch self {} }") }
            for (index, rule) in spec.rules.enumerated() {
                w.specComment(spec.file, rule.line)
                w.doc(rule.doc)
                w.line("case \(caseName(rule.name)) = \(index)")
            }
            w.line()
            w.line("public var info: LoweringRuleInfo { Self.infos[Int(rawValue)] }")
            w.line()
            w.line("static let infos: [LoweringRuleInfo] = [")
            for rule in spec.rules {
                w.line("    // \(spec.file):\(rule.line)")
                w.line("    " + info(rule) + ",")
            }
            w.line("]")
        }
        w.line()
    }

    private func info(_ rule: LoweringSpec.Rule) -> String {
        let clobbers = rule.clobbers.map { clobber -> String in
            switch clobber {
            case .gpr(let reg): return ".gpr(\(registerLiteral(reg)))"
            case .xmm(let xmm): return ".xmm(XMM(\(xmm.number)))"
            }
        }
        let fields = [
            "name: \(swiftLiteral(rule.name))",
            "doc: \(swiftLiteral(rule.doc))",
            "op: \(opCase(rule.op))",
            "priority: \(rule.priority)",
            "pattern: \(swiftLiteral(rule.matchText))",
            "when: \(rule.whenText.map(swiftLiteral) ?? "nil")",
            "operandClasses: [\(rule.valueBinders.map { binder in if case .value(let cls) = binder.kind { return className(cls) } else { return "" } }.joined(separator: ", "))]",
            "attributeCount: \(rule.attributeBinders.count)",
            "temps: [\(rule.temps.map(className).joined(separator: ", "))]",
            "clobbers: [\(clobbers.joined(separator: ", "))]",
            "calls: \(rule.calls)",
            "isCustom: \(rule.isCustom)",
            "reusedOperand: \(rule.reusedOperand.map(String.init) ?? "nil")",
            "memoryOperands: [\(rule.memoryOperands.map(String.init).joined(separator: ", "))]",
            "isTotal: \(rule.isTotal)",
            "specLine: \(rule.line)",
        ]
        return "LoweringRuleInfo(" + fields.joined(separator: ", ") + ")"
    }

    private func emitRegisters(_ w: inout SwiftWriter) {
        let registers = spec.registers
        w.doc("The register pools: the allocator gives values only allocatable registers; the backend")
        w.doc("reloads spilled operands into scratch ones, holds spilled results there and gives rules")
        w.doc("their temps from them.")
        w.block("public enum LoweringRegisters") { w in
            w.line("public static let allocatableGPR: [Reg] = [\(registers.allocatableGPR.map(registerLiteral).joined(separator: ", "))]")
            w.line("public static let allocatableXMM: [XMM] = [\(registers.allocatableXMM.map { "XMM(\($0.number))" }.joined(separator: ", "))]")
            w.line("public static let scratchGPR: [Reg] = [\(registers.scratchGPR.map(registerLiteral).joined(separator: ", "))]")
            w.line("public static let scratchXMM: [XMM] = [\(registers.scratchXMM.map { "XMM(\($0.number))" }.joined(separator: ", "))]")
        }
        w.line()
        w.doc("Ops the backend lowers itself (phis, parameters, OSR values, jumps, deopts): no rule")
        w.doc("matches them, and `InstructionSelector.select` returns nil for them.")
        w.block("public enum LoweringBackendOps") { w in
            w.line("public static let ops: Set<IROpcode> = [\(spec.backendOps.map(opCase).joined(separator: ", "))]")
        }
        w.line()
    }

    // MARK: - Selection

    private func emitSelector(_ w: inout SwiftWriter) {
        w.doc("What instruction selection reads of the IR; the backend's IR function conforms.")
        w.block("public protocol LoweringSource") { w in
            w.line("func opcode(of value: Int) -> IROpcode")
            w.doc("The value operands, fixed then variadic, as value ids.")
            w.line("func inputs(of value: Int) -> [Int]")
            w.doc("The attribute operands, in spec order.")
            w.line("func attributes(of value: Int) -> [Int64]")
        }
        w.line()
        w.doc("The rule chosen for a value and what its pattern bound.")
        w.block("public struct RuleMatch: Sendable, Equatable") { w in
            w.line("public var rule: LoweringRule")
            w.doc("The value ids bound to the rule's value binders, in binding order (a variadic binder")
            w.doc("contributes all its values): `RuleOperands.operands` holds their registers.")
            w.line("public var operands: [Int]")
            w.doc("The attributes bound, in binding order: `RuleOperands.attributes`.")
            w.line("public var attributes: [Int64]")
            w.doc("The values of the ops nested patterns matched: the rule's code computes what they")
            w.doc("would, so they need no code of their own unless another use needs them.")
            w.line("public var covered: [Int]")
            w.line()
            w.block("public init(rule: LoweringRule, operands: [Int], attributes: [Int64], covered: [Int])") { w in
                w.line("self.rule = rule")
                w.line("self.operands = operands")
                w.line("self.attributes = attributes")
                w.line("self.covered = covered")
            }
        }
        w.line()
        let byOp = Dictionary(grouping: spec.rules, by: \.op)
        w.doc("Picks each value's lowering rule.")
        w.block("public enum InstructionSelector") { w in
            w.doc("The highest-priority rule that matches `value` (two cannot tie: the generator rejects")
            w.doc("rules of one priority that overlap), or nil for a backend op.")
            w.block("public static func select(_ value: Int, in source: some LoweringSource) -> RuleMatch?") { w in
                w.line("switch source.opcode(of: value) {")
                var uncovered: [String] = []
                for op in ir.ops {
                    guard let rules = byOp[op.name] else {
                        if !spec.backendOps.contains(op.name) { uncovered.append(op.name) }
                        continue
                    }
                    let ordered = rules.enumerated().sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }.map(\.element)
                    // One statement per rule: a long `??` chain takes the type checker too long.
                    w.line("case \(opCase(op.name)):")
                    for rule in ordered.dropLast() { w.line("    if let match = match\(rule.name)(value, source) { return match }") }
                    w.line("    return match\(ordered.last!.name)(value, source)")
                }
                let backend = ir.ops.map(\.name).filter { spec.backendOps.contains($0) }
                if !backend.isEmpty { w.line("case \(backend.map(opCase).joined(separator: ", ")): return nil") }
                if !uncovered.isEmpty { w.line("default: return nil") }
                w.line("}")
            }
            for rule in spec.rules {
                w.line()
                w.specComment(spec.file, rule.line)
                w.block("private static func match\(rule.name)(_ value: Int, _ source: some LoweringSource) -> RuleMatch?") { w in
                    for line in matchBody(rule) { w.line(line) }
                }
            }
        }
        w.line()
    }

    /// Walks the pattern depth first: each nested op is checked and its operands read, then the
    /// `when` comparisons, then the match is returned with what each binder bound.
    private func matchBody(_ rule: LoweringSpec.Rule) -> [String] {
        var lines: [String] = []
        var binderValues: [String: String] = [:]
        var covered: [String] = []
        var nodeCount = 0
        func visit(_ pattern: LoweringSpec.Pattern, node: Int, expression: String) {
            guard let op = ir.ops.first(where: { $0.name == pattern.op }) else { return }
            let all = op.operands + (op.variadic.map { [$0] } ?? [])
            var valueIndex = 0, attributeIndex = 0
            var reads: [(operand: LoweringSpec.PatternOperand, access: String)] = []
            var needsInputs = false, needsAttributes = false
            for (position, (operand, written)) in zip(all, pattern.operands).enumerated() {
                let isValue = ir.type(named: operand.type)?.kind == .value
                let isVariadic = op.variadic != nil && position == all.count - 1
                if isValue {
                    needsInputs = true
                    reads.append((written, isVariadic ? (valueIndex == 0 ? "inputs\(node)" : "inputs\(node).dropFirst(\(valueIndex))") : "inputs\(node)[\(valueIndex)]"))
                    valueIndex += 1
                } else {
                    if case .binder = written { needsAttributes = true }
                    reads.append((written, "attributes\(node)[\(attributeIndex)]"))
                    attributeIndex += 1
                }
            }
            if needsInputs { lines.append("let inputs\(node) = source.inputs(of: \(expression))") }
            if needsAttributes { lines.append("let attributes\(node) = source.attributes(of: \(expression))") }
            for (written, access) in reads {
                switch written {
                case .binder(let name): binderValues[name] = access
                case .nested(let nested):
                    nodeCount += 1
                    let child = nodeCount
                    lines.append("let node\(child) = \(access)")
                    lines.append("guard source.opcode(of: node\(child)) == \(opCase(nested.op)) else { return nil }")
                    covered.append("node\(child)")
                    visit(nested, node: child, expression: "node\(child)")
                }
            }
        }
        visit(rule.pattern, node: 0, expression: "value")
        if !rule.when.isEmpty {
            let conditions = rule.when.map { "\(binderValues[$0.binder]!) \($0.relation.rawValue) \($0.value)" }
            lines.append("guard \(conditions.joined(separator: ", ")) else { return nil }")
        }
        let fixed = rule.valueBinders.filter { !$0.isVariadic }.map { binderValues[$0.name]! }
        var operands = "[\(fixed.joined(separator: ", "))]"
        if let variadic = rule.valueBinders.first(where: \.isVariadic), let access = binderValues[variadic.name] {
            operands = fixed.isEmpty ? (access.hasSuffix(")") ? "Array(\(access))" : access) : "\(operands) + \(access)"
        }
        let attributes = "[\(rule.attributeBinders.map { binderValues[$0.name]! }.joined(separator: ", "))]"
        lines.append("return RuleMatch(rule: .\(caseName(rule.name)), operands: \(operands), attributes: \(attributes), covered: [\(covered.joined(separator: ", "))])")
        return lines
    }

    // MARK: - Code

    private func emitCode(_ w: inout SwiftWriter) {
        w.block("extension LoweringRule") { w in
            w.doc("Emits the rule's code with the registers, attributes and labels in `o`. A custom")
            w.doc("rule's code comes from `custom.emit<RuleName>(into:_:)`.")
            w.block("public func emit(into a: inout Assembler, _ o: RuleOperands, custom: inout some CustomLowering) throws(AssemblerError)") { w in
                w.line("switch self {")
                for rule in spec.rules {
                    if rule.isCustom {
                        w.line("case .\(caseName(rule.name)): try custom.emit\(rule.name)(into: &a, o)")
                    } else {
                        w.line("case .\(caseName(rule.name)): try Self.emit\(rule.name)(into: &a, o)")
                    }
                }
                w.line("}")
            }
            for rule in spec.rules where !rule.isCustom {
                guard let code = rule.code else { continue }
                w.line()
                w.specComment(spec.file, rule.line)
                w.doc(rule.doc)
                w.block("private static func emit\(rule.name)(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError)") { w in
                    for (index, label) in code.labels.enumerated() { w.line("let label\(index) = a.newLabel()  // \(label)") }
                    let memory = Set(rule.memoryOperands)
                    let cold = code.statements.firstIndex(where: \.isOutOfLine)
                    for (index, statement) in code.statements[..<(cold ?? code.statements.endIndex)].enumerated() {
                        w.line("// \(statement.text)")
                        // The copy into a result that reuses the operand's register is left out.
                        if index == 0, let reused = rule.reusedOperand, let same = sameRegisterTest(statement, reused) {
                            w.line("if !(\(same)) { \(swift(statement, code, memory)) }")
                        } else {
                            w.line(swift(statement, code, memory))
                        }
                    }
                    if let cold {
                        w.line("// cold: the rest after the function's code")
                        w.line("o.addOutOfLine { (a: inout Assembler) throws(AssemblerError) in")
                        for statement in code.statements[(cold + 1)...] {
                            w.line("    // \(statement.text)")
                            w.line("    " + swift(statement, code, memory))
                        }
                        w.line("}")
                    }
                }
            }
        }
        w.line()
        w.doc("A displacement computed from attributes at JIT time: an error, never a truncation, when")
        w.doc("it does not fit 32 bits.")
        w.block("private func ruleDisplacement(_ value: Int64) throws(AssemblerError) -> Int32") { w in
            w.line("guard let displacement = Int32(exactly: value) else { throw AssemblerError(\"displacement \\(value) does not fit 32 bits\") }")
            w.line("return displacement")
        }
        w.line()
    }

    private func emitCustomLowering(_ w: inout SwiftWriter) {
        w.doc("The code of the custom rules, which the backend writes by hand: one requirement per")
        w.doc("rule, so a new custom rule without its code does not compile.")
        w.block("public protocol CustomLowering") { w in
            for rule in spec.rules where rule.isCustom {
                w.specComment(spec.file, rule.line)
                w.doc(rule.doc)
                w.line("mutating func emit\(rule.name)(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError)")
            }
        }
    }

    private func swift(_ statement: RuleStatement, _ code: RuleCode, _ memory: Set<Int> = []) -> String {
        switch statement.kind {
        case .label(let name): return "try a.bind(label\(code.labels.firstIndex(of: name)!))"
        case .branch(let condition): return "try a.branch(\(swift(condition)), o)"
        case .outOfLine: return "// cold:"
        case .instruction(let mnemonic, let operands):
            let arguments = [swift(mnemonic)] + operands.map { swift($0, code, memory) }
            return "try a.emit(\(arguments.joined(separator: ", ")))"
        }
    }

    /// For a register-to-register copy of operand `reused` into the result (mov or movsd, of
    /// one size): the Swift test that they are the same register, where the copy is
    /// nothing (an int32 or boolean is already zero-extended).
    private func sameRegisterTest(_ statement: RuleStatement, _ reused: Int) -> String? {
        guard case .instruction(.fixed(let mnemonic), let operands) = statement.kind, operands.count == 2,
              [.mov, .movsd].contains(mnemonic) else { return nil }
        switch (operands[0], operands[1]) {
        case (.gpr(.result, let a), .gpr(.operand(reused), let b)) where a == b: return "o.resultGPR == o.gpr(\(reused))"
        case (.xmm(.result), .xmm(.operand(reused))): return "o.resultXMM == o.xmm(\(reused))"
        default: return nil
        }
    }

    private func swift(_ mnemonic: RuleMnemonic) -> String {
        switch mnemonic {
        case .fixed(.j(let condition)): return ".j(.\(condition))"
        case .fixed(.set(let condition)): return ".set(.\(condition))"
        case .fixed(.cmov(let condition)): return ".cmov(.\(condition))"
        case .fixed(let fixed): return ".\(fixed)"
        case .jump(let condition): return ".j(\(swift(condition)))"
        case .set(let condition): return ".set(\(swift(condition)))"
        case .cmov(let condition): return ".cmov(\(swift(condition)))"
        }
    }

    private func swift(_ condition: RuleCondition) -> String {
        switch condition {
        case .fixed(let fixed): return ".\(fixed)"
        case .attribute(let index, let unsigned): return "Condition(irCondition: o.attributes[\(index)], unsigned: \(unsigned))"
        }
    }

    private func sizeName(_ size: OperandSize) -> String {
        switch size {
        case .byte: return ".byte"
        case .word: return ".word"
        case .dword: return ".dword"
        case .qword: return ".qword"
        }
    }

    private func gpr(_ register: RuleRegister, _ size: OperandSize) -> String {
        let sized = size == .qword ? "" : ".sized(\(sizeName(size)))"
        switch register {
        case .fixed(let number): return "Reg(\(number), \(sizeName(size)))"
        case .operand(let index): return "o.gpr(\(index))" + sized
        case .result: return "o.resultGPR" + sized
        case .temp(let index): return "o.tempGPR(\(index))" + sized
        }
    }

    private func xmm(_ register: RuleRegister) -> String {
        switch register {
        case .fixed(let number): return "XMM(\(number))"
        case .operand(let index): return "o.xmm(\(index))"
        case .result: return "o.resultXMM"
        case .temp(let index): return "o.tempXMM(\(index))"
        }
    }

    private func swift(_ operand: RuleOperand, _ code: RuleCode, _ memory: Set<Int> = []) -> String {
        switch operand {
        // A `memory:` operand: its register, or its spill slot.
        case .gpr(.operand(let index), let size) where memory.contains(index): return "o.registerOrMemory(\(index), \(sizeName(size)))"
        case .xmm(.operand(let index)) where memory.contains(index): return "o.xmmOrMemory(\(index))"
        case .gpr(let register, let size): return ".reg(\(gpr(register, size)))"
        case .xmm(let register): return ".xmm(\(xmm(register)))"
        case .immediate(let expression): return ".imm(\(swift(expression, .top)))"
        case .label(let label):
            switch label {
            case .local(let name): return ".label(label\(code.labels.firstIndex(of: name)!))"
            case .deopt: return ".label(o.deoptLabel)"
            case .whenTrue: return ".label(o.trueLabel)"
            case .whenFalse: return ".label(o.falseLabel)"
            }
        case .memory(let base, let index, let scale, let displacement, let size):
            var fields = ["base: \(base.map { gpr($0, .qword) } ?? "nil")"]
            if let index { fields.append("index: \(gpr(index, .qword))") }
            if scale != 1 { fields.append("scale: \(scale)") }
            if case .number(let value) = displacement {
                if value != 0 { fields.append("displacement: \(value)") }
            } else {
                fields.append("displacement: ruleDisplacement(\(swift(displacement, .top)))")
            }
            return ".mem(X64Assembler.Memory(\(fields.joined(separator: ", "))), \(size.map(sizeName) ?? "nil"))"
        }
    }

    /// Where an expression sits, for parentheses: Swift's `&*` binds tighter than `&+` and `&-`.
    private enum Position { case top, additiveLeft, additiveRight, multiplicative }

    private func swift(_ expression: RuleExpression, _ position: Position) -> String {
        switch expression {
        case .number(let n): return n < 0 && position != .top ? "(\(n))" : "\(n)"
        case .attribute(let index): return "o.attributes[\(index)]"
        case .sum(let a, let b), .difference(let a, let b):
            let op = { if case .sum = expression { return "&+" } else { return "&-" } }()
            let text = "\(swift(a, .additiveLeft)) \(op) \(swift(b, .additiveRight))"
            return position == .top || position == .additiveLeft ? text : "(\(text))"
        case .product(let a, let b):
            return "\(swift(a, .multiplicative)) &* \(swift(b, .multiplicative))"
        case .negation(let a):
            let text = "0 &- \(swift(a, .multiplicative))"
            return position == .top || position == .additiveLeft ? text : "(\(text))"
        }
    }
}
