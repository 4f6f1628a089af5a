import JIT
import Testing

/// Programs at and past the sizes input controls: huge literals, argument and parameter lists,
/// long operator chains, deep nesting and many declarations. Each runs as in node, or fails with
/// node's error, in every tier, and never kills the process.
@Suite struct InputLimitsTests {
    static let modes: [(String, ExecutionOptions)] = [
        ("interpreter", ExecutionOptions(tier: .interpreter)),
        ("baseline", ExecutionOptions(tier: .baseline)),
        ("auto", ExecutionOptions(tier: .auto)),
        ("optimizing", ExecutionOptions(tier: .optimizing)),
        ("jit-stress", ExecutionOptions(jitStress: true)),
    ]

    /// What a run printed, and the error headline it stopped with.
    static func run(_ source: String, _ options: ExecutionOptions) -> (output: String, error: String?) {
        var output = ""
        let context = ExecutionContext(options: options, output: { output += $0 })
        do {
            try context.run(source: source, file: "limits.js")
            return (output, nil)
        } catch {
            return (output, error.headline)
        }
    }

    static func list(_ count: Int, _ item: (Int) -> String) -> String {
        (0..<count).map(item).joined(separator: ",")
    }

    // MARK: Literals, arguments and parameters

    /// The element count is past a register operand's range (65,535): node prints the length.
    @Test(arguments: [65_537, 70_000])
    func arrayLiteralsOfAnySize(_ count: Int) {
        let source = "var a = [\(Self.list(count) { "\($0)" })];\nconsole.log(a.length, a[0], a[65535], a[65536], a[\(count - 1)]);"
        for (mode, options) in Self.modes.prefix(2) {
            let result = Self.run(source, options)
            #expect(result.error == nil, "\(mode)")
            #expect(result.output == "\(count) 0 65535 65536 \(count - 1)\n", "\(mode)")
        }
    }

    /// A large literal of mixed values inside a function that runs hot (too large for the
    /// optimizing tier, which leaves it to baseline code).
    @Test func aLargeArrayLiteralInAHotFunction() {
        let source = """
            function make(k) { return [\(Self.list(66_000) { $0 % 3 == 0 ? "k" : ($0 % 3 == 1 ? "'s\($0)'" : "\($0).5") })]; }
            var total = 0;
            for (var i = 0; i < 25; i++) { var a = make(i); total += a.length + a[0] + a[65999]; }
            console.log(total, make(7)[65997], make(7)[65998], make(7)[65535]);
            """
        for (mode, options) in Self.modes {
            let result = Self.run(source, options)
            #expect(result.error == nil, "\(mode)")
            #expect(result.output == "3300287.5 7 s65998 7\n", "\(mode)")
        }
    }

    @Test(arguments: [65_535, 70_000])
    func tooManyArgumentsIsASyntaxError(_ count: Int) {
        let source = "console.log(0);\nfunction f() {}\nf(\(Self.list(count) { "\($0)" }));"
        let result = Self.run(source, ExecutionOptions(tier: .interpreter))
        #expect(result.output == "")
        #expect(result.error == "SyntaxError: Too many arguments in function call (only 65535 allowed)")
    }

    /// Fewer than node's limit but more than a frame holds: node overflows its stack at the call.
    @Test func argumentsPastTheFrameLimitAreARangeErrorAtTheCall() {
        let source = "console.log(0);\nfunction f() { return 1; }\nconsole.log(f(\(Self.list(65_531) { "\($0)" })));"
        for (mode, options) in Self.modes {
            let result = Self.run(source, options)
            #expect(result.output == "0\n", "\(mode)")
            #expect(result.error == "RangeError: Maximum call stack size exceeded", "\(mode)")
        }
    }

    @Test func tooManyParametersIsASyntaxError() {
        let source = "console.log(0);\nfunction g(\(Self.list(65_535) { "a\($0)" })) { return a0; }"
        let result = Self.run(source, ExecutionOptions(tier: .interpreter))
        #expect(result.output == "")
        #expect(result.error == "SyntaxError: Too many parameters in function definition (only 65534 allowed)")
    }

    @Test func manyParametersWork() {
        let source = "function g(\(Self.list(30_000) { "a\($0)" })) { return a0 + a29999; }\nconsole.log(g(1), g(\(Self.list(30_000) { "\($0)" })));"
        for (mode, options) in Self.modes.prefix(4) {
            #expect(Self.run(source, options) == ("NaN 29999\n", nil), "\(mode)")
        }
    }

    // MARK: Chains and nesting

    /// Left-associative chains of any length: node evaluates them.
    @Test func longOperatorChains() {
        let terms = 375_000
        let numbers = "var one = 1;\nconsole.log(one" + String(repeating: "+1", count: terms) + ");"
        let strings = "var s = 'a';\nconsole.log((s" + String(repeating: "+'b'", count: terms) + ").length);"
        // Chains that mix operators (node's stack bounds these at a few thousand terms).
        let mixed = "var x = 3;\nconsole.log(x" + String(repeating: "*2-x+1", count: 1_000) + ");"
        let mixedLogical = "var x = 3, y = 0;\nconsole.log(x" + String(repeating: "*2-x+1&&y||x", count: 1_000) + ");"
        let assigned = "var x = 3;\nx = 1 + x" + String(repeating: "+x", count: 100) + ";\nconsole.log(x);"
        let logical = "var z = 0;\nconsole.log(z" + String(repeating: "||z", count: 300_000) + ", z" + String(repeating: "&&z", count: 300_000) + ");"
        let interpreter = ExecutionOptions(tier: .interpreter)
        #expect(Self.run(numbers, interpreter) == ("\(terms + 1)\n", nil))
        #expect(Self.run(strings, interpreter) == ("\(terms + 1)\n", nil))
        #expect(Self.run(logical, interpreter) == ("0 0\n", nil))
        // Baseline code of a long chain: a chain compiles to the same bytecode at any length.
        let baseline = ExecutionOptions(tier: .baseline)
        #expect(Self.run("var one = 1;\nconsole.log(one" + String(repeating: "+1", count: 70_000) + ");", baseline) == ("70001\n", nil))
        for (mode, options) in Self.modes.prefix(2) {
            #expect(Self.run(mixed, options) == ("-995\n", nil), "\(mode)")
            #expect(Self.run(mixedLogical, options) == ("3\n", nil), "\(mode)")
            #expect(Self.run(assigned, options) == ("304\n", nil), "\(mode)")
        }
    }

    /// A chain in a loop, so that every tier compiles it.
    @Test func aLongChainInAHotLoop() {
        let source = "var t = 0;\nfor (var i = 0; i < 50; i++) { t = t + (i" + String(repeating: "+i", count: 2_000) + "); }\nconsole.log(t);"
        for (mode, options) in Self.modes {
            #expect(Self.run(source, options) == ("2451225\n", nil), "\(mode)")
        }
    }

    /// Nesting that is not a left-associative chain is bounded, as in node: a RangeError.
    @Test(arguments: [
        "var x = {}; x.a = x;\nconsole.log(typeof x" + String(repeating: ".a", count: 200_000) + ");",
        "console.log(" + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + ");",
        "function f() { return f; }\nf" + String(repeating: "()", count: 200_000) + ";",
        "var a = [];\na" + String(repeating: "[0]", count: 200_000) + ";",
        String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000),
        "var y = " + String(repeating: "-", count: 100_000) + "1;",
    ])
    func deepNestingIsARangeError(_ source: String) {
        let result = Self.run(source, ExecutionOptions(tier: .interpreter))
        #expect(result.output == "")
        #expect(result.error == "RangeError: Maximum call stack size exceeded")
    }

    // MARK: Declarations

    /// 70,000 `let`s in one function (node runs it); compile time linear in their number.
    @Test func manyLetDeclarationsInOneFunction() {
        let count = 70_000
        let body = (0..<count).map { "let v\($0) = \($0);" }.joined()
        let source = "function f() { \(body) return v0 + v\(count - 1); }\nconsole.log(f());"
        #expect(Self.run(source, ExecutionOptions(tier: .interpreter)) == ("\(count - 1)\n", nil))
    }

    /// More registers than a frame may have: node's frame is too large for its stack too.
    @Test func aFunctionWithTooManyRegistersIsARangeErrorWhenCalled() {
        let body = (0..<70_000).map { "var v\($0) = \($0);" }.joined() + (0..<70_000).map { "let w\($0) = \($0);" }.joined()
        let source = "console.log('before');\nfunction f() { \(body) return 1; }\nconsole.log(typeof f);\nf();"
        let result = Self.run(source, ExecutionOptions(tier: .interpreter))
        #expect(result.output == "before\nfunction\n")
        #expect(result.error == "RangeError: Maximum call stack size exceeded")
    }
}
