/// One way to write an expression of some kind. `make` gets the generation and the depth left
/// (0: only leaves) and returns nil when it does not apply here (say, no variable of the kind is
/// in scope). A new operator or builtin of the engine is a new row in `expressionTable`.
struct ExpressionProduction: Sendable {
    let name: String
    let weight: Int
    /// Usable at depth 0: it makes no subexpression.
    var leaf = false
    let make: @Sendable (Generation, Int) -> String?
}

enum Literals {
    static let numbers = [
        "0", "1", "2", "3", "5", "7", "10", "16", "31", "100", "255", "1000", "(-1)", "(-7)", "(-0)", "0.5", "1.5",
        "(-2.25)", "0.1", "3.75", "1e21", "2147483647", "(-2147483648)", "2147483648", "4294967295", "1073741824",
        "65535", "NaN", "Infinity", "(-Infinity)", "1e-7", "123456789", "0.30000000000000004",
    ]
    static let smallIntegers = ["0", "1", "2", "3", "4", "5", "(-1)"]
    static let strings = [
        "''", "'a'", "'b'", "'abc'", "'hello'", "'x1'", "'10'", "'-0'", "'3.5'", "' '", "'NaN'", "'\\u00e9t\\u00e9'",
        "'\\ud83d\\ude00'", "'true'", "'A-Z'", "'0x1f'", "'12abc'", "'a,b'",
    ]
    static let properties = ["x", "y", "z", "w", "len", "k0"]
    /// `x ** y` for these y is the same in node and in the engine for every x. For others it is
    /// not yet: the engine's pow is the C library's, node's is V8's own (`(-5) ** -5` is
    /// -0.00032 here, -0.00031999999999999997 in node); Tests/IntegrationTests/Corpus/
    /// numbers_power_like_v8.js holds the cases. Add exponents when that is fixed.
    static let exactExponents = ["0", "1", "0.5"]
}

extension Generation {
    /// The productions of each concrete kind. `value` and `any` draw from all of them too.
    static let expressionTable: [Kind: [ExpressionProduction]] = [
        .number: NumberProductions.all,
        .string: StringProductions.all,
        .boolean: BooleanProductions.all,
        .array: ContainerProductions.arrays,
        .object: ContainerProductions.objects,
        .function: FunctionProductions.all,
        .value: MixedProductions.values,
        .any: MixedProductions.anything,
    ]

    /// How often `value` and `any` turn into each concrete kind (the rest: their own rows).
    /// Functions stay out: their source text (what `'' + f` makes) is not kept by the engine.
    static let valueKinds: [(Kind, Int)] = [(.number, 40), (.string, 20), (.boolean, 8), (.array, 10), (.object, 10), (.value, 10)]

    /// An expression of `kind`, at most `depth` operators deep (the options' depth by default).
    func expression(_ kind: Kind, depth: Int? = nil) -> String {
        let depth = depth ?? options.expressionDepth
        var kind = kind
        if kind == .any && random.chance(0.75) { kind = .value }
        if kind == .value && random.chance(0.85) {
            kind = Self.valueKinds[random.weightedIndex(Self.valueKinds.map(\.1))].0
            // Where no allocation fits, a fresh array or object would still be one.
            if (kind == .array || kind == .object) && !canAllocate && pickVariable(of: kind) == nil { kind = .number }
        }
        var candidates = Self.expressionTable[kind]!.filter { depth > 0 || $0.leaf }
        while !candidates.isEmpty {
            let index = random.weightedIndex(candidates.map(\.weight))
            if let text = candidates[index].make(self, depth - 1) { return text }
            candidates.remove(at: index)
        }
        return literal(kind)
    }

    /// A literal of `kind`: what every kind falls back on.
    func literal(_ kind: Kind) -> String {
        switch kind {
        case .number: return random.pick(Literals.numbers)
        case .string: return random.pick(Literals.strings)
        case .boolean: return random.pick(["true", "false"])
        case .array, .object:
            if !allocates(), let variable = pickVariable(of: kind) { return variable.name }
            return kind == .array ? smallArray() : "{ \(random.pick(Literals.properties)): \(random.pick(Literals.numbers)) }"
        case .function: return "((p) => (p))"
        case .value: return literal(random.pick([.number, .string, .array]))
        case .any: return random.pick(["null", "undefined", random.pick(Literals.numbers)])
        }
    }

    private func smallArray() -> String {
        "[" + (0..<random.int(in: 0...3)).map { _ in random.pick(Literals.smallIntegers) }.joined(separator: ", ") + "]"
    }

    /// An operand an operator converts to a primitive: an array or object there is joined or
    /// stringified, which allocates, so where no allocation fits it is a number instead.
    func operand(_ kind: Kind, depth: Int) -> String {
        guard kind == .any || kind == .value, !allocates() else { return expression(kind, depth: depth) }
        return expression(.number, depth: depth)
    }

    /// Whether an expression of `kind` can be had here without allocating more than fits: a
    /// variable, or a fresh array or object where one fits.
    func canProvide(_ kind: Kind) -> Bool {
        (kind != .array && kind != .object) || canAllocate || pickVariable(of: kind) != nil
    }

    /// An expression a member can be read from: a variable's name or a parenthesized one.
    func receiver(_ kind: Kind, depth: Int) -> String {
        if random.chance(0.7), let variable = pickVariable(of: kind) { return variable.name }
        return "(" + expression(kind, depth: depth) + ")"
    }

    /// A small integer expression, mostly a literal: positions and counts.
    func position(depth: Int) -> String {
        random.chance(0.7) ? random.pick(Literals.smallIntegers) : expression(.number, depth: Swift.min(depth, 1))
    }

    /// A call of a function in scope that returns `kind`, if one fits the budget.
    func call(returning kind: Kind, depth: Int) -> String? {
        let functions = visible.filter { $0.signature?.returns == kind }
        guard !functions.isEmpty else { return nil }
        let function = random.pick(functions)
        return call(function, depth: depth)
    }

    /// `f(arguments)` for a function variable, or nil when its cost does not fit here. A
    /// variable that may be rebound is called only from the top level: a function that called
    /// it could be called by the function it is rebound to, without end.
    func call(_ function: Variable, depth: Int, arguments: [String]? = nil) -> String? {
        guard atTopLevel || !function.mutable, let signature = function.signature, !signature.prints || mayPrint, afford(signature) else { return nil }
        if signature.prints { notePrinting() }
        let values = arguments ?? signature.parameters.enumerated().map { index, kind in
            index == 0 && signature.recursive ? String(random.int(in: 0...5)) : expression(kind, depth: depth)
        }
        return "\(function.name)(\(values.joined(separator: ", ")))"
    }
}

enum NumberProductions {
    static let all: [ExpressionProduction] = [
        ExpressionProduction(name: "literal", weight: 6, leaf: true) { g, _ in g.random.pick(Literals.numbers) },
        ExpressionProduction(name: "small integer", weight: 3, leaf: true) { g, _ in String(g.random.int(in: 0...40)) },
        ExpressionProduction(name: "variable", weight: 12, leaf: true) { g, _ in g.pickVariable(of: .number)?.name },
        ExpressionProduction(name: "arithmetic", weight: 10) { g, d in
            "(\(g.expression(.number, depth: d)) \(g.random.pick(["+", "-", "*", "/", "%", "+", "-", "*"])) \(g.expression(.number, depth: d)))"
        },
        ExpressionProduction(name: "arithmetic of anything", weight: 2) { g, d in
            "(\(g.operand(.any, depth: d)) \(g.random.pick(["-", "*", "/", "%"])) \(g.operand(.any, depth: d)))"
        },
        // Exponents whose results V8's pow and the C library's agree on; other powers are
        // correctly rounded by neither and differ in the last bit (see Literals.powerNote).
        ExpressionProduction(name: "power", weight: 1) { g, d in
            g.random.chance(0.5)
                ? "(\(g.expression(.number, depth: d)) ** \(g.random.pick(Literals.exactExponents)))"
                : "(\(g.random.int(in: 0...300)) ** \(g.random.pick(["2", "3"])))"
        },
        ExpressionProduction(name: "bitwise", weight: 6) { g, d in
            "(\(g.operand(g.random.chance(0.85) ? .number : .any, depth: d)) \(g.random.pick(["&", "|", "^", "<<", ">>", ">>>"])) \(g.expression(.number, depth: d)))"
        },
        ExpressionProduction(name: "int32 wrap", weight: 2) { g, d in "(\(g.expression(.number, depth: d)) | 0)" },
        ExpressionProduction(name: "unary", weight: 3) { g, d in
            let (op, kind) = g.random.pick([("-", Kind.number), ("+", Kind.any), ("~", Kind.number), ("-", Kind.value)])
            return "(\(op)(\(g.operand(kind, depth: d))))"
        },
        ExpressionProduction(name: "length", weight: 4) { g, d in
            let kind: Kind = g.random.chance(0.5) || !g.canProvide(.array) ? .string : .array
            return "\(g.receiver(kind, depth: d)).length"
        },
        ExpressionProduction(name: "charCodeAt", weight: 2) { g, d in
            "\(g.receiver(.string, depth: d)).charCodeAt(\(g.position(depth: d)))"
        },
        ExpressionProduction(name: "indexOf", weight: 2) { g, d in
            g.random.chance(0.5) || !g.canProvide(.array)
                ? "\(g.receiver(.string, depth: d)).indexOf(\(g.expression(.string, depth: d)))"
                : "\(g.receiver(.array, depth: d)).indexOf(\(g.expression(.any, depth: d)))"
        },
        ExpressionProduction(name: "Math", weight: 4) { g, d in
            let n = g.expression(.number, depth: d)
            switch g.random.int(in: 0...5) {
            case 0: return "Math.\(g.random.pick(["abs", "floor", "ceil", "round", "trunc", "sign", "sqrt"]))(\(n))"
            case 1: return "Math.\(g.random.pick(["min", "max"]))(\(n), \(g.expression(.number, depth: d)))"
            case 2: return "Math.\(g.random.pick(["min", "max"]))(\(n), \(g.operand(.any, depth: d)), \(g.random.pick(Literals.numbers)))"
            // Transcendental functions of small arguments, rounded, so the last bit of a libm
            // never shows (it does today: Corpus/math_cbrt_like_v8.js, math_exp_like_v8.js).
            case 3: return "Math.round(Math.\(g.random.pick(["sin", "cos", "atan", "exp", "log", "cbrt"]))(\(n) % 8) * 1000)"
            case 4: return "Math.hypot(\(n), \(g.expression(.number, depth: d)))"
            default: return "Math.pow(\(n), \(g.random.pick(Literals.exactExponents)))"
            }
        },
        ExpressionProduction(name: "call", weight: 4) { g, d in g.call(returning: .number, depth: d) },
        ExpressionProduction(name: "conditional", weight: 2) { g, d in
            "(\(g.expression(.any, depth: d)) ? \(g.expression(.number, depth: d)) : \(g.expression(.number, depth: d)))"
        },
        ExpressionProduction(name: "update", weight: 2) { g, _ in
            guard let variable = g.pickVariable(of: .number, mutable: true) else { return nil }
            return g.random.pick(["(\(variable.name)++)", "(++\(variable.name))", "(\(variable.name)--)", "(--\(variable.name))"])
        },
        ExpressionProduction(name: "Math constant", weight: 1, leaf: true) { g, _ in g.random.pick(["Math.PI", "Math.E"]) },
    ]
}

enum StringProductions {
    static let all: [ExpressionProduction] = [
        ExpressionProduction(name: "literal", weight: 5, leaf: true) { g, _ in g.random.pick(Literals.strings) },
        ExpressionProduction(name: "variable", weight: 8, leaf: true) { g, _ in g.pickVariable(of: .string)?.name },
        ExpressionProduction(name: "concatenation", weight: 8) { g, d in
            guard g.allocates() else { return nil }
            return g.random.chance(0.5)
                ? "(\(g.expression(.string, depth: d)) + \(g.expression(.any, depth: d)))"
                : "(\(g.expression(.any, depth: d)) + \(g.expression(.string, depth: d)))"
        },
        ExpressionProduction(name: "String()", weight: 2) { g, d in !g.allocates() ? nil : "String(\(g.expression(.any, depth: d)))" },
        ExpressionProduction(name: "charAt", weight: 2) { g, d in "\(g.receiver(.string, depth: d)).charAt(\(g.position(depth: d)))" },
        ExpressionProduction(name: "substring", weight: 3) { g, d in
            guard g.allocates() else { return nil }
            let method = g.random.pick(["substring", "slice"])
            let arguments = g.random.chance(0.3) ? g.position(depth: d) : "\(g.position(depth: d)), \(g.position(depth: d))"
            return "\(g.receiver(.string, depth: d)).\(method)(\(arguments))"
        },
        ExpressionProduction(name: "fromCharCode", weight: 2) { g, d in
            g.random.chance(0.6) || !g.allocates()
                ? "String.fromCharCode(\(65 + g.random.int(in: 0...57)))"
                : "String.fromCharCode(\(g.expression(.number, depth: d)), \(String(48 + g.random.int(in: 0...40))))"
        },
        ExpressionProduction(name: "join", weight: 2) { g, d in
            !g.canProvide(.array) || !g.allocates() ? nil : "\(g.receiver(.array, depth: d)).join(\(g.random.chance(0.3) ? "" : g.random.pick(["'-'", "''", "', '", "'|'"])))"
        },
        ExpressionProduction(name: "typeof", weight: 2) { g, d in "(typeof \(g.expression(.any, depth: d)))" },
        ExpressionProduction(name: "call", weight: 2) { g, d in g.call(returning: .string, depth: d) },
        ExpressionProduction(name: "conditional", weight: 1) { g, d in
            "(\(g.expression(.any, depth: d)) ? \(g.expression(.string, depth: d)) : \(g.expression(.string, depth: d)))"
        },
    ]
}

enum BooleanProductions {
    static let all: [ExpressionProduction] = [
        ExpressionProduction(name: "literal", weight: 2, leaf: true) { g, _ in g.random.pick(["true", "false"]) },
        ExpressionProduction(name: "variable", weight: 2, leaf: true) { g, _ in g.pickVariable(of: .boolean)?.name },
        ExpressionProduction(name: "comparison", weight: 10) { g, d in
            let kind: Kind = g.random.chance(0.6) ? .number : .any
            return "(\(g.operand(kind, depth: d)) \(g.random.pick(["<", "<=", ">", ">=", "==", "!=", "===", "!=="])) \(g.operand(kind, depth: d)))"
        },
        ExpressionProduction(name: "not", weight: 2) { g, d in "(!\(g.expression(.any, depth: d)))" },
        ExpressionProduction(name: "logical", weight: 2) { g, d in
            "(\(g.expression(.boolean, depth: d)) \(g.random.pick(["&&", "||"])) \(g.expression(.boolean, depth: d)))"
        },
        ExpressionProduction(name: "call", weight: 1) { g, d in g.call(returning: .boolean, depth: d) },
    ]
}

enum ContainerProductions {
    static let arrays: [ExpressionProduction] = [
        ExpressionProduction(name: "literal", weight: 4) { g, d in
            guard g.allocates() else { return nil }
            return "[" + (0..<g.random.int(in: 0...4)).map { _ in g.expression(g.random.chance(0.6) ? .number : .any, depth: d) }.joined(separator: ", ") + "]"
        },
        ExpressionProduction(name: "small literal", weight: 2, leaf: true) { g, _ in g.allocates() ? g.literal(.array) : nil },
        ExpressionProduction(name: "with holes", weight: 1, leaf: true) { g, _ in !g.allocates() ? nil : "new Array(\(g.random.int(in: 0...4)))" },
        ExpressionProduction(name: "variable", weight: 8, leaf: true) { g, _ in g.pickVariable(of: .array)?.name },
        ExpressionProduction(name: "slice", weight: 2) { g, d in
            !g.canProvide(.array) || !g.allocates() ? nil : "\(g.receiver(.array, depth: d)).slice(\(g.random.chance(0.4) ? "" : g.position(depth: d)))"
        },
        ExpressionProduction(name: "call", weight: 1) { g, d in g.call(returning: .array, depth: d) },
    ]

    static let objects: [ExpressionProduction] = [
        ExpressionProduction(name: "literal", weight: 4) { g, d in
            guard g.allocates() else { return nil }
            var names = Literals.properties
            let count = g.random.int(in: 0...3)
            var fields: [String] = []
            for _ in 0..<count {
                let name = names.remove(at: g.random.int(in: 0...(names.count - 1)))
                fields.append("\(name): \(g.expression(g.random.chance(0.6) ? .number : .any, depth: d))")
            }
            return fields.isEmpty ? "{}" : "{ " + fields.joined(separator: ", ") + " }"
        },
        ExpressionProduction(name: "small literal", weight: 1, leaf: true) { g, _ in g.allocates() ? g.literal(.object) : nil },
        ExpressionProduction(name: "variable", weight: 8, leaf: true) { g, _ in g.pickVariable(of: .object)?.name },
        ExpressionProduction(name: "call", weight: 1) { g, d in g.call(returning: .object, depth: d) },
    ]
}

enum FunctionProductions {
    static let all: [ExpressionProduction] = [
        ExpressionProduction(name: "variable", weight: 4, leaf: true) { g, _ in
            let functions = g.visible.filter { $0.signature.map { !$0.recursive } ?? false }
            return functions.isEmpty ? nil : g.random.pick(functions).name
        },
        ExpressionProduction(name: "builtin", weight: 1, leaf: true) { g, _ in g.random.pick(["Math.abs", "Math.max", "String"]) },
    ]
}

enum MixedProductions {
    static let values: [ExpressionProduction] = [
        ExpressionProduction(name: "variable", weight: 6, leaf: true) { g, _ in g.pickVariable(of: .value)?.name },
        ExpressionProduction(name: "plus", weight: 4) { g, d in !g.allocates() ? nil : "(\(g.expression(.value, depth: d)) + \(g.expression(.value, depth: d)))" },
        ExpressionProduction(name: "conditional", weight: 2) { g, d in
            "(\(g.expression(.any, depth: d)) ? \(g.expression(.value, depth: d)) : \(g.expression(.value, depth: d)))"
        },
        ExpressionProduction(name: "call", weight: 2) { g, d in g.call(returning: .value, depth: d) },
    ]

    static let anything: [ExpressionProduction] = [
        ExpressionProduction(name: "null or undefined", weight: 2, leaf: true) { g, _ in g.random.pick(["null", "undefined"]) },
        ExpressionProduction(name: "variable", weight: 6, leaf: true) { g, _ in g.pickVariable(of: .any)?.name },
        ExpressionProduction(name: "element", weight: 6) { g, d in
            "\(g.receiver(g.random.chance(0.7) && g.canProvide(.array) ? .array : .value, depth: d))[\(g.position(depth: d))]"
        },
        ExpressionProduction(name: "member", weight: 5) { g, d in
            guard g.canProvide(.object) else { return "\(g.receiver(.value, depth: d)).\(g.random.pick(Literals.properties))" }
            return g.random.chance(0.8)
                ? "\(g.receiver(g.random.chance(0.7) ? .object : .value, depth: d)).\(g.random.pick(Literals.properties))"
                : "\(g.receiver(.object, depth: d))[\(g.random.pick(["'x'", "'y'", "'len'", "0", "'length'"]))]"
        },
        ExpressionProduction(name: "logical", weight: 3) { g, d in
            "(\(g.expression(.any, depth: d)) \(g.random.pick(["&&", "||"])) \(g.expression(.any, depth: d)))"
        },
        ExpressionProduction(name: "pop", weight: 1) { g, _ in g.pickVariable(of: .array).map { "\($0.name).pop()" } },
        ExpressionProduction(name: "call", weight: 2) { g, d in g.call(returning: .any, depth: d) },
    ]
}
