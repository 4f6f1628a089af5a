@testable import JIT
import Testing

private typealias B = BytecodeTesting

/// A program whose compilation must fail because a nested function uses a local of an
/// enclosing function; `marker` is the text at the offending use.
struct ClosureCase: Sendable, CustomTestStringConvertible {
    let source: String
    let variable: String
    let marker: String
    var testDescription: String { source.replacingNewlines }
}

@Suite("Bytecode compiler") struct CompilerTests {
    // MARK: Exact output of tiny programs

    @Test func disassemblyOfATopLevelVar() throws {
        let chunk = try B.compile("var x = 1;")
        #expect(chunk.disassembly == """
            function (program) (params 0, registers 1, feedback slots 1)
            0000  DeclareGlobal c0
            0005  LoadInt r0, #1
            0014  StoreGlobal c0, r0, fb0
            0027  LoadUndefined r0
            0032  Return r0
            constants:
              c0 = "x"
            """)
    }

    @Test func disassemblyOfAnIdentityFunction() throws {
        let chunk = try B.compile("function id(a) { return a; }")
        #expect(chunk.functions.count == 1)
        #expect(chunk.functions[0].disassembly == """
            function id (params 1, registers 1, feedback slots 0)
            0000  Return r0
            """)
        #expect(chunk.disassembly.hasSuffix("functions: f0 = id\nconstants:\n  c0 = \"id\""))
    }

    @Test func literalsPickTheirLoadInstruction() throws {
        let chunk = try B.compile("function f() { return [1, 1.5, -2147483648, 2147483648, 'hi', true, false, null, undefined]; }")
        let f = try #require(B.function("f", in: chunk))
        let loads = B.instructions(f).map(\.instruction).filter { $0.opcode != .newArray && $0.opcode != .return }
        #expect(loads == [
            .loadInt(dst: Register(0), value: Immediate(1)),
            .loadConst(dst: Register(1), index: ConstantIndex(0)),
            // `-2147483648` is negation applied to a literal that does not fit an int32.
            .loadConst(dst: Register(9), index: ConstantIndex(1)),
            .negate(dst: Register(2), src: Register(9), feedback: FeedbackSlot(0)),
            .loadConst(dst: Register(3), index: ConstantIndex(1)),
            .loadConst(dst: Register(4), index: ConstantIndex(2)),
            .loadTrue(dst: Register(5)), .loadFalse(dst: Register(6)), .loadNull(dst: Register(7)),
            .loadUndefined(dst: Register(8)),
        ])
        #expect(f.constants == [.number(1.5), .number(2147483648), B.name("hi")])
    }

    @Test func typeofComparedWithATypeNameIsOneBranch() throws {
        let chunk = try B.compile("""
            function f(v) {
              if (typeof v === 'number') return 1;
              if (typeof v !== 'string') return 2;
              if ('function' == typeof v) return 3;
              if (typeof v === 'banana') return 4;
              return typeof v === 'object';
            }
            """)
        let f = try #require(B.function("f", in: chunk))
        let opcodes = B.instructions(f).map(\.instruction.opcode)
        #expect(opcodes.filter { $0 == .jumpIfNotTypeOf }.count == 2, "=== and ==, jumping when the type differs")
        #expect(opcodes.filter { $0 == .jumpIfTypeOf }.count == 1, "!==, jumping when it is the same")
        #expect(opcodes.filter { $0 == .typeOf }.count == 2, "not a type name, and not in a branch: typeof, then compare")
        let first = try #require(B.instructions(f).first { $0.instruction.opcode == .jumpIfNotTypeOf })
        guard case .jumpIfNotTypeOf(let src, let type, _) = first.instruction else { Issue.record("not the fused branch"); return }
        #expect(src == Register(0) && type == Immediate(Int32(Layout.typeNameNumber)))
    }

    @Test func constantsAreShared() throws {
        let chunk = try B.compile("var s = 'a'; var t = 'a'; var u = 2.5 + 2.5;")
        #expect(chunk.constants == [B.name("s"), B.name("t"), B.name("u"), B.name("a"), .number(2.5)])
    }

    // MARK: Where names live

    @Test func functionLocalsLiveInRegisters() throws {
        let chunk = try B.compile("function f(a) { let x = a; x = x + 2; var y = x; return y; }")
        let f = try #require(B.function("f", in: chunk))
        #expect(B.globalAccesses(f).isEmpty)
        let instructions = B.instructions(f).map(\.instruction)
        // Parameters come first (a = r0), then the function's vars (y = r1), then block-scoped names (x = r2).
        #expect(instructions.first == .mov(dst: Register(2), src: Register(0)))
        #expect(instructions.contains(.mov(dst: Register(1), src: Register(2))))
        #expect(instructions.last == .return(value: Register(1)))
        #expect(f.parameterCount == 1)
        #expect(f.registerCount == 3)
    }

    @Test func topLevelNamesAreGlobals() throws {
        let chunk = try B.compile("var g = 1; let h = g; const k = h; g = k; function f() { return g + h + k; }")
        #expect(B.globalAccesses(chunk) == [
            "DeclareGlobal g", "DeclareGlobal f",
            "StoreGlobal h", "StoreGlobal k",  // both start in their dead zone (the empty value)
            "StoreGlobal f",
            "StoreGlobal g",
            "LoadGlobal g", "StoreGlobal h",
            "LoadGlobal h", "StoreGlobal k",
            "LoadGlobal k", "StoreGlobal g",
        ])
        let f = try #require(B.function("f", in: chunk))
        #expect(B.globalAccesses(f) == ["LoadGlobal g", "LoadGlobal h", "LoadGlobal k"])
        #expect(B.opcodes(chunk).prefix(4) == [.declareGlobal, .declareGlobal, .loadEmpty, .storeGlobal])
    }

    @Test func undeclaredNamesAreGlobalsToo() throws {
        let chunk = try B.compile("function f() { return nope; } undeclared = 3;")
        #expect(B.globalAccesses(try #require(B.function("f", in: chunk))) == ["LoadGlobal nope"])
        #expect(B.globalAccesses(chunk).contains("StoreGlobal undeclared"))
        #expect(!B.globalAccesses(chunk).contains("DeclareGlobal undeclared"))
    }

    @Test func undefinedIsALoadUnlessRedeclared() throws {
        #expect(B.opcodes(try B.compile("function f() { return undefined; }").functions[0]) == [.loadUndefined, .return])
        #expect(B.globalAccesses(try B.compile("var undefined; function f() { return undefined; }").functions[0]) == ["LoadGlobal undefined"])
    }

    @Test func typeofAnUndeclaredNameUsesTypeOfGlobal() throws {
        let chunk = try B.compile("var t = typeof nope; function f(p) { return typeof p + typeof q + typeof (p); }")
        #expect(B.globalAccesses(chunk).contains("TypeOfGlobal nope"))
        #expect(!B.globalAccesses(chunk).contains("LoadGlobal nope"))
        let f = try #require(B.function("f", in: chunk))
        #expect(B.globalAccesses(f) == ["TypeOfGlobal q"])
        #expect(B.opcodes(f).filter { $0 == .typeOf }.count == 2)
    }

    // MARK: Temporal dead zone and const

    @Test func letReadBeforeItsDeclarationIsChecked() throws {
        let chunk = try B.compile("function f() { let y = x; let x = 1; return x + y; }")
        let f = try #require(B.function("f", in: chunk))
        let instructions = B.instructions(f).map(\.instruction)
        guard case .loadEmpty(let empty) = instructions.first else {
            Issue.record("the first instruction should mark x's register empty: \(instructions)"); return
        }
        let checks = instructions.compactMap { instruction -> (Register, String?)? in
            guard case .checkInitialized(let src, let name) = instruction else { return nil }
            return (src, B.string(f, Int64(name.value)))
        }
        #expect(checks.count == 1)
        #expect(checks.first?.0 == empty)
        #expect(checks.first?.1 == "x")
    }

    @Test func letUsedOnlyAfterItsDeclarationNeedsNoCheck() throws {
        let f = try #require(B.function("f", in: try B.compile("function f() { let x = 1; { let y = x; x = y; } return x; }")))
        #expect(!B.opcodes(f).contains(.loadEmpty))
        #expect(!B.opcodes(f).contains(.checkInitialized))
    }

    @Test func topLevelLetStartsEmpty() throws {
        let chunk = try B.compile("console.log(x); let x = 1;")
        let instructions = B.instructions(chunk).map(\.instruction)
        #expect(instructions[0] == .loadEmpty(dst: Register(0)))
        #expect(instructions[1] == .storeGlobal(name: ConstantIndex(0), src: Register(0), feedback: FeedbackSlot(0)))
        #expect(B.string(chunk, 0) == "x")
    }

    @Test("assigning to a const throws a TypeError", arguments: [
        "function f() { const c = 1; c = 2; return c; }",
        "function f() { const c = 1; c++; return c; }",
        "function f() { const c = 1; c += 1; return c; }",
        "function f() { const c = 1; { c = 2; } return c; }",
    ])
    func constAssignment(source: String) throws {
        let f = try #require(B.function("f", in: try B.compile(source)))
        let throwsFound = B.instructions(f).compactMap { _, instruction -> (Int32, String?)? in
            guard case .throwError(let kind, let message) = instruction else { return nil }
            return (kind.value, B.string(f, Int64(message.value)))
        }
        #expect(throwsFound.count == 1)
        #expect(throwsFound.first?.0 == 0)  // TypeError
        #expect(throwsFound.first?.1 == "Assignment to constant variable.")
    }

    @Test func topLevelConstAssignmentNeverStores() throws {
        let chunk = try B.compile("const k = 1; k = 2;")
        #expect(B.globalAccesses(chunk).filter { $0 == "StoreGlobal k" }.count == 2)  // the dead zone and the initializer
        #expect(B.opcodes(chunk).contains(.throwError))
        // In a function the global's dead zone is checked before the TypeError.
        let f = try B.compile("const k = 1; function f() { k = 2; }").functions[0]
        #expect(B.globalAccesses(f) == ["LoadGlobal k"])
        #expect(B.opcodes(f).contains(.throwError))
    }

    // MARK: Control flow

    @Test func loopsEndInABackwardJumpLoop() throws {
        let source = """
            function f(n) {
              let s = 0;
              for (let i = 0; i < n; i++) { s += i; }
              while (s > 100) s--;
              do { s++; } while (s < 5);
              return s;
            }
            """
        let f = try #require(B.function("f", in: try B.compile(source)))
        let instructions = B.instructions(f)
        let loops = instructions.filter { $0.instruction.opcode == .jumpLoop }
        #expect(loops.count == 3)
        for (offset, instruction) in loops {
            let target = try #require(B.jumpTarget(instruction, at: offset))
            #expect(target < offset)
            #expect(instructions.contains { $0.offset == target })
            // The loop's exit test jumps to just after its back edge.
            let exit = offset + instruction.opcode.info.length
            #expect(instructions.contains { other in
                other.offset >= target && other.offset < offset && other.instruction.opcode.info.control == .branch
                    && B.jumpTarget(other.instruction, at: other.offset) == exit
            })
        }
        // Every other jump goes forward.
        for (offset, instruction) in instructions where instruction.opcode != .jumpLoop {
            if let target = B.jumpTarget(instruction, at: offset) { #expect(target > offset) }
        }
    }

    @Test func anEndlessLoopJumpsToItself() throws {
        let f = try B.compile("function f() { while (true) {} }").functions[0]
        let loop = try #require(B.instructions(f).first { $0.instruction.opcode == .jumpLoop })
        #expect(loop.instruction == .jumpLoop(offset: JumpOffset(0)))
        #expect(B.verifyError(f) == nil)
    }

    @Test func breakAndContinueJumpForward() throws {
        let source = "function f(n) { for (let i = 0; i < n; i++) { if (i == 2) continue; if (i == 5) break; } return n; }"
        let f = try B.compile(source).functions[0]
        let instructions = B.instructions(f)
        let loop = try #require(instructions.first { $0.instruction.opcode == .jumpLoop })
        let plainJumps = instructions.filter { $0.instruction.opcode == .jump }
        let targets = plainJumps.compactMap { B.jumpTarget($0.instruction, at: $0.offset) }
        // `continue` goes to the update (before the back edge), `break` past the back edge.
        #expect(targets.contains { $0 < loop.offset })
        #expect(targets.contains(loop.offset + loop.instruction.opcode.info.length))
    }

    @Test func labeledBreakLeavesTheOuterLoop() throws {
        let source = "function f() { outer: for (;;) { for (;;) { break outer; } } return 1; }"
        let f = try B.compile(source).functions[0]
        let instructions = B.instructions(f)
        let loops = instructions.filter { $0.instruction.opcode == .jumpLoop }
        #expect(loops.count == 2)
        let outerEnd = loops.map { $0.offset + $0.instruction.opcode.info.length }.max()!
        let jump = try #require(instructions.first { $0.instruction.opcode == .jump })
        #expect(B.jumpTarget(jump.instruction, at: jump.offset) == outerEnd)
    }

    // MARK: Self-reference without closures

    @Test func namedFunctionExpressionCallsItselfThroughLoadCallee() throws {
        let chunk = try B.compile("var fact = function fact(n) { return n ? n * fact(n - 1) : 1; };")
        let fact = try #require(B.function("fact", in: chunk))
        #expect(B.opcodes(fact).contains(.loadCallee))
        #expect(B.globalAccesses(fact).isEmpty)
    }

    @Test func nestedDeclarationCallsItselfThroughLoadCallee() throws {
        let chunk = try B.compile("function outer() { function inner(n) { return n ? inner(n - 1) : 0; } return inner(3); }")
        let inner = try #require(B.function("inner", in: chunk))
        #expect(B.opcodes(inner).contains(.loadCallee))
        #expect(B.globalAccesses(inner).isEmpty)
        // The enclosing function keeps the declared function in a register.
        let outer = try #require(B.function("outer", in: chunk))
        #expect(B.opcodes(outer).first == .newFunction)
        #expect(!B.opcodes(outer).contains(.loadCallee))
    }

    @Test func topLevelDeclarationCallsItselfThroughItsGlobal() throws {
        let chunk = try B.compile("function down(n) { return n ? down(n - 1) : 0; }")
        let down = try #require(B.function("down", in: chunk))
        #expect(!B.opcodes(down).contains(.loadCallee))
        #expect(B.globalAccesses(down) == ["LoadGlobal down"])
    }

    @Test func assigningToTheOwnNameOfAFunctionExpressionIsIgnored() throws {
        let g = try #require(B.function("g", in: try B.compile("var f = function g() { g = 1; return g; };")))
        #expect(B.globalAccesses(g).isEmpty)
        #expect(B.instructions(g).first?.instruction == .loadCallee(dst: Register(0)))
        #expect(B.instructions(g).last?.instruction == .return(value: Register(0)))
    }

    // MARK: Closures are rejected

    @Test("a nested function using an enclosing function's local is a SyntaxError", arguments: [
        ClosureCase(source: "function f(a) {\n  return function () { return a; };\n}", variable: "a", marker: "a; }"),
        ClosureCase(source: "function f() {\n  var count = 0;\n  return () => { count = 1; };\n}", variable: "count", marker: "count = 1"),
        ClosureCase(source: "function f() { let q = 0; function g() { q++; } }", variable: "q", marker: "q++"),
        ClosureCase(source: "function f() { let t = 0; return () => { t += 2; }; }", variable: "t", marker: "t +="),
        ClosureCase(source: "function f(p) { return () => p + 1; }", variable: "p", marker: "p + 1"),
        ClosureCase(source: "function f(v) { return () => typeof v; }", variable: "v", marker: "v; }"),
        ClosureCase(source: "function f() { function h() {} return () => h(); }", variable: "h", marker: "h(); }"),
        ClosureCase(source: "function a(x) {\n  return function () {\n    return function () { return x; };\n  };\n}", variable: "x", marker: "x; }"),
        ClosureCase(source: "function f() { const c = 1; return { get: function () { return c; } }; }", variable: "c", marker: "c; }"),
        ClosureCase(source: "function f() { var later = () => y; var y = 1; }", variable: "y", marker: "y; var"),
        ClosureCase(source: "function outer() { function inner() { return inner; } inner = 1; }", variable: "inner", marker: "inner; }"),
        ClosureCase(source: "{ let b = 1; function g() { return b; } }", variable: "b", marker: "b; }"),
    ])
    func closureIsRejected(_ example: ClosureCase) throws {
        let error = B.compileError(example.source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message.contains("closures are not supported yet") == true)
        #expect(error?.message.contains("'\(example.variable)'") == true)
        #expect(error?.location == B.location(of: example.marker, in: example.source))
    }

    @Test func nestedFunctionsMayUseGlobals() throws {
        let source = """
            var g = 1; let h = 2; const k = 3;
            function top() { return 0; }
            function f() {
              return function () { undeclared = g + h + k + top(); return () => undeclared; };
            }
            """
        let chunk = try B.compile(source)
        let inner = try #require(chunk.functions.first { $0.name == "f" }?.functions.first)
        #expect(B.globalAccesses(inner) == ["LoadGlobal g", "LoadGlobal h", "LoadGlobal k", "LoadGlobal top", "StoreGlobal undeclared"])
        #expect(B.globalAccesses(try #require(inner.functions.first)) == ["LoadGlobal undeclared"])
    }

    @Test func nestedFunctionsMayShadowOuterLocals() throws {
        let chunk = try B.compile("function f(x) { var y = x; return function (x) { var y = 1; return x + y; }; }")
        let inner = try #require(B.function("f", in: chunk)?.functions.first)
        #expect(B.globalAccesses(inner).isEmpty)
    }

    // MARK: Redeclarations

    @Test("redeclaring a lexical name in one scope is a SyntaxError", arguments: [
        ("let x; let x;", "x", 1, 12),
        ("let x; var x;", "x", 1, 12),
        ("var x; let x;", "x", 1, 12),
        ("let x = 1;\nconst x = 2;", "x", 2, 7),
        ("let x; function x() {}", "x", 1, 8),
        ("let x; { var x; }", "x", 1, 14),
        ("{ let x; var x; }", "x", 1, 14),
        ("{ let x; var x = 1; }", "x", 1, 14),
        ("{ let x; { var x; } }", "x", 1, 16),
        ("function f() { let x; let x; }", "x", 1, 27),
        ("function f() { let x; var x; }", "x", 1, 27),
        ("function f() { var x; let x; }", "x", 1, 27),
        ("function f(a) { let a; }", "a", 1, 21),
        ("function f() { let g; function g() {} }", "g", 1, 23),
        ("function f() { { const x = 1; var x; } }", "x", 1, 35),
    ])
    func redeclaration(source: String, name: String, line: Int, column: Int) {
        let error = B.compileError(source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message == "Identifier '\(name)' has already been declared")
        #expect(error?.location == JIT.SourceLocation(file: B.file, line: line, column: column))
    }

    @Test("legal redeclarations and shadowing", arguments: [
        "var x; var x;",
        "let x; { let x; }",
        "function f(x) { var x; return x; }",
        "function f() { var g; function g() {} return g; }",
        "let x; function f() { let x; return x; }",
        "function f() { for (let i = 0; ; ) { let i = 1; return i; } }",
        "function f() { { let a = 1; } { let a = 2; } }",
    ])
    func legalRedeclaration(source: String) throws {
        let chunk = try B.compile(source)
        #expect(B.verifyError(chunk) == nil)
    }

    // MARK: Everything verifies

    @Test("every chunk the compiler produces passes the verifier", arguments: [
        "",
        "var a = 1, b = 'two', c = [a, b, [], {}], d = {p: a, q: {r: b}};",
        "function f(a, b) { return a + b * 2 - (a % b) / 3 ** 2; } f(1, 2);",
        "let o = {n: 0}; o.n++; o['m'] = o.n--; ++o.n; --o['m']; o.n += 2; o['k'] = 1; o['k'] **= 2;",
        "let s = 0; for (let i = 0; i < 10; i++) { if (i % 2 === 0) continue; s += i; if (s > 20) break; }",
        "var i = 0; outer: while (true) { do { i++; if (i > 5) break outer; } while (i < 3); }",
        "function f(x) { return x > 0 && x < 10 || x === -1 ? !x : x >>> 1 ^ ~x << 2 >> 1 | x & 3; }",
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } console.log(fib(10));",
        "const make = function (k) { return {k: k, twice: k * 2}; }; console.log(make(3).twice);",
        "function F(v) { } var obj = new F(1); var a = new Array(3); a[0] = typeof obj;",
        "function g() { let t; { let u = t; t = u; } var w = t == null; return w != true; }",
        "var f = (a, b) => a <= b; var g = x => { if (x) return 1; else return 2; };",
        "function h() { var v = 1; v = v ? v : -v; v = +v; return v !== v; }",
        "let x = 1; x = (x = 2) + x; x += x -= 1; var arr = [x, x++, ++x];",
        "function t() { let q = p; let p = 1; return q; }",
        "function u() { const c = 1; c = 2; }",
        "var s = 'a' + 1 + \"b\\u{1F600}\"; s.length;",
        "function deep(n) { if (n) { { { return deep(n - 1); } } } return 0; }",
        "function noReturn() { if (1) {} }",
        "var big = [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30];",
        "function empties() { let a = []; const o = {}; return [a, o, []]; }",
        "function args(a, b, c) { return args.length + arguments_is_a_global; }",
    ])
    func compiledChunksVerify(source: String) throws {
        let chunk = try B.compile(source)
        try BytecodeVerifier.verify(chunk)
        for function in B.allChunks(chunk) { #expect(B.verifyError(function) == nil, "\(function.name)") }
    }

    // MARK: Chunk metadata

    @Test func parameterAndRegisterCounts() throws {
        let chunk = try B.compile("function f(a, b, c) {} var g = (x) => x; var h = () => 1;")
        #expect(chunk.parameterCount == 0)
        #expect(chunk.name == "(program)")
        #expect(chunk.file == B.file)
        #expect(chunk.functions.map(\.name) == ["f", "g", "h"])
        #expect(chunk.functions.map(\.parameterCount) == [3, 1, 0])
        for function in B.allChunks(chunk) {
            #expect(function.registerCount >= function.parameterCount)
            #expect(function.file == B.file)
        }
    }

    @Test func functionsAreNamedAfterWhatTheyAreAssignedTo() throws {
        let chunk = try B.compile("var v = function () {}; let o = {m: () => 1}; w = function named() {}; [function () {}];")
        #expect(chunk.functions.map(\.name) == ["v", "m", "named", ""])
    }

    @Test("registers are not wasted: the count is the highest register used, or the parameters", arguments: [
        "function f(a, b) { return a; }",
        "function f(a) { let x = a * 2, y = x + 1; return [x, y, a]; }",
        "function f() { return g(1, 2, 3) + h(); }",
        "var x = 1; x = x + x * x;",
    ])
    func registerCount(source: String) throws {
        for function in B.allChunks(try B.compile(source)) {
            var highest = -1
            for (_, instruction) in B.instructions(function) {
                for (operand, value) in zip(instruction.opcode.info.operands, instruction.operandValues) where operand.kind == .reg {
                    highest = max(highest, Int(value))
                }
                if case .call(_, _, let first, let count, _) = instruction { highest = max(highest, Int(first.value) + Int(count.value)) }
            }
            #expect(function.registerCount == max(highest + 1, function.parameterCount), "\(function.name)")
        }
    }

    @Test func everyFeedbackSlotIsUsedOnce() throws {
        let source = "var o = {a: 1}; function f(x) { o.a = o.a + x; return x < 3 ? f(x + 1) : o['a']; } f(0);"
        for function in B.allChunks(try B.compile(source)) {
            let slots = B.instructions(function).flatMap { _, instruction in
                zip(instruction.opcode.info.operands, instruction.operandValues).filter { $0.0.kind == .slot }.map { Int($0.1) }
            }
            #expect(slots.sorted() == Array(0..<function.feedbackSlotCount), "\(function.name)")
        }
    }

    @Test func lineTableMapsInstructionsToTheirSource() throws {
        let source = "var a = 1;\n\nfunction f(x) {\n  return x +\n    g(x);\n}\n  f(a);"
        let chunk = try B.compile(source)
        for function in B.allChunks(chunk) {
            let offsets = function.lineTable.map(\.offset)
            #expect(offsets == offsets.sorted() && Set(offsets).count == offsets.count, "offsets increase")
            #expect(function.lineTable.allSatisfy { $0.offset >= 0 && $0.offset < function.code.count && $0.line >= 1 && $0.column >= 1 })
        }
        // The program's call of f is on line 7; f's call of g on line 5.
        let call = try #require(B.instructions(chunk).first { $0.instruction.opcode == .call })
        #expect(chunk.location(at: call.offset).line == 7)
        let f = try #require(B.function("f", in: chunk))
        let inner = try #require(B.instructions(f).first { $0.instruction.opcode == .call })
        #expect(f.location(at: inner.offset).line == 5)
    }

    @Test func callSitesRememberHowTheCalleeWasWritten() throws {
        let source = "o.m(1); f(); a[0](); a['k'](); a['no name'](); a[i](); new C(); g()(); x.y.z(); (function () {})(); a[1 + 1]();"
        let chunk = try B.compile(source)
        let calls = B.instructions(chunk).filter { [.call, .construct].contains($0.instruction.opcode) }
        #expect(Set(chunk.callSiteNames.keys) == Set(calls.map(\.offset)))
        let names = calls.map { chunk.callSiteNames[$0.offset] ?? "?" }
        #expect(Set(names) == ["o.m", "f", "a[0]", "a.k", "a[\"no name\"]", "a[i]", "C", "g", "g(...)", "x.y.z", "(intermediate value)", "a[...]"])
    }
}
