/// A recursive-descent parser for the engine's JavaScript subset. Anything outside it is a
/// SyntaxError naming `file:line:column`, never a wrong parse. Messages follow V8's where V8 has
/// one (`Unexpected token '}'`, `Invalid left-hand side in assignment`).
struct Parser {
    let file: String
    private var tokens: [Token]
    private let closingParenthesis: [Int: Int]
    private var index = 0
    /// Statement context: what `break`, `continue` and `return` may refer to here.
    private var labels: [(name: String, isLoop: Bool)] = []
    private var loopDepth = 0
    private var breakableDepth = 0
    private var inFunction = false
    /// Current recursion depth of the descent. Source nested deeper than `maxNesting` is a
    /// RangeError (as in V8) instead of exhausting the native stack.
    private var nesting = 0
    static let maxNesting = 3000

    private mutating func enter() throws(JsError) {
        nesting += 1
        if nesting > Self.maxNesting {
            throw JsError(.rangeError, "Maximum call stack size exceeded", at: SourceLocation(file: file, line: current.line, column: current.column))
        }
    }

    init(source: String, file: String) throws(JsError) {
        self.file = file
        var lexer = Lexer(source: source, file: file)
        tokens = try lexer.tokenize()
        closingParenthesis = Self.matchingParentheses(tokens)
    }

    static func parse(source: String, file: String) throws(JsError) -> Program {
        var parser = try Parser(source: source, file: file)
        return try parser.parseProgram()
    }

    mutating func parseProgram() throws(JsError) -> Program {
        var body: [Stmt] = []
        while current.kind != .end { body.append(try statement()) }
        return Program(body: body, file: file)
    }

    // MARK: - Tokens

    private var current: Token { tokens[index] }
    private func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }
    private var position: Position { Position(line: current.line, column: current.column) }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func error(_ message: String, at token: Token? = nil) -> JsError {
        let token = token ?? current
        return JsError(.syntaxError, message, at: SourceLocation(file: file, line: token.line, column: token.column))
    }

    private func error(_ message: String, at position: Position) -> JsError {
        JsError(.syntaxError, message, at: SourceLocation(file: file, line: position.line, column: position.column))
    }

    /// Where an expression's text starts, for errors about the whole of it: a call's or a
    /// member access's own position is its callee, `(`, name or `[` (what runtime errors point
    /// at), and a parenthesized expression's is its `(`.
    static func start(of expr: Expr) -> Position {
        switch expr.kind {
        case .call(let inner, _), .member(let inner, _), .index(let inner, _), .binary(_, let inner, _),
             .logical(_, let inner, _), .conditional(let inner, _, _), .chain(let inner, _):
            let innerStart = start(of: inner)
            return (innerStart.line, innerStart.column) < (expr.position.line, expr.position.column) ? innerStart : expr.position
        default:
            return expr.position
        }
    }

    private func unexpected(_ token: Token? = nil) -> JsError {
        let token = token ?? current
        switch token.kind {
        case .end: return error("Unexpected end of input", at: token)
        case .identifier(let name): return error("Unexpected identifier '\(name)'", at: token)
        case .number: return error("Unexpected number", at: token)
        case .string: return error("Unexpected string", at: token)
        case .keyword(let word), .punctuator(let word): return error("Unexpected token '\(word)'", at: token)
        case .escapedKeyword: return error("Keyword must not contain escaped characters", at: token)
        }
    }

    private mutating func expect(_ punctuator: String) throws(JsError) {
        guard current.isPunctuator(punctuator) else { throw unexpected() }
        _ = advance()
    }

    private mutating func take(_ punctuator: String) -> Bool {
        guard current.isPunctuator(punctuator) else { return false }
        _ = advance()
        return true
    }

    /// Automatic semicolon insertion: a `;`, or a `}`, the end, or a line break before the next token.
    private mutating func consumeSemicolon() throws(JsError) {
        if take(";") { return }
        if current.isPunctuator("}") || current.kind == .end || current.newlineBefore { return }
        throw unexpected()
    }

    private mutating func identifier() throws(JsError) -> String {
        guard case .identifier(let name) = current.kind else { throw unexpected() }
        _ = advance()
        return name
    }

    // MARK: - Statements

    private mutating func statement() throws(JsError) -> Stmt {
        try enter()
        defer { nesting -= 1 }
        let start = position
        let token = current
        switch token.kind {
        case .punctuator("{"):
            return Stmt(kind: .block(try block()), position: start)
        case .punctuator(";"):
            _ = advance()
            return Stmt(kind: .empty, position: start)
        case .keyword("var"), .keyword("let"), .keyword("const"):
            let declaration = try declaration()
            try consumeSemicolon()
            return declaration
        case .keyword("function"):
            _ = advance()
            let function = try functionRest(requireName: true, position: start)
            return Stmt(kind: .function(function), position: start)
        case .keyword("if"):
            _ = advance()
            try expect("(")
            let test = try expression()
            try expect(")")
            let consequent = try substatement()
            var alternate: Stmt?
            if current.isKeyword("else") {
                _ = advance()
                alternate = try substatement()
            }
            return Stmt(kind: .if(test, consequent, alternate), position: start)
        case .keyword("while"):
            _ = advance()
            try expect("(")
            let test = try expression()
            try expect(")")
            let body = try loopBody()
            return Stmt(kind: .while(test, body), position: start)
        case .keyword("do"):
            _ = advance()
            let body = try loopBody()
            guard current.isKeyword("while") else { throw unexpected() }
            _ = advance()
            try expect("(")
            let test = try expression()
            try expect(")")
            _ = take(";")  // ASI always applies after do-while
            return Stmt(kind: .doWhile(body, test), position: start)
        case .keyword("for"):
            return try forStatement()
        case .keyword("break"), .keyword("continue"):
            let isBreak = token.isKeyword("break")
            _ = advance()
            var label: String?
            if case .identifier(let name) = current.kind, !current.newlineBefore {
                let labelToken = advance()
                guard let target = labels.last(where: { $0.name == name }) else { throw error("Undefined label '\(name)'", at: labelToken) }
                if !isBreak && !target.isLoop { throw error("Illegal continue statement: '\(name)' does not denote an iteration statement", at: labelToken) }
                label = name
            } else if isBreak && breakableDepth == 0 {
                throw error("Illegal break statement", at: token)
            } else if !isBreak && loopDepth == 0 {
                throw error("Illegal continue statement: no surrounding iteration statement", at: token)
            }
            try consumeSemicolon()
            return Stmt(kind: isBreak ? .break(label: label) : .continue(label: label), position: start)
        case .keyword("return"):
            guard inFunction else { throw error("Illegal return statement") }
            _ = advance()
            var value: Expr?
            if !current.isPunctuator(";") && !current.isPunctuator("}") && current.kind != .end && !current.newlineBefore {
                value = try expression()
            }
            try consumeSemicolon()
            return Stmt(kind: .return(value), position: start)
        case .identifier(let name) where peek(1).isPunctuator(":"):
            _ = advance()
            _ = advance()
            if labels.contains(where: { $0.name == name }) { throw error("Label '\(name)' has already been declared", at: token) }
            // `a: b: while (...)`: both labels name the loop, so `continue a` is fine.
            var next = 0
            while case .identifier = peek(next).kind, peek(next + 1).isPunctuator(":") { next += 2 }
            let isLoop = peek(next).isKeyword("for") || peek(next).isKeyword("while") || peek(next).isKeyword("do")
            labels.append((name, isLoop))
            defer { labels.removeLast() }
            // Only `break name` leaves a labeled statement: a plain `break` still needs a loop.
            if current.isKeyword("function") { throw error("labeled function declarations are not supported by this engine yet") }
            // A label's statement is a single-statement context, as an if's or a loop's body is:
            // V8 reads `const` there as an unexpected token, `let` as a misplaced declaration.
            if current.isKeyword("const") { throw unexpected() }
            if current.isKeyword("let") { throw error("Lexical declaration cannot appear in a single-statement context") }
            let body = try statement()
            return Stmt(kind: .labeled(name, body), position: start)
        case .keyword(let word) where ["class", "switch", "try", "throw", "this", "delete", "void", "with", "async", "import", "export", "debugger", "yield", "await"].contains(word):
            throw error("'\(word)' is not supported by this engine yet")
        default:
            let expression = try expression()
            try consumeSemicolon()
            return Stmt(kind: .expression(expression), position: start)
        }
    }

    /// The body of `if`/`else`/a loop: a statement, but not a declaration.
    private mutating func substatement() throws(JsError) -> Stmt {
        if current.isKeyword("const") { throw unexpected() }   // as V8 reads it there
        if current.isKeyword("let") || current.isKeyword("function") {
            throw error("Lexical declaration cannot appear in a single-statement context")
        }
        return try statement()
    }

    private mutating func loopBody() throws(JsError) -> Stmt {
        loopDepth += 1
        breakableDepth += 1
        defer {
            loopDepth -= 1
            breakableDepth -= 1
        }
        return try substatement()
    }

    private mutating func block() throws(JsError) -> [Stmt] {
        try expect("{")
        var body: [Stmt] = []
        while !current.isPunctuator("}") {
            if current.kind == .end { throw unexpected() }
            body.append(try statement())
        }
        _ = advance()
        return body
    }

    private mutating func declaration() throws(JsError) -> Stmt {
        let start = position
        let kind: DeclarationKind
        switch advance().kind {
        case .keyword("let"): kind = .let
        case .keyword("const"): kind = .const
        default: kind = .var
        }
        var declarators: [Declarator] = []
        repeat {
            let at = position
            let name = try identifier()
            var initializer: Expr?
            if take("=") {
                initializer = try assignment()
            } else if kind == .const && !current.isKeyword("in") && !isOf(current) {
                throw error("Missing initializer in const declaration", at: at)
            }
            declarators.append(Declarator(name: name, initializer: initializer, position: at))
        } while take(",")
        return Stmt(kind: .declaration(kind, declarators), position: start)
    }

    private func isOf(_ token: Token) -> Bool { token.kind == .identifier("of") }

    private mutating func forStatement() throws(JsError) -> Stmt {
        let start = position
        _ = advance()
        try expect("(")
        var initializer: Stmt?
        if current.isKeyword("var") || current.isKeyword("let") || current.isKeyword("const") {
            initializer = try declaration()
        } else if !current.isPunctuator(";") {
            let at = position
            initializer = Stmt(kind: .expression(try expression()), position: at)
        }
        if current.isKeyword("in") || isOf(current) { throw error("for-in and for-of loops are not supported by this engine yet") }
        try expect(";")
        let test = current.isPunctuator(";") ? nil : try expression()
        try expect(";")
        let update = current.isPunctuator(")") ? nil : try expression()
        try expect(")")
        let body = try loopBody()
        return Stmt(kind: .for(initializer: initializer, test: test, update: update, body: body), position: start)
    }

    // MARK: - Functions

    /// After `function`: an optional name, parameters and body.
    private mutating func functionRest(requireName: Bool, position start: Position) throws(JsError) -> FunctionNode {
        var name: String?
        if case .identifier(let n) = current.kind {
            name = n
            _ = advance()
        } else if requireName {
            throw current.isPunctuator("(") ? error("Function statements require a function name", at: start) : unexpected()
        }
        let parameters = try parameterList()
        let body = try functionBody()
        return FunctionNode(name: name, parameters: parameters, body: body, isArrow: false, isExpressionBody: false, position: start)
    }

    private mutating func parameterList() throws(JsError) -> [(name: String, position: Position)] {
        try expect("(")
        var parameters: [(name: String, position: Position)] = []
        var names: Set<String> = []
        while !current.isPunctuator(")") {
            let at = position
            if current.isPunctuator("...") || current.isPunctuator("{") || current.isPunctuator("[") {
                throw error("rest, destructuring and default parameters are not supported by this engine yet")
            }
            guard parameters.count < Self.maxParameters else { throw error("Too many parameters in function definition (only \(Self.maxParameters) allowed)") }
            let name = try identifier()
            if !names.insert(name).inserted { throw error("Duplicate parameter name not allowed in this context", at: tokens[index - 1]) }
            if current.isPunctuator("=") { throw error("rest, destructuring and default parameters are not supported by this engine yet") }
            parameters.append((name, at))
            if !take(",") { break }
        }
        try expect(")")
        return parameters
    }

    /// A function body starts a fresh statement context: no enclosing loops or labels.
    private mutating func functionBody() throws(JsError) -> [Stmt] {
        let saved = (labels, loopDepth, breakableDepth, inFunction)
        labels = []
        loopDepth = 0
        breakableDepth = 0
        inFunction = true
        defer { (labels, loopDepth, breakableDepth, inFunction) = saved }
        return try block()
    }

    /// At `(` or an identifier: is this the parameter list of an arrow function?
    private func startsArrow() -> Bool {
        if case .identifier = current.kind { return peek(1).isPunctuator("=>") && !peek(1).newlineBefore }
        guard current.isPunctuator("("), let close = closingParenthesis[index] else { return false }
        return close + 1 < tokens.count && tokens[close + 1].isPunctuator("=>") && !tokens[close + 1].newlineBefore
    }

    /// The index of the `)` that closes each `(` (none when unbalanced), found in one pass, so
    /// that asking at every `(` of deeply nested parentheses costs no rescan.
    private static func matchingParentheses(_ tokens: [Token]) -> [Int: Int] {
        var matches: [Int: Int] = [:]
        var open: [Int] = []
        for (i, token) in tokens.enumerated() {
            if token.isPunctuator("(") { open.append(i) }
            if token.isPunctuator(")"), let start = open.popLast() { matches[start] = i }
        }
        return matches
    }

    private mutating func arrowFunction() throws(JsError) -> Expr {
        let start = position
        let parameters: [(name: String, position: Position)]
        if case .identifier(let name) = current.kind {
            _ = advance()
            parameters = [(name, start)]
        } else {
            parameters = try parameterList()
        }
        try expect("=>")
        if current.isPunctuator("{") {
            let body = try functionBody()
            return Expr(kind: .function(FunctionNode(name: nil, parameters: parameters, body: body, isArrow: true, isExpressionBody: false, position: start)), position: start)
        }
        let saved = (labels, loopDepth, breakableDepth, inFunction)
        (labels, loopDepth, breakableDepth, inFunction) = ([], 0, 0, true)
        defer { (labels, loopDepth, breakableDepth, inFunction) = saved }
        let bodyStart = position
        let value = try assignment()
        let body = [Stmt(kind: .return(value), position: bodyStart)]
        return Expr(kind: .function(FunctionNode(name: nil, parameters: parameters, body: body, isArrow: true, isExpressionBody: true, position: start)), position: start)
    }

    // MARK: - Expressions

    private mutating func expression() throws(JsError) -> Expr {
        let expr = try assignment()
        if current.isPunctuator(",") { throw error("the comma operator is not supported by this engine yet") }
        return expr
    }

    static let assignmentOperators: [String: BinaryOperator?] = [
        "=": nil, "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "%=": .remainder, "**=": .exponent,
        "<<=": .shiftLeft, ">>=": .shiftRight, ">>>=": .shiftRightUnsigned, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor,
    ]

    private mutating func assignment() throws(JsError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        if startsArrow() { return try arrowFunction() }
        let start = position
        let target = try conditional()
        guard case .punctuator(let text) = current.kind, let op = Self.assignmentOperators[text] else { return target }
        guard target.isAssignable else { throw error("Invalid left-hand side in assignment", at: Self.start(of: target)) }
        let operatorAt = position
        _ = advance()
        let value = try assignment()
        return Expr(kind: .assign(op: op, target: target, value: value), position: start, operatorPosition: operatorAt)
    }

    private mutating func conditional() throws(JsError) -> Expr {
        let start = position
        let test = try binary(minimumPrecedence: 1)
        guard take("?") else { return test }
        let consequent = try assignment()
        try expect(":")
        let alternate = try assignment()
        return Expr(kind: .conditional(test, consequent, alternate), position: start)
    }

    static let binaryPrecedence: [String: Int] = [
        "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "===": 6, "!==": 6,
        "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, ">>>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
    ]

    /// Precedence climbing over the left-associative binary operators; `**` is handled below.
    /// The operators this loop takes apply left to right: `a - b + c * d` is
    /// `(a - b) + (c * d)`. A short run becomes nested binary and logical nodes; a run longer than
    /// `flatChainLength` stays one flat `.chain`, so that no walk of the tree recurses once per
    /// operator (node evaluates chains of hundreds of thousands of terms).
    private mutating func binary(minimumPrecedence: Int) throws(JsError) -> Expr {
        let first = try exponentiation()
        var links: [ChainLink] = []
        while true {
            if current.isPunctuator("??") || current.isKeyword("in") || current.isKeyword("instanceof") {
                throw error("'\(current.display)' is not supported by this engine yet")
            }
            guard case .punctuator(let text) = current.kind, let precedence = Self.binaryPrecedence[text], precedence >= minimumPrecedence else {
                break
            }
            let at = position
            _ = advance()
            let right = try binary(minimumPrecedence: precedence + 1)
            let op: ChainLink.Operator = text == "&&" || text == "||" ? .logical(LogicalOperator(rawValue: text)!) : .binary(BinaryOperator(rawValue: text)!)
            links.append(ChainLink(op: op, operand: right, position: at))
        }
        if links.count > Self.flatChainLength { return Expr(kind: .chain(first: first, links: links), position: first.position) }
        var left = first
        for link in links {
            switch link.op {
            case .logical(let op): left = Expr(kind: .logical(op, left, link.operand), position: first.position)
            case .binary(let op): left = Expr(kind: .binary(op, left, link.operand), position: first.position)
            }
        }
        return left
    }

    static let flatChainLength = 32

    /// `a ** b` is right-associative, and a unary operator directly before it is a SyntaxError
    /// (`-2 ** 2`; but `(-2) ** 2` and `++a ** 2` are fine).
    private mutating func exponentiation() throws(JsError) -> Expr {
        let start = position
        let first = current
        let base = try unary()
        guard current.isPunctuator("**") else { return base }
        if ["-", "+", "!", "~"].contains(where: { first.isPunctuator($0) }) || first.isKeyword("typeof") {
            throw error("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", at: start)
        }
        _ = advance()
        // Nesting counts once per level: here for `a ** b ** ...`, in unary() for everything else.
        try enter()
        defer { nesting -= 1 }
        let exponent = try exponentiation()
        return Expr(kind: .binary(.exponent, base, exponent), position: start)
    }

    /// A prefix operator applied to a unary expression, or a postfix expression.
    private mutating func unary() throws(JsError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        let start = position
        if case .punctuator(let text) = current.kind, ["-", "+", "!", "~"].contains(text) {
            _ = advance()
            let operand = try unary()
            return Expr(kind: .unary(UnaryOperator(rawValue: text)!, operand), position: start)
        }
        if current.isKeyword("typeof") {
            _ = advance()
            let operand = try unary()
            return Expr(kind: .unary(.typeOf, operand), position: start)
        }
        if current.isPunctuator("++") || current.isPunctuator("--") {
            let increment = advance().isPunctuator("++")
            let target = try unary()
            guard target.isAssignable else { throw error("Invalid left-hand side expression in prefix operation", at: Self.start(of: target)) }
            return Expr(kind: .update(increment: increment, prefix: true, target: target), position: start)
        }
        return try postfix()
    }

    private mutating func postfix() throws(JsError) -> Expr {
        let start = position
        let expr = try callOrMember()
        if (current.isPunctuator("++") || current.isPunctuator("--")) && !current.newlineBefore {
            guard expr.isAssignable else { throw error("Invalid left-hand side expression in postfix operation", at: Token(kind: .end, line: start.line, column: start.column, newlineBefore: false)) }
            let operatorAt = position
            let increment = advance().isPunctuator("++")
            return Expr(kind: .update(increment: increment, prefix: false, target: expr), position: start, operatorPosition: operatorAt)
        }
        return expr
    }

    /// V8's limits on a call's arguments and a function's parameters (early SyntaxErrors; V8
    /// already refuses the 65,535th argument).
    static let maxArguments = 65_535
    static let maxParameters = 65_534

    private mutating func callOrMember() throws(JsError) -> Expr {
        let start = position
        // Each `.x`, `[k]` or `(...)` nests the expression one level deeper: a chain counts
        // toward the nesting limit as recursion would (node: RangeError for very long chains).
        let outerNesting = nesting
        defer { nesting = outerNesting }
        var expr: Expr
        if current.isKeyword("new") {
            _ = advance()
            var callee = try primary()
            while true {
                if current.isPunctuator(".") || current.isPunctuator("[") { try enter() }
                if take(".") {
                    let nameAt = position
                    callee = Expr(kind: .member(object: callee, name: try propertyName()), position: nameAt)
                } else if current.isPunctuator("[") {
                    _ = advance()
                    let key = try expression()
                    try expect("]")
                    callee = Expr(kind: .index(object: callee, key: key), position: start)
                } else {
                    break
                }
            }
            let arguments = current.isPunctuator("(") ? try argumentList() : []
            expr = Expr(kind: .new(callee: callee, arguments: arguments), position: start)
        } else {
            expr = try primary()
        }
        while true {
            let at = position
            if current.isPunctuator(".") || current.isPunctuator("[") || current.isPunctuator("(") { try enter() }
            if take(".") {
                let nameAt = position
                expr = Expr(kind: .member(object: expr, name: try propertyName()), position: nameAt)
            } else if current.isPunctuator("[") {
                _ = advance()
                let key = try expression()
                try expect("]")
                expr = Expr(kind: .index(object: expr, key: key), position: at)
            } else if current.isPunctuator("(") {
                // V8's call position: the identifier or property name just before `(`, else `(`.
                let before = tokens[index - 1]
                let callAt = if case .identifier = before.kind { Position(line: before.line, column: before.column) } else { at }
                expr = Expr(kind: .call(callee: expr, arguments: try argumentList()), position: callAt)
            } else if current.isPunctuator("?.") {
                throw error("optional chaining is not supported by this engine yet")
            } else {
                return expr
            }
        }
    }

    /// After a dot: any identifier name, keywords included (`a.new`, `s.default`).
    private mutating func propertyName() throws(JsError) -> String {
        switch current.kind {
        case .identifier(let name), .keyword(let name), .escapedKeyword(let name):
            _ = advance()
            return name
        default:
            throw unexpected()
        }
    }

    private mutating func argumentList() throws(JsError) -> [Expr] {
        try expect("(")
        var arguments: [Expr] = []
        while !current.isPunctuator(")") {
            if current.isPunctuator("...") { throw error("spread arguments are not supported by this engine yet") }
            guard arguments.count + 1 < Self.maxArguments else { throw error("Too many arguments in function call (only \(Self.maxArguments) allowed)") }
            let argument = try assignment()
            arguments.append(argument)
            if !take(",") {
                guard current.isPunctuator(")") else { throw error("missing ) after argument list", at: Self.start(of: argument)) }
                break
            }
        }
        _ = advance()
        return arguments
    }

    private mutating func primary() throws(JsError) -> Expr {
        let start = position
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return Expr(kind: .number(value), position: start)
        case .string(let units):
            _ = advance()
            return Expr(kind: .string(units), position: start)
        case .keyword("true"), .keyword("false"):
            _ = advance()
            return Expr(kind: .boolean(token.isKeyword("true")), position: start)
        case .keyword("null"):
            _ = advance()
            return Expr(kind: .null, position: start)
        case .identifier(let name):
            _ = advance()
            return Expr(kind: .identifier(name), position: start)
        case .keyword("function"):
            _ = advance()
            return Expr(kind: .function(try functionRest(requireName: false, position: start)), position: start)
        case .punctuator("("):
            _ = advance()
            var inner = try expression()
            try expect(")")
            inner.position = start
            return inner
        case .punctuator("["):
            _ = advance()
            var elements: [Expr] = []
            while !current.isPunctuator("]") {
                if current.isPunctuator(",") { throw error("array literals with holes are not supported by this engine yet") }
                if current.isPunctuator("...") { throw error("spread elements are not supported by this engine yet") }
                elements.append(try assignment())
                if !take(",") { break }
            }
            try expect("]")
            return Expr(kind: .array(elements), position: start)
        case .punctuator("{"):
            return try objectLiteral()
        case .keyword(let word) where ["class", "this", "delete", "void", "async", "yield", "await", "super", "import"].contains(word):
            throw error("'\(word)' is not supported by this engine yet")
        default:
            throw unexpected()
        }
    }

    private mutating func objectLiteral() throws(JsError) -> Expr {
        let start = position
        try expect("{")
        var properties: [(key: PropertyKey, value: Expr)] = []
        while !current.isPunctuator("}") {
            let keyToken = current
            let key: PropertyKey
            switch keyToken.kind {
            case .identifier(let name), .keyword(let name), .escapedKeyword(let name): key = Array(name.utf16)
            case .string(let units): key = units
            case .number(let value): key = Array(JSNumber.toString(value).utf16)
            case .punctuator("["): throw error("computed property names are not supported by this engine yet")
            case .punctuator("..."): throw error("spread properties are not supported by this engine yet")
            default: throw unexpected()
            }
            _ = advance()
            if take(":") {
                properties.append((key, try assignment()))
            } else if case .identifier(let name) = keyToken.kind, current.isPunctuator(",") || current.isPunctuator("}") {
                // Shorthand `{a}` means `{a: a}`.
                properties.append((key, Expr(kind: .identifier(name), position: Position(line: keyToken.line, column: keyToken.column))))
            } else if case .escapedKeyword = keyToken.kind {
                throw unexpected(keyToken)
            } else if current.isPunctuator("(") {
                throw error("method definitions are not supported by this engine yet")
            } else {
                throw unexpected()
            }
            if !take(",") { break }
        }
        try expect("}")
        return Expr(kind: .object(properties), position: start)
    }
}
