@testable import JIT
import Testing

/// How the code generator lays blocks out: a branch whose successor is an empty block (the
/// split of a critical edge that needed no moves) jumps straight to where that block goes, and
/// a loop's back edge repeats the header's test instead of jumping to it.
@Suite struct BlockLayoutTests {
    static func generator(_ text: String) throws -> (LoweredFunction, CodeGenerator) {
        let (lowered, allocation) = try RegisterAllocationTests.allocate(text)
        return (lowered, try codeGenerator(lowered, allocation))
    }

    /// The generated code's instructions as objdump prints them, or nil without objdump.
    static func disassembly(_ generator: CodeGenerator) throws -> [String]? {
        let bytes = try generator.generate()
        guard let objdump = CodeListing.findObjdump() else { return nil }
        return try #require(CodeListing.disassemble(bytes, at: 0, with: objdump)).map(\.text)
    }

    /// A code generator for IR on its own: the function it belongs to is a script's.
    static func codeGenerator(_ lowered: LoweredFunction, _ allocation: LinearScan) throws -> CodeGenerator {
        let run = try ScriptRun("var x = 1;", options: ExecutionOptions(tier: .interpreter))
        let info = try #require(run.runtime.loaded.first)
        return CodeGenerator(lowered, allocation, info: info, runtime: run.runtime)
    }

    @Test func aRulesColdPartGoesAfterTheFunctionsCode() throws {
        // UnboxNumber's int32 case is out of line (`cold:`): the double case runs straight
        // through to the return, and the conversion comes after the function's `ret`.
        let (_, generator) = try Self.generator("""
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = UnboxNumber v0 @0[r0=v0]
              v2 = DoubleMul v1, v1
              v3 = BoxDouble v2
              Return v3

            """)
        guard let lines = try Self.disassembly(generator) else { return }
        let ret = try #require(lines.firstIndex { $0.hasSuffix("ret") || $0.contains("ret ") })
        let convert = try #require(lines.lastIndex { $0.contains("cvtsi2sd") }, "\(lines.joined(separator: "\n"))")
        #expect(convert > ret, "\(lines.joined(separator: "\n"))")
        let jumpBack = lines[convert + 1]
        #expect(jumpBack.contains("jmp"), "\(jumpBack)")
    }

    @Test func aSpilledOperandIsReadFromItsSlot() throws {
        // x and y live across the call, so they are in stack slots after it; the compare's
        // right operand is a `memory:` one: read from its slot by the cmp, not loaded first.
        let (_, generator) = try Self.generator("""
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxInt32 v1 @0[r0=v0 r1=v1]
              v4 = Generic @9(v0)
              v5 = Int32Compare lt v2, v3
              Branch v5 -> b1, b2
            b1 <- b0:
              Return v4
            b2 <- b0:
              Return v0

            """)
        guard let lines = try Self.disassembly(generator) else { return }
        #expect(lines.contains { $0.contains("cmp") && $0.contains("DWORD PTR [rsp") }, "\(lines.joined(separator: "\n"))")
    }

    @Test func anArrayLengthIsOneLoadAndACheckOfANonEmptyValueHasNoZeroTest() throws {
        // Dense lengths never exceed Runtime.maxDenseLength, so ArrayLength has no sign test; the
        // element checked as an array was loaded (holes deoptimize), so only its load's hole
        // test and the parameter's CheckArray compare a register with itself.
        let (_, generator) = try Self.generator("""
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = CheckArray v0 @0[r0=v0 r1=v1]
              v3 = ArrayLength v2
              v4 = UnboxInt32 v1 @0[r0=v0 r1=v1]
              v5 = CheckBounds v4, v3 @0[r0=v0 r1=v1]
              v6 = LoadElements v2
              v7 = LoadElement v6, v5 @0[r0=v0 r1=v1]
              v8 = CheckArrayNonEmpty v7 @1[r0=v0 r1=v1]
              v9 = ArrayLength v8
              v10 = BoxInt32 v9
              Return v10

            """)
        guard let lines = try Self.disassembly(generator) else { return }
        let listing = lines.joined(separator: "\n")
        #expect(!lines.contains { $0.contains("\tjs ") || $0.contains(" js ") }, "\(listing)")
        let selfTests = lines.filter { line in
            guard let range = line.range(of: "test") else { return false }
            let operands = line[range.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return operands.count == 2 && operands[0] == operands[1]
        }
        #expect(selfTests.count == 2, "\(listing)")
    }

    @Test func aBranchSkipsAnEmptyEdgeBlock() throws {
        // `if (x < 0) x += 1`: the edge b0 → b2 is critical, so it gets a block of its own, with
        // only a jump in it (x stays where it is): the branch goes to b2 directly.
        let (lowered, generator) = try Self.generator("""
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = UnboxInt32 v0 @0[r0=v0]
              v2 = Int32Constant 0
              v3 = Int32Compare lt v1, v2
              Branch v3 -> b1, b2
            b1 <- b0:
              v4 = Int32Constant 1
              v5 = Int32Add v1, v4 @1[r0=v0]
              Jump -> b2
            b2 <- b0, b1:
              v6 = Int32Phi v1, v5
              v7 = BoxInt32 v6
              Return v7

            """)
        let function = lowered.function
        let split = try #require(function[BlockID(0)].successors.first { $0 != BlockID(1) })
        #expect(split != BlockID(2), "the critical edge was split")
        #expect(generator.jumpTarget(split) == BlockID(2))
        #expect(generator.jumpTarget(BlockID(1)) == BlockID(1), "a block with code is its own target")
        #expect(generator.jumpTarget(BlockID(2)) == BlockID(2))
        #expect(try !generator.generate().isEmpty)
    }

    @Test func aLoopsBackEdgeRepeatsTheHeadersTest() throws {
        // for (i = 0; i < n; i++) {}: the latch b3 ends with the header's compare and branch
        // (back to the body while i < n), so an iteration takes one jump, not two.
        let (lowered, generator) = try Self.generator("""
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = UnboxInt32 v0 @0[r0=v0]
              v2 = Int32Constant 0
              Jump -> b1
            b1 <- b0, b2:
              v3 = Int32Phi v2, v5
              v4 = Int32Compare lt v3, v1
              Branch v4 -> b2, b3
            b2 <- b1:
              v6 = Int32Constant 1
              v5 = Int32Add v3, v6 @1[r0=v0]
              Jump -> b1
            b3 <- b1:
              v7 = BoxInt32 v3
              Return v7

            """)
        let function = lowered.function
        #expect(generator.repeatedTest(atEndOf: BlockID(2)) == function.terminator(of: BlockID(1)))
        #expect(generator.repeatedTest(atEndOf: BlockID(0)) == nil, "the entry's jump into the loop is a jump")
        #expect(try !generator.generate().isEmpty)
    }
}
