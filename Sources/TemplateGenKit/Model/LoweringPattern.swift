/// A problem in a one-line text of the spec (a pattern, a `when`), at a character offset in it.
struct TextProblem: Error {
    var offset: Int
    var message: String
}

/// Reads a rule's `match:` text, `OpName operand, operand, ...`, where each operand is a binder
/// name or a parenthesized nested pattern, and checks it against the IR: every operand of the op
/// in order, nested patterns only on value operands, and only for ops whose code the rule can
/// absorb (pure, not guards, not the backend's). Syntax errors stop it; other problems are
/// collected so one pattern reports all of them.
struct PatternParser {
    let text: [Character]
    let context: LoweringSpec.Context
    var position = 0
    private(set) var problems: [TextProblem] = []
    private(set) var binders: [LoweringSpec.Binder] = []
    /// The op of the whole pattern, once read.
    private(set) var rootOp: String?
    private var valueCount = 0
    private var attributeCount = 0

    init(text: String, context: LoweringSpec.Context) {
        self.text = Array(text)
        self.context = context
    }

    /// Names a pattern may not bind: they name the rule's own registers and labels in its code.
    static func isReserved(_ name: String) -> Bool {
        ["result", "deopt", "true", "false"].contains(name) || LoweringSpec.isTemp(name)
    }

    mutating func parse() -> LoweringSpec.Pattern? {
        do throws(TextProblem) {
            let pattern = try pattern(path: [], parent: nil, isRoot: true)
            skipSpaces()
            if position < text.count { throw TextProblem(offset: position, message: "unexpected '\(text[position])' after the pattern") }
            return pattern
        } catch {
            problems.append(error)
            return nil
        }
    }

    /// `parent` is the op and operand a nested pattern stands for, nil for the whole pattern and
    /// for one already reported as misplaced (on an attribute or a variadic operand).
    private mutating func pattern(path: [Int], parent: (op: IRSpec.Op, operand: IRSpec.Operand, open: Int)?, isRoot: Bool) throws(TextProblem) -> LoweringSpec.Pattern {
        skipSpaces()
        let start = position
        guard let name = word(), name.first?.isUppercase == true else {
            throw TextProblem(offset: start, message: "expected an op name, found '\(rest)'")
        }
        guard let op = context.ir.ops.first(where: { $0.name == name }) else {
            throw TextProblem(offset: start, message: "'\(name)' is not an op of \(context.irFileName)")
        }
        if let parent, let problem = nestingProblem(op, in: parent.op, operand: parent.operand) {
            problems.append(TextProblem(offset: parent.open, message: problem))
        }
        if isRoot {
            rootOp = name
            if context.backendOps.contains(name) {
                problems.append(TextProblem(offset: start, message: "\(name) is in backend_ops: the backend lowers it itself, so no rule may match it"))
            }
        }
        let all = op.operands + (op.variadic.map { [$0] } ?? [])
        let arity = "\(op.name) takes \(all.count) operand\(all.count == 1 ? "" : "s") (\(all.map(\.name).joined(separator: ", ")))"
        var operands: [LoweringSpec.PatternOperand] = []
        for (index, operand) in all.enumerated() {
            skipSpaces()
            if index > 0 {
                guard take(",") else {
                    if atOperandsEnd { throw TextProblem(offset: start, message: "\(arity); the pattern gives \(index)") }
                    throw TextProblem(offset: position, message: "expected ',' between operands")
                }
                skipSpaces()
            } else if atOperandsEnd {
                throw TextProblem(offset: start, message: "\(arity); the pattern gives 0")
            }
            let operandStart = position
            let isVariadic = operand.name == op.variadic?.name && index == all.count - 1
            if take("(") {
                let isValue = context.ir.type(named: operand.type)?.kind == .value
                if isVariadic {
                    problems.append(TextProblem(offset: operandStart, message: "'\(operand.name)' is the variadic operand of \(op.name): bind the whole list with a name"))
                } else if !isValue {
                    problems.append(TextProblem(offset: operandStart, message: "operand '\(operand.name)' of \(op.name) is an attribute (\(operand.type)); only a value operand can be matched by a nested pattern"))
                }
                let nested = try pattern(path: path + [index], parent: isValue && !isVariadic ? (op, operand, operandStart) : nil, isRoot: false)
                skipSpaces()
                guard take(")") else { throw TextProblem(offset: operandStart, message: "missing ')'") }
                operands.append(.nested(nested))
            } else {
                guard let binder = word() else {
                    throw TextProblem(offset: operandStart, message: "expected a binder name or a nested pattern '(Op ...)', found '\(rest)'")
                }
                bind(binder, at: operandStart, operand: operand, isVariadic: isVariadic, path: path + [index])
                operands.append(.binder(binder))
            }
        }
        skipSpaces()
        if take(",") {
            var given = all.count + 1
            var depth = 0
            while position < text.count {
                if text[position] == "(" { depth += 1 }
                if text[position] == ")" { if depth == 0 { break }; depth -= 1 }
                if text[position] == "," && depth == 0 { given += 1 }
                position += 1
            }
            throw TextProblem(offset: start, message: "\(arity); the pattern gives \(given)")
        }
        return LoweringSpec.Pattern(op: name, operands: operands)
    }

    /// Why `op` cannot stand for operand `operand` of `parent`, or nil when it can.
    private func nestingProblem(_ op: IRSpec.Op, in parent: IRSpec.Op, operand: IRSpec.Operand) -> String? {
        if context.backendOps.contains(op.name) { return "(\(op.name) ...) cannot be nested: \(op.name) is in backend_ops, lowered by the backend itself" }
        if !op.effects.isPure { return "(\(op.name) ...) cannot be nested: the rule absorbs its code, so it must be pure, but \(op.name) has effects" }
        if op.isGuard { return "(\(op.name) ...) cannot be nested: the rule absorbs its code, so it must not be a guard, but \(op.name) deoptimizes" }
        if op.variadic != nil { return "(\(op.name) ...) cannot be nested: the rule absorbs its code, and a variadic list needs custom code" }
        guard let result = op.result else { return "(\(op.name) ...) defines no value, but operand '\(operand.name)' of \(parent.name) is one" }
        if result != operand.type {
            return "(\(op.name) ...) defines \(article(result)) \(result), but operand '\(operand.name)' of \(parent.name) is \(article(operand.type)) \(operand.type)"
        }
        return nil
    }

    private mutating func bind(_ name: String, at offset: Int, operand: IRSpec.Operand, isVariadic: Bool, path: [Int]) {
        if Self.isReserved(name) {
            problems.append(TextProblem(offset: offset, message: "'\(name)' is reserved: result, deopt, true, false and t0, t1, ... name the rule's own registers and labels"))
            return
        }
        guard IdentifierStyle.camelCase.accepts(name) else {
            problems.append(TextProblem(offset: offset, message: "'\(name)' is not a valid binder name; expected \(IdentifierStyle.camelCase.description)"))
            return
        }
        if binders.contains(where: { $0.name == name }) {
            problems.append(TextProblem(offset: offset, message: "'\(name)' is bound twice"))
            return
        }
        guard let type = context.ir.type(named: operand.type) else { return }
        switch type.kind {
        case .value:
            binders.append(LoweringSpec.Binder(name: name, type: type.name, kind: .value(.of(valueType: type.name)), isVariadic: isVariadic, path: path, index: valueCount))
            valueCount += 1
        case .attribute:
            binders.append(LoweringSpec.Binder(name: name, type: type.name, kind: .attribute(type.format ?? .decimal), isVariadic: false, path: path, index: attributeCount))
            attributeCount += 1
        }
    }

    private var rest: String { String(text[min(position, text.count)...]) }

    private var atOperandsEnd: Bool { position >= text.count || text[position] == ")" }

    private mutating func skipSpaces() {
        while position < text.count, text[position] == " " || text[position] == "\t" { position += 1 }
    }

    private mutating func take(_ character: Character) -> Bool {
        guard position < text.count, text[position] == character else { return false }
        position += 1
        return true
    }

    private mutating func word() -> String? {
        let start = position
        while position < text.count, text[position].isASCII, text[position].isLetter || text[position].isNumber || text[position] == "_" { position += 1 }
        return position > start ? String(text[start..<position]) : nil
    }
}

/// "a" or "an", for messages that name a type: "an int32", "a double".
func article(_ word: String) -> String {
    guard let first = word.first else { return "a" }
    return "aeiou".contains(first.lowercased()) ? "an" : "a"
}

/// Reads a rule's `when:` text: comparisons `binder op value` joined by `&&`, each binder an
/// attribute binder of the rule, each value an integer constant expression over layout constant
/// names (or, for a condition, one of eq ne lt le gt ge).
enum WhenParser {
    static func parse(_ text: String, binders: [LoweringSpec.Binder], layout: LayoutSpec) -> ([LoweringSpec.Comparison], [TextProblem]) {
        var comparisons: [LoweringSpec.Comparison] = []
        var problems: [TextProblem] = []
        let characters = Array(text)
        var partStart = 0
        var parts: [(offset: Int, text: [Character])] = []
        var index = 0
        while index <= characters.count {
            if index == characters.count || (characters[index] == "&" && index + 1 < characters.count && characters[index + 1] == "&") {
                parts.append((partStart, Array(characters[partStart..<index])))
                index += 2
                partStart = index
            } else {
                index += 1
            }
        }
        for part in parts {
            var leading = 0
            while leading < part.text.count, part.text[leading] == " " { leading += 1 }
            let body = String(part.text[leading...]).trimmingTrailingSpaces
            let offset = part.offset + leading
            guard let comparison = Self.split(body) else {
                problems.append(TextProblem(offset: offset, message: "expected a comparison 'binder op value' with op one of == != < <= > >=, found '\(body)'"))
                continue
            }
            let attributes = binders.filter { !$0.isValue }
            guard let binder = attributes.first(where: { $0.name == comparison.binder }) else {
                let names = attributes.isEmpty ? "(none)" : attributes.map(\.name).joined(separator: ", ")
                problems.append(TextProblem(offset: offset, message: "'\(comparison.binder)' is not an attribute binder of this rule; its attribute binders are: \(names)"))
                continue
            }
            let valueOffset = offset + comparison.valueOffset
            if binder.isCondition {
                guard let raw = conditionNames.firstIndex(of: comparison.value) else {
                    problems.append(TextProblem(offset: valueOffset, message: "'\(comparison.value)' is not a condition; compare '\(binder.name)' with \(conditionNames.dropLast().joined(separator: ", ")) or \(conditionNames.last!)"))
                    continue
                }
                comparisons.append(LoweringSpec.Comparison(binder: binder.name, relation: comparison.relation, value: Int64(raw)))
                continue
            }
            if let unknown = Self.names(in: comparison.value).first(where: { layout.constant(named: $0.name) == nil }) {
                problems.append(TextProblem(offset: valueOffset + unknown.offset, message: "'\(unknown.name)' is not a constant of the layout"))
                continue
            }
            do {
                let value = try ConstantExpression.evaluate(comparison.value) { layout.constant(named: $0)?.value }
                comparisons.append(LoweringSpec.Comparison(binder: binder.name, relation: comparison.relation, value: Int64(bitPattern: value)))
            } catch {
                problems.append(TextProblem(offset: valueOffset + error.offset, message: error.message))
            }
        }
        if problems.isEmpty, Dictionary(grouping: comparisons, by: \.binder).values.contains(where: { ValueSet.satisfying($0).isEmpty }) {
            var leading = 0
            while leading < characters.count, characters[leading] == " " { leading += 1 }
            problems.append(TextProblem(offset: leading, message: "the comparisons can never all hold, so the rule would never be chosen"))
        }
        return (comparisons, problems)
    }

    /// The IR's condition names, in raw-value order (IRCondition in the JIT).
    static let conditionNames = ["eq", "ne", "lt", "le", "gt", "ge"]

    /// `binder op value`, or nil when the text is not of that form.
    private static func split(_ text: String) -> (binder: String, relation: LoweringSpec.Relation, value: String, valueOffset: Int)? {
        let characters = Array(text)
        var end = 0
        while end < characters.count, characters[end].isASCII, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
        guard end > 0 else { return nil }
        var position = end
        while position < characters.count, characters[position] == " " { position += 1 }
        let rest = String(characters[position...])
        guard let relation = LoweringSpec.Relation.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else { return nil }
        position += relation.rawValue.count
        while position < characters.count, characters[position] == " " { position += 1 }
        guard position < characters.count else { return nil }
        return (String(characters[..<end]), relation, String(characters[position...]), position)
    }

    /// The names in a constant expression, with their offsets.
    private static func names(in text: String) -> [(name: String, offset: Int)] {
        let characters = Array(text)
        var names: [(String, Int)] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" else { index += 1; continue }
            let start = index
            while index < characters.count, characters[index].isASCII, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" { index += 1 }
            if !characters[start].isNumber { names.append((String(characters[start..<index]), start)) }
        }
        return names
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// A set of 64-bit integers as sorted, disjoint closed ranges: what the comparisons of a `when`
/// allow one attribute to be. Exact for `== != < <= > >=` against constants, so two rules whose
/// conditions cannot both hold are told apart.
struct ValueSet: Equatable {
    var ranges: [ClosedRange<Int64>]

    static let all = ValueSet(ranges: [Int64.min...Int64.max])

    var isEmpty: Bool { ranges.isEmpty }

    func contains(_ value: Int64) -> Bool { ranges.contains { $0.contains(value) } }

    func intersection(_ other: ValueSet) -> ValueSet {
        var result: [ClosedRange<Int64>] = []
        for a in ranges {
            for b in other.ranges where a.overlaps(b) { result.append(max(a.lowerBound, b.lowerBound)...min(a.upperBound, b.upperBound)) }
        }
        return ValueSet(ranges: result.sorted { $0.lowerBound < $1.lowerBound })
    }

    static func satisfying(_ comparison: LoweringSpec.Comparison) -> ValueSet {
        let v = comparison.value
        switch comparison.relation {
        case .equal: return ValueSet(ranges: [v...v])
        case .notEqual:
            var ranges: [ClosedRange<Int64>] = []
            if v > .min { ranges.append(Int64.min...(v - 1)) }
            if v < .max { ranges.append((v + 1)...Int64.max) }
            return ValueSet(ranges: ranges)
        case .less: return v == .min ? ValueSet(ranges: []) : ValueSet(ranges: [Int64.min...(v - 1)])
        case .lessOrEqual: return ValueSet(ranges: [Int64.min...v])
        case .greater: return v == .max ? ValueSet(ranges: []) : ValueSet(ranges: [(v + 1)...Int64.max])
        case .greaterOrEqual: return ValueSet(ranges: [v...Int64.max])
        }
    }

    /// What all the comparisons allow together.
    static func satisfying(_ comparisons: [LoweringSpec.Comparison]) -> ValueSet {
        comparisons.reduce(.all) { $0.intersection(satisfying($1)) }
    }
}

extension LoweringSpec {
    /// The most specific pattern both match (binders printed `_`), or nil when no IR matches
    /// both: at some position both nest patterns of different ops.
    static func unify(_ a: Pattern, _ b: Pattern) -> Pattern? {
        guard a.op == b.op, a.operands.count == b.operands.count else { return nil }
        var operands: [PatternOperand] = []
        for (x, y) in zip(a.operands, b.operands) {
            switch (x, y) {
            case (.binder, .binder): operands.append(.binder("_"))
            case (.nested(let nested), .binder), (.binder, .nested(let nested)): operands.append(.nested(anonymous(nested)))
            case (.nested(let left), .nested(let right)):
                guard let common = unify(left, right) else { return nil }
                operands.append(.nested(common))
            }
        }
        return Pattern(op: a.op, operands: operands)
    }

    private static func anonymous(_ pattern: Pattern) -> Pattern {
        Pattern(op: pattern.op, operands: pattern.operands.map {
            if case .nested(let nested) = $0 { return .nested(anonymous(nested)) }
            return .binder("_")
        })
    }

    /// `Int32Add _, (Int32Constant _)`.
    static func text(_ pattern: Pattern) -> String {
        let operands = pattern.operands.map { operand -> String in
            switch operand {
            case .binder(let name): return name
            case .nested(let nested): return "(\(text(nested)))"
            }
        }
        return operands.isEmpty ? pattern.op : "\(pattern.op) \(operands.joined(separator: ", "))"
    }

    /// Whether the `when`s of two rules whose patterns unify can hold for one IR: they cannot
    /// when, at some attribute both patterns reach, the values each allows do not meet.
    static func canHoldTogether(_ a: Rule, _ b: Rule) -> Bool {
        func sets(_ rule: Rule) -> [[Int]: ValueSet] {
            var sets: [[Int]: ValueSet] = [:]
            for comparison in rule.when {
                guard let binder = rule.binders.first(where: { $0.name == comparison.binder }) else { continue }
                sets[binder.path, default: .all] = sets[binder.path, default: .all].intersection(ValueSet.satisfying(comparison))
            }
            return sets
        }
        let left = sets(a), right = sets(b)
        for (path, set) in left {
            if let other = right[path], set.intersection(other).isEmpty { return false }
        }
        return true
    }
}
