@testable import JIT
import Testing
import X64Assembler

/// The baseline JIT's linear pass: templates copied and patched, jumps bound, offsets recorded,
/// and the code run on the interpreter's own frames through the entry stub.
@Suite struct BaselineJITTests {
    let runtime = Runtime(output: { _ in })

    /// Runs `source` (so its functions are globals) and returns its first nested function
    /// with a function value for it.
    func function(_ source: String) throws -> (info: FunctionInfo, value: Value) {
        let program = runtime.load(try ExecutionContext.compile(source: source, file: "t.js"))
        _ = try runtime.call(runtime.newFunction(program.record), this: .undefined, arguments: [])
        let info = program.functions[0]
        return (info, runtime.newFunction(info.record))
    }

    /// A chunk built by hand (verified), loaded as a function.
    func function(code: [Instruction], registers: Int, constants: [BytecodeChunk.Constant] = []) throws -> (info: FunctionInfo, value: Value) {
        var bytes: [UInt8] = []
        for instruction in code { instruction.encode(into: &bytes) }
        let chunk = BytecodeChunk(name: "f", file: "t.js", code: bytes, constants: constants, registerCount: registers, parameterCount: 0,
                                  feedbackSlotCount: 0, lineTable: [], functions: [])
        try BytecodeVerifier.verify(chunk)
        let info = runtime.load(chunk)
        return (info, runtime.newFunction(info.record))
    }

    @Test func straightLineCodeRunsOnAnInterpreterFrame() throws {
        let f = try function("function f() { var a = 7; var b = a; var c = 2.5; var s = 'hi'; var n = null; return b; }")
        let code = try BaselineJIT.compile(f.info)
        let result = try runtime.runBaseline(code, function: f.value)
        #expect(result.isInt32 && result.asInt32 == 7)
    }

    @Test func everyLiteralKindIsWrittenToItsRegister() throws {
        let f = try function(code: [
            .loadInt(dst: Register(0), value: Immediate(-5)),
            .loadConst(dst: Register(1), index: ConstantIndex(0)),
            .loadConst(dst: Register(2), index: ConstantIndex(1)),
            .loadTrue(dst: Register(3)), .loadFalse(dst: Register(4)), .loadNull(dst: Register(5)), .loadUndefined(dst: Register(6)),
            .mov(dst: Register(7), src: Register(2)),
            .return(value: Register(7)),
        ], registers: 8, constants: [.number(0.5), .string(Array("str".utf16))])
        let code = try BaselineJIT.compile(f.info)
        let result = try runtime.runBaseline(code, function: f.value)
        #expect(runtime.toSwiftString(result) == "str")
        let registers = runtime.registerFile + runtime.stackTop + Layout.Frame.headerSlotCount
        #expect(registers[0].asInt32 == -5)
        #expect(registers[1].asDouble == 0.5)
        #expect(registers[3].bits == Value.true.bits && registers[4].bits == Value.false.bits)
        #expect(registers[5].isNull && registers[6].isUndefined)
    }

    @Test func forwardJumpsAreBound() throws {
        let f = try function(code: [
            .loadInt(dst: Register(0), value: Immediate(1)),
            .jump(offset: JumpOffset(14)),                       // over the next LoadInt (9 bytes) and its own 5
            .loadInt(dst: Register(0), value: Immediate(2)),
            .return(value: Register(0)),
        ], registers: 1)
        let result = try runtime.runBaseline(try BaselineJIT.compile(f.info), function: f.value)
        #expect(result.asInt32 == 1)
    }

    @Test func theOffsetTableIsMonotonicAndCoversEveryInstruction() throws {
        let f = try function("function f() { var a = 1; var b = a; return b; }")
        let code = try BaselineJIT.compile(f.info)
        let offsets = code.bytecodeOffsets
        #expect(offsets.map(\.bytecodeOffset) == f.info.chunk.instructions.map(\.offset))
        #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0.nativeOffset < $1.nativeOffset && $0.bytecodeOffset < $1.bytecodeOffset })
        #expect(offsets.first?.nativeOffset == BaselineJIT.prologue(registers: f.info.chunk.registerCount, parameters: f.info.chunk.parameterCount).count
                + BaselineJIT.optimizeCheck.bytes.count)
        #expect(code.osrEntries.isEmpty, "no loops")
    }

    @Test func thePrologueClearsTheLocalsSoACallerCopiesOnlyTheArguments() throws {
        // The callee's registers past its parameters are undefined however it was entered: from
        // baseline code (its prologue clears them), or from the interpreter (pushFrame does).
        let locals = (0..<40).map { "v\($0)" }
        let source = """
            function few(a, b) { var x, y; return [a, b, x, y].join('/'); }
            function many(p) { var \(locals.joined(separator: ", ")); return [p, v0, v19, v39, typeof v39].join('/'); }
            function callBoth() { return few(1) + ' ' + few(1, 2, 3) + ' ' + many() + ' ' + many(7, 8); }
            """
        let (result, _, _) = try BaselineFastPathTests.warmCall(source, "callBoth")
        #expect(result == "1/// 1/2// ////undefined 7////undefined")
        #expect(BaselineJIT.prologue(registers: 2, parameters: 2) == [0x48, 0x83, 0xEC, 0x08], "sub rsp, 8: no locals")
        #expect(BaselineJIT.prologue(registers: 3, parameters: 1).count == 4 + 2 * 11, "one store per local")
        #expect(BaselineJIT.prologue(registers: 300, parameters: 3).count < 40, "many locals: a loop")
        guard let objdump = CodeListing.findObjdump() else { return }
        func disassembly(_ registers: Int, _ parameters: Int) -> [String] {
            let lines = CodeListing.disassemble(BaselineJIT.prologue(registers: registers, parameters: parameters), at: 0, with: objdump) ?? []
            return lines.map { $0.text.split(separator: " ", omittingEmptySubsequences: true).drop { $0.hasSuffix(":") || $0.count == 2 }.joined(separator: " ") }.filter { !$0.isEmpty }
        }
        #expect(disassembly(3, 1) == ["sub rsp,0x8", "mov QWORD PTR [r13+0x30],0xa", "mov QWORD PTR [r13+0x38],0xa"])
        let loop = disassembly(300, 3)
        #expect(loop.count == 7 && loop[1] == "lea rax,[r13+0x40]" && loop[2] == "mov ecx,0x129" && loop[3] == "mov QWORD PTR [rax],0xa", "\(loop)")
    }

    @Test func opcodesWithOnlyAHelperRunThroughTheInterpreterStep() throws {
        // Objects, properties, arrays, calls (run to their return), strings, typeof, branches.
        let source = """
            function f(n) {
              var o = { a: 1, b: 'x' };
              var list = [];
              for (var i = 0; i < n; i++) { list.push(i * 2); o.a = o.a + list[i]; }
              if (typeof o.b === 'string' && o.a > 10) o.c = o.b + o.a;
              return o.c + ':' + list.length + ':' + twice(n);
            }
            function twice(x) { return x + x; }
            """
        let f = try function(source)
        let code = try BaselineJIT.compile(f.info)
        let result = try runtime.runBaseline(code, function: f.value, arguments: [Value(int32: 5)])
        #expect(runtime.toSwiftString(result) == "x21:5:10")
    }

    @Test func anErrorInAHelperLeavesThroughTheExitStub() throws {
        let f = try function("function f(o) { var before = 1; return o.missing.deeper; }")
        let code = try BaselineJIT.compile(f.info)
        do {
            _ = try runtime.runBaseline(code, function: f.value, arguments: [runtime.newObject()])
            Issue.record("expected a TypeError")
        } catch {
            #expect(error.headline == "TypeError: Cannot read properties of undefined (reading 'deeper')")
            #expect(error.location?.line == 1, "located by the interpreter's handler")
        }
        #expect(runtime.pendingError == nil, "handed over, not left behind")
        // The runtime is fine afterwards.
        let g = try function("function g() { return 3; }")
        #expect(try runtime.runBaseline(try BaselineJIT.compile(g.info), function: g.value).asInt32 == 3)
    }

    // MARK: Fast paths and helpers

    @Test func loopsRunOnInt32FastPathsAndCountBackEdges() throws {
        let f = try function("function f(n) { var s = 0; for (var i = 0; i < n; i++) s = s + i; return s; }")
        let code = try BaselineJIT.compile(f.info)
        #expect(code.osrEntries.map(\.bytecodeOffset) == [18], "the loop header")
        let result = try runtime.runBaseline(code, function: f.value, arguments: [Value(int32: 10)])
        #expect(result.isInt32 && result.asInt32 == 45)
        #expect(f.info.profile.counters.pointee.backEdges == 10)
        #expect(f.info.profile.slots[1].types == .int32, "the fast path records int32 feedback, like the interpreter")
    }

    @Test func overflowTakesTheHelperAndBecomesADouble() throws {
        let f = try function("function f(n) { var s = 0; for (var i = 0; i < n; i++) s = s + i; return s; }")
        let result = try runtime.runBaseline(try BaselineJIT.compile(f.info), function: f.value, arguments: [Value(int32: 100_000)])
        #expect(!result.isInt32 && result.asDouble == 4_999_950_000)
        #expect(f.info.profile.slots[1].types.isSuperset(of: [.int32, .overflow, .double]))
    }

    @Test func int32ArithmeticPastInt32GivesNodesDoubles() throws {
        let source = """
            function f(a, b) { return [a + b, a - b, a * b, b - a, a * 31, a * -1, (a * 31 + b) | 0].join(' '); }
            console.log(f(2147483647, 1), f(-2147483648, 1), f(-2147483648, -2147483648), f(2147483647, 2147483647), f(65536, 65536), f(-2147483648, 2147483647), f(46341, -46341));
            """
        let expected = "2147483648 2147483646 2147483647 -2147483646 66571993057 -2147483647 2147483618 -2147483647 -2147483649 -2147483648 2147483649 "
            + "-66571993088 2147483648 -2147483647 -4294967296 0 4611686018427388000 0 -66571993088 2147483648 0 4294967294 0 4611686014132420600 0 "
            + "66571993057 -2147483647 -32 131072 0 4294967296 0 2031616 -65536 2097152 -1 -4294967295 -4611686016279904000 4294967295 -66571993088 "
            + "2147483648 -1 0 92682 -2147488281 -92682 1436571 -46341 1390230\n"   // node
        for tier in [Tier.interpreter, .baseline] {
            let run = try ScriptRun(source, options: ExecutionOptions(tier: tier))
            #expect(run.output == expected, "\(tier)")
        }
        let f = try function("function f(a, b) { return a * b; }")
        let code = try BaselineJIT.compile(f.info)
        #expect(try runtime.runBaseline(code, function: f.value, arguments: [Value(int32: 65536), Value(int32: 65536)]).asNumber == 4_294_967_296)
        #expect(f.info.profile.slots[0].types == [.overflow, .double], "what the interpreter records past int32")
    }

    @Test func helpersRunWhatTheFastPathsDoNot() throws {
        let f = try function("function f(a, b) { return a + b; }")
        let code = try BaselineJIT.compile(f.info)
        let text = try runtime.runBaseline(code, function: f.value, arguments: [runtime.newString("x"), Value(int32: 1)])
        #expect(runtime.toSwiftString(text) == "x1")
        #expect(try runtime.runBaseline(code, function: f.value, arguments: [Value(double: 1.5), Value(int32: 2)]).asNumber == 3.5)
        #expect(f.info.profile.slots[0].types.isSuperset(of: [.string, .double]))
    }

    @Test func comparisonsAndImmediatesOnDoubles() throws {
        let f = try function("function f(x) { var c = 0; while (x > 0.5) { x -= 1; c++; } return c; }")
        let code = try BaselineJIT.compile(f.info)
        #expect(try runtime.runBaseline(code, function: f.value, arguments: [Value(double: 3.7)]).asInt32 == 4)
        #expect(try runtime.runBaseline(code, function: f.value, arguments: [Value(int32: 0)]).asInt32 == 0)
        #expect(try runtime.runBaseline(code, function: f.value, arguments: [Value(double: 1.6)]).asInt32 == 2)
        #expect(f.info.profile.slots[0].types == .double, "against the constant 0.5 every comparison is a double one")
    }

    @Test func theLayoutAgreesWithTheSwiftStructsTemplatesWriteInto() {
        #expect(MemoryLayout<FeedbackSlotProfile>.offset(of: \.types) == Int(Layout.feedbackTypes))
        #expect(UInt64(TypeFeedback.int32.rawValue) == Layout.feedbackInt32)
        #expect(MemoryLayout<ProfileData.Counters>.offset(of: \.backEdges) == Int(Layout.countersBackEdges))
        #expect(MemoryLayout<ProfileData.Counters>.offset(of: \.loopHook) == Int(Layout.countersLoopHook))
        #expect(MemoryLayout<ProfileData.Counters>.offset(of: \.invocations) == Int(Layout.countersInvocations))
        #expect(MemoryLayout<ProfileData.Counters>.offset(of: \.optimizeAt) == Int(Layout.countersOptimizeAt))
        #expect(MemoryLayout<FeedbackSlotProfile>.offset(of: \.callTarget) == Int(Layout.feedbackCallTarget))
        #expect(MemoryLayout<FeedbackSlotProfile>.offset(of: \.callCount) == Int(Layout.feedbackCallCount))
        #expect(MemoryLayout<FeedbackSlotProfile>.offset(of: \.polymorphicCall) == Int(Layout.feedbackPolymorphicCall))
        #expect(MemoryLayout<FunctionRecord>.offset(of: \.counters) == Int(Layout.recordCounters))
        #expect(MemoryLayout<FunctionRecord>.offset(of: \.registerCount) == Int(Layout.recordRegisterCount))
        #expect(MemoryLayout<FunctionRecord>.offset(of: \.parameterCount) == Int(Layout.recordParameterCount))
        #expect(MemoryLayout<FunctionRecord>.offset(of: \.baselineEntry) == Int(Layout.recordBaselineEntry))
        #expect(UInt64(TypeFeedback.double.rawValue) == Layout.feedbackDouble)
        #expect(UInt64(TypeFeedback.other.rawValue) == Layout.feedbackOther)
        #expect(UInt64(TypeFeedback.string.rawValue) == Layout.feedbackString)
        #expect(UInt64(TypeFeedback.overflow.rawValue) == Layout.feedbackOverflow)
        #expect(Int64(bitPattern: Layout.cacheSlotStringLength) == Int64(InlineCache.Entry.stringLength))
        #expect(Int64(bitPattern: Layout.cacheSlotArrayLength) == Int64(InlineCache.Entry.arrayLength))
        #expect(Layout.kindRope == Layout.kindString + 1, "string kinds are adjacent: templates test both with one compare")
        #expect(Layout.builtinArrayPush == UInt64(Builtin.arrayPush.rawValue))
        #expect(Layout.builtinMathSqrt == UInt64(Builtin.mathSqrt.rawValue))
        #expect(Layout.builtinFromCharCode == UInt64(Builtin.stringFromCharCode.rawValue))
        #expect(Layout.builtinCharCodeAt == UInt64(Builtin.stringCharCodeAt.rawValue))
        // The heap's allocation state, which NewObject's template allocates from.
        let granule = UInt64(Heap.granule)
        #expect(Layout.objectCellAllocationSize == (UInt64(Layout.ObjectCell.size) + granule - 1) / granule * granule)
        #expect(Layout.heapFreeListObjectCell == Layout.heapFreeLists + (Layout.objectCellAllocationSize / granule - 1) * 8)
        #expect(Layout.ropeCellAllocationSize == (UInt64(Layout.RopeCell.size) + granule - 1) / granule * granule)
        #expect(Layout.heapFreeListRopeCell == Layout.heapFreeLists + (Layout.ropeCellAllocationSize / granule - 1) * 8)
        #expect(Layout.heapBytesSinceCollection >= Layout.heapFreeLists + UInt64(Heap.sizeClassCount * 8), "after every free-list head")
        #expect([Layout.heapBytesSinceCollection, Layout.heapAllocationLimit, Layout.heapAllocationCount, Layout.heapStateSize] == [256, 264, 272, 280])
        let object = runtime.newObject().asCell
        let cell = runtime.heap.allocationState.load(fromByteOffset: Int(Layout.heapFreeListObjectCell), as: UnsafeMutableRawPointer?.self)
        #expect(cell != nil && cell == runtime.newObject().asCell, "the next object comes from the head the template reads")
        _ = object
        let names = [(Layout.typeNameNumber, "number"), (Layout.typeNameUndefined, "undefined"), (Layout.typeNameBoolean, "boolean"),
                     (Layout.typeNameObject, "object"), (Layout.typeNameString, "string"), (Layout.typeNameFunction, "function")]
        for (index, name) in names { #expect(runtime.toSwiftString(runtime.typeNameTable[Int(index)]) == name) }
        #expect(MemoryLayout<FeedbackSlotProfile>.offset(of: \.cache)! + MemoryLayout<InlineCache>.offset(of: \.e0)! == Int(Layout.feedbackCacheEntry))
        #expect(MemoryLayout<InlineCache>.offset(of: \.e3)! - MemoryLayout<InlineCache>.offset(of: \.e0)! == 3 * Int(Layout.cacheEntrySize))
        #expect(MemoryLayout<InlineCache.Entry?>.stride == Int(Layout.cacheEntrySize) && InlineCache.maxEntries == 4)
        #expect(MemoryLayout<InlineCache.Entry>.offset(of: \.shape) == Int(Layout.cacheEntryShape))
        #expect(MemoryLayout<InlineCache.Entry>.offset(of: \.slot) == Int(Layout.cacheEntrySlot))
        #expect(MemoryLayout<InlineCache.Entry>.offset(of: \.holder) == Int(Layout.cacheEntryHolder))
        #expect(MemoryLayout<InlineCache.Entry>.offset(of: \.newShape) == Int(Layout.cacheEntryNewShape))
        // An optional entry keeps the entry's own layout (nil is a zero shape), as the templates assume.
        var profile = FeedbackSlotProfile()
        let shape = UnsafeMutableRawPointer(bitPattern: 0x1000)!, holder = UnsafeMutableRawPointer(bitPattern: 0x2000)!
        withUnsafeBytes(of: &profile) { #expect($0.load(fromByteOffset: Int(Layout.feedbackCacheEntry), as: UInt.self) == 0, "empty cache") }
        profile.cache.record(InlineCache.Entry(shape: shape, slot: 5, holder: holder))
        withUnsafeBytes(of: &profile) { bytes in
            let entry = Int(Layout.feedbackCacheEntry)
            #expect(bytes.load(fromByteOffset: entry + Int(Layout.cacheEntryShape), as: UnsafeRawPointer.self) == UnsafeRawPointer(shape))
            #expect(bytes.load(fromByteOffset: entry + Int(Layout.cacheEntrySlot), as: Int32.self) == 5)
            #expect(bytes.load(fromByteOffset: entry + Int(Layout.cacheEntryHolder), as: UnsafeRawPointer.self) == UnsafeRawPointer(holder))
            #expect(bytes.load(fromByteOffset: entry + Int(Layout.cacheEntryNewShape), as: UInt.self) == 0)
        }
    }

    @Test func everyHelperTheSpecsNameIsImplemented() {
        for opcode in Opcode.allCases {
            guard let helper = opcode.baseline.helper else { continue }
            #expect(BaselineHelpers.address(of: helper) != nil, "\(opcode.info.name) names helper '\(helper)'")
        }
        #expect(BaselineHelpers.address(of: "step") != nil)
        #expect(BaselineHelpers.address(of: "noSuchHelper") == nil)
    }
}

/// Fast paths that read the interpreter's own inline caches and array storage: once a site's
/// cache is warm, baseline code handles it without calling a helper.
@Suite struct BaselineFastPathTests {
    /// Runs `source` in the baseline tier, then calls global `name` with `arguments` in a loop:
    /// answers the last result, printed, and how many slow-path helper calls one call made
    /// inside the function (the loop's own sites are warm, and its call is native).
    static func warmCall(_ source: String, _ name: String, _ arguments: String = "") throws -> (result: String, helperCalls: UInt64, run: ScriptRun) {
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .baseline))
        func loop(_ times: Int) throws -> UInt64 {
            let before = run.runtime.baselineHelperCalls
            try run.run("var result; for (var k = 0; k < \(times); k++) result = \(name)(\(arguments));")
            return run.runtime.baselineHelperCalls - before
        }
        _ = try loop(1)   // warms the function's sites
        let ten = try loop(10)
        let perTen = try loop(20) - ten
        try run.run("console.log(result);")
        return (String(run.output.split(separator: "\n").last ?? ""), perTen / 10, run)
    }

    @Test func propertyReadsAndWritesUseTheWarmCache() throws {
        let source = """
            var o = { x: 1, y: 2, a: 3, b: 4, far: 5, farther: 6 };
            function f() { o.x = o.x + 10; o.farther = o.far + o.farther; return o.y + o.farther; }
            """
        let (result, helperCalls, _) = try Self.warmCall(source, "f")
        #expect(result == String(2 + 6 + 5 * 31), "farther grows by 5 per call")
        #expect(helperCalls == 0)
    }

    @Test func polymorphicReadsHitEachOfTheFourCachedShapes() throws {
        // x sits in a different slot of each shape, inline and out of line.
        let source = """
            var shapes = [{ x: 1 }, { a: 0, x: 2 }, { a: 0, b: 0, c: 0, d: 0, x: 3 }, { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, x: 4 }];
            function sum() { var s = 9; for (var i = 0; i < 4; i++) s = s * 10 + shapes[i].x; return s; }
            """
        let (result, helperCalls, _) = try Self.warmCall(source, "sum")
        #expect(result == "91234")
        #expect(helperCalls == 0, "every shape hits its entry of the site's cache")
    }

    @Test func aZeroProductOfNonNegativeInt32sAndADoubleMinusALiteralStayInline() throws {
        // Mandelbrot-style code: products of 0 at every pixel's start, doubles minus literals.
        let source = """
            function f() { var z = 0, y = 3.5, s = 0; for (var i = 0; i < 4; i++) { s += z * z + z * i + 2 * z + (y - 1) + i * 0; } return s; }
            function negative() { var z = 0, m = -2; return [z * m, m * 0, -0 - 1.5, 0 * -3]; }
            """
        let (result, helperCalls, run) = try Self.warmCall(source, "f")
        #expect(result == "10")
        #expect(helperCalls == 0, "no product of 0 goes to the helper unless it may be -0")
        try run.run("console.log(negative());")
        #expect(run.output.hasSuffix("[ -0, -0, -1.5, -0 ]\n"), "a negative operand still gives -0")
    }

    @Test func aStoreThatAddsAPropertyTakesTheCachedTransition() throws {
        let source = "function make(v) { var p = {}; p.first = v; p.second = v + 2; return p; }"
        let (result, helperCalls, run) = try Self.warmCall(source, "make", "5")
        #expect(helperCalls == 0, "the object is allocated inline too")
        try run.run("console.log(make(1));")
        #expect(run.output.hasSuffix("{ first: 1, second: 3 }\n"))
        _ = result
    }

    @Test func objectLiteralsAreAllocatedInlineAndCountedAsTheHeapCountsItsOwn() throws {
        let source = """
            function make(n) { var last = null; for (var i = 0; i < n; i++) last = { i: i, next: last }; return last; }
            var list = make(3000);
            console.log(list.i, list.next.i, list.next.next.next.i);
            """
        let interpreted = try ScriptRun(source, options: ExecutionOptions(tier: .interpreter))
        let compiled = try ScriptRun(source, options: ExecutionOptions(tier: .baseline))
        #expect(compiled.output == "2999 2998 2996\n")
        #expect(compiled.output == interpreted.output)
        #expect(compiled.runtime.heap.allocations == interpreted.runtime.heap.allocations)
        #expect(compiled.runtime.heap.bytesAllocated == interpreted.runtime.heap.bytesAllocated)
        #expect(compiled.runtime.heap.bytesInUse == interpreted.runtime.heap.bytesInUse)
        #expect(compiled.runtime.baselineHelperCalls < 100, "3000 objects, and no helper call for each")
    }

    @Test func inlineAllocationStillCollectsAndStillStopsAtTheHeapLimit() throws {
        let stressed = try ScriptRun("""
            function make(n) { var last = null; for (var i = 0; i < n; i++) last = { i: i, next: last }; return last; }
            var list = make(2000);
            console.log(list.next.next.i);
            """, options: ExecutionOptions(tier: .baseline, gcStressInterval: 5))
        #expect(stressed.output == "1997\n")
        #expect(stressed.runtime.collectorStatistics.collections >= 400, "every fifth allocation collects, inline ones included")

        let volume = try ScriptRun("""
            function churn(n) { var kept = 0; for (var i = 0; i < n; i++) { var o = { i: i }; kept += o.i & 1; } return kept; }
            console.log(churn(1000000));
            """, options: ExecutionOptions(tier: .baseline))
        #expect(volume.output == "500000\n")
        #expect(volume.runtime.collectorStatistics.collections >= 3, "64 MB of objects against an 8 MB threshold")

        let error = #expect(throws: JsError.self) {
            try ScriptRun("function grow() { var list = null; while (true) { list = { next: list }; } }\ngrow();",
                          options: ExecutionOptions(tier: .baseline, maxHeapMegabytes: 16))
        }
        #expect(error?.headline == "RangeError: out of memory (heap limit 16 MB)")
        #expect(error?.location?.line == 1)
    }

    @Test func commonBuiltinsAreCalledWithoutTheCallHelper() throws {
        let source = """
            var text = 'hello, world', list = [1, 2, 3];
            function f(i) {
              var c = text.charCodeAt(i % 12) + Math.floor(Math.sqrt(i)) + Math.max(i, 3) + String.fromCharCode(97 + i % 26).length;
              list.push(c);
              return list.pop() + Math.abs(-2.5);
            }
            """
        let (result, helperCalls, _) = try Self.warmCall(source, "f", "7")
        #expect(result == "131.5")
        #expect(helperCalls == 0)
    }

    @Test func nativeCallsPassMoreOrFewerArgumentsThanParameters() throws {
        let source = """
            function none() { return 1; }
            function three(a, b, c) { var k = 0; if (a === undefined) k += 1; if (b === undefined) k += 2; if (c === undefined) k += 4; return k; }
            function one(a) { return a; }
            function calls(i) {
              return none(i, i) * 1000000 + three() * 100000 + three(i) * 10000 + (three(i, 2, 3, 4) + 1) * 1000 + (one() === undefined ? 100 : 0) + one(i, i + 1);
            }
            """
        let (result, helperCalls, _) = try Self.warmCall(source, "calls", "5")
        #expect(result == "1761105")   // node
        #expect(helperCalls == 0, "every call is native")
    }

    @Test func mathSqrtOfANumberRunsInline() throws {
        let source = """
            function roots(i) {
              return [Math.sqrt(i), Math.sqrt(i + 0.25), Math.sqrt(-i), 1 / Math.sqrt(-0), Math.sqrt(1 / 0), Math.sqrt(0 / 0), Math.sqrt(2.25)].join(' ');
            }
            """
        let (result, helperCalls, run) = try Self.warmCall(source, "roots", "16")
        #expect(result == "4 4.031128874149275 NaN -Infinity Infinity NaN 1.5")   // node
        #expect(helperCalls == 2, "the array literal and join")
        let before = run.runtime.baselineBuiltinCalls
        try run.run("for (var k = 0; k < 10; k++) roots(k);")
        #expect(run.runtime.baselineBuiltinCalls - before == 10, "join only: every Math.sqrt of a number is inline")
        try run.run("console.log(Math.sqrt('9'), roots(2));")
        #expect(run.output.hasSuffix("3 1.4142135623730951 1.5 NaN -Infinity Infinity NaN 1.5\n"))
    }

    @Test func stringBuildingAndScanningStayInCompiledCode() throws {
        let source = """
            function build(n) { var s = ''; for (var i = 0; i < n; i++) s += String.fromCharCode(97 + i % 26); return s; }
            function scan(s) { var h = 0; for (var i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0; return h; }
            function both(n) { return scan(build(n)); }
            """
        let short = try Self.warmCall(source, "both", "100")
        let long = try Self.warmCall(source, "both", "1000")
        let interpreted = try ScriptRun(source + "\nconsole.log(both(100), both(1000));", options: ExecutionOptions(tier: .interpreter))
        #expect(interpreted.output == "\(short.result) \(long.result)\n")
        #expect(short.helperCalls == long.helperCalls, "past the rope threshold, appending and scanning take no helper")
        // '' + c, the 22 flat strings shorter than a rope, the rope's flattening by the first
        // charCodeAt, and 0 * 33 (a zero product may be -0: the helper decides).
        #expect(short.helperCalls <= 25)
    }

    @Test func typeofBranchesAgreeWithNodeInEveryTierAndStayInCompiledCode() throws {
        let source = """
            function kind(v) {
              var k = 0;
              if (typeof v === 'number') k += 1;
              if (typeof v === 'string') k += 2;
              if (typeof v == 'boolean') k += 4;
              if ('undefined' === typeof v) k += 8;
              if (typeof v === 'object') k += 16;
              if (typeof v === 'function') k += 32;
              if (typeof v !== 'object') k += 64;
              return k;
            }
            var values = [0, -1.5, NaN, 'x', 'a' + 'bcdefghijklmnopqrstuvwxyz0123456789', true, false, undefined, null, {}, [], kind, Math.max];
            function all() { var sum = 0; for (var i = 0; i < values.length; i++) sum += kind(values[i]) * (i + 1); return sum; }
            var kinds = [];
            for (var j = 0; j < values.length; j++) kinds.push(kind(values[j]));
            console.log(kinds.join(' '));
            """
        let expected = "65 65 65 66 66 68 68 72 16 16 16 96 96\n"   // node
        for tier in [Tier.interpreter, .baseline, .auto] {
            #expect(try ScriptRun(source, options: ExecutionOptions(tier: tier)).output == expected, "\(tier)")
        }
        let (result, helperCalls, _) = try Self.warmCall(source, "all")
        #expect(result == "5324")
        #expect(helperCalls == 0)
    }

    @Test func builtinFastPathsAgreeWithTheInterpreterAtTheirEdges() throws {
        // Expected output from node. Each case runs three times, so baseline code sees warm sites.
        let source = """
            var rope = 'abcdefghijklmnopqrstuvwxyz' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
            function edges(s) {
              return [s.charCodeAt(-1), s.charCodeAt(100), s.charCodeAt(1.5), s.charCodeAt('2'), s.charCodeAt(), s.charCodeAt(NaN),
                      String.fromCharCode(300), String.fromCharCode(65.7), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65, 66), String.fromCharCode(),
                      Math.sqrt('4'), Math.max(), Math.min(), Math.min(1, NaN), 1 / Math.max(-0, 0), 1 / Math.min(0, -0), 1 / Math.sign(-0), Math.floor(-0.5),
                      Math.round(2.5), Math.round(-2.5), Math.pow(2, 0.5), Math.atan2(1, 1), Math.hypot(3, 4), Math.abs(-2147483648), Math.ceil(true)];
            }
            for (var k = 0; k < 3; k++) console.log(edges(rope).join(' '), edges('xy').join(' '));
            var grow = [];
            function pushAll() { var n = 0; for (var i = 0; i < 20; i++) n = grow.push(i, i + 1); return n + ' ' + grow.pop() + ' ' + grow.length; }
            console.log(pushAll(), pushAll(), [].pop());
            var holes = [1, 2, 3], tagged = [1], big = new Array(5);
            holes[5] = 6;
            tagged.x = 'x';
            function pushes() { return [holes.push(4), tagged.push(holes.length), big.push(undefined), holes.length, tagged.length, big.length].join(' '); }
            console.log(pushes(), pushes(), holes, big.length, tagged);
            """
        let line = "NaN NaN 98 99 97 97 Ĭ A 65535 AB  2 -Infinity Infinity NaN Infinity -Infinity -Infinity -1 3 -2 1.4142135623730951 0.7853981633974483 5 2147483648 1 "
            + "NaN NaN 121 NaN 120 120 Ĭ A 65535 AB  2 -Infinity Infinity NaN Infinity -Infinity -Infinity -1 3 -2 1.4142135623730951 0.7853981633974483 5 2147483648 1\n"
        let expected = String(repeating: line, count: 3) + "40 20 39 79 20 78 undefined\n"
            + "7 2 6 7 2 6 8 3 7 8 3 7 [ 1, 2, 3, <2 empty items>, 6, 4, 4 ] 7 [ 1, 7, 8, x: 'x' ]\n"
        for tier in [Tier.interpreter, .baseline] {
            #expect(try ScriptRun(source, options: ExecutionOptions(tier: tier)).output == expected, "\(tier)")
        }
    }

    @Test func methodsFoundOnAHiddenPrototypeAreCached() throws {
        let source = "var l = []; function add(v) { l.push(v); return l.length; }"
        let (result, helperCalls, _) = try Self.warmCall(source, "add", "2")
        #expect(result == "31", "one call to warm up, then thirty")
        #expect(helperCalls == 0, "push is a builtin with room in its array; length and push come from the cache")
    }

    @Test func arrayElementsInBoundsAreFastAndEverythingElseIsNot() throws {
        let source = """
            var a = [1, 2, 3];
            function get(i) { return a[i]; }
            function set(i, v) { a[i] = v; return i; }
            """
        #expect(try Self.warmCall(source, "get", "1").helperCalls == 0)
        #expect(try Self.warmCall(source, "set", "0, 9").helperCalls == 0)
        #expect(try Self.warmCall(source, "get", "0 - 1").helperCalls == 1)
        #expect(try Self.warmCall(source, "get", "3").helperCalls == 1)
        #expect(try Self.warmCall(source, "get", "1.5").helperCalls == 1)
        let run = try ScriptRun(source + """

            console.log(get(0), get(-1), get(3), get('1'), get(1.5));
            set(0, 9); set(3, 4); set(6, 7);
            console.log(get(0), get(3), get(5), a.length, a);
            """, options: ExecutionOptions(tier: .baseline))
        #expect(run.output == "1 undefined undefined 2 undefined\n9 4 undefined 7 [ 9, 2, 3, 4, <2 empty items>, 7 ]\n")
    }

    @Test func globalsAreReadAndWrittenThroughTheirCache() throws {
        let source = "var counter = 0; function tick() { counter = counter + 1; return counter; }"
        let (result, helperCalls, _) = try Self.warmCall(source, "tick")
        #expect(result == "31", "one call to warm up, then thirty")
        #expect(helperCalls == 0)
        // Globals declared after a site warmed up change the global object's shape: the site
        // follows the current shape (old ones never come back), in both tiers.
        let later = try Self.warmCall(source + "\nvar before = tick(); var x1 = 1, x2 = 2, x3 = 3, x4 = 4, x5 = 5;", "tick")
        #expect(later.helperCalls == 0)
        let profile = try #require(later.run.function("tick")?.profile)
        let caches = (0..<profile.slotCount).map { profile[$0].cache }.filter { !$0.entries.isEmpty }
        #expect(!caches.isEmpty && caches.allSatisfy { $0.state == .monomorphic })
        let tdz = "function early() { return later; } let later = early();"
        #expect {
            try ScriptRun(tdz, options: ExecutionOptions(tier: .baseline))
        } throws: { ($0 as? JsError)?.headline == "ReferenceError: Cannot access 'later' before initialization" }
    }

    @Test func doubleArithmeticAndComparisonsStayInCompiledCode() throws {
        let source = "var x = 1.5, y = 0.25; function f() { var s = x * y + x / y - y; if (s < x) s = -s; if (s >= 7.5) s = 0; return s; }"
        let (result, helperCalls, _) = try Self.warmCall(source, "f")
        #expect(result == "6.125")
        #expect(helperCalls == 0)
    }

    @Test func doubleResultsAreBoxedAsTheInterpreterBoxesThem() throws {
        let source = """
            function op(a, b) { return [a + b, a - b, a * b, a / b, a < b, a <= b, a > b, a >= b]; }
            var cases = [[1.5, 1.5], [0, -1.5], [0.5, 0], [0, 0], [-0.5, 0.5], [1e308, 1e308], [3, 0.5], [-2147483648.5, 0.5], [2147483647, 1.5]];
            var lines = [];
            for (var i = 0; i < cases.length; i++) {
              var r = op(cases[i][0], cases[i][1]);
              lines.push(r.join(' ') + ' ' + (1 / r[2]));
            }
            console.log(lines.join('\\n'));
            var three = 1.5 + 1.5, negativeZero = 0 * -1.5, bigProduct = 65536.5 * 65536;
            """
        let interpreted = try ScriptRun(source, options: ExecutionOptions(tier: .interpreter))
        let compiled = try ScriptRun(source, options: ExecutionOptions(tier: .baseline))
        #expect(compiled.output == interpreted.output)
        #expect(compiled.output.contains("Infinity") && compiled.output.contains("NaN") && compiled.output.contains("-Infinity"))
        for name in ["three", "negativeZero", "bigProduct"] {
            let (a, b) = (try #require(interpreted.global(name)), try #require(compiled.global(name)))
            #expect(a.bits == b.bits, "\(name): the same encoding in both tiers")
        }
        #expect(compiled.global("three")?.isInt32 == true, "an integral double result is an int32, as Value(number:) makes it")
    }

    /// Every operator with a fast path, on values at and past the edges of those paths: the
    /// baseline tier must print what the interpreter prints (the corpus checks the interpreter against node).
    @Test func operatorsAgreeWithTheInterpreterAtTheEdgesOfTheirFastPaths() throws {
        let source = """
            var values = [0, 1, -1, 7, -7, 2147483647, -2147483648, 1.5, -2.5, 4294967296.5, 1e20, -0, NaN, Infinity,
                          '3', 'a', null, undefined, true, false, {}, [2]];
            var same = values[20];
            values.push(same);
            values.push(function () {});
            var out = [];
            for (var i = 0; i < values.length; i++) {
              var a = values[i];
              out.push([a | 0, a & 5, a ^ 3, a << 3, a >> 1, a >>> 0, a >>> 1, a * 3, a % 5, -a, 1 / -a, a - 1, typeof a].join(','));
              var d = a; d--; out.push(d);
              for (var j = 0; j < values.length; j++) {
                var b = values[j];
                out.push([a & b, a | b, a ^ b, a << b, a >> b, a >>> b, a % b, a === b, a !== b,
                          a < b, a <= b, a > b, a >= b].join(','));
                var branch = '';
                if (a === b) branch += 'e';
                if (a !== b) branch += 'n';
                out.push(branch);
              }
            }
            console.log(out.join(';'));
            """
        let interpreted = try ScriptRun(source, options: ExecutionOptions(tier: .interpreter))
        let compiled = try ScriptRun(source, options: ExecutionOptions(tier: .baseline))
        #expect(compiled.output == interpreted.output)
        #expect(compiled.output.count > 5000)
    }

    @Test func remaindersOfDoublesStayInCompiledCode() throws {
        let source = """
            var x = 7.5, y = -2.25, z = -6, out = [0, 0, 0, 0, 0, 0, 0];
            function f() { out[0] = x % 2; out[1] = y % 1000003; out[2] = z % 3; out[3] = x % y; out[4] = z % 4; out[5] = x % 0; out[6] = 1 / (z % 3); return 0; }
            """
        let (_, helperCalls, run) = try Self.warmCall(source, "f")
        #expect(helperCalls == 0)
        try run.run("console.log(out.join(' '));")
        #expect(run.output.hasSuffix("1.5 -2.25 0 0.75 -2 NaN -Infinity\n"))   // node
    }

    @Test func comparingWithNullOrUndefinedStaysInCompiledCodeAndRecordsOther() throws {
        let source = "var o = { next: null }; function f() { var n = 0; if (o.next === null) n += 1; if (o !== undefined) n += 2; if (o.next !== false) n += 4; return n; }"
        let (result, helperCalls, run) = try Self.warmCall(source, "f")
        #expect(result == "7")
        #expect(helperCalls == 0)
        let profile = try #require(run.function("f")?.profile)
        let types = (0..<profile.slotCount).map { profile[$0].types }.filter { !$0.isEmpty }
        #expect(types.filter { $0 == .other }.count == 3 && types.allSatisfy { $0 == .other || $0 == .int32 }, "as the interpreter records them")
    }

    @Test func stringComparisonsInBranchesStayInCompiledCode() throws {
        let source = """
            var words = ['k1', 'k10', 'k2', '', 'K', 'k', 'kk', 'k1', '\\u00e9', 'z'];
            function order(a, b) { var r = 0; if (a < b) r += 1; if (a <= b) r += 2; if (a > b) r += 4; if (a >= b) r += 8; return r; }
            function table() { var s = 1; for (var i = 0; i < words.length; i++) for (var j = 0; j < words.length; j++) s = s * 3 + order(words[i], words[j]) & 0xFFFFFF; return s; }
            var out = [];
            for (var i = 0; i < words.length; i++) for (var j = 0; j < words.length; j++) out.push(order(words[i], words[j]));
            console.log(out.join(''));
            """
        let expected = "103312121231033121031212123123312121012121231233333103333333331210333333331212103333121212121212101233103312121231033121212121212121210121212121212121212310\n"   // node
        for tier in [Tier.interpreter, .baseline] {
            #expect(try ScriptRun(source, options: ExecutionOptions(tier: tier)).output == expected, "\(tier)")
        }
        let (_, helperCalls, _) = try Self.warmCall(source, "table")
        #expect(helperCalls == 0)
    }

    @Test func int32OperatorsStayInCompiledCode() throws {
        let source = """
            var a = 1234567, b = 13;
            function f() {
              var r = (a & b) + (a | b) + (a ^ b) + (a << 3) + (a >> b) + (a >>> 2) + (a % b) + (a * 3) + (a % 7);
              var n = -b; n--;
              var t = (a === b) || (a !== b && a < b) || (a <= b) || (a > b && a >= b);
              if (a === b) r = 0;
              if (a !== b) r = r + n;
              return r + (t ? 1 : 0);
            }
            """
        let (result, helperCalls, _) = try Self.warmCall(source, "f")
        #expect(result == String((1234567 & 13) + (1234567 | 13) + (1234567 ^ 13) + (1234567 << 3) + (1234567 >> 13) + (1234567 >> 2) + 1234567 % 13 + 1234567 * 3 + 1234567 % 7 - 14 + 1))
        #expect(helperCalls == 0)
    }

    @Test func int32OverflowContinuesOnDoublesInCompiledCode() throws {
        // (The loop in warmCall uses k.)
        let source = "var big = 2000000000, three = 3; function f() { return ((big + big) - (0 - big - big)) + big * three + big * 7; }"
        let (result, helperCalls, run) = try Self.warmCall(source, "f")
        #expect(result == "28000000000")
        #expect(helperCalls == 0)
        let f = try #require(run.function("f"))
        let overflowed = (0..<f.profile.slotCount).filter { f.profile[$0].types == [.overflow, .double] }
        #expect(overflowed.count == 4, "big + big, _ - big, big * three, big * 7 overflowed and went on as doubles")
    }

    @Test func callsBetweenCompiledFunctionsStayNativeAndKeepTheirProfile() throws {
        let source = """
            function callee(a, b, c) { return a + (b === undefined ? 10 : b) + (c === undefined ? 100 : c); }
            function caller(x) { return callee(x) + callee(x, x, x, x); }
            """
        let (result, helperCalls, run) = try Self.warmCall(source, "caller", "3")
        #expect(result == "122", "missing arguments are undefined, extra ones dropped")
        #expect(helperCalls == 0, "the calls are native")
        let callee = try #require(run.function("callee")), caller = try #require(run.function("caller"))
        #expect(callee.profile.invocationCount == 2 * caller.profile.invocationCount)
        #expect(caller.callSlots.count == 2)
        for slot in caller.callSlots {
            #expect(UInt64(caller.profile[slot].callCount) == caller.profile.invocationCount, "every call counted")
            #expect(caller.profile[slot].callTarget != nil && !caller.profile[slot].polymorphicCall)
        }
        try run.run("console.log(caller(5));")
        #expect(run.output.hasSuffix("\n130\n"))
    }

    @Test func runawayRecursionInCompiledCodeIsARangeError() throws {
        let source = "function down(n) { return down(n + 1) + 1; } down(0);"
        #expect {
            try ScriptRun(source, options: ExecutionOptions(tier: .baseline))
        } throws: { ($0 as? JsError)?.headline == "RangeError: Maximum call stack size exceeded" }
        // And the runtime is usable afterwards.
        let run = try ScriptRun("function one() { return 1; } console.log(one() + one());", options: ExecutionOptions(tier: .baseline))
        #expect(run.output == "2\n")
    }

    @Test func lengthsOfStringsAndArraysAreCachedAtTheSite() throws {
        let source = """
            var text = 'hello', list = [1, 2, 3], rope = text + text + text;
            function lengths() { return text.length + list.length * 10 + rope.length * 100; }
            function mixed(x) { return x.length; }
            """
        let (result, helperCalls, run) = try Self.warmCall(source, "lengths")
        #expect(result == String(5 + 30 + 1500))
        #expect(helperCalls == 0)
        let f = try #require(run.function("lengths"))
        #expect(f.getPropertySlots.map { f.profile[$0].cache.entries.map(\.slot) } == [[InlineCache.Entry.stringLength], [InlineCache.Entry.arrayLength], [InlineCache.Entry.stringLength]])
        // One site seeing strings, arrays and objects: each gets its own entry.
        try run.run("var all = [mixed('ab'), mixed([1]), mixed({ length: 7 }), mixed('abc'), mixed([1, 2]), mixed({ length: 8 })]; console.log(all.join(' '));")
        #expect(run.output.hasSuffix("2 1 7 3 2 8\n"))
        let interpreted = try ScriptRun(source + "console.log(lengths(), [mixed('ab'), mixed([1]), mixed({ length: 7 })].join(' '));",
                                        options: ExecutionOptions(tier: .interpreter))
        #expect(interpreted.output == "1535 2 1 7\n")
    }

    @Test func typeofComparisonsAndInternedStringsStayInCompiledCode() throws {
        let source = """
            var values = [1, 'a', null, {}, 2.5, undefined, true];
            function kinds() {
              var n = 0;
              for (var i = 0; i < values.length; i++) {
                var v = values[i];
                if (typeof v === 'number') n += 1;
                if (typeof v !== 'string') n += 10;
                if (v === 'a') n += 100;
              }
              return n;
            }
            """
        let (result, helperCalls, _) = try Self.warmCall(source, "kinds")
        #expect(result == "162")
        #expect(helperCalls == 0)
        // Strings that are not interned still compare by their characters.
        let strings = try ScriptRun("var a = 'ab', b = 'a'; b += 'b'; var c = a + ''; console.log(a === b, b === c, a !== b, (a + b) === (b + a));",
                                    options: ExecutionOptions(tier: .baseline))
        #expect(strings.output == "true true false true\n")
    }
}
