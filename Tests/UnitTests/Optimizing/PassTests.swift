@testable import JIT
import Testing

/// Each optimization pass on IR text: the IR before, the pass, the IR after (DESIGN §8). The
/// result must also verify, so a pass cannot break SSA, types or frame states unnoticed.
@Suite struct PassTests {
    static func run(_ pass: any IRPass.Type, _ before: String, log: SpeculationLog = SpeculationLog()) throws -> String {
        let function = try IRParser.parse(before)
        try IRVerifier.verify(function)
        pass.run(function, PassContext(speculationLog: log))
        try IRVerifier.verify(function)
        return IRPrinter.print(function)
    }

    static func expect(_ pass: any IRPass.Type, _ before: String, _ after: String, log: SpeculationLog = SpeculationLog(),
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = try run(pass, before, log: log)
        #expect(result == after, "\n--- got ---\n\(result)--- expected ---\n\(after)", sourceLocation: sourceLocation)
    }

    @Test func deadCodeEliminationRemovesUnusedPureOpsTrivialPhisAndUnreachableBlocks() throws {
        try Self.expect(DeadCodeElimination.self, """
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = Int32Constant 1
              v2 = Int32Constant 2
              v3 = UnboxInt32 v0 @0[r0=v0]
              v4 = Int32Add v3, v1 @5[r0=v0]
              Jump -> b1
            b1 <- b0, b1:
              v5 = Int32Phi v3, v5
              v6 = Int32Compare lt v5, v1
              Branch v6 -> b1, b2
            b2 <- b1:
              v7 = BoxInt32 v5
              Return v7
            b3:
              v8 = Constant undefined
              Return v8

            """, """
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = Int32Constant 1
              v3 = UnboxInt32 v0 @0[r0=v0]
              v4 = Int32Add v3, v1 @5[r0=v0]
              Jump -> b1
            b1 <- b0, b1:
              v6 = Int32Compare lt v3, v1
              Branch v6 -> b1, b2
            b2 <- b1:
              v7 = BoxInt32 v3
              Return v7

            """)
    }

    @Test func constantFoldingComputesConstantsKeepsOverflowGuardsAndFoldsBranches() throws {
        try Self.expect(ConstantFolding.self, """
            function f (params 1, registers 1)
            b0 entry:
              v0 = Int32Constant 6
              v1 = Int32Constant 7
              v2 = Int32Mul v0, v1 @0[]
              v3 = Int32Constant 2147483647
              v4 = Int32Add v3, v1 @4[]
              v5 = Int32Compare gt v2, v1
              Branch v5 -> b1, b2
            b1 <- b0:
              v6 = BoxInt32 v2
              v7 = Parameter 0
              v8 = UnboxInt32 v7 @9[]
              v9 = BoxInt32 v8
              v10 = UnboxInt32 v9 @11[]
              v11 = Int32Constant 3
              v12 = Int32ShiftRightUnsigned v10, v11 @12[]
              v13 = Int32Constant 0
              v14 = Int32BitOr v12, v13
              v15 = Int32ToDouble v14
              v16 = DoubleToInt32 v15
              v17 = BoxInt32 v16
              Return v17
            b2 <- b0:
              v18 = Constant undefined
              Return v18

            """, """
            function f (params 1, registers 1)
            b0 entry:
              v0 = Int32Constant 6
              v1 = Int32Constant 7
              v22 = Int32Constant 42
              v3 = Int32Constant 2147483647
              v4 = Int32Add v3, v1 @4[]
              v23 = BooleanConstant 1
              Jump -> b1
            b1 <- b0:
              v25 = Constant 42
              v7 = Parameter 0
              v8 = UnboxInt32 v7 @9[]
              v9 = BoxInt32 v8
              v11 = Int32Constant 3
              v26 = Int32ShiftRightLogical v8, v11
              v13 = Int32Constant 0
              v15 = Int32ToDouble v26
              v17 = BoxInt32 v26
              Return v17

            """)
    }

    @Test func valueNumberingReusesDominatingValuesUntilAWriteOrACall() throws {
        try Self.expect(GlobalValueNumbering.self, """
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = CheckShape v0, 0x1000 @0[r0=v0]
              v2 = LoadSlot v1, 0
              v3 = CheckShape v0, 0x1000 @4[r0=v0]
              v4 = LoadSlot v3, 0
              StoreSlot v3, 1, v2
              v5 = LoadSlot v3, 0
              v6 = LoadSlot v3, 1
              v7 = Generic @9(v0)
              v8 = CheckShape v0, 0x1000 @12[r0=v0]
              Jump -> b1
            b1 <- b0:
              v9 = LoadSlot v1, 1
              v10 = CheckShape v0, 0x1000 @20[r0=v0]
              Return v9

            """, """
            function f (params 1, registers 1)
            b0 entry:
              v0 = Parameter 0
              v1 = CheckShape v0, 0x1000 @0[r0=v0]
              v2 = LoadSlot v1, 0
              StoreSlot v1, 1, v2
              v5 = LoadSlot v1, 0
              v6 = LoadSlot v1, 1
              v7 = Generic @9(v0)
              v8 = CheckShape v0, 0x1000 @12[r0=v0]
              Jump -> b1
            b1 <- b0:
              v9 = LoadSlot v1, 1
              Return v9

            """)
    }

    static let loop = """
        function f (params 2, registers 3)
        b0 entry:
          v0 = Parameter 0
          v1 = Parameter 1
          v2 = Int32Constant 0
          Jump @3[r0=v0 r1=v1 r2=v2] -> b1
        b1 <- b0, b4:
          v3 = Int32Phi v2, v11
          v4 = Int32Constant 10
          v5 = Int32Compare lt v3, v4
          Branch v5 -> b2, b5
        b2 <- b1:
          v6 = UnboxInt32 v0 @9[r0=v0 r1=v1 r2=v3]
          v7 = Int32Constant 1
          v8 = Int32Compare lt v6, v3
          Branch v8 -> b3, b4
        b3 <- b2:
          v9 = CheckShape v1, 0x1000 @20[r0=v0 r1=v1 r2=v3]
          v10 = LoadSlot v9, 0
          Jump -> b4
        b4 <- b2, b3:
          v11 = Int32Add v3, v7 @30[r0=v0 r1=v1 r2=v3]
          Jump -> b1
        b5 <- b1:
          v12 = BoxInt32 v3
          Return v12

        """

    @Test func loopInvariantCodeMotionHoistsInvariantOpsAndEveryIterationGuards() throws {
        try Self.expect(LoopInvariantCodeMotion.self, Self.loop, """
            function f (params 2, registers 3)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = Int32Constant 0
              v4 = Int32Constant 10
              v6 = UnboxInt32 v0 @3[r0=v0 r1=v1 r2=v2]
              v7 = Int32Constant 1
              Jump @3[r0=v0 r1=v1 r2=v2] -> b1
            b1 <- b0, b4:
              v3 = Int32Phi v2, v11
              v5 = Int32Compare lt v3, v4
              Branch v5 -> b2, b5
            b2 <- b1:
              v8 = Int32Compare lt v6, v3
              Branch v8 -> b3, b4
            b3 <- b2:
              v9 = CheckShape v1, 0x1000 @20[r0=v0 r1=v1 r2=v3]
              v10 = LoadSlot v9, 0
              Jump -> b4
            b4 <- b2, b3:
              v11 = Int32Add v3, v7 @30[r0=v0 r1=v1 r2=v3]
              Jump -> b1
            b5 <- b1:
              v12 = BoxInt32 v3
              Return v12

            """)
    }

    @Test func aGuardThatFailedAfterHoistingStaysInItsLoop() throws {
        var log = SpeculationLog()
        log.record(.unboxInt32, at: 9, hoisted: true)
        let result = try Self.run(LoopInvariantCodeMotion.self, Self.loop, log: log)
        #expect(result.contains("b2 <- b1:\n  v6 = UnboxInt32 v0 @9[r0=v0 r1=v1 r2=v3]"), "\(result)")
        #expect(result.contains("v7 = Int32Constant 1\n  Jump @3"), "\(result)")
    }

    @Test func nothingLeavesALoopThatCallsExceptPureOps() throws {
        let text = Self.loop.replacingOccurrences(of: "  v10 = LoadSlot v9, 0\n", with: "  v10 = LoadSlot v9, 0\n  v13 = Generic @25(v10)\n")
        let result = try Self.run(LoopInvariantCodeMotion.self, text)
        #expect(result.contains("v4 = Int32Constant 10"))
        #expect(result.contains("v6 = UnboxInt32 v0 @3[r0=v0 r1=v1 r2=v2]\n  v7 = Int32Constant 1\n  Jump @3"), "a guard reads nothing, so it still moves: \(result)")
        let moved = try Self.run(LoopInvariantCodeMotion.self, Self.loop.replacingOccurrences(of: "Branch v8 -> b3, b4", with: "Jump -> b3").replacingOccurrences(of: "b4 <- b2, b3:", with: "b4 <- b3:").replacingOccurrences(of: "v8 = Int32Compare lt v6, v3\n", with: ""))
        #expect(moved.contains("v10 = LoadSlot v9, 0\n  Jump @3"), "with no write in the loop the load leaves: \(moved)")
        let written = try Self.run(LoopInvariantCodeMotion.self, text.replacingOccurrences(of: "Branch v8 -> b3, b4", with: "Jump -> b3").replacingOccurrences(of: "b4 <- b2, b3:", with: "b4 <- b3:").replacingOccurrences(of: "v8 = Int32Compare lt v6, v3\n", with: ""))
        #expect(written.contains("b3 <- b2:\n  v9 = CheckShape v1, 0x1000 @20[r0=v0 r1=v1 r2=v3]\n  v10 = LoadSlot v9, 0\n  v13 = Generic"),
                "a call writes shapes and slots: the check and the load stay: \(written)")
    }

    @Test func anArraysElementStorageLeavesALoopThatOnlyStoresElements() throws {
        // for (i = 0; i < a.length; i++) a[i] = x: the storage pointer changes only with the
        // length, which a store in bounds does not write, so it is loaded once, before the loop;
        // a loop that calls (a push could grow the array) loads it every time.
        let source = """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = CheckArray v0 @0[r0=v0 r1=v1]
              v3 = ArrayLength v2
              v4 = Int32Constant 0
              v5 = Int32Constant 1
              Jump -> b1
            b1 <- b0, b2:
              v6 = Int32Phi v4, v9
              v7 = Int32Compare lt v6, v3
              Branch v7 -> b2, b3
            b2 <- b1:
              v8 = LoadElements v2
              v10 = CheckBounds v6, v3 @1[r0=v0 r1=v1]
              StoreElement v8, v10, v1
              v9 = Int32Add v6, v5 @2[r0=v0 r1=v1]
              Jump -> b1
            b3 <- b1:
              Return v1

            """
        let hoisted = try Self.run(LoopInvariantCodeMotion.self, source)
        #expect(hoisted.contains("v5 = Int32Constant 1\n  v8 = LoadElements v2\n  Jump -> b1"), "\(hoisted)")
        let calling = try Self.run(LoopInvariantCodeMotion.self, source.replacingOccurrences(of: "  StoreElement v8, v10, v1\n", with: "  StoreElement v8, v10, v1\n  v11 = Generic @3(v1)\n"))
        #expect(calling.contains("b2 <- b1:\n  v8 = LoadElements v2\n"), "\(calling)")
    }

    @Test func aCallMayMakeAnArraySparseSoTheArrayCheckAfterItStays() throws {
        let source = """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = CheckArray v0 @0[r0=v0 r1=v1]
              v3 = ArrayLength v2
              v4 = Generic @1(v1)
              v5 = CheckArray v0 @2[r0=v0 r1=v1]
              v6 = ArrayLength v5
              Return v1

            """
        let kept = try Self.run(RedundantGuardElimination.self, source)
        #expect(kept.contains("v5 = CheckArray v0"), "\(kept)")
        let removed = try Self.run(RedundantGuardElimination.self, source.replacingOccurrences(of: "  v4 = Generic @1(v1)\n", with: ""))
        #expect(!removed.contains("v5 = CheckArray"), "\(removed)")
    }

    @Test func truncatedDoubleArithmeticOfInt32sBecomesWrappingInt32Arithmetic() throws {
        try Self.expect(Int32Truncation.self, """
            function f (params 0, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = UnboxInt32 v0 @0[r0=v0]
              v2 = Int32ToDouble v1
              v3 = DoubleConstant 31.0
              v4 = DoubleMul v2, v3
              v5 = DoubleAdd v4, v2
              v6 = DoubleToInt32 v5
              v7 = DoubleMul v5, v5
              v8 = DoubleToInt32 v7
              v9 = DoubleConstant 0.5
              v10 = DoubleAdd v2, v9
              v11 = DoubleToInt32 v10
              v12 = Int32BitXor v6, v8
              v13 = Int32BitXor v12, v11
              v14 = BoxInt32 v13
              Return v14

            """, """
            function f (params 0, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = UnboxInt32 v0 @0[r0=v0]
              v2 = Int32ToDouble v1
              v3 = DoubleConstant 31.0
              v4 = DoubleMul v2, v3
              v5 = DoubleAdd v4, v2
              v16 = Int32Constant 31
              v17 = Int32MulTruncated v1, v16
              v18 = Int32AddTruncated v17, v1
              v7 = DoubleMul v5, v5
              v8 = DoubleToInt32 v7
              v9 = DoubleConstant 0.5
              v10 = DoubleAdd v2, v9
              v11 = DoubleToInt32 v10
              v12 = Int32BitXor v18, v8
              v13 = Int32BitXor v12, v11
              v14 = BoxInt32 v13
              Return v14

            """)
    }

    @Test func redundantGuardEliminationKnowsWhatAddSlotChanges() throws {
        try Self.expect(RedundantGuardElimination.self, """
            function f (params 3, registers 3)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = Parameter 2
              v3 = CheckShape v0, 0x1000 @0[r0=v0 r1=v1]
              v4 = CheckShape v1, 0x2000 @0[r0=v0 r1=v1]
              AddSlot v3, 0x3000, 1, v1
              v5 = CheckShape v1, 0x2000 @5[r0=v0 r1=v1]
              v6 = CheckShape v0, 0x3000 @6[r0=v0 r1=v1]
              v7 = CheckShape v0, 0x1000 @7[r0=v0 r1=v1]
              v8 = UnboxInt32 v2 @8[r2=v2]
              v9 = UnboxNumber v2 @9[r2=v2]
              v10 = LoadSlot v6, 0
              v11 = LoadSlot v5, 0
              v12 = DoubleNegate v9
              v13 = BoxDouble v12
              Return v13

            """, """
            function f (params 3, registers 3)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = Parameter 2
              v3 = CheckShape v0, 0x1000 @0[r0=v0 r1=v1]
              v4 = CheckShape v1, 0x2000 @0[r0=v0 r1=v1]
              AddSlot v3, 0x3000, 1, v1
              v7 = CheckShape v0, 0x1000 @7[r0=v0 r1=v1]
              v8 = UnboxInt32 v2 @8[r2=v2]
              v16 = Int32ToDouble v8
              v10 = LoadSlot v3, 0
              v11 = LoadSlot v4, 0
              v12 = DoubleNegate v16
              v13 = BoxDouble v12
              Return v13

            """)
    }

    @Test func redundantGuardEliminationDropsOverflowChecksThatDominatingBoundsExclude() throws {
        // i < n (an int32) leaves room for i + 1; a bounds check 0 <= i < length for i + 1 and
        // i - c, in every block it dominates (a join too); 0 < j for j - 1 on its edge only.
        // Adding 2 below n, a sum on the exit edge, j + 1 and j - 1 at the join keep their checks.
        try Self.expect(RedundantGuardElimination.self, """
            function f (params 2, registers 3)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = CheckArray v1 @0[r0=v0 r1=v1]
              v4 = ArrayLength v3
              v5 = Int32Constant 0
              v6 = Int32Constant 1
              v7 = Int32Constant 2
              Jump -> b1
            b1 <- b0, b2:
              v8 = Int32Phi v5, v10
              v12 = Int32Add v8, v6 @1[r0=v0 r1=v1]
              v9 = Int32Compare lt v8, v2
              Branch v9 -> b2, b3
            b2 <- b1:
              v10 = Int32Add v6, v8 @2[r0=v0 r1=v1]
              v11 = Int32Add v8, v7 @3[r0=v0 r1=v1]
              Jump -> b1
            b3 <- b1:
              v13 = Int32Add v8, v6 @4[r0=v0 r1=v1]
              v14 = CheckBounds v8, v4 @5[r0=v0 r1=v1]
              v15 = Int32Sub v8, v6 @6[r0=v0 r1=v1]
              v16 = Int32Add v14, v6 @7[r0=v0 r1=v1]
              v17 = Int32Compare ge v5, v15
              Branch v17 -> b5, b4
            b4 <- b3:
              v18 = Int32Sub v15, v6 @8[r0=v0 r1=v1]
              v19 = Int32Sub v8, v7 @9[r0=v0 r1=v1]
              v21 = Int32Add v15, v6 @11[r0=v0 r1=v1]
              Jump -> b5
            b5 <- b3, b4:
              v20 = Int32Sub v15, v6 @10[r0=v0 r1=v1]
              v22 = Int32Sub v8, v6 @12[r0=v0 r1=v1]
              Return v1

            """, """
            function f (params 2, registers 3)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = CheckArray v1 @0[r0=v0 r1=v1]
              v4 = ArrayLength v3
              v5 = Int32Constant 0
              v6 = Int32Constant 1
              v7 = Int32Constant 2
              Jump -> b1
            b1 <- b0, b2:
              v8 = Int32Phi v5, v34
              v12 = Int32Add v8, v6 @1[r0=v0 r1=v1]
              v9 = Int32Compare lt v8, v2
              Branch v9 -> b2, b3
            b2 <- b1:
              v34 = Int32AddTruncated v6, v8
              v11 = Int32Add v8, v7 @3[r0=v0 r1=v1]
              Jump -> b1
            b3 <- b1:
              v13 = Int32Add v8, v6 @4[r0=v0 r1=v1]
              v14 = CheckBounds v8, v4 @5[r0=v0 r1=v1]
              v29 = Int32SubTruncated v8, v6
              v30 = Int32AddTruncated v14, v6
              v17 = Int32Compare ge v5, v29
              Branch v17 -> b5, b4
            b4 <- b3:
              v31 = Int32SubTruncated v29, v6
              v32 = Int32SubTruncated v8, v7
              v21 = Int32Add v29, v6 @11[r0=v0 r1=v1]
              Jump -> b5
            b5 <- b3, b4:
              v20 = Int32Sub v29, v6 @10[r0=v0 r1=v1]
              v33 = Int32SubTruncated v8, v6
              Return v1

            """)
    }

    @Test func ifConversionTurnsAConditionalIncrementIntoAnAddOfTheCondition() throws {
        // if (flag) n++: the arm's add runs in the branching block on the flag as 0 or 1 (an
        // overflow there means the flag was 1, so the add's frame state still holds); the join
        // takes the sum. A constant in the arm moves with it.
        try Self.expect(IfConversion.self, """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxBoolean v1 @0[r0=v0 r1=v1]
              Branch v3 -> b1, b2
            b1 <- b0:
              v4 = Int32Constant 1
              v5 = Int32Add v2, v4 @7[r0=v0 r1=v1]
              Jump -> b2
            b2 <- b0, b1:
              v6 = Int32Phi v2, v5
              v8 = BooleanPhi v3, v3
              v7 = BoxInt32 v6
              Return v7

            """, """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxBoolean v1 @0[r0=v0 r1=v1]
              v4 = Int32Constant 1
              v12 = Int32FromBoolean v3
              v13 = Int32Add v2, v12 @7[r0=v0 r1=v1]
              Jump -> b2
            b2 <- b0:
              v8 = BooleanPhi v3
              v7 = BoxInt32 v13
              Return v7

            """)
    }

    @Test func ifConversionNegatesTheConditionOfAnElseDecrement() throws {
        // if (!flag) n--, as the bytecode branches: the false successor decrements.
        try Self.expect(IfConversion.self, """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxBoolean v1 @0[r0=v0 r1=v1]
              v4 = Int32Constant 1
              Branch v3 -> b2, b1
            b1 <- b0:
              v5 = Int32Sub v2, v4 @7[r0=v0 r1=v1]
              Jump -> b2
            b2 <- b0, b1:
              v6 = Int32Phi v2, v5
              v7 = BoxInt32 v6
              Return v7

            """, """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxBoolean v1 @0[r0=v0 r1=v1]
              v4 = Int32Constant 1
              v11 = BooleanNot v3
              v12 = Int32FromBoolean v11
              v13 = Int32Sub v2, v12 @7[r0=v0 r1=v1]
              Jump -> b2
            b2 <- b0:
              v7 = BoxInt32 v13
              Return v7

            """)
    }

    @Test func ifConversionLeavesArmsThatDoMoreOrAddOtherAmounts() throws {
        // An arm with another op, an add of 2 (0 or 2 would need a multiply), and a join whose
        // other phi differs between the two ways in: each stays a branch.
        let source = """
            function f (params 2, registers 2)
            b0 entry:
              v0 = Parameter 0
              v1 = Parameter 1
              v2 = UnboxInt32 v0 @0[r0=v0 r1=v1]
              v3 = UnboxBoolean v1 @0[r0=v0 r1=v1]
              v4 = Int32Constant 1
              v10 = Int32Constant 2
              Branch v3 -> b1, b2
            b1 <- b0:
              v5 = Int32Add v2, v4 @7[r0=v0 r1=v1]
              v11 = Int32Add v2, v10 @8[r0=v0 r1=v1]
              Jump -> b2
            b2 <- b0, b1:
              v6 = Int32Phi v2, v5
              v12 = Int32Phi v2, v11
              Branch v3 -> b3, b4
            b3 <- b2:
              v13 = Int32Add v6, v10 @9[r0=v0 r1=v1]
              Jump -> b4
            b4 <- b2, b3:
              v14 = Int32Phi v6, v13
              v7 = BoxInt32 v14
              Return v7

            """
        #expect(try Self.run(IfConversion.self, source) == IRPrinter.print(try IRParser.parse(source)))
    }

    @Test func thePipelineKeepsTheIRValidAndShrinksIt() throws {
        let run = try ScriptRun("""
            function f(a, n) { var s = 0; for (var i = 0; i < n; i++) { s = (s + a.x * i) | 0; } return s; }
            var o = {x: 3};
            for (var k = 0; k < 5; k++) f(o, 50);
            """, options: ExecutionOptions(tier: .interpreter))
        let info = try #require(run.function("f"))
        let function = try GraphBuilder(info: info, runtime: run.runtime).build()
        let before = function.liveBlocks.flatMap { function[$0].ops }.count
        var names: [String] = []
        try PassPipeline.run(function, PassContext(), verify: true) { name, _ in names.append(name) }
        let after = function.liveBlocks.flatMap { function[$0].ops }.count
        #expect(after < before)
        #expect(names == PassPipeline.passes.map { $0.name })
        let text = IRPrinter.print(function)
        // The shape check and the slot load of a.x leave the loop (nothing in it writes).
        let flow = ControlFlowGraph(function)
        let loop = try #require(flow.loops.first)
        for block in loop.blocks {
            for value in function[block].ops {
                #expect(![.checkShape, .loadSlot, .unboxInt32].contains(function[value].opcode), "\(text)")
            }
        }
    }
}
