@testable import JIT
import Testing

/// Linear-scan allocation with interval splitting: values get registers where they are used,
/// live in slots across calls (tagged slots for boxed values, native ones for the rest), and a
/// loop short of registers keeps its least-used values in memory for the whole loop, so nothing
/// moves inside it.
@Suite struct RegisterAllocationTests {
    static func allocate(_ text: String) throws -> (LoweredFunction, LinearScan) {
        let function = try IRParser.parse(text)
        try IRVerifier.verify(function)
        let lowered = LoweredFunction(function)
        return (lowered, LinearScan(lowered))
    }

    @Test func aSmallFunctionKeepsEverythingInRegisters() throws {
        let (lowered, allocation) = try Self.allocate("""
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxInt32 v1 @0[r0=v0 r1=v1]
              v4 = Int32Add v2, v3 @5[r0=v0 r1=v1]
              v5 = BoxInt32 v4
              Return v5

            """)
        #expect(allocation.spillSlots.isEmpty)
        #expect(allocation.moves.isEmpty)
        for value in [0, 1, 2, 3, 4, 5].map(ValueID.init) {
            let p = lowered.position[value]!
            #expect(allocation.location(of: value, at: p)?.isRegister == true, "\(value)")
        }
        // The sum may take the register of its left operand (the rule `reuses: lhs`), which
        // dies at the add and is not in its frame state; never the right one's, which the code
        // reads after writing the result.
        let add = ValueID(4), p = lowered.position[add]!
        #expect(allocation.location(of: add, at: p) == allocation.location(of: ValueID(2), at: p))
        #expect(allocation.location(of: add, at: p) != allocation.location(of: ValueID(3), at: p))
    }

    @Test func aResultTakesTheRegisterOfAnOperandThatDiesAtItsOp() throws {
        // s += x and i + 1 in a loop: each sum takes its phi's register, so the back edge moves
        // nothing. The checked add whose left operand its own frame state keeps (a deopt there
        // resumes before the add, with the old value) gets a register of its own.
        let (lowered, allocation) = try Self.allocate("""
            function f (params 2, registers 3)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxNumber v1 @0[r0=v0 r1=v1]
              v4 = Int32Constant 0
              v5 = DoubleConstant 0.0
              v6 = Int32Constant 1
              Jump -> b1
            b1 <- b0, b2:
              v7 = Int32Phi v4, v10
              v8 = DoublePhi v5, v11
              v9 = Int32Compare lt v7, v2
              Branch v9 -> b2, b3
            b2 <- b1:
              v11 = DoubleAdd v8, v3
              v10 = Int32AddTruncated v7, v6
              Jump -> b1
            b3 <- b1:
              v12 = Int32Add v7, v2 @9[r0=v0 r1=v1 r2=v7]
              v13 = BoxInt32 v12
              v14 = BoxDouble v8
              Return v14

            """)
        func location(_ value: Int, at op: Int) -> ValueLocation? { allocation.location(of: ValueID(value), at: lowered.position[ValueID(op)]!) }
        #expect(location(11, at: 11) == location(8, at: 11), "\(allocation.listing)")
        #expect(location(10, at: 10) == location(7, at: 10), "\(allocation.listing)")
        #expect(location(12, at: 12) != location(7, at: 12), "\(allocation.listing)")
        let latch = lowered.order.first { lowered.function[$0].successors == [BlockID(1)] && $0 != BlockID(0) }!
        let generator = try BlockLayoutTests.codeGenerator(lowered, allocation)
        #expect(try generator.edgeMoveList(from: latch, to: BlockID(1)).isEmpty, "\(allocation.listing)")
    }

    @Test func eightIntegersLiveAtOnceAllHaveRegisters() throws {
        // Seven unboxed parameters live at once, then summed: at the first sum two operands,
        // five other values and the result (which shares no operand's register) need eight
        // general-purpose registers, as many as the lowering spec makes allocatable.
        #expect(LoweringRegisters.allocatableGPR.count == 8)
        let (_, allocation) = try Self.allocate("""
            function f (params 7, registers 7)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = Parameter 2
              v3 = Parameter 3
              v4 = Parameter 4
              v5 = Parameter 5
              v6 = Parameter 6
              v7 = UnboxInt32 v0 @0[]
              v8 = UnboxInt32 v1 @0[]
              v9 = UnboxInt32 v2 @0[]
              v10 = UnboxInt32 v3 @0[]
              v11 = UnboxInt32 v4 @0[]
              v12 = UnboxInt32 v5 @0[]
              v13 = UnboxInt32 v6 @0[]
              v14 = Int32Add v7, v8 @0[]
              v15 = Int32Add v14, v9 @0[]
              v16 = Int32Add v15, v10 @0[]
              v17 = Int32Add v16, v11 @0[]
              v18 = Int32Add v17, v12 @0[]
              v19 = Int32Add v18, v13 @0[]
              v20 = BoxInt32 v19
              Return v20

            """)
        #expect(allocation.spillSlots.isEmpty, "\(allocation.listing)")
    }

    @Test func identityGuardsHandTheirOperandOnWithoutACopy() throws {
        // CheckArray and CheckBounds forward their operands (ir.yaml): their users read the
        // array and the index themselves, so the checks define no value and need no register.
        let (lowered, allocation) = try Self.allocate("""
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = CheckArray v0 @0[r0=v0 r1=v1]
              v3 = UnboxInt32 v1 @0[r0=v0 r1=v1]
              v4 = ArrayLength v2
              v5 = CheckBounds v3, v4 @0[r0=v0 r1=v1]
              v7 = LoadElements v2
              v6 = LoadElement v7, v5 @0[r0=v0 r1=v1]
              Return v6

            """)
        let function = lowered.function
        #expect(function[ValueID(4)].inputs == [ValueID(0)])
        #expect(function[ValueID(7)].inputs == [ValueID(0)])
        #expect(function[ValueID(6)].inputs == [ValueID(7), ValueID(3)])
        #expect(allocation.intervalsOf[ValueID(2)] == nil && allocation.intervalsOf[ValueID(5)] == nil)
        #expect(allocation.spillSlots.isEmpty)
        #expect(try !BlockLayoutTests.codeGenerator(lowered, allocation).generate().isEmpty)
    }

    @Test func valuesLiveAcrossACallAreInSlotsOfTheirKind() throws {
        let (lowered, allocation) = try Self.allocate("""
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = UnboxInt32 v0 @0[r0=v0]
              v2 = Int32Constant 3
              v3 = Int32Add v1, v2 @4[r0=v0]
              v4 = Generic @9(v0)
              v5 = Int32Add v3, v1 @14[r0=v4]
              v6 = BoxInt32 v5
              v7 = Generic @20(v6, v0)
              Return v7

            """)
        let call = lowered.position[ValueID(4)]!
        // v0 (boxed) and v1, v3 (int32) are live across the call: memory there, tagged for the boxed one.
        #expect(allocation.location(of: ValueID(0), at: call + 1).map { if case .taggedSlot = $0 { return true } else { return false } } == true)
        for value in [ValueID(1), ValueID(3)] {
            #expect(allocation.location(of: value, at: call + 1).map { if case .stackSlot = $0 { return true } else { return false } } == true, "\(value)")
        }
        // After the call the add's left operand is back in a register; its right one, which
        // the rule may read from memory (`memory: [rhs]`), stays in its slot.
        let add = lowered.position[ValueID(5)]!
        #expect(allocation.location(of: ValueID(3), at: add)?.isRegister == true)
        #expect(allocation.location(of: ValueID(1), at: add).map { if case .stackSlot = $0 { return true } else { return false } } == true)
        #expect(allocation.taggedSlotCount >= 1 && allocation.stackSlotCount >= 2)
    }

    @Test func aLoopShortOfRegistersMovesNothingInside() throws {
        // Twelve int32s live around a loop that uses each: more than the seven registers.
        var text = "function f (params 1, registers 1)\nb0 entry:\n  v0 = Parameter 0\n  v1 = UnboxInt32 v0 @0[r0=v0]\n"
        for i in 0..<12 { text += "  v\(10 + i) = Int32Add v1, v1 @\(i)[r0=v0]\n" }
        text += "  Jump -> b1\nb1 <- b0, b2:\n  v30 = Int32Phi v1, v40\n  v31 = Int32Compare lt v30, v1\n  Branch v31 -> b2, b3\nb2 <- b1:\n"
        var sum = 30
        for i in 0..<12 {
            text += "  v\(41 + i) = Int32BitXor v\(sum), v\(10 + i)\n"
            sum = 41 + i
        }
        text += "  v40 = Int32BitAnd v\(sum), v1\n  Jump -> b1\nb3 <- b1:\n  v60 = BoxInt32 v30\n  Return v60\n"
        let (lowered, allocation) = try Self.allocate(text)
        let loopBlocks = lowered.order.filter { [BlockID(1), BlockID(2)].contains($0) || lowered.function[$0].predecessors == [BlockID(1)] && lowered.function[$0].successors == [BlockID(1)] }
        let loopPositions = loopBlocks.flatMap { block in lowered.function[block].ops.compactMap { lowered.position[$0] } }
        for position in loopPositions { #expect(allocation.moves[position] == nil, "a move inside the loop at \(position)") }
        #expect(!allocation.spillSlots.isEmpty, "some value lives in memory in the loop")
    }

    @Test func everyGuardsFrameStateHasALocation() throws {
        let (lowered, allocation) = try Self.allocate(PassTests.loop)
        for block in lowered.order {
            for value in lowered.function[block].ops where lowered.function[value].info.isGuard && lowered.emitted.contains(value) {
                let state = lowered.function.frameStates[lowered.function[value].frameState!]
                for case let register? in state.registers where !LoweredFunction.isConstant(lowered.function[register].opcode) {
                    #expect(allocation.location(of: register, at: lowered.position[value]!) != nil, "\(register) at \(value)")
                }
            }
        }
    }

    /// Code runs from its first byte, so the function's entry comes first even when an OSR
    /// entry reaches blocks the entry does not (a loop whose body always deoptimizes).
    @Test func theEntryBlockComesFirstInCodeOrder() throws {
        let (lowered, _) = try Self.allocate("""
            function f (params 1, registers 2)
            b0 entry:
              v0 = Parameter 0
              Return v0
            b1 <- b2:
              v1 = Int32Constant 29
              Deopt @9[r0=v2 r1=v1]
            b2 osr@9:
              v2 = OSRValue 0
              Jump -> b1

            """)
        #expect(lowered.order.first == BlockID(0))
        #expect(lowered.order.last == BlockID(2))
    }
}
