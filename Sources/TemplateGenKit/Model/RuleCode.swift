import X64Assembler

/// A lowering rule's code, read from its `emit:` text: Intel-syntax x86-64, one instruction per
/// line, like a baseline template, but over placeholders instead of holes. `{x}` is the
/// register of value binder `x` (`{x:32}`, `{x:16}`, `{x:8}` its narrower views), `{result}` and
/// `{t0}`, `{t1}`, ... the result's and the temps' registers, `{a}` attribute `a` as an
/// immediate or a term of an address, `{deopt}`, `{true}` and `{false}` jump targets, `j{c}`,
/// `set{c}` and `cmov{c}` (or `{c:unsigned}`) a condition attribute as a condition code, and
/// `branch cc` a jump to the true successor when cc holds, else to the false one. The generated
/// Swift emits it at JIT time with the registers the allocator chose.
struct RuleCode: Sendable {
    var statements: [RuleStatement]
    /// Local labels in the order they are defined.
    var labels: [String]
}

struct RuleStatement: Sendable {
    enum Kind: Sendable {
        case label(String)
        case instruction(RuleMnemonic, [RuleOperand])
        case branch(RuleCondition)
        /// `cold:`: the statements after it go out of line, after the function's code.
        case outOfLine
    }

    var kind: Kind
    var isOutOfLine: Bool { if case .outOfLine = kind { return true } else { return false } }
    /// The instruction as written, without indentation and comment: generated code quotes it.
    var text: String
    /// Where it is in the spec file.
    var line: Int
    var column: Int
}

enum RuleCondition: Sendable {
    case fixed(Condition)
    /// The condition attribute with this index, mapped as after `cmp` (signed) or, with
    /// `unsigned`, as after an unsigned `cmp` or `ucomisd`.
    case attribute(Int, unsigned: Bool)
}

enum RuleMnemonic: Sendable {
    case fixed(Mnemonic)
    case jump(RuleCondition)
    case set(RuleCondition)
    case cmov(RuleCondition)

    var isJump: Bool {
        switch self {
        case .jump: return true
        case .fixed(let mnemonic):
            if case .j = mnemonic { return true }
            return mnemonic == .jmp || mnemonic == .call
        default: return false
        }
    }
}

/// A register of the rule: one named in the text, or one the allocator chooses.
enum RuleRegister: Hashable, Sendable {
    case fixed(UInt8)
    case operand(Int)
    case result
    case temp(Int)
}

enum RuleLabel: Hashable, Sendable {
    case local(String)
    case deopt
    case whenTrue
    case whenFalse
}

enum RuleOperand: Sendable {
    case gpr(RuleRegister, OperandSize)
    case xmm(RuleRegister)
    case immediate(RuleExpression)
    /// `[base + index*scale + displacement]`; base and index are 64-bit general-purpose registers.
    case memory(base: RuleRegister?, index: RuleRegister?, scale: UInt8, displacement: RuleExpression, size: OperandSize?)
    case label(RuleLabel)
}

extension RuleOperand {
    /// The registers the operand names (a memory operand's base and index).
    var registers: [RuleRegister] {
        switch self {
        case .gpr(let register, _), .xmm(let register): return [register]
        case .memory(let base, let index, _, _, _): return [base, index].compactMap { $0 }
        case .immediate, .label: return []
        }
    }
}

/// An immediate or displacement: numbers (layout names are replaced by their values when the
/// text is read) and attributes, with `+ - *` in 64-bit wrapping arithmetic, as Swift's `&+`.
indirect enum RuleExpression: Sendable, Equatable {
    case number(Int64)
    case attribute(Int)
    case sum(RuleExpression, RuleExpression)
    case difference(RuleExpression, RuleExpression)
    case product(RuleExpression, RuleExpression)
    case negation(RuleExpression)

    var usesAttributes: Bool {
        switch self {
        case .number: return false
        case .attribute: return true
        case .sum(let a, let b), .difference(let a, let b), .product(let a, let b): return a.usesAttributes || b.usesAttributes
        case .negation(let a): return a.usesAttributes
        }
    }

    func value(_ attributes: [Int64]) -> Int64 {
        switch self {
        case .number(let n): return n
        case .attribute(let index): return attributes[index]
        case .sum(let a, let b): return a.value(attributes) &+ b.value(attributes)
        case .difference(let a, let b): return a.value(attributes) &- b.value(attributes)
        case .product(let a, let b): return a.value(attributes) &* b.value(attributes)
        case .negation(let a): return 0 &- a.value(attributes)
        }
    }

    /// Combines two terms, folding them when neither depends on an attribute.
    static func combine(_ a: RuleExpression, _ b: RuleExpression, _ make: (RuleExpression, RuleExpression) -> RuleExpression) -> RuleExpression {
        let combined = make(a, b)
        return combined.usesAttributes ? combined : .number(combined.value([]))
    }
}

/// Reads a rule's `emit:` text and checks it against the rule and the op: placeholders name the
/// rule's binders, result, temps and labels in positions that fit them; fixed registers are
/// pinned ones or clobbered allocatable ones, never scratch ones; and each instruction encodes
/// with representative registers and attribute values (64-bit kinds get values that need all
/// 64 bits, so an immediate that cannot hold them fails here, not at JIT time).
struct RuleCodeParser {
    struct Problem {
        /// In the spec file.
        var line: Int
        var column: Int
        var message: String
    }

    private struct Failure: Error {
        var column: Int
        var message: String
    }

    private struct Token {
        enum Kind: Equatable {
            case word(String)
            case number(Int64)
            case placeholder(String, view: String?)
            /// `j{cond}`, `set{cond:unsigned}`: a mnemonic family with a condition placeholder.
            case conditional(String, name: String, view: String?)
            case punct(Character)
        }

        var kind: Kind
        var column: Int
    }

    /// What a placeholder stands for.
    private enum Resolved {
        case register(RuleRegister, LoweringSpec.RegisterClass, OperandSize)
        case attribute(Int)
        case label(RuleLabel)
    }

    let rule: LoweringSpec.Rule
    let context: LoweringSpec.Context
    let op: IRSpec.Op
    let lineOffset: Int
    let columnOffset: Int
    private(set) var problems: [Problem] = []
    private var usedValues: Set<Int> = []
    private var usedResult = false
    private var usedTemps: Set<Int> = []

    init(rule: LoweringSpec.Rule, context: LoweringSpec.Context, lineOffset: Int, columnOffset: Int) {
        self.rule = rule
        self.context = context
        self.op = context.ir.ops.first { $0.name == rule.op }!
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
    }

    mutating func parse(_ text: String) -> RuleCode {
        var statements: [RuleStatement] = []
        var labels: [String] = []
        var definitions: [String: Int] = [:]
        var references: [(name: String, line: Int, column: Int)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let code = rawLine.prefix { $0 != ";" && $0 != "#" }
            do throws(Failure) {
                var tokens = try tokenize(code)
                if tokens.count >= 2, case .word("cold") = tokens[0].kind, tokens[1].kind == .punct(":") {
                    if tokens.count > 2 { throw Failure(column: tokens[2].column, message: "cold: stands on a line of its own") }
                    if let first = statements.first(where: \.isOutOfLine) {
                        throw Failure(column: tokens[0].column, message: "cold: is written twice (first at line \(first.line)); a rule has one out-of-line part")
                    }
                    statements.append(RuleStatement(kind: .outOfLine, text: "cold:", line: line + lineOffset, column: tokens[0].column + columnOffset))
                    continue
                }
                if tokens.count >= 2, case .word(let name) = tokens[0].kind, tokens[1].kind == .punct(":") {
                    guard name.hasPrefix("."), name.count > 1 else {
                        throw Failure(column: tokens[0].column, message: "label '\(name)' must start with '.' so it cannot be mistaken for a name")
                    }
                    if let first = definitions[name] {
                        throw Failure(column: tokens[0].column, message: "label '\(name)' is defined twice (first at line \(first))")
                    }
                    definitions[name] = line + lineOffset
                    labels.append(name)
                    statements.append(RuleStatement(kind: .label(name), text: name + ":", line: line + lineOffset, column: tokens[0].column + columnOffset))
                    tokens.removeFirst(2)
                }
                guard let first = tokens.first else { continue }
                let kind = try instruction(tokens)
                if case .instruction(_, let operands) = kind {
                    for case .label(.local(let name)) in operands {
                        let column = tokens.first { $0.kind == .word(name) }?.column ?? first.column
                        references.append((name, line, column))
                    }
                }
                let start = code.index(code.startIndex, offsetBy: first.column - 1)
                var written = String(code[start...])
                while written.last == " " || written.last == "\t" || written.last == "\r" { written.removeLast() }
                statements.append(RuleStatement(kind: kind, text: written, line: line + lineOffset, column: first.column + columnOffset))
            } catch {
                problems.append(Problem(line: line + lineOffset, column: error.column + columnOffset, message: error.message))
            }
        }
        for reference in references where definitions[reference.name] == nil {
            problems.append(Problem(line: reference.line + lineOffset, column: reference.column + columnOffset, message: "label '\(reference.name)' is not defined in this rule"))
        }
        checkOutOfLinePart(statements)
        for statement in statements { trialAssemble(statement) }
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return RuleCode(statements: statements, labels: labels)
    }

    /// The code after `cold:` is placed after the function's code: it must end with a jmp
    /// (nothing follows it there), and `branch`, which relies on the block layout, cannot be in it.
    private mutating func checkOutOfLinePart(_ statements: [RuleStatement]) {
        guard let start = statements.firstIndex(where: \.isOutOfLine) else { return }
        let part = statements[(start + 1)...]
        for statement in part {
            if case .branch = statement.kind {
                problems.append(Problem(line: statement.line, column: statement.column,
                                        message: "branch cannot be out of line: it jumps only where the block layout needs it, and the code after cold: is outside the layout"))
            }
        }
        let endsWithJump: Bool = { if case .instruction(.fixed(.jmp), _)? = part.last?.kind { return true } else { return false } }()
        if !endsWithJump {
            let marker = statements[start]
            problems.append(Problem(line: marker.line, column: marker.column,
                                    message: "the code after cold: must end with a jmp back: it is placed after the function's code, where nothing follows it"))
        }
    }

    /// What a rule whose text parsed cleanly forgets: a value it binds, its result, a temp.
    func usageProblems() -> [String] {
        var messages: [String] = []
        for binder in rule.valueBinders {
            if binder.isVariadic {
                messages.append("binder '\(binder.name)' is the variadic operand of \(op.name), a list of values only custom code can use: set custom: true")
            } else if !usedValues.contains(binder.index) {
                messages.append("binder '\(binder.name)' is never used; a rule reads every value it binds (is the rule wrong?)")
            }
        }
        if let type = rule.resultType, !usedResult {
            messages.append("{result} is never written, but \(op.name) has a result (\(type))")
        }
        for index in rule.temps.indices where !usedTemps.contains(index) {
            messages.append("{t\(index)} is never used; drop it from temps")
        }
        return messages
    }

    // MARK: - Tokens

    private func tokenize(_ line: Substring) throws(Failure) -> [Token] {
        let chars = Array(line)
        var tokens: [Token] = []
        var i = 0
        func isWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == ".") }
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if "[]+-*,:()".contains(c) {
                tokens.append(Token(kind: .punct(c), column: column))
                i += 1
            } else if c == "{" {
                let (name, view, next) = try placeholder(chars, at: i)
                tokens.append(Token(kind: .placeholder(name, view: view), column: column))
                i = next
            } else if c == "$" {
                throw Failure(column: column, message: "'$' holes belong to baseline templates; rule code uses {placeholders}")
            } else if c.isASCII && c.isNumber {
                var j = i
                while j < chars.count, isWord(chars[j]) { j += 1 }
                let text = String(chars[i..<j])
                guard let value = parseInteger(text) else { throw Failure(column: column, message: "'\(text)' is not a number") }
                tokens.append(Token(kind: .number(Int64(bitPattern: value)), column: column))
                i = j
            } else if isWord(c) {
                var j = i
                while j < chars.count, isWord(chars[j]) { j += 1 }
                let word = String(chars[i..<j])
                if j < chars.count, chars[j] == "{" {
                    guard tokens.isEmpty, ["j", "set", "cmov"].contains(word) else {
                        throw Failure(column: j + 1, message: "unexpected '{' after '\(word)'; only j, set and cmov take a condition placeholder")
                    }
                    let (name, view, next) = try placeholder(chars, at: j)
                    tokens.append(Token(kind: .conditional(word, name: name, view: view), column: column))
                    i = next
                } else {
                    tokens.append(Token(kind: .word(word), column: column))
                    i = j
                }
            } else {
                throw Failure(column: column, message: "unexpected character '\(c)'")
            }
        }
        return tokens
    }

    /// `{name}` or `{name:view}` starting at `open`; returns the index after `}`.
    private func placeholder(_ chars: [Character], at open: Int) throws(Failure) -> (String, String?, Int) {
        guard let close = chars[open...].firstIndex(of: "}") else { throw Failure(column: open + 1, message: "'{' without a closing '}'") }
        let inside = String(chars[(open + 1)..<close])
        let parts = inside.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts[0]
        guard let first = name.first, first.isLetter, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw Failure(column: open + 1, message: "'{\(inside)}' is not a placeholder; write {name} or {name:view}")
        }
        return (name, parts.count > 1 ? parts[1] : nil, close + 1)
    }

    private static func written(_ name: String, _ view: String?) -> String { "{\(name)\(view.map { ":" + $0 } ?? "")}" }

    // MARK: - Statements

    private mutating func instruction(_ tokens: [Token]) throws(Failure) -> RuleStatement.Kind {
        let first = tokens[0]
        let mnemonic: RuleMnemonic
        switch first.kind {
        case .word("branch"):
            guard op.control == .branch else {
                throw Failure(column: first.column, message: "branch: \(op.name) does not branch (control: \(op.control.rawValue)), so it has no successors")
            }
            guard tokens.count == 2 else { throw Failure(column: first.column, message: "branch takes one condition code, e.g. branch l or branch {cond}") }
            switch tokens[1].kind {
            case .word(let name):
                guard let condition = Condition.named(name) else { throw Failure(column: tokens[1].column, message: "'\(name)' is not a condition code") }
                return .branch(.fixed(condition))
            case .placeholder(let name, let view):
                return .branch(try condition(name, view, written: Self.written(name, view), column: tokens[1].column))
            default:
                throw Failure(column: tokens[1].column, message: "branch takes one condition code, e.g. branch l or branch {cond}")
            }
        case .conditional(let family, let name, let view):
            let condition = try condition(name, view, written: family + Self.written(name, view), column: first.column)
            mnemonic = family == "j" ? .jump(condition) : family == "set" ? .set(condition) : .cmov(condition)
        case .word(let name):
            guard let fixed = Mnemonic(name: name) else { throw Failure(column: first.column, message: "unknown instruction '\(name)'") }
            mnemonic = .fixed(fixed)
        default:
            throw Failure(column: first.column, message: "expected an instruction or a label")
        }
        var operands: [RuleOperand] = []
        var position = 1
        while position < tokens.count {
            let column = tokens[position].column
            let (operand, next) = try self.operand(tokens, position)
            if case .label(let label) = operand, !mnemonic.isJump || tokens.count > 2 {
                let name: String
                switch label {
                case .local(let local): name = "label '\(local)'"
                case .deopt: name = "{deopt}"
                case .whenTrue: name = "{true}"
                case .whenFalse: name = "{false}"
                }
                throw Failure(column: column, message: "\(name) is a jump target; only jmp, a conditional jump or call can take one")
            }
            operands.append(operand)
            position = next
            if position < tokens.count {
                guard tokens[position].kind == .punct(",") else { throw Failure(column: tokens[position].column, message: "expected ',' between operands") }
                position += 1
                if position == tokens.count { throw Failure(column: tokens[position - 1].column, message: "expected an operand after ','") }
            }
        }
        return .instruction(mnemonic, operands)
    }

    private func condition(_ name: String, _ view: String?, written: String, column: Int) throws(Failure) -> RuleCondition {
        guard let binder = rule.binders.first(where: { $0.name == name }) else {
            throw Failure(column: column, message: "\(Self.written(name, nil)) names nothing; this rule has \(placeholderNames)")
        }
        guard binder.isCondition else {
            throw Failure(column: column, message: "\(written): \(name) is not a condition; condition codes come from attributes of a condition type")
        }
        guard view == nil || view == "unsigned" else {
            throw Failure(column: column, message: "\(written): a condition code is written {\(name)} or {\(name):unsigned}")
        }
        return .attribute(binder.index, unsigned: view == "unsigned")
    }

    /// Every placeholder this rule's text may use, for messages.
    private var placeholderNames: String {
        var names = rule.binders.filter { !$0.isVariadic }.map(\.name)
        if rule.resultType != nil { names.append("result") }
        names += rule.temps.indices.map { "t\($0)" }
        if op.isGuard { names.append("deopt") }
        if op.control == .branch { names += ["true", "false"] }
        return names.map { "{\($0)}" }.joined(separator: ", ")
    }

    private mutating func resolve(_ name: String, _ view: String?, column: Int) throws(Failure) -> Resolved {
        let written = Self.written(name, view)
        switch name {
        case "deopt", "true", "false":
            guard view == nil else { throw Failure(column: column, message: "\(written): a jump target has no views") }
            if name == "deopt" {
                guard op.isGuard else { throw Failure(column: column, message: "{deopt}: \(op.name) is not a guard, so it has no deoptimization exit") }
                return .label(.deopt)
            }
            guard op.control == .branch else {
                throw Failure(column: column, message: "{\(name)}: \(op.name) does not branch (control: \(op.control.rawValue)), so it has no successors")
            }
            return .label(name == "true" ? .whenTrue : .whenFalse)
        case "result":
            if let forwarded = op.forwards {
                throw Failure(column: column, message: "{result}: \(op.name) forwards its operand '\(forwarded)' as its result (ir.yaml), so its code writes none")
            }
            guard let type = rule.resultType else { throw Failure(column: column, message: "{result}: \(op.name) has no result") }
            let size = try registerSize(view, of: .of(valueType: type), written: written, what: "the result is \(article(type)) \(type)", column: column)
            usedResult = true
            return .register(.result, .of(valueType: type), size)
        default:
            break
        }
        if LoweringSpec.isTemp(name) {
            let index = Int(name.dropFirst())!
            guard index < rule.temps.count else {
                throw Failure(column: column, message: "{\(name)} names no temporary: the rule has \(rule.temps.count) temp\(rule.temps.count == 1 ? "" : "s")")
            }
            let size = try registerSize(view, of: rule.temps[index], written: written, what: "\(name) is a temporary", column: column)
            usedTemps.insert(index)
            return .register(.temp(index), rule.temps[index], size)
        }
        guard let binder = rule.binders.first(where: { $0.name == name }) else {
            throw Failure(column: column, message: "{\(name)} names nothing; this rule has \(placeholderNames)")
        }
        switch binder.kind {
        case .value(let cls):
            if binder.isVariadic {
                throw Failure(column: column, message: "{\(name)} is the variadic operand of \(op.name), a list of values only custom code can use")
            }
            let size = try registerSize(view, of: cls, written: written, what: "\(name) is \(article(binder.type)) \(binder.type)", column: column)
            usedValues.insert(binder.index)
            return .register(.operand(binder.index), cls, size)
        case .attribute:
            if let view {
                if view == "unsigned" && binder.isCondition {
                    throw Failure(column: column, message: "\(written) is a condition code; it goes in j\(written), set\(written), cmov\(written) or branch \(written)")
                }
                throw Failure(column: column, message: "\(written): \(name) is an attribute, an immediate; only registers have views :32, :16 and :8")
            }
            return .attribute(binder.index)
        }
    }

    private func registerSize(_ view: String?, of cls: LoweringSpec.RegisterClass, written: String, what: String, column: Int) throws(Failure) -> OperandSize {
        let sizes: [String: OperandSize] = ["32": .dword, "16": .word, "8": .byte]
        guard let view else { return .qword }
        guard let size = sizes[view] else {
            throw Failure(column: column, message: "\(written) has an unknown view ':\(view)'; registers are viewed as :32, :16 or :8, conditions as :unsigned")
        }
        guard cls == .gpr else {
            throw Failure(column: column, message: "\(written) views a general-purpose register, but \(what), in an SSE register")
        }
        return size
    }

    /// A register named in the text: pinned ones and rsp are free to use, an allocatable one
    /// only when the rule clobbers it, a scratch one never (the backend keeps operands there).
    private func fixed(_ number: UInt8, _ cls: LoweringSpec.RegisterClass, column: Int) throws(Failure) {
        let registers = context.registers
        let name = cls == .gpr ? Reg(number, .qword).description : XMM(number).description
        let isScratch = cls == .gpr ? registers.scratchGPR.contains { $0.number == number } : registers.scratchXMM.contains { $0.number == number }
        if isScratch {
            throw Failure(column: column, message: "\(name) is a scratch register: the backend reloads spilled operands into it; ask for a temp instead")
        }
        let isAllocatable = cls == .gpr ? registers.allocatableGPR.contains { $0.number == number } : registers.allocatableXMM.contains { $0.number == number }
        let isClobbered = rule.clobbers.contains(cls == .gpr ? .gpr(Reg(number, .qword)) : .xmm(XMM(number)))
        if isAllocatable && !isClobbered && !rule.calls {
            throw Failure(column: column, message: "\(name) is allocatable: list it in clobbers (or set calls: true) so the allocator keeps the rule's values out of it")
        }
    }

    // MARK: - Operands

    private static let sizes: [String: OperandSize] = ["byte": .byte, "word": .word, "dword": .dword, "qword": .qword]

    private mutating func operand(_ tokens: [Token], _ start: Int) throws(Failure) -> (RuleOperand, Int) {
        var i = start
        let token = tokens[i]
        if case .word(let word) = token.kind, let size = Self.sizes[word.lowercased()] {
            guard i + 1 < tokens.count, tokens[i + 1].kind == .word("ptr") else { throw Failure(column: token.column, message: "expected 'ptr' after '\(word)'") }
            guard i + 2 < tokens.count, tokens[i + 2].kind == .punct("[") else { throw Failure(column: token.column, message: "expected a memory operand after '\(word) ptr'") }
            return try memory(tokens, i + 2, size: size)
        }
        switch token.kind {
        case .punct("["):
            return try memory(tokens, i, size: nil)
        case .placeholder(let name, let view):
            switch try resolve(name, view, column: token.column) {
            case .register(let register, let cls, let size): return (cls == .gpr ? .gpr(register, size) : .xmm(register), i + 1)
            case .label(let label): return (.label(label), i + 1)
            case .attribute: return (.immediate(try expression(tokens, &i)), i)
            }
        case .word(let word) where word.hasPrefix("."):
            return (.label(.local(word)), i + 1)
        case .word(let word):
            if let reg = Reg.named(word) {
                try fixed(reg.number, .gpr, column: token.column)
                return (.gpr(.fixed(reg.number), reg.size), i + 1)
            }
            if let xmm = XMM.named(word) {
                try fixed(xmm.number, .xmm, column: token.column)
                return (.xmm(.fixed(xmm.number)), i + 1)
            }
            return (.immediate(try expression(tokens, &i)), i)
        default:
            return (.immediate(try expression(tokens, &i)), i)
        }
    }

    /// A register term of an address: a 64-bit general-purpose register, named or a placeholder.
    private mutating func addressRegister(_ token: Token) throws(Failure) -> RuleRegister? {
        switch token.kind {
        case .word("rip"):
            throw Failure(column: token.column, message: "rip-relative addressing is not available: rule code has no data of its own")
        case .word(let word):
            if XMM.named(word) != nil { throw Failure(column: token.column, message: "'\(word)' cannot address memory; use a 64-bit register") }
            guard let reg = Reg.named(word) else { return nil }
            guard reg.size == .qword else { throw Failure(column: token.column, message: "'\(word)' cannot address memory; use a 64-bit register") }
            try fixed(reg.number, .gpr, column: token.column)
            return .fixed(reg.number)
        case .placeholder(let name, let view):
            // An attribute is a displacement term; anything else must be a 64-bit register.
            if let binder = rule.binders.first(where: { $0.name == name }), !binder.isValue { return nil }
            guard case .register(let register, let cls, let size) = try resolve(name, view, column: token.column) else {
                throw Failure(column: token.column, message: "\(Self.written(name, view)) is a jump target; it cannot be part of an address")
            }
            guard cls == .gpr else { throw Failure(column: token.column, message: "{\(name)} is in an SSE register, which cannot address memory") }
            guard size == .qword else { throw Failure(column: token.column, message: "\(Self.written(name, view)) cannot address memory; use the 64-bit {\(name)}") }
            return register
        default:
            return nil
        }
    }

    /// `[ term (+|- term)* ]`: at most a base and an `index*scale`, plus displacement terms.
    private mutating func memory(_ tokens: [Token], _ open: Int, size: OperandSize?) throws(Failure) -> (RuleOperand, Int) {
        var i = open + 1
        var base: RuleRegister?
        var index: RuleRegister?
        var scale: UInt8 = 1
        var displacement = RuleExpression.number(0)
        var negative = false
        var firstAttribute: Int?
        while true {
            guard i < tokens.count else { throw Failure(column: tokens[open].column, message: "missing ']'") }
            let t = tokens[i]
            if let register = try addressRegister(t) {
                guard !negative else { throw Failure(column: t.column, message: "a register cannot be subtracted") }
                if i + 1 < tokens.count, tokens[i + 1].kind == .punct("*") {
                    guard index == nil else { throw Failure(column: t.column, message: "a memory operand takes at most one index register") }
                    i += 2
                    scale = try self.scale(tokens, &i)
                    index = register
                } else if base == nil {
                    base = register
                    i += 1
                } else {
                    guard index == nil else { throw Failure(column: t.column, message: "a memory operand takes at most one base and one index register") }
                    index = register
                    i += 1
                }
            } else if case .number(let n) = t.kind, i + 2 < tokens.count, tokens[i + 1].kind == .punct("*"), let register = try addressRegister(tokens[i + 2]) {
                guard index == nil, !negative else { throw Failure(column: t.column, message: "a memory operand takes at most one index register") }
                guard [1, 2, 4, 8].contains(n) else { throw Failure(column: t.column, message: "scale must be 1, 2, 4 or 8") }
                index = register
                scale = UInt8(n)
                i += 3
            } else {
                if case .placeholder = t.kind, firstAttribute == nil { firstAttribute = t.column }
                let term = try product(tokens, &i)
                displacement = .combine(displacement, term, negative ? RuleExpression.difference : RuleExpression.sum)
            }
            guard i < tokens.count else { throw Failure(column: tokens[open].column, message: "missing ']'") }
            switch tokens[i].kind {
            case .punct("]"):
                if base == nil && index == nil {
                    if let firstAttribute, case .placeholder(let name, _) = tokens.first(where: { $0.column == firstAttribute })?.kind {
                        throw Failure(column: firstAttribute, message: "{\(name)} is an attribute, an immediate, not a register")
                    }
                    throw Failure(column: tokens[open].column, message: "a memory operand needs a base or index register")
                }
                if case .number(let value) = displacement, Int32(exactly: value) == nil {
                    throw Failure(column: tokens[open].column, message: "displacement \(value) does not fit 32 bits")
                }
                if index == .fixed(4) { throw Failure(column: tokens[open].column, message: "rsp cannot be an index register") }
                return (.memory(base: base, index: index, scale: scale, displacement: displacement, size: size), i + 1)
            case .punct("+"): negative = false
            case .punct("-"): negative = true
            default: throw Failure(column: tokens[i].column, message: "expected '+', '-' or ']' in a memory operand")
            }
            i += 1
        }
    }

    private mutating func scale(_ tokens: [Token], _ i: inout Int) throws(Failure) -> UInt8 {
        let column = tokens[min(i, tokens.count - 1)].column
        let value = try unary(tokens, &i)
        guard case .number(let n) = value, [1, 2, 4, 8].contains(n) else { throw Failure(column: column, message: "scale must be a constant 1, 2, 4 or 8") }
        return UInt8(n)
    }

    /// `sum := product (('+'|'-') product)*`, `product := unary ('*' unary)*`,
    /// `unary := '-' unary | number | name | {attribute} | '(' sum ')'`.
    private mutating func expression(_ tokens: [Token], _ i: inout Int) throws(Failure) -> RuleExpression {
        var value = try product(tokens, &i)
        while i < tokens.count, tokens[i].kind == .punct("+") || tokens[i].kind == .punct("-") {
            let minus = tokens[i].kind == .punct("-")
            i += 1
            value = .combine(value, try product(tokens, &i), minus ? RuleExpression.difference : RuleExpression.sum)
        }
        return value
    }

    private mutating func product(_ tokens: [Token], _ i: inout Int) throws(Failure) -> RuleExpression {
        var value = try unary(tokens, &i)
        while i < tokens.count, tokens[i].kind == .punct("*") {
            i += 1
            value = .combine(value, try unary(tokens, &i), RuleExpression.product)
        }
        return value
    }

    private mutating func unary(_ tokens: [Token], _ i: inout Int) throws(Failure) -> RuleExpression {
        guard i < tokens.count else { throw Failure(column: (tokens.last?.column ?? 0) + 1, message: "expected a value") }
        let t = tokens[i]
        switch t.kind {
        case .punct("-"):
            i += 1
            let operand = try unary(tokens, &i)
            return operand.usesAttributes ? .negation(operand) : .number(0 &- operand.value([]))
        case .punct("("):
            i += 1
            let value = try expression(tokens, &i)
            guard i < tokens.count, tokens[i].kind == .punct(")") else { throw Failure(column: t.column, message: "missing ')'") }
            i += 1
            return value
        case .number(let n):
            i += 1
            return .number(n)
        case .placeholder(let name, let view):
            switch try resolve(name, view, column: t.column) {
            case .attribute(let index):
                i += 1
                return .attribute(index)
            case .register:
                throw Failure(column: t.column, message: "{\(name)} is a register; it cannot be part of an expression")
            case .label:
                throw Failure(column: t.column, message: "{\(name)} is a jump target; it cannot be part of an expression")
            }
        case .word(let name):
            guard let value = context.symbols[name] else {
                if Reg.named(name) != nil || XMM.named(name) != nil {
                    throw Failure(column: t.column, message: "register '\(name)' cannot appear in an expression")
                }
                throw Failure(column: t.column, message: "unknown name '\(name)'; not a register or a known constant")
            }
            i += 1
            return .number(value)
        default:
            throw Failure(column: t.column, message: "expected a value")
        }
    }

    // MARK: - Trial assembly

    /// Assembles one instruction with representative registers (distinct allocatable ones for
    /// operands and the result, scratch ones for temps, as the backend gives them) and
    /// attribute values, so one that cannot be encoded fails the build at its line.
    private mutating func trialAssemble(_ statement: RuleStatement) {
        var assembler = Assembler()
        let target = assembler.newLabel()
        do throws(AssemblerError) {
            try assembler.bind(target)
            switch statement.kind {
            case .label, .outOfLine: return
            case .branch(let condition):
                try assembler.emit(.j(representative(condition)), .label(target))
                try assembler.emit(.jmp, .label(target))
            case .instruction(let mnemonic, let operands):
                try assembleRepresentative(mnemonic, operands, into: &assembler, target: target)
            }
        } catch {
            let message = error.message
            let reason = message.range(of: ": ").map { String(message[$0.upperBound...]) } ?? message
            problems.append(Problem(line: statement.line, column: statement.column, message: "`\(statement.text)` cannot be encoded: \(reason)\(hint(statement, reason))"))
        }
    }

    /// One instruction with representative registers, attributes and condition codes; the
    /// value operands in `inMemory` as memory operands.
    private func assembleRepresentative(_ mnemonic: RuleMnemonic, _ operands: [RuleOperand], into assembler: inout Assembler,
                                        target: Label, inMemory: Set<Int> = []) throws(AssemblerError) {
        let concrete: Mnemonic
        switch mnemonic {
        case .fixed(let fixed): concrete = fixed
        case .jump(let condition): concrete = .j(representative(condition))
        case .set(let condition): concrete = .set(representative(condition))
        case .cmov(let condition): concrete = .cmov(representative(condition))
        }
        var resolved: [Operand] = []
        for operand in operands { resolved.append(try representative(operand, label: target, inMemory: inMemory)) }
        try assembler.emit(concrete, resolved)
    }

    /// Why a value may not fit: the instruction uses an attribute whose values take 64 bits.
    private func hint(_ statement: RuleStatement, _ reason: String) -> String {
        guard reason.contains("does not fit"), case .instruction(_, let operands) = statement.kind else { return "" }
        var indices: [Int] = []
        func collect(_ expression: RuleExpression) {
            switch expression {
            case .number: break
            case .attribute(let index): indices.append(index)
            case .sum(let a, let b), .difference(let a, let b), .product(let a, let b): collect(a); collect(b)
            case .negation(let a): collect(a)
            }
        }
        for operand in operands {
            if case .immediate(let expression) = operand { collect(expression) }
            if case .memory(_, _, _, let expression, _) = operand { collect(expression) }
        }
        let attributes = rule.attributeBinders
        guard let wide = indices.lazy.map({ attributes[$0] }).first(where: { Self.isWide($0) }) else { return "" }
        return "; {\(wide.name)} is \(article(wide.type)) \(wide.type), which may need all 64 bits: movabs it into a temp"
    }

    /// Attribute kinds whose values are 64-bit patterns: addresses, boxed values, doubles' bits.
    static func isWide(_ binder: LoweringSpec.Binder) -> Bool {
        [.attribute(.hex), .attribute(.value), .attribute(.double)].contains(binder.kind)
    }

    /// The value trial assembly gives an attribute: one that needs all 64 bits for a 64-bit
    /// kind, a small one otherwise, moved into what the rule's `when` allows.
    static func representativeValue(_ binder: LoweringSpec.Binder, in rule: LoweringSpec.Rule) -> Int64 {
        let preferred: Int64 = isWide(binder) ? 0x7f12_3456_789a : 1
        let allowed = ValueSet.satisfying(rule.when.filter { $0.binder == binder.name })
        if allowed.contains(preferred) { return preferred }
        let candidates = allowed.ranges.map { min(max(preferred, $0.lowerBound), $0.upperBound) }
        return candidates.min { $0.distance(to: preferred).magnitude < $1.distance(to: preferred).magnitude } ?? preferred
    }

    private func representative(_ condition: RuleCondition) -> Condition {
        switch condition {
        case .fixed(let fixed): return fixed
        case .attribute(let index, let unsigned):
            let raw = Self.representativeValue(rule.attributeBinders[index], in: rule)
            let signed: [Condition] = [.e, .ne, .l, .le, .g, .ge], plain: [Condition] = [.e, .ne, .b, .be, .a, .ae]
            return (unsigned ? plain : signed)[Int(max(0, min(5, raw)))]
        }
    }

    private func representative(_ register: RuleRegister, _ cls: LoweringSpec.RegisterClass) -> UInt8 {
        let registers = context.registers
        let clobbered = rule.clobbers.compactMap { clobber -> UInt8? in
            switch (clobber, cls) {
            case (.gpr(let reg), .gpr): return reg.number
            case (.xmm(let xmm), .xmm): return xmm.number
            default: return nil
            }
        }
        let pool = (cls == .gpr ? registers.allocatableGPR.map(\.number) : registers.allocatableXMM.map(\.number)).filter { !clobbered.contains($0) }
        let scratch = cls == .gpr ? registers.scratchGPR.map(\.number) : registers.scratchXMM.map(\.number)
        func pick(_ list: [UInt8], _ n: Int) -> UInt8 { list.isEmpty ? 0 : list[n % list.count] }
        switch register {
        case .fixed(let number): return number
        case .operand(let index): return pick(pool, index)
        case .result: return pick(pool, rule.valueBinders.count)
        case .temp(let index): return pick(scratch, index)
        }
    }

    /// The rule's `memory:` operands may be spill slots: every instruction that reads one must
    /// encode with all of them in memory at once, and none may address memory.
    func memoryProblems(_ code: RuleCode, operands: [Int]) -> [Problem] {
        let inMemory = Set(operands)
        var problems: [Problem] = []
        for statement in code.statements {
            guard case .instruction(let mnemonic, let instructionOperands) = statement.kind else { continue }
            let named = instructionOperands.flatMap { operand -> [Int] in
                switch operand {
                case .gpr(.operand(let i), _), .xmm(.operand(let i)): return inMemory.contains(i) ? [i] : []
                default: return []
                }
            }
            if let addressing = instructionOperands.lazy.compactMap({ operand -> Int? in
                guard case .memory = operand else { return nil }
                return operand.registers.lazy.compactMap { if case .operand(let i) = $0, inMemory.contains(i) { return i } else { return nil } }.first
            }).first {
                problems.append(Problem(line: statement.line, column: statement.column,
                                        message: "`\(statement.text)` uses {\(valueName(addressing))} to address memory, so it cannot be in memory itself"))
                continue
            }
            guard !named.isEmpty else { continue }
            var assembler = Assembler()
            let target = assembler.newLabel()
            do throws(AssemblerError) {
                try assembler.bind(target)
                try assembleRepresentative(mnemonic, instructionOperands, into: &assembler, target: target, inMemory: inMemory)
            } catch {
                let message = error.message
                let reason = message.range(of: ": ").map { String(message[$0.upperBound...]) } ?? message
                let names = Array(Set(named)).sorted().map { "{\(valueName($0))}" }.joined(separator: ", ")
                problems.append(Problem(line: statement.line, column: statement.column, message: "`\(statement.text)` cannot take \(names) from memory: \(reason)"))
            }
        }
        return problems
    }

    private func valueName(_ index: Int) -> String { rule.valueBinders.first { $0.index == index }?.name ?? "?" }

    private func representative(_ operand: RuleOperand, label: Label, inMemory: Set<Int> = []) throws(AssemblerError) -> Operand {
        let attributes = rule.attributeBinders.map { Self.representativeValue($0, in: rule) }
        switch operand {
        case .gpr(.operand(let i), let size) where inMemory.contains(i): return .mem(Memory(base: .rsp, displacement: 8), size)
        case .xmm(.operand(let i)) where inMemory.contains(i): return .mem(Memory(base: .rsp, displacement: 8), .qword)
        case .gpr(let register, let size): return .reg(Reg(representative(register, .gpr), size))
        case .xmm(let register): return .xmm(XMM(representative(register, .xmm)))
        case .immediate(let expression): return .imm(expression.value(attributes))
        case .label: return .label(label)
        case .memory(let base, let index, let scale, let expression, let size):
            let value = expression.value(attributes)
            guard let displacement = Int32(exactly: value) else { throw AssemblerError("displacement \(value) does not fit 32 bits") }
            return .mem(Memory(base: base.map { Reg(representative($0, .gpr), .qword) }, index: index.map { Reg(representative($0, .gpr), .qword) },
                               scale: scale, displacement: displacement), size)
        }
    }
}

extension LoweringSpec {
    /// `t0`, `t1`, ...: a temp's placeholder.
    static func isTemp(_ name: String) -> Bool {
        name.count > 1 && name.hasPrefix("t") && name.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }
}
