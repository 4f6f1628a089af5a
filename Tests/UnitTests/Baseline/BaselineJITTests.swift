@testable import JIT
import Testing

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
            .jump(offset: JumpOffset(12)),                       // over the next LoadInt (7 bytes) and its own 5
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
        #expect(offsets.first?.nativeOffset == BaselineJIT.prologueSize)
        #expect(code.osrEntries.isEmpty, "no loops")
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
        #expect(code.osrEntries.map(\.bytecodeOffset) == [14], "the loop header")
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
