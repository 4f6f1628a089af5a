import X64Assembler

/// `Specs/lowering.x86_64.yaml`: the rules that lower the optimizing tier's IR ops
/// (`Specs/ir.yaml`) to x86-64, with priorities, register pools, temporaries and clobbers, in
/// the spirit of Cranelift's ISLE: the highest-priority rule whose pattern matches is chosen,
/// and two rules that could match the same IR at one priority are an error.
public struct LoweringSpec: Sendable {
    /// Where a value lives: doubles in SSE registers, everything else in general-purpose ones.
    public enum RegisterClass: String, CaseIterable, Sendable {
        case gpr, xmm

        /// How messages name the class: "general-purpose", "SSE".
        var words: String { self == .gpr ? "general-purpose" : "SSE" }
        /// One register of the class, as messages say it.
        var register: String { self == .gpr ? "a general-purpose register" : "an SSE register" }

        /// The class of a value of the IR type `type`.
        static func of(valueType type: String) -> RegisterClass { type == "double" ? .xmm : .gpr }
    }

    /// A machine register named in the spec: a clobber.
    public enum FixedRegister: Hashable, Sendable {
        case gpr(Reg)
        case xmm(XMM)
    }

    public struct Registers: Sendable {
        /// What the register allocator may give values, per class.
        public var allocatableGPR: [Reg] = []
        public var allocatableXMM: [XMM] = []
        /// Never given to values: the backend reloads spilled operands into them, holds spilled
        /// results in them and gives rules their temporaries from them.
        public var scratchGPR: [Reg] = []
        public var scratchXMM: [XMM] = []

        func scratchCount(_ cls: RegisterClass) -> Int { cls == .gpr ? scratchGPR.count : scratchXMM.count }
    }

    /// A pattern as `match:` writes it: an op and, for each of its operands in ir.yaml order, a
    /// name that binds the operand or a nested pattern for the op that defines it.
    public struct Pattern: Sendable {
        public var op: String
        public var operands: [PatternOperand]
    }

    public indirect enum PatternOperand: Sendable {
        case binder(String)
        case nested(Pattern)
    }

    /// A name a pattern binds. Value binders become registers in the rule's code, attribute
    /// binders 64-bit integers; each kind is numbered in binding order (left to right, depth first).
    public struct Binder: Sendable {
        public enum Kind: Sendable, Equatable {
            case value(RegisterClass)
            case attribute(IRSpec.AttributeFormat)
        }

        public var name: String
        /// The IR type of the operand it binds.
        public var type: String
        public var kind: Kind
        /// Binds a variadic operand: the whole list of values.
        public var isVariadic: Bool
        /// The operand positions from the rule's op down to the bound operand.
        public var path: [Int]
        /// Its number among the rule's value binders or among its attribute binders.
        public var index: Int

        public var isValue: Bool { if case .value = kind { return true } else { return false } }
        public var isCondition: Bool { kind == .attribute(.condition) }
    }

    public enum Relation: String, CaseIterable, Sendable {
        case equal = "==", notEqual = "!=", lessOrEqual = "<=", greaterOrEqual = ">=", less = "<", greater = ">"
    }

    /// One comparison of a `when`: an attribute binder against a constant.
    public struct Comparison: Sendable {
        public var binder: String
        public var relation: Relation
        public var value: Int64
    }

    public struct Rule: Sendable {
        public var name: String
        public var doc: String
        public var op: String
        public var pattern: Pattern
        /// The `match:` text as written.
        public var matchText: String
        public var priority: Int
        /// All must hold for the rule to apply.
        public var when: [Comparison]
        public var whenText: String?
        public var temps: [RegisterClass]
        public var clobbers: [FixedRegister]
        /// The code calls out, so every allocatable register is clobbered.
        public var calls: Bool
        /// The backend writes the code by hand: `code` is nil.
        public var isCustom: Bool
        /// The value binder (its index among value binders) whose register the result may take
        /// where that value's life ends at the op: the code reads it only in its first
        /// instruction, which writes the result (a copy there is left out when they share).
        public var reusedOperand: Int?
        /// Value binders (indices among value binders) the code may read from their spill slot
        /// when they are in one (`memory:`), instead of from a scratch register loaded first.
        public var memoryOperands: [Int] = []
        var code: RuleCode?
        public var binders: [Binder]
        /// The IR type of the op's result, nil when it has none.
        public var resultType: String?
        public var line: Int
        /// Where the `match` value is: where an op that cannot always be lowered is reported.
        var matchMark: SourceMark
        /// Where the `priority` value is, or the rule when it has none: where overlaps are reported.
        var priorityMark: SourceMark

        public var valueBinders: [Binder] { binders.filter(\.isValue) }
        public var attributeBinders: [Binder] { binders.filter { !$0.isValue } }

        /// Matches every instance of its op: no nested pattern, no `when`.
        public var isTotal: Bool {
            when.isEmpty && pattern.operands.allSatisfy { if case .binder = $0 { return true } else { return false } }
        }
    }

    public var file: String
    public var registers = Registers()
    /// Ops the backend lowers itself (phis, parameters, jumps, deopts): they have no rules.
    public var backendOps: [String] = []
    public var rules: [Rule] = []

    public init(file: String) { self.file = file }
}

extension LoweringSpec {
    static let topLevelKeys = ["registers", "backend_ops", "rules"]
    static let ruleKeys = ["name", "doc", "match", "priority", "when", "temps", "clobbers", "calls", "custom", "reuses", "memory", "emit"]
    static let priorityRange: ClosedRange<Int64> = -1_000_000...1_000_000

    /// What decoding the rules needs besides the file: the IR they lower, the layout their code
    /// and conditions name, and the register pools and backend ops decoded before them.
    struct Context {
        let ir: IRSpec
        let layout: LayoutSpec
        let symbols: [String: Int64]
        var registers = Registers()
        var backendOps: Set<String> = []

        var irFileName: String { lastPathComponent(ir.file) }
    }

    /// Decodes and validates a lowering spec against the IR it lowers and the layout its code
    /// is written against; every problem goes to `sink`.
    public static func decode(_ root: YAMLNode, file: String, ir: IRSpec, layout: LayoutSpec, sink: DiagnosticSink) -> LoweringSpec {
        let reader = SpecReader(file: file, sink: sink)
        var spec = LoweringSpec(file: file)
        var context = Context(ir: ir, layout: layout, symbols: layout.templateSymbols)
        let fileEntity = SpecEntity("spec", lastPathComponent(file))
        guard let top = reader.fields(root, fileEntity, field: "(top level)", allowed: topLevelKeys) else { return spec }
        if let node = top.required("registers") { spec.registers = decodeRegisters(node, reader, fileEntity, layout: layout) }
        context.registers = spec.registers
        if let node = top.required("backend_ops") { spec.backendOps = decodeBackendOps(node, reader, fileEntity, ir: ir) }
        context.backendOps = Set(spec.backendOps)
        guard let rulesNode = top.required("rules"), let items = reader.list(rulesNode, fileEntity, field: "rules") else { return spec }
        var names: [String: Int] = [:]
        // Ops some rule was written for but did not validate: whether they can always be lowered
        // is decided once those rules are fixed, not guessed now.
        var opsWithBrokenRules: Set<String> = []
        for (index, item) in items.enumerated() {
            let (rule, op) = decodeRule(item, index: index, context, reader, names: &names)
            if let rule { spec.rules.append(rule) } else if let op { opsWithBrokenRules.insert(op) }
        }
        spec.checkPriorities(reader)
        spec.checkEveryOpIsLowered(ir: ir, rulesMark: rulesNode.mark, broken: opsWithBrokenRules, reader, fileEntity)
        return spec
    }

    // MARK: - Registers and backend ops

    private static func decodeRegisters(_ node: YAMLNode, _ reader: SpecReader, _ fileEntity: SpecEntity, layout: LayoutSpec) -> Registers {
        var registers = Registers()
        guard let fields = reader.fields(node, fileEntity, field: "registers", allowed: ["allocatable", "scratch"]) else { return registers }
        var listed: [String: String] = [:]  // register name → the list it is in
        for pool in ["allocatable", "scratch"] {
            let entity = SpecEntity("registers", pool)
            guard let poolNode = fields.required(pool), let classes = reader.fields(poolNode, entity, field: pool, allowed: ["gpr", "xmm"]) else { continue }
            if let gprNode = classes.required("gpr"), let items = reader.list(gprNode, entity, field: "gpr") {
                for item in items {
                    guard let name = reader.string(item, entity, field: "gpr") else { continue }
                    guard let reg = Reg.named(name), reg.size == .qword else {
                        reader.error(item.mark, entity, field: "gpr", "'\(name)' is not a 64-bit general-purpose register")
                        continue
                    }
                    if reg == .rsp {
                        reader.error(item.mark, entity, field: "gpr", "'rsp' is the stack pointer; it cannot hold values")
                    } else if let pinned = layout.pinnedRegisters.first(where: { $0.encoding == Int(reg.number) }) {
                        reader.error(item.mark, entity, field: "gpr", "'\(name)' is pinned to '\(pinned.name)' by the layout; it holds one thing in all JIT code")
                    } else if let list = listed[name] {
                        reader.error(item.mark, entity, field: "gpr", "'\(name)' is already in \(list)")
                    } else {
                        listed[name] = "\(pool).gpr"
                        if pool == "allocatable" { registers.allocatableGPR.append(reg) } else { registers.scratchGPR.append(reg) }
                    }
                }
            }
            if let xmmNode = classes.required("xmm"), let items = reader.list(xmmNode, entity, field: "xmm") {
                for item in items {
                    guard let name = reader.string(item, entity, field: "xmm") else { continue }
                    guard let xmm = XMM.named(name) else {
                        reader.error(item.mark, entity, field: "xmm", "'\(name)' is not an SSE register")
                        continue
                    }
                    if let list = listed[name] {
                        reader.error(item.mark, entity, field: "xmm", "'\(name)' is already in \(list)")
                    } else {
                        listed[name] = "\(pool).xmm"
                        if pool == "allocatable" { registers.allocatableXMM.append(xmm) } else { registers.scratchXMM.append(xmm) }
                    }
                }
            }
        }
        return registers
    }

    private static func decodeBackendOps(_ node: YAMLNode, _ reader: SpecReader, _ fileEntity: SpecEntity, ir: IRSpec) -> [String] {
        guard let items = reader.list(node, fileEntity, field: "backend_ops") else { return [] }
        var ops: [String] = []
        for item in items {
            guard let name = reader.string(item, fileEntity, field: "backend_ops") else { continue }
            if !ir.ops.contains(where: { $0.name == name }) {
                reader.error(item.mark, fileEntity, field: "backend_ops", "'\(name)' is not an op of \(lastPathComponent(ir.file))")
            } else if ops.contains(name) {
                reader.error(item.mark, fileEntity, field: "backend_ops", "'\(name)' is listed twice")
            } else {
                ops.append(name)
            }
        }
        return ops
    }

    // MARK: - Rules

    /// The rule, or nil when it has an error; and the op it was written for, when the pattern
    /// got that far.
    private static func decodeRule(_ item: YAMLNode, index: Int, _ context: Context, _ reader: SpecReader, names: inout [String: Int]) -> (Rule?, String?) {
        var entity = SpecEntity("rule", "#\(index + 1)")
        guard let fields = reader.fields(item, entity, field: "rules", allowed: ruleKeys) else { return (nil, nil) }
        let errorsBefore = reader.sink.diagnostics.count
        let nameNode = fields.required("name")
        let name = nameNode.flatMap { reader.identifier($0, entity, field: "name", style: .pascalCase) }
        if let name {
            entity.name = name
            if let line = names[name] {
                reader.error(nameNode!.mark, entity, field: "name", "duplicate rule name; first defined at line \(line)")
            } else {
                names[name] = item.mark.line
            }
        }
        let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }

        var pattern: (pattern: Pattern, binders: [Binder], text: String)?
        var op: String?
        let matchNode = fields.required("match")
        if let matchNode, let text = reader.string(matchNode, entity, field: "match") {
            var parser = PatternParser(text: text, context: context)
            let parsed = parser.parse()
            op = parser.rootOp
            for problem in parser.problems {
                reader.error(matchNode.mark(atOffset: problem.offset), entity, field: "match", problem.message)
            }
            if let parsed, parser.problems.isEmpty { pattern = (parsed, parser.binders, text) }
        }
        let priorityNode = fields.optional("priority")
        let priority = priorityNode.flatMap { reader.integer($0, entity, field: "priority", range: priorityRange) } ?? 0

        var when: [Comparison] = []
        var whenText: String?
        if let whenNode = fields.optional("when"), let text = reader.string(whenNode, entity, field: "when"), let pattern {
            whenText = text
            let (comparisons, problems) = WhenParser.parse(text, binders: pattern.binders, layout: context.layout)
            for problem in problems { reader.error(whenNode.mark(atOffset: problem.offset), entity, field: "when", problem.message) }
            when = comparisons
        }

        let tempsNode = fields.optional("temps")
        var temps: [RegisterClass] = []
        if let tempsNode, let items = reader.list(tempsNode, entity, field: "temps") {
            for item in items {
                guard let text = reader.string(item, entity, field: "temps") else { continue }
                guard let cls = RegisterClass(rawValue: text) else {
                    reader.error(item.mark, entity, field: "temps", "'\(text)' is not a register class; temps are gpr or xmm")
                    continue
                }
                temps.append(cls)
            }
        }
        var clobbers: [FixedRegister] = []
        if let node = fields.optional("clobbers"), let items = reader.list(node, entity, field: "clobbers") {
            for item in items {
                guard let text = reader.string(item, entity, field: "clobbers") else { continue }
                let register: FixedRegister?
                if let reg = Reg.named(text), reg.size == .qword, context.registers.allocatableGPR.contains(reg) {
                    register = .gpr(reg)
                } else if let xmm = XMM.named(text), context.registers.allocatableXMM.contains(xmm) {
                    register = .xmm(xmm)
                } else {
                    register = nil
                }
                guard let register else {
                    reader.error(item.mark, entity, field: "clobbers", "'\(text)' is not an allocatable register; only those in registers.allocatable can be clobbered")
                    continue
                }
                if clobbers.contains(register) {
                    reader.error(item.mark, entity, field: "clobbers", "'\(text)' is listed twice")
                    continue
                }
                clobbers.append(register)
            }
        }
        let calls = fields.optional("calls").flatMap { reader.bool($0, entity, field: "calls") } ?? false
        let isCustom = fields.optional("custom").flatMap { reader.bool($0, entity, field: "custom") } ?? false

        let reusesNode = fields.optional("reuses")
        let reuses = reusesNode.flatMap { reader.string($0, entity, field: "reuses") }
        var memoryNames: [(name: String, mark: SourceMark)] = []
        if let node = fields.optional("memory"), let items = reader.list(node, entity, field: "memory") {
            for item in items {
                guard let name = reader.string(item, entity, field: "memory") else { continue }
                if memoryNames.contains(where: { $0.name == name }) {
                    reader.error(item.mark, entity, field: "memory", "'\(name)' is listed twice")
                    continue
                }
                memoryNames.append((name, item.mark))
            }
        }

        let emitNode = fields.optional("emit")
        var emit: (text: String, mark: SourceMark, node: YAMLNode)?
        if isCustom {
            if let emitNode { reader.error(emitNode.mark, entity, field: "emit", "a custom rule has no emit: the backend writes its code by hand") }
        } else if let emitNode {
            if let text = reader.string(emitNode, entity, field: "emit") {
                if let contentMark = emitNode.contentMark {
                    emit = (text, contentMark, emitNode)
                } else {
                    reader.error(emitNode.mark, entity, field: "emit", "write the code as a literal block ('emit: |' and the instructions on the lines below)")
                }
            }
        } else {
            reader.error(item.mark, entity, field: "emit", "missing required field; write the rule's code, or set custom: true if the backend writes it by hand")
        }

        guard let name, let doc, let pattern, reader.sink.diagnostics.count == errorsBefore else { return (nil, op) }
        var rule = Rule(name: name, doc: doc, op: pattern.pattern.op, pattern: pattern.pattern, matchText: pattern.text, priority: Int(priority),
                        when: when, whenText: whenText, temps: temps, clobbers: clobbers, calls: calls, isCustom: isCustom,
                        code: nil, binders: pattern.binders, resultType: context.ir.ops.first { $0.name == pattern.pattern.op }.flatMap { $0.forwards == nil ? $0.result : nil },
                        line: item.mark.line, matchMark: matchNode!.mark, priorityMark: priorityNode?.mark ?? item.mark)
        checkScratch(rule, context.registers, mark: tempsNode?.mark ?? item.mark, reader, entity)
        if let emit {
            var parser = RuleCodeParser(rule: rule, context: context, lineOffset: emit.mark.line - 1, columnOffset: emit.mark.column - 1)
            let code = parser.parse(emit.text)
            for problem in parser.problems { reader.error(SourceMark(line: problem.line, column: problem.column), entity, field: "emit", problem.message) }
            if parser.problems.isEmpty {
                for problem in parser.usageProblems() { reader.error(emit.node.mark, entity, field: "emit", problem) }
            }
            rule.code = code
            if reader.sink.diagnostics.count == errorsBefore, !memoryNames.isEmpty {
                rule.memoryOperands = checkMemory(memoryNames, reuses: reuses, rule, parser, reader, entity)
            }
        }
        if let reuses, let reusesNode, reader.sink.diagnostics.count == errorsBefore {
            rule.reusedOperand = checkReuses(reuses, rule, context, mark: reusesNode.mark, reader, entity)
        }
        return reader.sink.diagnostics.count == errorsBefore ? (rule, op) : (nil, op)
    }

    /// The value binder `name` of the rule, or an error at `mark` under `field` listing them.
    private static func valueBinder(_ name: String, of rule: Rule, mark: SourceMark, field: String, _ reader: SpecReader, _ entity: SpecEntity) -> Binder? {
        let values = rule.valueBinders.filter { !$0.isVariadic }
        if let binder = values.first(where: { $0.name == name }) { return binder }
        reader.error(mark, entity, field: field, "'\(name)' names no value binder of the rule; its value binders are: \(values.map(\.name).joined(separator: ", "))")
        return nil
    }

    /// `memory: [x, ...]`: value binders, not the reused one, that every instruction naming them
    /// can take from memory, all at once. Answers their indices (none after an error).
    private static func checkMemory(_ names: [(name: String, mark: SourceMark)], reuses: String?, _ rule: Rule, _ parser: RuleCodeParser,
                                    _ reader: SpecReader, _ entity: SpecEntity) -> [Int] {
        let errorsBefore = reader.sink.diagnostics.count
        var indices: [Int] = []
        for (name, mark) in names {
            guard let binder = valueBinder(name, of: rule, mark: mark, field: "memory", reader, entity) else { continue }
            if reuses == name {
                reader.error(mark, entity, field: "memory", "'\(name)' is the operand the result reuses, which must be in a register")
                continue
            }
            indices.append(binder.index)
        }
        guard reader.sink.diagnostics.count == errorsBefore, let code = rule.code else { return [] }
        for problem in parser.memoryProblems(code, operands: indices) {
            reader.error(SourceMark(line: problem.line, column: problem.column), entity, field: "emit", problem.message)
        }
        return reader.sink.diagnostics.count == errorsBefore ? indices : []
    }

    /// `reuses: x` lets the allocator give the result x's register where x dies at the op. That
    /// is right only when the code is done with x once it writes the result: x is read in the
    /// first instruction alone, which writes {result} (`mov {result}, {x}`, left out when
    /// they share, or `lea {result}, [{x} + ...]`).
    private static func checkReuses(_ name: String, _ rule: Rule, _ context: Context, mark: SourceMark, _ reader: SpecReader, _ entity: SpecEntity) -> Int? {
        guard let binder = valueBinder(name, of: rule, mark: mark, field: "reuses", reader, entity) else { return nil }
        let op = context.ir.ops.first { $0.name == rule.op }
        if let op, let forwarded = op.forwards {
            reader.error(mark, entity, field: "reuses", "\(op.name) forwards its operand '\(forwarded)' as its result (ir.yaml), so its code writes none")
            return nil
        }
        guard let resultClass = rule.resultClass else {
            reader.error(mark, entity, field: "reuses", "\(rule.op) has no result to put in the register of '\(name)'")
            return nil
        }
        guard binder.kind == .value(resultClass) else {
            let binderWords = resultClass == .gpr ? RegisterClass.xmm.register : RegisterClass.gpr.register
            reader.error(mark, entity, field: "reuses", "'\(name)' is in \(binderWords) and the result in \(resultClass.register), so they cannot share one")
            return nil
        }
        guard let code = rule.code else {
            reader.error(mark, entity, field: "reuses", "the backend writes a custom rule's code; reuses describes emit code")
            return nil
        }
        let instructions = code.statements.filter { if case .instruction = $0.kind { return true } else { return false } }
        func reads(_ statement: RuleStatement) -> Bool {
            guard case .instruction(_, let operands) = statement.kind else { return false }
            return operands.contains { $0.registers.contains(.operand(binder.index)) }
        }
        let firstWritesResult: Bool = {
            guard let first = instructions.first, case .instruction(_, let operands) = first.kind, let destination = operands.first else { return false }
            switch destination {
            case .gpr(.result, _), .xmm(.result): return true
            default: return false
            }
        }()
        if !firstWritesResult || instructions.dropFirst().contains(where: reads) {
            reader.error(mark, entity, field: "reuses", "the code may read '\(name)' only in its first instruction, which must write {result} (a register they may share)")
            return nil
        }
        return binder.index
    }

    /// In the worst case every operand is spilled: the backend reloads each into a scratch
    /// register, holds the result in one and gives each temp one, so a class's pool must hold
    /// them all. A variadic list is the custom code's to place.
    private static func checkScratch(_ rule: Rule, _ registers: Registers, mark: SourceMark, _ reader: SpecReader, _ entity: SpecEntity) {
        for cls in RegisterClass.allCases {
            let operands = rule.valueBinders.filter { !$0.isVariadic && $0.kind == .value(cls) }.count
            let result = rule.resultClass == cls ? 1 : 0
            let temps = rule.temps.filter { $0 == cls }.count
            let needed = operands + result + temps
            guard needed > registers.scratchCount(cls) else { continue }
            var parts: [String] = []
            if operands > 0 { parts.append(operands == 1 ? "1 operand" : "\(operands) operands") }
            if result > 0 { parts.append("the result") }
            if temps > 0 { parts.append(temps == 1 ? "1 temp" : "\(temps) temps") }
            let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.joined()
            reader.error(mark, entity, field: "temps", "with every operand spilled, the rule needs \(needed) \(cls.words) scratch registers (\(list)), but registers.scratch.\(cls.rawValue) has \(registers.scratchCount(cls))")
        }
    }

    // MARK: - Whole-spec checks

    /// Two rules of one op at one priority must not both match any IR, and no rule may sit below
    /// a rule that matches everything its op can be.
    private func checkPriorities(_ reader: SpecReader) {
        for (laterIndex, later) in rules.enumerated() {
            let entity = SpecEntity("rule", later.name)
            for earlier in rules[..<laterIndex] where earlier.op == later.op && earlier.priority == later.priority {
                guard let common = Self.unify(earlier.pattern, later.pattern), Self.canHoldTogether(earlier, later) else { continue }
                let conditions = earlier.when.isEmpty && later.when.isEmpty ? "" : ", and their when conditions can hold at once"
                reader.error(later.priorityMark, entity, field: "priority",
                             "rules '\(earlier.name)' (line \(earlier.line)) and '\(later.name)' (line \(later.line)) both match \(Self.text(common)) at priority \(later.priority)\(conditions); give one a higher priority")
            }
            if let total = rules.first(where: { $0.op == later.op && $0.isTotal && $0.priority > later.priority }) {
                reader.error(later.priorityMark, entity, field: "priority",
                             "rule '\(later.name)' can never be chosen: rule '\(total.name)' (line \(total.line)) matches every \(later.op) at the higher priority \(total.priority)")
            }
        }
    }

    /// Every op the backend does not lower itself needs a rule that matches all of its instances.
    private func checkEveryOpIsLowered(ir: IRSpec, rulesMark: SourceMark, broken: Set<String>, _ reader: SpecReader, _ fileEntity: SpecEntity) {
        for op in ir.ops where !backendOps.contains(op.name) && !broken.contains(op.name) {
            let own = rules.filter { $0.op == op.name }
            guard let first = own.first else {
                reader.error(rulesMark, fileEntity, field: "rules", "op '\(op.name)' has no rule; write one, or list it in backend_ops if the backend lowers it itself")
                continue
            }
            if !own.contains(where: \.isTotal) {
                reader.error(first.matchMark, SpecEntity("rule", first.name), field: "match",
                             "no rule can lower every \(op.name): each has a nested pattern or a when; add a rule whose operands are all plain names, with no when")
            }
        }
    }
}

extension LoweringSpec.Rule {
    /// The register class of the op's result, nil when it has none.
    var resultClass: LoweringSpec.RegisterClass? { resultType.map(LoweringSpec.RegisterClass.of(valueType:)) }
}

extension YAMLNode {
    /// Where character `offset` of a one-line scalar is in the file: past the opening quote of a
    /// quoted one.
    func mark(atOffset offset: Int) -> SourceMark {
        var mark = self.mark
        if case .scalar(_, .quoted) = content { mark.column += 1 }
        mark.column += offset
        return mark
    }
}
