@testable import JIT

/// Helpers for the lexer and parser tests: tokens and syntax trees as short text, and errors
/// captured as values so a test can check kind, message and position together.
enum Frontend {
    static let file = "test.js"

    static func tokens(_ source: String) throws(JsError) -> [Token] {
        var lexer = Lexer(source: source, file: file)
        return try lexer.tokenize()
    }

    /// The token kinds, without the final `.end`.
    static func kinds(_ source: String) throws(JsError) -> [Token.Kind] {
        let all = try tokens(source)
        return all.dropLast().map(\.kind)
    }

    static func parse(_ source: String) throws(JsError) -> Program {
        try Parser.parse(source: source, file: file)
    }

    /// The error `body` throws, or nil when it throws nothing.
    static func error(_ body: () throws(JsError) -> Void) -> JsError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    static func lexError(_ source: String) -> JsError? { error { () throws(JsError) in _ = try tokens(source) } }
    static func parseError(_ source: String) -> JsError? { error { () throws(JsError) in _ = try parse(source) } }

    static func location(_ line: Int, _ column: Int) -> JIT.SourceLocation {
        JIT.SourceLocation(file: file, line: line, column: column)
    }

    /// The single expression of a one-statement program, as an S-expression.
    static func tree(_ source: String) throws(JsError) -> String {
        let program = try parse(source)
        guard program.body.count == 1, case .expression(let expr) = program.body[0].kind else {
            return program.body.map(sexpr).joined(separator: " ")
        }
        return sexpr(expr)
    }

    /// A whole program as S-expressions, one per statement, separated by spaces.
    static func statements(_ source: String) throws(JsError) -> String {
        try parse(source).body.map(sexpr).joined(separator: " ")
    }

    static func sexpr(_ expr: Expr) -> String {
        func list(_ items: [String]) -> String { "(" + items.joined(separator: " ") + ")" }
        switch expr.kind {
        case .number(let value): return JSNumber.toString(value)
        case .string(let units): return "\"" + String(decoding: units, as: UTF16.self) + "\""
        case .boolean(let value): return String(value)
        case .null: return "null"
        case .identifier(let name): return name
        case .array(let elements): return "[" + elements.map(sexpr).joined(separator: " ") + "]"
        case .object(let properties):
            return "{" + properties.map { String(decoding: $0.key, as: UTF16.self) + ": " + sexpr($0.value) }.joined(separator: ", ") + "}"
        case .function(let function): return sexpr(function)
        case .unary(let op, let operand): return list([op.rawValue, sexpr(operand)])
        case .update(let increment, let prefix, let target):
            let op = increment ? "++" : "--"
            return prefix ? list([op, sexpr(target)]) : list([sexpr(target), op])
        case .binary(let op, let lhs, let rhs): return list([op.rawValue, sexpr(lhs), sexpr(rhs)])
        case .logical(let op, let lhs, let rhs): return list([op.rawValue, sexpr(lhs), sexpr(rhs)])
        case .chain(let first, let links):
            return list(["chain", sexpr(first)] + links.flatMap { link -> [String] in
                switch link.op {
                case .binary(let op): return [op.rawValue, sexpr(link.operand)]
                case .logical(let op): return [op.rawValue, sexpr(link.operand)]
                }
            })
        case .conditional(let test, let then, let otherwise): return list(["?", sexpr(test), sexpr(then), sexpr(otherwise)])
        case .assign(let op, let target, let value): return list([(op?.rawValue ?? "") + "=", sexpr(target), sexpr(value)])
        case .call(let callee, let arguments): return list(["call", sexpr(callee)] + arguments.map(sexpr))
        case .new(let callee, let arguments): return list(["new", sexpr(callee)] + arguments.map(sexpr))
        case .member(let object, let name): return list([".", sexpr(object), name])
        case .index(let object, let key): return list(["[]", sexpr(object), sexpr(key)])
        }
    }

    /// `(function name (a b) body...)`, `(arrow (a) body...)`; an expression body prints as its `return`.
    static func sexpr(_ function: FunctionNode) -> String {
        let head = function.isArrow ? "arrow" : "function" + (function.name.map { " " + $0 } ?? "")
        let parameters = "(" + function.parameters.map(\.name).joined(separator: " ") + ")"
        return "(" + ([head, parameters] + function.body.map(sexpr)).joined(separator: " ") + ")"
    }

    static func sexpr(_ statement: Stmt) -> String {
        func list(_ items: [String]) -> String { "(" + items.joined(separator: " ") + ")" }
        switch statement.kind {
        case .declaration(let kind, let declarators):
            return list([kind.rawValue] + declarators.map { d in d.initializer.map { list([d.name, sexpr($0)]) } ?? d.name })
        case .function(let function): return sexpr(function)
        case .expression(let expr): return sexpr(expr)
        case .block(let body): return list(["block"] + body.map(sexpr))
        case .if(let test, let then, let otherwise): return list(["if", sexpr(test), sexpr(then)] + (otherwise.map { [sexpr($0)] } ?? []))
        case .while(let test, let body): return list(["while", sexpr(test), sexpr(body)])
        case .doWhile(let body, let test): return list(["do", sexpr(body), sexpr(test)])
        case .for(let initializer, let test, let update, let body):
            return list(["for", initializer.map(sexpr) ?? "-", test.map(sexpr) ?? "-", update.map(sexpr) ?? "-", sexpr(body)])
        case .break(let label): return list(["break"] + (label.map { [$0] } ?? []))
        case .continue(let label): return list(["continue"] + (label.map { [$0] } ?? []))
        case .return(let value): return list(["return"] + (value.map { [sexpr($0)] } ?? []))
        case .labeled(let name, let body): return list(["label", name, sexpr(body)])
        case .empty: return "(empty)"
        }
    }
}
