@testable import JIT
import Testing

/// Tier-up from the interpreter to baseline code (counters and thresholds) and on-stack
/// replacement in both directions at loop headers: a running frame moves between the tiers
/// and the program goes on as if nothing happened.
@Suite struct TierUpAndOSRTests {
    /// Programs whose loops nest, continue, break and call, so that every header is reached
    /// with live values in registers.
    static let programs: [(name: String, source: String)] = [
        ("nested", """
            function nested(n) {
              var total = 0;
              for (var i = 0; i < n; i++) {
                for (var j = 0; j < i; j++) {
                  var k = 0;
                  while (k < j) { total += k * i; k++; }
                  if (j % 3 == 0) continue;
                  total ^= j;
                }
                do { total += 1; } while (total % 7 != 0);
              }
              return total;
            }
            var outer = 0;
            for (var r = 0; r < 3; r++) { outer += nested(9 + r); }
            console.log(outer, nested(5));
            """),
        ("objects", """
            function point(x, y) { return { x: x, y: y }; }
            function walk(points) {
              var sum = 0.5, names = '';
              outer: for (var i = 0; i < points.length; i++) {
                var p = points[i];
                for (var step = 0; step < 4; step++) {
                  if (p.x + step > 20) break outer;
                  sum += p.x * step - p.y / 2;
                }
                names += i % 2 ? 'a' : 'b';
              }
              return sum + ':' + names;
            }
            var points = [];
            for (var i = 0; i < 12; i++) points.push(point(i, i * 1.5));
            console.log(walk(points));
            var text = '', n = 0;
            while (n < 5) { text += String.fromCharCode(65 + n); n++; }
            console.log(text, points.length);
            """),
    ]

    /// What `source` prints in the interpreter, and every loop header of every function in it
    /// (function name, bytecode offset of the header).
    static func reference(_ source: String) throws -> (output: String, headers: [(function: String, offset: Int)]) {
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .interpreter))
        var headers: [(String, Int)] = []
        for function in run.runtime.loaded.flatMap(\.allFunctions) {
            for (offset, instruction) in function.chunk.instructions {
                if case .jumpLoop(let jump) = instruction {
                    let header = offset + Int(jump.value)
                    if !headers.contains(where: { $0 == (function.chunk.name, header) }) { headers.append((function.chunk.name, header)) }
                }
            }
        }
        return (run.output, headers)
    }

    /// Runs `source` with the runtime adjusted by `configure` before the program starts.
    static func run(_ source: String, tier: Tier, configure: (Runtime) -> Void) throws -> (output: String, runtime: Runtime) {
        let printed = PrintedText()
        let context = ExecutionContext(options: ExecutionOptions(tier: tier), output: { printed.text += $0 })
        configure(context.runtime)
        try context.run(source: source, file: "osr.js")
        return (printed.text, context.runtime)
    }

    @Test func theTestProgramsHaveSeveralLoopHeaders() throws {
        for program in Self.programs {
            let headers = try Self.reference(program.source).headers
            #expect(headers.count >= 4, "\(program.name): \(headers)")
        }
    }

    @Test(arguments: programs.map(\.name))
    func theInterpreterEntersBaselineCodeAtEveryLoopHeader(_ name: String) throws {
        let source = Self.programs.first { $0.name == name }!.source
        let (expected, headers) = try Self.reference(source)
        for header in headers {
            let (output, runtime) = try Self.run(source, tier: .auto) { runtime in
                runtime.optimizingThresholds = .never
                runtime.baselineTierUp = TierUpThresholds(invocations: .max, backEdges: 1)
                runtime.osrEntryFilter = { $0.chunk.name == header.function && $1 == header.offset }
            }
            #expect(output == expected, "OSR at \(header)")
            #expect(runtime.osrLog.contains { $0.function == header.function && $0.offset == header.offset && $0.direction == .intoBaseline },
                    "entered at \(header): \(runtime.osrLog)")
            #expect(runtime.osrLog.allSatisfy { $0.function == header.function && $0.offset == header.offset })
        }
    }

    @Test(arguments: programs.map(\.name))
    func baselineCodeHandsItsFrameToTheInterpreterAtEveryLoopHeader(_ name: String) throws {
        let source = Self.programs.first { $0.name == name }!.source
        let (expected, headers) = try Self.reference(source)
        for header in headers {
            let (output, runtime) = try Self.run(source, tier: .baseline) { runtime in
                runtime.interpreterHandoffFilter = { $0.chunk.name == header.function && $1 == header.offset }
            }
            #expect(output == expected, "hand-off at \(header)")
            #expect(runtime.osrLog.contains { $0.function == header.function && $0.offset == header.offset && $0.direction == .intoInterpreter },
                    "left at \(header): \(runtime.osrLog)")
        }
    }

    @Test func framesCrossBackAndForthAtEveryBackEdge() throws {
        // The frame leaves baseline code at each back edge and the interpreter sends it back at
        // the next one: every iteration crosses twice.
        let source = Self.programs[0].source
        let expected = try Self.reference(source).output
        let (output, runtime) = try Self.run(source, tier: .auto) { runtime in
            runtime.optimizingThresholds = .never
            runtime.baselineTierUp = TierUpThresholds(invocations: 1, backEdges: 1)
            runtime.interpreterHandoffFilter = { _, _ in true }
        }
        #expect(output == expected)
        let into = runtime.osrLog.filter { $0.direction == .intoBaseline }.count
        let out = runtime.osrLog.filter { $0.direction == .intoInterpreter }.count
        #expect(into > 20 && out > 20, "\(into) entries, \(out) exits")
    }

    @Test func aFunctionIsCompiledOnceItsCallsPassTheThreshold() throws {
        let source = "function f(x) { return x + 1; } var s = 0; s += f(1); s += f(2); s += f(3); console.log(s);"
        let options = ExecutionOptions(tier: .auto, baselineThreshold: 3)
        let three = try ScriptRun(source, options: options)
        #expect(three.function("f")?.baselineCode == nil, "three calls: not past the threshold")
        let four = try ScriptRun(source + " console.log(f(4));", options: options)
        #expect(four.function("f")?.baselineCode != nil, "the fourth call ran compiled code")
        #expect(four.output == "9\n5\n")
        #expect(four.context.statistics.baselineJIT.functionsCompiled == 1)
    }

    @Test func aHotLoopEntersBaselineCodeByOSR() throws {
        let source = "var s = 0; for (var i = 0; i < 1000; i++) { s += i; } console.log(s);"
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .auto, baselineThreshold: 100, optimizingThreshold: 100_000))
        #expect(run.output == "499500\n")
        #expect(run.context.statistics.osrEntries == 1, "entered once, then the loop ran to its end in baseline code")
        #expect(run.runtime.osrLog.first?.direction == .intoBaseline)
        #expect(run.function("")?.profile.backEdgeCount == 1000 || run.runtime.loaded[0].profile.backEdgeCount == 1000,
                "baseline code kept counting where the interpreter stopped")
    }

    @Test func theInterpreterTierNeverCompiles() throws {
        let source = "function f() { var s = 0; for (var i = 0; i < 50; i++) s += i; return s; } for (var k = 0; k < 600; k++) f(); console.log(f());"
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .interpreter, baselineThreshold: 1))
        #expect(run.output == "1225\n")
        #expect(run.context.statistics.baselineJIT.functionsCompiled == 0 && run.context.statistics.osrEntries == 0)
    }

    @Test func theDefaultThresholdIsInTheRangeOfProductionEngines() {
        // JavaScriptCore's baseline JIT: 500 executions; V8 compiles Sparkplug code after a few hundred.
        #expect((100...1000).contains(ExecutionOptions.defaultBaselineThreshold))
        #expect(ExecutionOptions().baselineThreshold == ExecutionOptions.defaultBaselineThreshold)
    }

    @Test func anErrorThrownAfterOSRIsLocatedInTheSource() throws {
        let source = "var o = {}; for (var i = 0; i < 50; i++) { if (i == 40) o.missing.x = 1; }"
        #expect {
            _ = try ScriptRun(source, options: ExecutionOptions(tier: .auto, baselineThreshold: 1))
        } throws: { error in
            let error = error as? JsError
            return error?.headline == "TypeError: Cannot set properties of undefined (setting 'x')" && error?.location?.line == 1
        }
    }
}

/// Native calls between compiled functions check the native stack as well as the register file.
@Suite struct NativeStackTests {
    @Test func nativeCallsStopAtTheNativeStackLimit() throws {
        let runtime = Runtime(output: { _ in })
        let program = runtime.load(try ExecutionContext.compile(source: "var depth = 0; function down(n) { depth = n; return down(n + 1); }", file: "t.js"))
        try runtime.compileBaseline(program.allFunctions)
        _ = try runtime.call(runtime.newFunction(program.record), this: .undefined, arguments: [])
        var marker = 0
        let stackPointer = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        runtime.nativeStackLimit = stackPointer - 128 * 1024
        let down = try #require(runtime.getOwn(runtime.globalObject, runtime.intern("down")))
        #expect {
            _ = try runtime.call(down, this: .undefined, arguments: [Value(int32: 0)])
        } throws: { ($0 as? JsError)?.headline == "RangeError: Maximum call stack size exceeded" }
        let depth = try #require(runtime.getOwn(runtime.globalObject, runtime.intern("depth")))
        // The register file alone would allow about 170,000 frames; 128 KB of stack allow a few thousand.
        #expect(depth.asInt32 > 100 && depth.asInt32 < 20_000, "stopped by the stack check at depth \(depth.asInt32)")
    }
}
