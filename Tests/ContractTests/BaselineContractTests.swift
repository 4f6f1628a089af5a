import JIT
import Testing

/// The baseline JIT's public contract: `BaselineJIT.compile(chunk, in:)` returns `CompiledCode`
/// whose offset table covers every instruction in order and whose `OSREntry`s are exactly the
/// loop headers; malformed bytecode is an error, never code.
struct BaselineContractTests {
    static let programs = [
        "var s = 0; for (var i = 0; i < 10; i++) { for (var j = 0; j < i; j++) s += j; } console.log(s);",
        "function f(n) { var t = 0; while (n > 0) { n--; if (n % 2) continue; t += n; do { t++; } while (t % 3); } return t; } console.log(f(9));",
        "var o = { a: 1 }; o.b = [1, 2, 3]; console.log(o.a + o.b[1]);",
    ]

    /// Every function of `chunk`, nested ones included.
    static func all(_ chunk: BytecodeChunk) -> [BytecodeChunk] { [chunk] + chunk.functions.flatMap(all) }

    @Test(arguments: programs)
    func offsetTablesAreMonotonicAndEveryLoopHeaderHasAnEntry(_ source: String) throws {
        let context = ExecutionContext(output: { _ in })
        for chunk in Self.all(try ExecutionContext.compile(source: source, file: "contract.js")) {
            let code = try BaselineJIT.compile(chunk, in: context)
            let offsets = code.bytecodeOffsets
            #expect(offsets.count == chunk.instructionCount, "an entry per instruction")
            #expect(offsets.first?.bytecodeOffset == 0)
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0.bytecodeOffset < $1.bytecodeOffset && $0.nativeOffset < $1.nativeOffset })
            #expect(offsets.allSatisfy { $0.nativeOffset < code.size })
            // Loop headers: the targets of backward jumps, read from the listing (`JumpLoop @0012`).
            let headers = Set(Disassembler.listing(chunk.code).split(separator: "\n").compactMap { line -> Int? in
                guard line.contains("JumpLoop @"), let target = line.split(separator: "@").last else { return nil }
                return Int(target)
            })
            #expect(Set(code.osrEntries.map(\.bytecodeOffset)) == headers)
            #expect(code.osrEntries.map(\.bytecodeOffset) == code.osrEntries.map(\.bytecodeOffset).sorted())
            for entry in code.osrEntries {
                #expect(offsets.contains(entry), "an OSR entry is where its header's code starts")
                #expect(code.address(at: entry.nativeOffset) == code.entryPoint + entry.nativeOffset)
            }
        }
    }

    @Test func theProgramsHaveLoops() throws {
        let chunk = try ExecutionContext.compile(source: Self.programs[1], file: "contract.js")
        let code = try BaselineJIT.compile(chunk.functions[0], in: ExecutionContext(output: { _ in }))
        #expect(code.osrEntries.count == 2, "while and do-while")
    }

    @Test func malformedBytecodeIsAnErrorNotCode() {
        let bad = BytecodeChunk(name: "bad", file: "bad.js", code: [0xFF, 0x00], constants: [], registerCount: 0, parameterCount: 0,
                                feedbackSlotCount: 0, lineTable: [], functions: [])
        #expect {
            _ = try BaselineJIT.compile(bad, in: ExecutionContext(output: { _ in }))
        } throws: { error in
            (error as? JsError)?.kind == .bytecodeError
        }
    }

    @Test func compiledCodeIsSealedAndOutOfRangeAddressesAreNil() throws {
        let chunk = try ExecutionContext.compile(source: Self.programs[0], file: "contract.js")
        let code = try BaselineJIT.compile(chunk, in: ExecutionContext(output: { _ in }))
        #expect(code.size == code.code.count && code.size > 0)
        #expect(code.address(at: code.size) == nil && code.address(at: -1) == nil)
        #expect(code.address(at: 0) == code.entryPoint)
    }
}
