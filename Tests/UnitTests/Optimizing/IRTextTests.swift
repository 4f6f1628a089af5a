@testable import JIT
import Testing

/// IR text: what the printer writes, the parser reads back unchanged; the verifier accepts
/// well-formed functions and names what is wrong with malformed ones.
@Suite struct IRTextTests {
    static let loop = """
        function sum (params 1, registers 3)
        b0 entry:
          v0 = Parameter 0
          v1 = UnboxInt32 v0 @0[r0=v0]
          v2 = Int32Constant 0
          Jump -> b1
        b1 <- b0, b2:
          v3 = Int32Phi v2, v6
          v4 = Int32Compare lt v3, v1
          Branch v4 -> b2, b3
        b2 <- b1:
          v5 = Int32Constant 1
          v6 = Int32Add v3, v5 @12[r0=v0 r1=v3]
          Jump -> b1
        b3 <- b1:
          v7 = BoxInt32 v3
          Return v7

        """

    @Test func printingParsedTextGivesItBack() throws {
        let function = try IRParser.parse(Self.loop)
        #expect(IRPrinter.print(function) == Self.loop)
        try IRVerifier.verify(function)
    }

    @Test func attributesPrintInTheirTypesFormats() throws {
        let text = """
            function f (params 0, registers 1)
            b0 entry:
              v0 = DoubleConstant 1.5
              v1 = DoubleConstant -0.0
              v2 = Constant undefined
              v3 = Constant 7
              v4 = Constant 2.5
              v5 = Constant nan
              v6 = CheckShape v2, 0x7f0012345678 @3[r0=v2]
              v7 = LoadSlot v6, 2
              v8 = DoubleCompare ge v0, v1
              v9 = Generic @17(v7, v3)
              v10 = CallDirect 0x7f00aabbccdd, v2(v3, v4)
              v11 = CallDirect 0x7f00aabbccdd, v2()
              Return v5

            """
        let function = try IRParser.parse(text)
        #expect(IRPrinter.print(function) == text)
        #expect(function[ValueID(1)].attributes == [Int64(bitPattern: (-0.0).bitPattern)])
        #expect(function[ValueID(3)].attributes == [Int64(bitPattern: Value(int32: 7).bits)])
        #expect(function[ValueID(4)].attributes == [Int64(bitPattern: Value(double: 2.5).bits)])
        #expect(function[ValueID(9)].inputs == [ValueID(7), ValueID(3)])
        #expect(function[ValueID(9)].attributes == [17])
        #expect(function[ValueID(9)].frameState == nil)
        #expect(function[ValueID(6)].frameState.map { function.frameStates[$0].bytecodeOffset } == 3)
        #expect(function[ValueID(11)].inputs == [ValueID(2)])
    }

    @Test func osrEntriesAndMergesRoundTrip() throws {
        let text = """
            function f (params 0, registers 2)
            b0 entry:
              v0 = Int32Constant 0
              Jump -> b2
            b1 osr@9:
              v1 = OSRValue 0
              v2 = UnboxInt32 v1 @9[r0=v1]
              Jump -> b2
            b2 <- b0, b1:
              v3 = Int32Phi v0, v2
              v4 = BoxInt32 v3
              Return v4

            """
        let function = try IRParser.parse(text)
        #expect(IRPrinter.print(function) == text)
        #expect(function.osrEntries.map(\.bytecodeOffset) == [9])
        try IRVerifier.verify(function)
        let flow = ControlFlowGraph(function)
        #expect(flow.immediateDominator[BlockID(2)] == nil)   // reached from two entries: only the virtual root dominates it
        #expect(flow.roots.sorted() == [BlockID(0), BlockID(1), BlockID(2)])
    }

    @Test(arguments: [
        ("b0 entry:\n  v0 = Frobnicate 1\n", "line 2: unknown op 'Frobnicate'"),
        ("b0 entry:\n  Int32Constant 1\n", "line 2: Int32Constant has a result: write 'vN = Int32Constant ...'"),
        ("b0 entry:\n  v0 = Int32Add v1\n", "line 2: expected ',' in Int32Add"),
        ("b0 entry:\n  v0 = Int32Compare less v1, v2\n", "line 2: 'less' is not a condition for {condition}"),
        ("v0 = Int32Constant 1\n", "line 1: an op outside any block"),
    ])
    func malformedTextIsAnErrorWithItsLine(text: String, message: String) {
        #expect(throws: IRParser.ParseError.self) { try IRParser.parse(text) }
        do { _ = try IRParser.parse(text) } catch { #expect(error.description.hasPrefix(message), "\(error)") }
    }

    @Test func theVerifierNamesEachBrokenRule() throws {
        let text = """
            function f (params 0, registers 1)
            b0 entry:
              v0 = DoubleConstant 1.0
              v1 = Int32Add v0, v2
              v2 = Int32Constant 1
              v3 = UnboxInt32 v0
              Jump -> b1
            b1 <- b0:
              v4 = Int32Phi v2, v2
              Return v4

            """
        let function = try IRParser.parse(text)
        var message = ""
        do { try IRVerifier.verify(function) } catch { message = error.message }
        #expect(message.contains("v1 (Int32Add) takes int32 lhs, but v0 is double"))
        #expect(message.contains("v2 does not dominate its use in v1 (Int32Add)"))
        #expect(message.contains("v3 (UnboxInt32) is a guard without a frame state"))
        #expect(message.contains("v3 (UnboxInt32) takes boxed value, but v0 is double"))
        #expect(message.contains("phi v4 has 2 inputs for 1 predecessors"))
        #expect(message.contains("(Return) takes boxed value, but v4 is int32"))
    }

    @Test func loopsHaveHeadersBodiesLatchesAndPreheaders() throws {
        let function = try IRParser.parse(Self.loop)
        let flow = ControlFlowGraph(function)
        #expect(flow.reversePostorder.first == BlockID(0))
        #expect(flow.loops.count == 1)
        let loop = try #require(flow.loops.first)
        #expect(loop.header == BlockID(1))
        #expect(loop.blocks == [BlockID(1), BlockID(2)])
        #expect(loop.latches == [BlockID(2)])
        #expect(loop.preheader == BlockID(0))
        #expect(flow.dominates(BlockID(1), BlockID(3)))
        #expect(!flow.dominates(BlockID(2), BlockID(3)))
    }
}
