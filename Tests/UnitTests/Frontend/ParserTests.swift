@testable import JIT
import Testing

/// A SyntaxError the parser (or lexer) must produce: message and line:column.
struct SyntaxErrorCase: Sendable, CustomTestStringConvertible {
    let source: String
    let message: String
    let line: Int
    let column: Int

    init(_ source: String, _ message: String, _ line: Int, _ column: Int) {
        (self.source, self.message, self.line, self.column) = (source, message, line, column)
    }

    var testDescription: String { source.replacingNewlines }

    func check() {
        let error = Frontend.parseError(source)
        #expect(error?.kind == .syntaxError, "\(testDescription)")
        #expect(error?.message == message, "\(testDescription)")
        #expect(error?.location == Frontend.location(line, column), "\(testDescription)")
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }
}

@Suite("Parser") struct ParserTests {
    // MARK: Precedence and associativity

    @Test("operator precedence and associativity", arguments: [
        ("a + b * c", "(+ a (* b c))"),
        ("a * b + c", "(+ (* a b) c)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a / b % c", "(% (/ a b) c)"),
        ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
        ("a ** b * c", "(* (** a b) c)"),
        ("a = b = c", "(= a (= b c))"),
        ("a += b -= c", "(+= a (-= b c))"),
        ("a >>>= b **= c", "(>>>= a (**= b c))"),
        ("a || b && c", "(|| a (&& b c))"),
        ("a && b || c", "(|| (&& a b) c)"),
        ("a || b || c", "(|| (|| a b) c)"),
        ("a ? b : c ? d : e", "(? a b (? c d e))"),
        ("a ? b ? c : d : e", "(? a (? b c d) e)"),
        ("a = b ? c : d", "(= a (? b c d))"),
        ("a ? b : c = d", "(? a b (= c d))"),
        ("a || b ? c : d", "(? (|| a b) c d)"),
        ("a | b ^ c & d", "(| a (^ b (& c d)))"),
        ("a == b < c", "(== a (< b c))"),
        ("a < b === c > d", "(=== (< a b) (> c d))"),
        ("a << b + c", "(<< a (+ b c))"),
        ("a >> b >>> c", "(>>> (>> a b) c)"),
        ("(a + b) * c", "(* (+ a b) c)"),
        ("-a * b", "(* (- a) b)"),
        ("- -a", "(- (- a))"),
        ("!a && b", "(&& (! a) b)"),
        ("typeof a + b", "(+ (typeof a) b)"),
        ("~+a", "(~ (+ a))"),
        ("(-2) ** 2", "(** (- 2) 2)"),
        ("2 ** -2", "(** 2 (- 2))"),
        ("++a ** 2", "(** (++ a) 2)"),
        ("a++ ** 2", "(** (a ++) 2)"),
        ("-a++", "(- (a ++))"),
        ("--a.b", "(-- (. a b))"),
        ("a.b.c(d)[e]", "([] (call (. (. a b) c) d) e)"),
        ("f(a)(b, c)", "(call (call f a) b c)"),
        ("new A.B(1).c", "(. (new (. A B) 1) c)"),
        ("new A", "(new A)"),
        ("new a[0]()", "(new ([] a 0))"),
        ("o.new + o.default", "(+ (. o new) (. o default))"),
        ("x = {a: 1, 'b c': 2, 3.50: d, e, if: f,}", "(= x {a: 1, b c: 2, 3.5: d, e: e, if: f})"),
        ("[1, 'two', [3], null, true,]", "[1 \"two\" [3] null true]"),
    ])
    func precedence(source: String, tree: String) throws {
        #expect(try Frontend.tree(source) == tree)
    }

    /// A run of left-to-right operators longer than `flatChainLength` stays flat: nothing that
    /// walks it recurses once per operator. Shorter runs nest as before.
    @Test func longOperatorRunsAreFlatChains() throws {
        let count = Parser.flatChainLength + 1
        let arithmetic = "a" + String(repeating: " + b * c - d", count: count)
        #expect(try Frontend.tree(arithmetic) == "(chain a" + String(repeating: " + (* b c) - d", count: count) + ")")
        let logical = "a" + String(repeating: " || e && f", count: count)
        #expect(try Frontend.tree(logical) == "(chain a" + String(repeating: " || (&& e f)", count: count) + ")")
        #expect(try Frontend.tree("a + b - c || d") == "(|| (- (+ a b) c) d)")
        let short = "x" + String(repeating: " + 1", count: Parser.flatChainLength)
        #expect(try !Frontend.tree(short).hasPrefix("(chain"))
    }

    @Test func unaryBeforeExponentIsAnError() {
        SyntaxErrorCase("-2 ** 2", "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", 1, 1).check()
        SyntaxErrorCase("x = typeof a ** 2", "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", 1, 5).check()
        SyntaxErrorCase("x = 1 + !a ** 2", "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", 1, 9).check()
    }

    @Test func expressionPositions() throws {
        let program = try Frontend.parse("let a = 1;\nif (a) {\n  x = a +\n    b;\n}")
        #expect(program.body.map(\.position) == [Position(line: 1, column: 1), Position(line: 2, column: 1)])
        guard case .declaration(.let, let declarators) = program.body[0].kind else { Issue.record("not a let"); return }
        #expect(declarators[0].position == Position(line: 1, column: 5))
        guard case .if(_, let then, nil) = program.body[1].kind, case .block(let body) = then.kind,
              case .expression(let assignment) = body[0].kind, case .assign(nil, _, let sum) = assignment.kind else {
            Issue.record("unexpected shape"); return
        }
        #expect(assignment.position == Position(line: 3, column: 3))
        // A binary expression starts where its left operand does.
        #expect(sum.position == Position(line: 3, column: 7))
    }

    @Test func programRecordsItsFile() throws {
        #expect(try Parser.parse(source: "", file: "empty.js").file == "empty.js")
        #expect(try Parser.parse(source: "// nothing", file: "x.js").body.isEmpty)
    }

    // MARK: Statements

    @Test("statements", arguments: [
        ("var a = 1, b;", "(var (a 1) b)"),
        ("let x = y, z = 2;", "(let (x y) (z 2))"),
        ("const k = 1;", "(const (k 1))"),
        ("if (a) b; else { c; }", "(if a b (block c))"),
        ("if (a) if (b) c; else d;", "(if a (if b c d))"),
        ("while (a) a--;", "(while a (a --))"),
        ("do a++; while (a < 3)", "(do (a ++) (< a 3))"),
        ("for (let i = 0; i < n; i++) ;", "(for (let (i 0)) (< i n) (i ++) (empty))"),
        ("for (;;) {}", "(for - - - (block))"),
        ("for (i = 0; ; ) break;", "(for (= i 0) - - (break))"),
        ("function f(a, b) { return a; }", "(function f (a b) (return a))"),
        ("{ ; }", "(block (empty))"),
    ])
    func statement(source: String, tree: String) throws {
        #expect(try Frontend.statements(source) == tree)
    }

    // MARK: Automatic semicolon insertion

    @Test func returnFollowedByNewlineReturnsNothing() throws {
        #expect(try Frontend.statements("function f() { return\nvalue }") == "(function f () (return) value)")
        #expect(try Frontend.statements("function f() { return /* two\nlines */ value }") == "(function f () (return) value)")
        #expect(try Frontend.statements("function f() { return value\n}") == "(function f () (return value))")
    }

    @Test func prefixIncrementAfterNewlineStartsAStatement() throws {
        #expect(try Frontend.statements("a\n++b") == "a (++ b)")
        #expect(try Frontend.statements("a++\nb") == "(a ++) b")
    }

    @Test func newlinesSeparateStatementsOnlyWhereNeeded() throws {
        #expect(try Frontend.statements("a = 1\nb = 2") == "(= a 1) (= b 2)")
        // No semicolon is inserted before `(`: the next line continues the call.
        #expect(try Frontend.statements("x\n(1)") == "(call x 1)")
        #expect(try Frontend.statements("a = b\n+ c") == "(= a (+ b c))")
        #expect(try Frontend.statements("{ a } b") == "(block a) b")
        #expect(try Frontend.statements("do x(); while (a) b()") == "(do (call x) a) (call b)")
        #expect(try Frontend.statements("a: while (1) { break\na }") == "(label a (while 1 (block (break) a)))")
    }

    @Test func noSemicolonWithoutNewline() {
        SyntaxErrorCase("a b", "Unexpected identifier 'b'", 1, 3).check()
        SyntaxErrorCase("x = 1 2", "Unexpected number", 1, 7).check()
    }

    // MARK: Arrow functions

    @Test("arrow functions", arguments: [
        ("f = x => x * 2", "(= f (arrow (x) (return (* x 2))))"),
        ("f = (x) => x", "(= f (arrow (x) (return x)))"),
        ("f = () => 1", "(= f (arrow () (return 1)))"),
        ("f = (a, b) => { return a + b; }", "(= f (arrow (a b) (return (+ a b))))"),
        ("f = () => {}", "(= f (arrow ()))"),
        ("f = x => ({a: x})", "(= f (arrow (x) (return {a: x})))"),
        ("f = a => b => a + b", "(= f (arrow (a) (return (arrow (b) (return (+ a b))))))"),
        ("g(x => x, (a, b) => a)", "(call g (arrow (x) (return x)) (arrow (a b) (return a)))"),
        ("f = c ? x => 1 : y => 2", "(= f (? c (arrow (x) (return 1)) (arrow (y) (return 2))))"),
        ("f = x => y = x", "(= f (arrow (x) (return (= y x))))"),
        ("f = function () {}", "(= f (function ()))"),
        ("f = function g(n) { return g; }", "(= f (function g (n) (return g)))"),
    ])
    func arrow(source: String, tree: String) throws {
        #expect(try Frontend.tree(source) == tree)
    }

    @Test func arrowFlags() throws {
        let program = try Frontend.parse("f = x => x; g = () => { return 1; }")
        let functions: [FunctionNode] = program.body.compactMap {
            guard case .expression(let e) = $0.kind, case .assign(_, _, let value) = e.kind, case .function(let f) = value.kind else { return nil }
            return f
        }
        #expect(functions.map(\.isArrow) == [true, true])
        #expect(functions.map(\.isExpressionBody) == [true, false])
        #expect(functions.map { $0.name == nil } == [true, true])
        #expect(functions[0].position == Position(line: 1, column: 5))
    }

    @Test func arrowErrors() {
        SyntaxErrorCase("f = (a, a) => 1", "Duplicate parameter name not allowed in this context", 1, 9).check()
        SyntaxErrorCase("f = (a)\n=> 1", "Unexpected token '=>'", 2, 1).check()
        SyntaxErrorCase("f = x\n=> 1", "Unexpected token '=>'", 2, 1).check()
        SyntaxErrorCase("f = (a, 1) => a", "Unexpected number", 1, 9).check()
        SyntaxErrorCase("f = (a = 1) => a", "rest, destructuring and default parameters are not supported by this engine yet", 1, 8).check()
        SyntaxErrorCase("f = (...a) => a", "rest, destructuring and default parameters are not supported by this engine yet", 1, 6).check()
        // An arrow body is a function body: no loop or label from outside reaches into it.
        SyntaxErrorCase("while (1) { f = () => { break; } }", "Illegal break statement", 1, 25).check()
        SyntaxErrorCase("while (1) { f = () => { continue; } }", "Illegal continue statement: no surrounding iteration statement", 1, 25).check()
    }

    @Test func arrowExpressionBodyMayReturn() throws {
        // `return` is legal inside an arrow's block body even at top level.
        #expect(try Frontend.tree("f = () => { return; }") == "(= f (arrow () (return)))")
    }

    // MARK: Labels

    @Test("labeled statements", arguments: [
        ("a: while (x) { continue a; }", "(label a (while x (block (continue a))))"),
        ("outer: for (;;) { inner: for (;;) { break outer; } }", "(label outer (for - - - (block (label inner (for - - - (block (break outer)))))))"),
        ("a: { break a; }", "(label a (block (break a)))"),
        ("a: b: while (1) continue a;", "(label a (label b (while 1 (continue a))))"),
        ("a: {} a: {}", "(label a (block)) (label a (block))"),
        ("a: while (1) { b: { break; } }", "(label a (while 1 (block (label b (block (break))))))"),
    ])
    func labeled(source: String, tree: String) throws {
        #expect(try Frontend.statements(source) == tree)
    }

    @Test("label errors", arguments: [
        SyntaxErrorCase("a: { break; }", "Illegal break statement", 1, 6),
        SyntaxErrorCase("a: { continue a; }", "Illegal continue statement: 'a' does not denote an iteration statement", 1, 15),
        SyntaxErrorCase("a: while (1) { b: { continue b; } }", "Illegal continue statement: 'b' does not denote an iteration statement", 1, 30),
        SyntaxErrorCase("while (1) { break x; }", "Undefined label 'x'", 1, 19),
        SyntaxErrorCase("a: a: ;", "Label 'a' has already been declared", 1, 4),
        SyntaxErrorCase("a: while (1) { f = function () { break a; }; }", "Undefined label 'a'", 1, 40),
        SyntaxErrorCase("a: function f() {}", "labeled function declarations are not supported by this engine yet", 1, 4),
    ])
    func labelError(_ error: SyntaxErrorCase) { error.check() }

    // MARK: Syntax errors

    @Test("syntax errors with V8's messages", arguments: [
        SyntaxErrorCase("var a = (1 + );", "Unexpected token ')'", 1, 14),
        SyntaxErrorCase("var a = 1 +", "Unexpected end of input", 1, 12),
        SyntaxErrorCase("function f() {\n  return 1;\n", "Unexpected end of input", 3, 1),
        SyntaxErrorCase("{", "Unexpected end of input", 1, 2),
        SyntaxErrorCase("x ? y", "Unexpected end of input", 1, 6),
        SyntaxErrorCase("}", "Unexpected token '}'", 1, 1),
        SyntaxErrorCase("else x", "Unexpected token 'else'", 1, 1),
        SyntaxErrorCase("var a b;", "Unexpected identifier 'b'", 1, 7),
        SyntaxErrorCase("do x; until (y)", "Unexpected identifier 'until'", 1, 7),
        SyntaxErrorCase("var x = [4, 5 6];", "Unexpected number", 1, 15),
        SyntaxErrorCase("a 'str'", "Unexpected string", 1, 3),
        SyntaxErrorCase("var if = 1;", "Unexpected token 'if'", 1, 5),
        SyntaxErrorCase("1 = 2;", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("x;\n  a + 1 = 2", "Invalid left-hand side in assignment", 2, 3),
        SyntaxErrorCase("f() = 1", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("x = (a + b) = 1", "Invalid left-hand side in assignment", 1, 5),
        SyntaxErrorCase("o.f(x).g() = 1", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("x += 1 -= 2", "Invalid left-hand side in assignment", 1, 6),
        SyntaxErrorCase("++1", "Invalid left-hand side expression in prefix operation", 1, 3),
        SyntaxErrorCase("x = --f()", "Invalid left-hand side expression in prefix operation", 1, 7),
        SyntaxErrorCase("1++", "Invalid left-hand side expression in postfix operation", 1, 1),
        SyntaxErrorCase("break;", "Illegal break statement", 1, 1),
        SyntaxErrorCase("if (x) {\n  break;\n}", "Illegal break statement", 2, 3),
        SyntaxErrorCase("continue;", "Illegal continue statement: no surrounding iteration statement", 1, 1),
        SyntaxErrorCase("while (1) { function f() { continue; } }", "Illegal continue statement: no surrounding iteration statement", 1, 28),
        SyntaxErrorCase("return 1;", "Illegal return statement", 1, 1),
        SyntaxErrorCase("const x;", "Missing initializer in const declaration", 1, 7),
        SyntaxErrorCase("const a = 1, b;", "Missing initializer in const declaration", 1, 14),
        SyntaxErrorCase("function f() {\n  const k;\n}", "Missing initializer in const declaration", 2, 9),
        SyntaxErrorCase("for (const i; i < 1;) {}", "Missing initializer in const declaration", 1, 12),
        SyntaxErrorCase("if (x) let y = 1;", "Lexical declaration cannot appear in a single-statement context", 1, 8),
        SyntaxErrorCase("while (x) const y = 1;", "Unexpected token 'const'", 1, 11),
        SyntaxErrorCase("function () {}", "Function statements require a function name", 1, 1),
        SyntaxErrorCase("function f(a, b, a) {}", "Duplicate parameter name not allowed in this context", 1, 18),
        SyntaxErrorCase("f(a b)", "missing ) after argument list", 1, 3),
        SyntaxErrorCase("f(1, a.b c)", "missing ) after argument list", 1, 6),
        SyntaxErrorCase(#"var t\u0068is = 1;"#, "Keyword must not contain escaped characters", 1, 5),
        SyntaxErrorCase(#"x = n\u0065w;"#, "Keyword must not contain escaped characters", 1, 5),
        SyntaxErrorCase(#"var o = { v\u0061r };"#, "Keyword must not contain escaped characters", 1, 11),
        SyntaxErrorCase(#"function f(\u0069f) {}"#, "Keyword must not contain escaped characters", 1, 12),
        SyntaxErrorCase(#"v\u0061r x = 1;"#, "Keyword must not contain escaped characters", 1, 1),
        SyntaxErrorCase(#"l\u0065t x = 1;"#, "Unexpected identifier 'x'", 1, 10),
    ])
    func syntaxError(_ error: SyntaxErrorCase) { error.check() }

    @Test("unsupported features are SyntaxErrors that say so", arguments: [
        SyntaxErrorCase("class A {}", "'class' is not supported by this engine yet", 1, 1),
        SyntaxErrorCase("switch (x) {}", "'switch' is not supported by this engine yet", 1, 1),
        SyntaxErrorCase("try {} catch (e) {}", "'try' is not supported by this engine yet", 1, 1),
        SyntaxErrorCase("throw 1;", "'throw' is not supported by this engine yet", 1, 1),
        SyntaxErrorCase("x = this;", "'this' is not supported by this engine yet", 1, 5),
        SyntaxErrorCase("x = class {};", "'class' is not supported by this engine yet", 1, 5),
        SyntaxErrorCase("x = delete o.p;", "'delete' is not supported by this engine yet", 1, 5),
        SyntaxErrorCase("x = void 0;", "'void' is not supported by this engine yet", 1, 5),
        SyntaxErrorCase("async function f() {}", "'async' is not supported by this engine yet", 1, 1),
        SyntaxErrorCase("var s = `abc`;", "template literals are not supported", 1, 9),
        SyntaxErrorCase("x = a ?? b;", "'??' is not supported by this engine yet", 1, 7),
        SyntaxErrorCase("x = a instanceof B;", "'instanceof' is not supported by this engine yet", 1, 7),
        SyntaxErrorCase("x = 'k' in o;", "'in' is not supported by this engine yet", 1, 9),
        SyntaxErrorCase("x = a?.b;", "optional chaining is not supported by this engine yet", 1, 6),
        SyntaxErrorCase("x = (a, b);", "the comma operator is not supported by this engine yet", 1, 7),
        SyntaxErrorCase("for (x of y) {}", "for-in and for-of loops are not supported by this engine yet", 1, 8),
        SyntaxErrorCase("for (var k in o) {}", "for-in and for-of loops are not supported by this engine yet", 1, 12),
        SyntaxErrorCase("x = [1, , 2];", "array literals with holes are not supported by this engine yet", 1, 9),
        SyntaxErrorCase("x = [...a];", "spread elements are not supported by this engine yet", 1, 6),
        SyntaxErrorCase("f(...a);", "spread arguments are not supported by this engine yet", 1, 3),
        SyntaxErrorCase("x = {[k]: 1};", "computed property names are not supported by this engine yet", 1, 6),
        SyntaxErrorCase("x = {m() {}};", "method definitions are not supported by this engine yet", 1, 7),
        SyntaxErrorCase("x = {...o};", "spread properties are not supported by this engine yet", 1, 6),
        SyntaxErrorCase("function f(a = 1) {}", "rest, destructuring and default parameters are not supported by this engine yet", 1, 14),
        SyntaxErrorCase("function f(...a) {}", "rest, destructuring and default parameters are not supported by this engine yet", 1, 12),
        SyntaxErrorCase("function f({a}) {}", "rest, destructuring and default parameters are not supported by this engine yet", 1, 12),
    ])
    func unsupported(_ error: SyntaxErrorCase) { error.check() }

    @Test func lexerErrorsSurfaceThroughTheParser() {
        SyntaxErrorCase("var broken = 'no closing quote;\nx;", "Invalid or unexpected token", 1, 14).check()
        SyntaxErrorCase("var m = n # 2;", "Invalid or unexpected token", 1, 11).check()
    }
}
