@testable import JIT
import Testing

/// Every kind of guard in optimized code fails after warm-up, inside loops and across calls:
/// the deoptimizer rebuilds the interpreter's frame, the interpreter finishes the function, and
/// the program prints what node prints. Expected outputs come from node 20.
@Suite struct DeoptimizationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var expected: String
        /// A reason `--stats` must count (the guard op's name).
        var reason: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "int32 overflow in a loop", source: """
            function sum(n, step) { var s = 0; for (var i = 0; i < n; i++) s = s + step; return s; }
            var r = 0; for (var k = 0; k < 50; k++) r = sum(100, 3);
            console.log(r, sum(1000, 4000000));
            """, expected: "300 4000000000\n", reason: "Int32Add"),
        Case(name: "-0 from int32 multiplication", source: """
            function mul(a, b) { return a * b; }
            var t = 0; for (var k = 1; k < 100; k++) t += mul(k, 3);
            console.log(t, 1 / mul(0, -5));
            """, expected: "14850 -Infinity\n", reason: "Int32Mul"),
        Case(name: "a type change", source: """
            function f(a, b) { return a + b; }
            var s = 0; for (var i = 0; i < 100; i++) s = f(s, i);
            console.log(s, f(1.5, 1), f("x", 1));
            """, expected: "4950 2.5 x1\n", reason: "UnboxInt32"),
        Case(name: "a shape change", source: """
            function getX(o) { return o.x; }
            var a = { x: 1, y: 2 }, t = 0;
            for (var k = 0; k < 100; k++) t += getX(a);
            console.log(t, getX({ y: 5, x: 7 }));
            """, expected: "100 7\n", reason: "CheckShape"),
        Case(name: "an index out of bounds", source: """
            function at(a, i) { return a[i]; }
            var arr = [10, 20, 30, 40], s = 0;
            for (var k = 0; k < 100; k++) s += at(arr, k & 3);
            console.log(s, at(arr, 4));
            """, expected: "2500 undefined\n", reason: "CheckBounds"),
        Case(name: "an element that is no longer an array", source: """
            function cell(m, i, j) { return m[i][j]; }
            var grid = [[1, 2], [3, 4]], s = 0;
            for (var k = 0; k < 100; k++) s += cell(grid, k & 1, 1);
            grid[1] = { 0: 9, 1: 8 };
            console.log(s, cell(grid, 1, 1), cell([[5], "ab"], 1, 1));
            """, expected: "300 8 b\n", reason: "CheckArrayNonEmpty"),
        Case(name: "a call target change", source: """
            function twice(x) { return 2 * x; }
            function thrice(x) { return 3 * x; }
            function apply(f, x) { return f(x); }
            var s = 0; for (var k = 0; k < 100; k++) s += apply(twice, k);
            console.log(s, apply(thrice, 5));
            """, expected: "9900 15\n", reason: "CheckFunction"),
        Case(name: "a cold branch taken", source: """
            function classify(n) { if (n < 0) return "negative"; return n % 2 === 0 ? "even" : "odd"; }
            var e = 0; for (var k = 0; k < 100; k++) if (classify(k) === "even") e++;
            console.log(e, classify(-1));
            """, expected: "50 negative\n", reason: "Deopt"),
        Case(name: "a callee that deoptimizes under optimized callers", source: """
            function leaf(x) { return x * x; }
            function middle(a, b) { var before = a + b; var r = leaf(a); return (before + r) * 2; }
            function outer(n) { var acc = 0; for (var i = 0; i < n; i++) acc += middle(i, 1); return acc; }
            var v = 0; for (var k = 0; k < 30; k++) v = outer(50);
            console.log(v, middle(100000, 1), outer(60));
            """, expected: "83400 20000200002 144080\n", reason: "Int32Mul"),
        Case(name: "an unsigned shift past int32", source: """
            function u(x) { return x >>> 0; }
            var t = 0; for (var k = 0; k < 100; k++) t += u(k);
            console.log(t, u(-1));
            """, expected: "4950 4294967295\n", reason: "Int32ShiftRightUnsigned"),
        Case(name: "an array that went sparse", source: """
            function at(a, i) { return a[i]; }
            var arr = [10, 20, 30, 40], s = 0;
            for (var k = 0; k < 100; k++) s += at(arr, k & 3);
            var sparse = [10, 20, 30, 40];
            sparse[1e6] = 50;
            console.log(s, at(sparse, 2), at(sparse, 1e6));
            """, expected: "2500 30 50\n", reason: "CheckArray"),
        Case(name: "the length of a sparse array past int32", source: """
            function len(a) { return a.length; }
            var t = 0;
            for (var k = 0; k < 100; k++) t += len([k, k, k]);
            var big = [1];
            big[3e9] = 2;
            console.log(t, len(big), len(big) > 2147483647);
            """, expected: "300 3000000001 true\n", reason: "CheckShape"),
        Case(name: "an array made sparse by a call in the loop that reads it", source: """
            function poke(a, i) { a[i] = i; }
            function sum(a, n, far) {
              var t = 0;
              for (var i = 0; i < n; i++) { poke(a, i === far ? 4e9 : i & 3); t += a[i & 3]; }
              return t;
            }
            var r = 0;
            for (var k = 0; k < 30; k++) r += sum([0, 0, 0, 0], 50, -1);
            var a = [0, 0, 0, 0];
            console.log(r, sum(a, 50, 25), a.length);
            """, expected: "2190 73 4000000001\n", reason: "CheckArray"),
    ]

    @Test(arguments: cases)
    func aFailedGuardResumesInTheInterpreter(_ test: Case) throws {
        let run = try ScriptRun(test.source, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == test.expected)
        let statistics = run.context.statistics
        #expect(statistics.optimizingJIT.functionsCompiled > 0)
        #expect(statistics.deoptReasons.keys.contains { $0.contains(test.reason) }, "\(statistics.deoptReasons)")
    }

    @Test(arguments: cases)
    func theSameUnderJITStress(_ test: Case) throws {
        let run = try ScriptRun(test.source, options: ExecutionOptions(jitStress: true))
        #expect(run.output == test.expected)
    }

    /// Code after a loop that OSR compiled before that code ran, which the IR or the heap lets
    /// the optimizing tier compile without a profile, so the function is compiled once.
    struct CompiledOnceCase: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var expected: String
        /// Deopts still expected (never-run code the IR cannot explain, after the loops).
        var deopts = 0
        var testDescription: String { name }
    }

    static let compiledOnceCases: [CompiledOnceCase] = [
        // out.push(row), out.length and out.push(s): out is an array (NewArray's, or the OSR
        // frame's), so the push is the array prototype's method behind the array shape.
        CompiledOnceCase(name: "pushes and a length on an array", source: """
            function build(n) {
              var out = [], s = 0;
              for (var i = 0; i < n; i++) { var row = []; for (var j = 0; j < n; j++) row.push(i * j); out.push(row); s += out.length; }
              out.push(s);
              return out;
            }
            var t = 0; for (var r = 0; r < 5; r++) { var m = build(60); t += m.length + m[59][59] + m[60]; } console.log(t);
            """, expected: "26860\n"),
        // A script's variables are globals: the global object's shape says where i and total
        // are and what they hold now (int32s). console.log at the end still deoptimizes.
        CompiledOnceCase(name: "a script's globals", source: """
            var total = 0;
            for (var i = 0; i < 30; i++) { for (var j = 0; j < 200; j++) total += j & 3; total = total - i; }
            console.log(total, i, j);
            """, expected: "8565 30 200\n", deopts: 1),
        // The global sq holds a function now: the call is guarded (CheckFunction) and direct.
        // (Arithmetic on its result would still deoptimize: what sq returns is not known.)
        CompiledOnceCase(name: "a call of a global function", source: """
            function sq(x) { return x * x + 1; }
            function run(n) { var out = [], s = 0; for (var i = 0; i < n; i++) { for (var j = 0; j < 100; j++) s += j; out.push(sq(i)); } out.push(s); return out; }
            console.log(run(6).join(","));
            """, expected: "1,2,5,10,17,26,29700\n"),
    ]

    @Test(arguments: compiledOnceCases)
    func codeAfterAnOSRLoopThatTheIRExplainsNeedsNoRecompile(_ test: CompiledOnceCase) throws {
        let run = try ScriptRun(test.source, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == test.expected)
        let statistics = run.context.statistics
        #expect(statistics.deopts == test.deopts, "\(statistics.deoptReasons)")
        #expect(statistics.optimizingJIT.functionsCompiled == 1)
    }

    @Test func aDeoptimizedFunctionIsRecompiledWithoutTheFailedSpeculation() throws {
        let run = try ScriptRun("""
            function u(x) { return x >>> 1; }
            function v(x) { return x >>> 0; }
            var t = 0;
            for (var k = 0; k < 200; k++) t += v(k);
            for (var k = 0; k < 200; k++) t += v(-k);
            console.log(t);
            """, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == "\(19900 + 199 * 4294967296 - 19900)\n")
        let v = try #require(run.function("v"))
        // One failure, then code that makes a double of `>>>` runs every later call.
        #expect(v.deoptimizations == 1)
        #expect(v.optimized != nil)
        #expect(v.speculationLog.failed(.int32ShiftRightUnsigned, at: 0) || !v.speculationLog.failures.isEmpty)
    }

    /// As V8 leaves functions of more than 60 KB of bytecode to its lower tiers, a function past
    /// `OptimizingJIT.maxBytecodeSize` runs baseline code and is never compiled by this tier.
    @Test func aFunctionTooLargeToOptimizeRunsBaselineCode() throws {
        let elements = (0..<(OptimizingJIT.maxBytecodeSize / 9 + 1)).map { "k + \($0)" }.joined(separator: ",")
        let source = "function make(k) { return [\(elements)]; }\nvar t = 0;\nfor (var i = 0; i < 50; i++) t += make(i)[1];\nconsole.log(t);"
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == "1275\n")
        let make = try #require(run.function("make"))
        #expect(make.chunk.code.count > OptimizingJIT.maxBytecodeSize)
        #expect(make.optimizationFailed && make.optimized == nil && make.baselineCode != nil)
        #expect(run.runtime.optimizationFailures.contains { $0.hasPrefix("make: too large to optimize") })
    }

    @Test func aFunctionThatKeepsDeoptimizingStaysInTheLowerTiers() throws {
        // Each call sees a new shape: every compilation speculates on the last one and fails.
        var source = "function get(o) { return o.k; }\nvar t = 0;\n"
        for i in 0..<40 { source += "for (var j = 0; j < 30; j++) t += get({ a\(i): 1, k: \(i) });\n" }
        source += "console.log(t);\n"
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == "\((0..<40).reduce(0) { $0 + $1 * 30 })\n")
        let get = try #require(run.function("get"))
        #expect(get.deoptimizations <= OptimizingThresholds.never.maxDeoptimizations)
        #expect(get.optimizationFailed || get.optimized != nil)
    }
}

/// The deoptimizer's frame is the interpreter's: at the offset a failed guard resumes at, every
/// live register holds what the interpreter itself would hold there.
@Suite struct DeoptimizedFrameTests {
    static let source = """
        function f(a, b) { var x = a * 2; var d = x / 4; var y = x + b; var z = y - a; return z + d; }
        var t = 0;
        for (var k = 0; k < 50; k++) t += f(k, 1);
        """

    @Test(arguments: [(3, 2147483647), (2, 1.5), (-1073741825, 1)] as [(Int32, Double)])
    func theRebuiltRegistersAreTheInterpreters(a: Int32, b: Double) throws {
        let call = "console.log(f(\(a), \(b)));"
        var captured: (offset: Int, registers: [Value])?
        var printed = ""
        let optimized = ExecutionContext(options: ExecutionOptions(tier: .optimizing), output: { printed += $0 })
        optimized.runtime.deoptObserver = { info, offset, registers in
            if info.chunk.name == "f", captured == nil { captured = (offset, registers) }
        }
        try optimized.run(source: Self.source)
        try optimized.run(source: call)
        let (offset, rebuilt) = try #require(captured, "f deoptimized")

        let reference = ExecutionContext(options: ExecutionOptions(tier: .interpreter), output: { _ in })
        try reference.run(source: Self.source)
        let runtime = reference.runtime
        let f = try #require(runtime.loaded.flatMap(\.allFunctions).first { $0.chunk.name == "f" })
        let fp = runtime.stackTop
        let arguments = [Value(int32: a), Value(number: b)]
        _ = try arguments.withUnsafeBufferPointer { (passed) throws(JsError) in
            try runtime.pushFrame(at: fp, record: f.record, callerFrame: -1, returnOffset: 0, callee: runtime.newFunction(f.record),
                                  this: .undefined, arguments: passed.baseAddress, count: 2)
        }
        var pc = 0
        while pc != offset {
            guard case .stepped(let next) = try runtime.step(frame: fp, at: pc) else { Issue.record("returned before \(offset)"); return }
            pc = next
        }
        let live = BytecodeAnalysis(code: f.chunk.code, registerCount: f.chunk.registerCount).live(at: offset)
        for register in 0..<f.chunk.registerCount where live.contains(register) {
            let expected = runtime.registerFile[fp + Layout.Frame.headerSlotCount + register]
            #expect(rebuilt[register] == expected, "r\(register) at \(offset)")
        }
    }
}
