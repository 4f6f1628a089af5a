import Foundation
import JIT
import Testing

/// The embedding API: `ExecutionContext` as a host program uses it.
@Suite struct ExecutionContextTests {
    /// Everything the output sink received, piece by piece.
    final class Sink: @unchecked Sendable {
        var pieces: [String] = []
        var text: String { pieces.joined() }
    }

    static func context(_ options: ExecutionOptions = ExecutionOptions()) -> (ExecutionContext, Sink) {
        let sink = Sink()
        return (ExecutionContext(options: options, output: { sink.pieces.append($0) }), sink)
    }

    /// Runs `source` in `context`, returning the error it stops with (nil when it completes).
    static func error(running source: String, file: String = "test.js", in context: ExecutionContext) -> JsError? {
        do {
            try context.run(source: source, file: file)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Output

    @Test func theSinkReceivesConsoleLogTextInOrder() throws {
        let (context, sink) = Self.context()
        try context.run(source: """
            console.log("one");
            console.log(2, "three", [4]);
            for (var i = 5; i <= 7; i++) console.log(i);
            """)
        #expect(sink.text == "one\n2 three [ 4 ]\n5\n6\n7\n")
    }

    @Test func aLargeOutputArrivesInPiecesWithNothingLostOrReordered() throws {
        let (context, sink) = Self.context()
        try context.run(source: "for (var i = 0; i < 20000; i++) console.log('line ' + i);")
        let expected = (0..<20000).map { "line \($0)\n" }.joined()
        #expect(sink.text == expected)
        #expect(sink.pieces.count > 1, "output is handed over as it accumulates, not all at the end")
    }

    @Test func outputPrintedBeforeAnErrorIsDelivered() {
        let (context, sink) = Self.context()
        let error = Self.error(running: "console.log('before');\nnull.x;\nconsole.log('after');", in: context)
        #expect(error?.kind == .typeError)
        #expect(sink.text == "before\n")
    }

    @Test func aProgramThatPrintsNothingCallsTheSinkWithNothing() throws {
        let (context, sink) = Self.context()
        try context.run(source: "var x = 1 + 2;")
        #expect(sink.text.isEmpty)
    }

    // MARK: Errors

    /// (program, kind, message, line, columns of the failing expression).
    static let failures: [(String, JsError.Kind, String, Int, ClosedRange<Int>)] = [
        ("var o = undefined;\nvar y = 1 + o.x;", .typeError, "Cannot read properties of undefined (reading 'x')", 2, 13...15),
        ("var f = 1;\n  f();", .typeError, "f is not a function", 2, 3...5),
        ("var o = { m: 1 };\nvar r = o.m(2);", .typeError, "o.m is not a function", 2, 9...14),
        ("var n = null;\nn.p = 3;", .typeError, "Cannot set properties of null (setting 'p')", 2, 1...7),
        ("var z = 2;\nz = z + missing;", .referenceError, "missing is not defined", 2, 9...15),
        ("\n\nfunction g() {\n  return h;\n}\nlet h = g();", .referenceError, "Cannot access 'h' before initialization", 4, 10...10),
        ("var a = [];\nfunction k() {\n    a.length = -1;\n}\nk();", .rangeError, "Invalid array length", 3, 5...17),
        ("var x = ;", .syntaxError, "Unexpected token ';'", 1, 9...9),
    ]

    @Test(arguments: failures)
    func errorsCarryKindMessageAndLocation(source: String, kind: JsError.Kind, message: String, line: Int, columns: ClosedRange<Int>) throws {
        let (context, _) = Self.context()
        let error = try #require(Self.error(running: source, file: "failing.js", in: context))
        #expect(error.kind == kind)
        #expect(error.message == message)
        #expect(error.headline == "\(kind.rawValue): \(message)")
        let location = try #require(error.location)
        #expect(location.file == "failing.js")
        #expect(location.line == line)
        #expect(columns.contains(location.column), "column \(location.column) is not in the failing expression \(columns)")
        #expect(error.description == "\(kind.rawValue): \(message)\n    at failing.js:\(line):\(location.column)")
    }

    /// The column node reports for each (read from `node file.js`'s stack): a read at the
    /// property name or `[`, a store at its `=`, a compound read or postfix update at the
    /// object, a call at the identifier or name before its `(` (else the `(`), `new` at `new`.
    @Test(arguments: [
              ("var o = undefined;\nvar y = 1 + o.x;", 15),
              ("var f = 1;\n  f();", 3),
              ("var o = { m: 1 };\nvar r = o.m(2);", 11),
              ("var n = null;\nn.p = 3;", 5),
              ("var a = [];\nfunction k() {\n    a.length = -1;\n}\nk();", 14),
              ("var o; var y = o[1];", 17),
              ("var o; o[1] = 2;", 13),
              ("var o; o.x += 1;", 8),
              ("var o; o.x++;", 8),
              ("var o; ++o.x;", 8),
              ("var o; o[0]++;", 8),
              ("var o = {}; var r = o.a.b;", 25),
              ("var o = {}; o.a.b += 1;", 15),
              ("var o = {}; o.a[0] = 1;", 20),
              ("var a = []; a.length -= 10;", 22),
              ("var X = 1; new X();", 12),
              ("var o; new o.m();", 14),
              ("var o = {m: 1}; o[\"m\"](1);", 23),
              ("var f = 1; (f)();", 15),
              ("function g() { return 1; } g()();", 31),
              ("function f() {} f().x += 1;", 17),
              ("var o = {};\n o\n  .m\n  ();", 4),
              ("const c = 1;   c = 2;", 18),
              ("const c = 1;   c += 2;", 18),
              ("const c = 1;   c++;", 17),
              ("x = 1; let x;", 3),
              ("x += 1; let x;", 1),
              ("function f() { const c = 1;   c = 2; }\nf();", 33),
              ("var e = \"😀\"; var y = null.x;", 28),  // columns count UTF-16 code units
          ])
    func errorColumnsMatchNode(source: String, nodeColumn: Int) throws {
        let (context, _) = Self.context()
        let error = try #require(Self.error(running: source, in: context))
        #expect(error.location?.column == nodeColumn)
    }

    // MARK: Recursion depth

    static let runaway = "var depth = 0;\nfunction down() { depth++; return down() + 1; }\ndown();"

    @Test func runawayRecursionIsARangeError() throws {
        let (context, _) = Self.context()
        let error = try #require(Self.error(running: Self.runaway, file: "deep.js", in: context))
        #expect(error.kind == .rangeError)
        #expect(error.message == "Maximum call stack size exceeded")
        #expect(error.location?.file == "deep.js")
        #expect(error.location?.line == 2)
    }

    @Test func aSmallRegisterFileOverflowsSooner() throws {
        func depthReached(registerFileSize: Int) throws -> Int {
            let (context, sink) = Self.context(ExecutionOptions(registerFileSize: registerFileSize))
            let error = Self.error(running: Self.runaway, in: context)
            #expect(error?.message == "Maximum call stack size exceeded")
            // The context stays usable after the overflow; its globals say how deep it got.
            try context.run(source: "console.log(depth);")
            return try #require(Int(sink.text.trimmingCharacters(in: .newlines)))
        }
        let small = try depthReached(registerFileSize: 1_000)
        let large = try depthReached(registerFileSize: 100_000)
        #expect(small > 10 && small < 1_000)
        #expect(large > 50 * small)
        #expect(try depthReached(registerFileSize: 1 << 20) > 10_000, "the default allows deep recursion")
    }

    @Test func recursionWithinTheLimitWorks() throws {
        let (context, sink) = Self.context()
        try context.run(source: "function sum(n) { return n == 0 ? 0 : n + sum(n - 1); }\nconsole.log(sum(5000));")
        #expect(sink.text == "12502500\n")
    }

    // MARK: Several runs

    @Test func aSecondRunSeesTheGlobalsOfTheFirst() throws {
        let (context, sink) = Self.context()
        try context.run(source: "var counter = 1;\nfunction increment() { counter++; }\nvar shared = { hits: 0 };", file: "first.js")
        try context.run(source: "increment(); increment(); shared.hits += counter; console.log(counter, shared);", file: "second.js")
        try context.run(source: "console.log(typeof increment, shared.hits);", file: "third.js")
        #expect(sink.text == "3 { hits: 3 }\nfunction 3\n")
    }

    @Test func anErrorInOneRunDoesNotSpoilTheNext() throws {
        let (context, sink) = Self.context()
        try context.run(source: "var before = 'kept';")
        #expect(Self.error(running: "var half = 1; undefinedFunction();", in: context)?.kind == .referenceError)
        try context.run(source: "console.log(before, half);")
        #expect(sink.text == "kept 1\n")
    }

    @Test func contextsAreIndependent() throws {
        let (first, _) = Self.context()
        let (second, sink) = Self.context()
        try first.run(source: "var onlyInFirst = 1;")
        #expect(Self.error(running: "console.log(onlyInFirst);", in: second)?.message == "onlyInFirst is not defined")
        #expect(sink.text.isEmpty)
    }

    // MARK: Statistics

    @Test func statisticsCountWhatRan() throws {
        // The interpreter counts the instructions it runs; compiled code does not.
        let (context, _) = Self.context(ExecutionOptions(tier: .interpreter))
        #expect(context.statistics.instructionsExecuted == 0)
        try context.run(source: "function f(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s; }\nf(10);")
        let small = context.statistics
        try context.run(source: "f(1000);")
        let large = context.statistics
        #expect(small.instructionsExecuted >= 10 * 3)
        #expect(large.instructionsExecuted - small.instructionsExecuted >= 1000 * 3, "at least compare, add and jump per iteration")
        #expect(small.backEdges == 10)
        #expect(large.backEdges == 1010)
        #expect(large.functions == 3, "two programs and f")
        #expect(large.invocations == 2 + 2)
        #expect(large.bytesAllocated > 0)
        #expect(large.description.contains("instructions executed: \(large.instructionsExecuted)"))
    }

    @Test func statisticsReportWhatEachCompilerDid() throws {
        let (context, _) = Self.context()
        let chunk = try ExecutionContext.compile(source: "function f(x) { return x + 1; }\nfunction g() { return f(2); }\ng();", file: "c.js")
        #expect(chunk.compileSeconds > 0, "the bytecode compiler times itself")
        func instructions(_ chunk: BytecodeChunk) -> Int { chunk.instructionCount + chunk.functions.map(instructions).reduce(0, +) }
        #expect(chunk.instructionCount == 11, "the program's listing: two declarations, two definitions, the call, the return")
        try context.run(chunk)
        let stats = context.statistics
        #expect(stats.bytecodeCompiler.functionsCompiled == 3)
        #expect(stats.bytecodeCompiler.bytecodesCompiled == instructions(chunk))
        #expect(stats.bytecodeCompiler.seconds == chunk.compileSeconds)
        #expect(stats.bytecodeCompiler.bytecodesPerSecond! > 0)
        // No JIT tier has compiled anything yet: their figures are zero and have no rate.
        #expect(stats.baselineJIT == CompilerStatistics())
        #expect(stats.optimizingJIT.bytecodesPerSecond == nil)
        #expect(stats.osrEntries == 0)
        #expect(stats.deopts == 0)
        #expect(stats.description.contains("bytecode compiler: 3 functions, \(instructions(chunk)) bytecodes"))
        #expect(stats.description.contains("OSR entries: 0 (into optimized code: 0), OSR exits: 0, deopts: 0"))
    }

    @Test func statisticsRoundTripThroughJSON() throws {
        let (context, _) = Self.context()
        try context.run(source: "var o = { a: 1 }; for (var i = 0; i < 5; i++) o.a += i;")
        let stats = context.statistics
        let json = stats.json
        #expect(json.contains("\"bytecodeCompiler\""))
        #expect(json.contains("\"monomorphic\""), "inline-cache states are keyed by name")
        let decoded = try JSONDecoder().decode(ExecutionStatistics.self, from: Data(json.utf8))
        #expect(decoded == stats)
    }

    // MARK: Compiling

    @Test func compileNamesEveryFunctionInTheDisassembly() throws {
        let chunk = try ExecutionContext.compile(source: """
            function outer() {
              function inner() { return 1; }
              var arrow = (x) => x * 2;
              return inner() + arrow(2);
            }
            var anonymous = function () { return 0; };
            console.log(outer());
            """, file: "nested.js")
        #expect(chunk.name == "(program)")
        #expect(chunk.file == "nested.js")
        #expect(chunk.functions.map(\.name).contains("outer"))
        let outer = try #require(chunk.functions.first { $0.name == "outer" })
        #expect(outer.functions.map(\.name) == ["inner", "arrow"])
        let text = chunk.disassemblyOfAllFunctions
        for header in ["function (program)", "function outer", "function inner", "function arrow"] {
            #expect(text.contains(header + " ("), "\(header) missing")
        }
        #expect(text.contains("functions: f0 = inner, f1 = arrow"))
        // Depth first: outer's nested functions come right after outer.
        let order = ["function (program)", "function outer", "function inner", "function arrow"].compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test func aCompiledChunkRunsAndCanRunAgain() throws {
        let chunk = try ExecutionContext.compile(source: "var runs = (typeof runs == 'number' ? runs : 0) + 1;\nconsole.log(runs);", file: "again.js")
        let (context, sink) = Self.context()
        try context.run(chunk)
        try context.run(chunk)
        #expect(sink.text == "1\n2\n")
    }

    @Test func compileReportsSyntaxErrorsWithALocation() {
        do {
            _ = try ExecutionContext.compile(source: "var ok = 1;\nvar = 2;", file: "bad.js")
            Issue.record("expected a SyntaxError")
        } catch {
            #expect(error.kind == .syntaxError)
            #expect(error.location?.file == "bad.js")
            #expect(error.location?.line == 2)
        }
    }

    @Test func aMalformedChunkIsABytecodeErrorNotACrash() {
        let chunk = BytecodeChunk(name: "bad", file: "bad.bc", code: [0xFF], constants: [], registerCount: 0, parameterCount: 0,
                                  feedbackSlotCount: 0, lineTable: [], functions: [])
        let (context, _) = Self.context()
        do {
            try context.run(chunk)
            Issue.record("expected a BytecodeError")
        } catch {
            #expect(error.kind == .bytecodeError)
        }
    }

    // MARK: Tiers

    @Test(arguments: Tier.allCases)
    func everyTierRunsTheSameProgram(tier: Tier) throws {
        let (context, sink) = Self.context(ExecutionOptions(tier: tier))
        try context.run(source: "var s = 0; for (var i = 0; i < 100; i++) s += i * 1.5; console.log(s, { tier: 'any' });")
        #expect(context.options.tier == tier)
        #expect(sink.text == "7425 { tier: 'any' }\n")
    }
}
