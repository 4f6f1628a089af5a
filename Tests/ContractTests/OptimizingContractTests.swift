import JIT
import Testing

/// The optimizing tier's public contract: `OptimizingJIT.compile(chunk, profile:, in:)` returns
/// `CompiledCode` with an `OSREntry` at every loop header and a native offset for the start of
/// each bytecode instruction's code; bad input is an error, never code; `Deoptimizer` rebuilds
/// interpreter registers from a `FrameMapping` and a machine state.
struct OptimizingContractTests {
    static let source = """
        function f(n) { var t = 0; for (var i = 0; i < n; i++) { for (var j = 0; j < i; j++) t += j; } return t; }
        function g(o) { var s = 0; while (s < 100) { s += o.x; } return s; }
        var r = 0;
        for (var k = 0; k < 20; k++) r += f(10) + g({ x: 3 });
        console.log(r);
        """

    static func warmContext() throws -> (ExecutionContext, BytecodeChunk) {
        let context = ExecutionContext(options: ExecutionOptions(tier: .interpreter), output: { _ in })
        let chunk = try ExecutionContext.compile(source: source, file: "contract.js")
        try context.run(chunk)
        return (context, chunk)
    }

    @Test func optimizedCodeHasAnOSREntryAtEveryLoopHeader() throws {
        let (context, program) = try Self.warmContext()
        for chunk in program.functions {
            let profile = try #require(context.profile(of: chunk))
            #expect(profile.invocationCount == 20)
            let code = try OptimizingJIT.compile(chunk, profile: profile, in: context)
            let headers = Set(Disassembler.listing(chunk.code).split(separator: "\n").compactMap { line -> Int? in
                guard line.contains("JumpLoop @"), let target = line.split(separator: "@").last else { return nil }
                return Int(target)
            })
            #expect(Set(code.osrEntries.map(\.bytecodeOffset)) == headers)
            #expect(code.osrEntries.map(\.bytecodeOffset) == code.osrEntries.map(\.bytecodeOffset).sorted())
            for entry in code.osrEntries {
                #expect(entry.nativeOffset > 0 && entry.nativeOffset < code.size)
                #expect(code.address(at: entry.nativeOffset) == code.entryPoint + entry.nativeOffset)
            }
            let offsets = code.bytecodeOffsets
            #expect(!offsets.isEmpty)
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0.nativeOffset <= $1.nativeOffset }, "in code order")
            #expect(offsets.allSatisfy { $0.nativeOffset < code.size && $0.bytecodeOffset < chunk.code.count })
        }
    }

    @Test func aChunkNeverRunCompilesToo() throws {
        let chunk = try ExecutionContext.compile(source: Self.source, file: "contract.js")
        let code = try OptimizingJIT.compile(chunk.functions[0], in: ExecutionContext(output: { _ in }))
        #expect(code.osrEntries.count == 2)
    }

    @Test func malformedBytecodeOrAForeignProfileIsAnError() throws {
        let bad = BytecodeChunk(name: "bad", file: "bad.js", code: [0xFF, 0x00], constants: [], registerCount: 0, parameterCount: 0,
                                feedbackSlotCount: 0, lineTable: [], functions: [])
        #expect { _ = try OptimizingJIT.compile(bad, in: ExecutionContext(output: { _ in })) } throws: { ($0 as? JsError)?.kind == .bytecodeError }
        let (context, program) = try Self.warmContext()
        let foreign = try #require(context.profile(of: program))
        #expect { _ = try OptimizingJIT.compile(program.functions[0], profile: foreign, in: context) } throws: { ($0 as? JsError)?.kind == .bytecodeError }
    }

    @Test func theDeoptimizerBoxesEachLocationAndRepresentation() {
        var machine = MachineState()
        machine.gprs[0] = UInt64(UInt32(bitPattern: -7))           // rax: an int32
        machine.gprs[3] = 1                                           // rbx: true
        machine.xmms[2] = (2.5).bitPattern                            // xmm2: a double
        machine.xmms[3] = (4.0).bitPattern                            // xmm3: an integral double boxes as int32
        machine.stackSlots = [(-0.0).bitPattern]
        machine.taggedSlots = [0xFFFE_0000_0000_0009]                 // a boxed int32 9
        let mapping = FrameMapping(bytecodeOffset: 12, entries: [
            .init(register: 0, location: .gpr(0), representation: .int32),
            .init(register: 1, location: .gpr(3), representation: .boolean),
            .init(register: 2, location: .xmm(2), representation: .double),
            .init(register: 3, location: .xmm(3), representation: .double),
            .init(register: 4, location: .stackSlot(0), representation: .double),
            .init(register: 5, location: .taggedSlot(0), representation: .boxed),
            .init(register: 7, location: .constant(0x0a), representation: .boxed),
        ])
        let registers = Deoptimizer.rebuildRegisters(mapping, registerCount: 8, machine: machine)
        #expect(registers[0] == Value(int32: -7))
        #expect(registers[1] == Value.true)
        #expect(registers[2] == Value(double: 2.5))
        #expect(registers[3] == Value(int32: 4))
        #expect(registers[4] == Value(double: -0.0))
        #expect(registers[5] == Value(int32: 9))
        #expect(registers[6] == Value.undefined, "not in the mapping: dead, so undefined")
        #expect(registers[7] == Value.undefined)
        #expect(mapping.description == "@12 r0=rax:int32 r1=rbx:boolean r2=xmm2:double r3=xmm3:double r4=stack0:double r5=tagged0 r7=const 0xa")
    }
}
