@testable import JIT
import Testing

/// The graph builder turns bytecode and its profile into SSA IR that specializes on what the
/// profile saw, with guards carrying frame states, typed phis at merges and loop headers, OSR
/// entries, and deoptimization where the profile saw nothing.
@Suite struct GraphBuilderTests {
    /// Runs `source` in the interpreter (so profiles fill), then builds `name`'s IR.
    static func build(_ source: String, _ name: String, osrEntries: Bool = false) throws -> (IRFunction, String) {
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .interpreter))
        let info = try #require(run.function(name))
        let function = try GraphBuilder(info: info, runtime: run.runtime, osrEntries: osrEntries).build()
        try IRVerifier.verify(function)
        return (function, IRPrinter.print(function))
    }

    static func ops(_ function: IRFunction, _ opcode: IROpcode) -> [ValueID] {
        function.liveBlocks.flatMap { function[$0].ops }.filter { function[$0].opcode == opcode }
    }

    @Test func anInt32LoopHasInt32PhisAndOverflowGuards() throws {
        let (function, text) = try Self.build("""
            function sum(n) { var s = 0; for (var i = 0; i < n; i++) s = s + i; return s; }
            sum(100); sum(100);
            """, "sum")
        #expect(Self.ops(function, .int32Phi).count == 2, "\(text)")
        #expect(Self.ops(function, .int32Add).count == 2, "\(text)")
        #expect(Self.ops(function, .unboxInt32).count == 1, "n is unboxed once: \(text)")
        // Every guard resumes at its own instruction, with the live registers.
        for add in Self.ops(function, .int32Add) {
            let state = function.frameStates[try #require(function[add].frameState)]
            #expect(state.bytecodeOffset == function[add].bytecodeOffset)
            #expect(state.registers.compactMap { $0 }.count >= 2)
        }
        #expect(Self.ops(function, .branch).count == 1)
        #expect(Self.ops(function, .generic).isEmpty, "\(text)")
    }

    @Test func aCounterThatBecomesADoubleWidensItsLoopPhi() throws {
        let (function, text) = try Self.build("""
            function halve(n) { var x = 1; for (var i = 0; i < n; i++) x = x / 2; return x; }
            halve(10);
            """, "halve")
        #expect(Self.ops(function, .doublePhi).count == 1, "\(text)")
        #expect(Self.ops(function, .int32Phi).count == 1, "\(text)")
        #expect(Self.ops(function, .doubleDiv).count == 1)
        #expect(Self.ops(function, .int32ToDouble).count >= 1, "the int32 start converts into the double phi: \(text)")
    }

    @Test func propertiesAreShapeCheckedSlotLoadsAndStores() throws {
        let (function, text) = try Self.build("""
            function move(p) { p.x = p.x + p.dx; return p.x; }
            var p = {x: 1, dx: 2};
            for (var i = 0; i < 10; i++) move(p);
            """, "move")
        #expect(Self.ops(function, .checkShape).count == 4, "\(text)")
        #expect(Self.ops(function, .loadSlot).count == 3)
        #expect(Self.ops(function, .storeSlot).count == 1)
        #expect(Self.ops(function, .generic).isEmpty, "\(text)")
    }

    @Test func whatTheProfileNeverSawDeoptimizes() throws {
        // y was never anything but undefined: what x * y would be, only running it can tell.
        let (function, text) = try Self.build("""
            function f(x, y) { if (x > 100) return x * y; return x + 1; }
            f(1); f(2);
            """, "f")
        #expect(Self.ops(function, .deopt).count == 1, "\(text)")
        #expect(Self.ops(function, .int32Mul).isEmpty)
        #expect(Self.ops(function, .int32Add).count == 1)
    }

    @Test func whatTheIRProvesNeedsNoProfile() throws {
        // x * 3 and the loop after the first never ran, but x, i and n are int32s and a is
        // an array already: their code is compiled, not a deoptimization.
        let (function, text) = try Self.build("""
            function f(x, a) {
              if (x > 100) return x * 3;
              var n = a.length, s = 0;
              for (var i = 0; i < n; i++) s += a[i];
              if (x < 0) for (var j = 0; j < n; j++) a[j] = s - j;
              return s + x;
            }
            f(1, [1, 2]); f(2, [3]);
            """, "f")
        #expect(Self.ops(function, .deopt).isEmpty, "\(text)")
        #expect(Self.ops(function, .int32Mul).count == 1, "\(text)")
        #expect(Self.ops(function, .storeElement).count == 1, "\(text)")
    }

    @Test func stringsAndMegamorphicSitesRunGenerically() throws {
        let (function, text) = try Self.build("""
            function cat(a, b) { return a + b; }
            cat("x", "y"); cat(1, "z");
            """, "cat")
        let generic = try #require(Self.ops(function, .generic).first, "\(text)")
        #expect(function[generic].inputs.count == 2)
        #expect(Self.ops(function, .int32Add).isEmpty)
    }

    @Test func everyLoopHeaderHasATypeCheckedOSREntry() throws {
        let (function, text) = try Self.build("""
            function nest(n) { var t = 0; for (var i = 0; i < n; i++) for (var j = 0; j < i; j++) t = t + j; return t; }
            nest(20);
            """, "nest", osrEntries: true)
        #expect(function.osrEntries.count == 2, "\(text)")
        for (_, block) in function.osrEntries {
            let ops = function[block].ops.map { function[$0].opcode }
            #expect(ops.contains(.osrValue))
            #expect(ops.contains(.unboxInt32), "\(text)")
        }
        // The preheaders merge the normal path with the OSR entry.
        #expect(Self.ops(function, .int32Phi).count >= 4, "\(text)")
    }

    @Test func aMonomorphicCallIsGuardedAndDirect() throws {
        let (function, text) = try Self.build("""
            function sq(x) { return x * x; }
            function f(n) { return sq(n) + 1; }
            f(3); f(4);
            """, "f")
        #expect(Self.ops(function, .checkFunction).count == 1, "\(text)")
        let call = try #require(Self.ops(function, .callDirect).first)
        #expect(function[call].inputs.count == 2, "this and one argument")
        #expect(Self.ops(function, .checkGlobalShape).count == 1)
    }

    @Test func arraysAreCheckedAndBoundsChecked() throws {
        let (function, text) = try Self.build("""
            function total(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
            total([1, 2, 3]);
            """, "total")
        #expect(Self.ops(function, .checkBounds).count == 1, "\(text)")
        let load = try #require(Self.ops(function, .loadElement).first)
        #expect(Self.ops(function, .loadElement).count == 1)
        #expect(Self.ops(function, .arrayLength).count == 2, "a.length and the bounds")
        // The element is read from the array's storage, loaded by an op of its own (which can
        // leave loops that do not change the length).
        #expect(function[function[load].inputs[0]].opcode == .loadElements, "\(text)")
    }

    @Test func anElementUsedAsAnArrayIsCheckedWithoutTheEmptyTest() throws {
        // m[i] cannot be the empty value (a hole deoptimizes the load), so checking it as an
        // array needs no zero test: CheckArrayNonEmpty; m itself, a parameter, gets CheckArray.
        let (function, text) = try Self.build("""
            function get(m, i, j) { return m[i][j]; }
            get([[1, 2], [3, 4]], 1, 0);
            """, "get")
        #expect(Self.ops(function, .checkArray).count == 1, "\(text)")
        let check = try #require(Self.ops(function, .checkArrayNonEmpty).first, "\(text)")
        #expect(function[function[check].inputs[0]].opcode == .loadElement)
    }

    @Test func aRepeatedFailureTurnsASiteGeneric() throws {
        let run = try ScriptRun("function f(a, b) { return a + b; } f(1, 2);", options: ExecutionOptions(tier: .interpreter))
        let info = try #require(run.function("f"))
        let add = try #require(info.chunk.instructions.first { if case .add = $0.instruction { return true } else { return false } }?.offset)
        var log = SpeculationLog()
        log.record(.int32Add, at: add, hoisted: false)
        #expect(log.speculates(at: add))
        log.record(.int32Add, at: add, hoisted: false)
        #expect(!log.speculates(at: add))
        let function = try GraphBuilder(info: info, runtime: run.runtime, speculationLog: log).build()
        #expect(Self.ops(function, .generic).count == 1)
        #expect(Self.ops(function, .int32Add).isEmpty)
    }
}

