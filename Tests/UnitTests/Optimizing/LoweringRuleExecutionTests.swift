import Foundation
import JIT
import Testing
import X64Assembler

/// Lowering rules' code run natively on edge-case inputs, against the runtime's own answers:
/// boxing as `Value(number:)` boxes, ToInt32 as `JSNumber.toInt32`, guards that deoptimize
/// exactly when JS leaves their type, and double comparisons and branches with NaN.
struct LoweringRuleExecutionTests {
    /// What a rule's code did: its result (a double's bits for a double result), or that it
    /// deoptimized, or which successor a branch took.
    enum Outcome: Equatable {
        case value(UInt64)
        case deopt
        case branch(Bool)
    }

    typealias Entry = @convention(c) (UInt64, UInt64, Double, Double) -> UInt64

    static let deoptMarker: UInt64 = 0xDEAD_DEAD_DEAD_DEAD

    /// Runs `rule` with its value operands in rdi and rsi (general-purpose) or xmm0 and xmm1
    /// (doubles), in binding order, the result in rax or xmm2, temps in scratch registers, and
    /// r14 and r15 holding NumberTag and NotCellMask as in all JIT code.
    static func run(_ rule: LoweringRule, gpr: [UInt64] = [], xmm: [Double] = [], attributes: [Int64] = []) throws -> Outcome {
        let info = rule.info
        var o = RuleOperands()
        var gprs: [Reg] = [.rdi, .rsi], xmms = [XMM(0), XMM(1)]
        for cls in info.operandClasses {
            o.operands.append(cls == .gpr ? .gpr(gprs.removeFirst()) : .xmm(xmms.removeFirst()))
        }
        if let result = info.op.info.result { o.result = result == .double ? .xmm(XMM(2)) : .gpr(.rax) }
        var scratchGPR: [Reg] = [.r10, .r11], scratchXMM = [XMM(14), XMM(15)]
        o.temps = info.temps.map { $0 == .gpr ? .gpr(scratchGPR.removeFirst()) : .xmm(scratchXMM.removeFirst()) }
        o.attributes = attributes
        let assembled = try Assembler.assembleRelaxed { (a: inout Assembler) throws(AssemblerError) in
            var operands = o
            operands.outOfLine = OutOfLineCode()
            let deopt = a.newLabel(), whenTrue = a.newLabel(), whenFalse = a.newLabel(), done = a.newLabel()
            operands.deopt = deopt
            operands.trueTarget = whenTrue
            operands.falseTarget = whenFalse
            try a.emit(.push, .reg(.r14))
            try a.emit(.push, .reg(.r15))
            try a.emit(.movabs, .reg(.r14), .imm(Int64(bitPattern: Layout.numberTag)))
            try a.emit(.movabs, .reg(.r15), .imm(Int64(bitPattern: Layout.notCellMask)))
            var custom = NoCustomCode()
            try rule.emit(into: &a, operands, custom: &custom)
            if case .xmm(let xmm)? = operands.result { try a.emit(.movq, .reg(.rax), .xmm(xmm)) }
            try a.emit(.jmp, .label(done))
            try operands.outOfLine?.emit(into: &a)   // the code after `cold:`, as after a function
            try a.bind(deopt)
            try a.emit(.movabs, .reg(.rax), .imm(Int64(bitPattern: deoptMarker)))
            try a.emit(.jmp, .label(done))
            try a.bind(whenTrue)
            try a.emit(.mov, .reg(.eax), .imm(1))
            try a.emit(.jmp, .label(done))
            try a.bind(whenFalse)
            try a.emit(.mov, .reg(.eax), .imm(0))
            try a.bind(done)
            try a.emit(.pop, .reg(.r15))
            try a.emit(.pop, .reg(.r14))
            try a.emit(.ret)
        }
        let code = try CompiledCode(bytes: assembled.bytes)
        let entry = unsafeBitCast(code.entryPoint, to: Entry.self)
        let raw = withExtendedLifetime(code) {
            entry(gpr.count > 0 ? gpr[0] : 0, gpr.count > 1 ? gpr[1] : 0, xmm.count > 0 ? xmm[0] : 0, xmm.count > 1 ? xmm[1] : 0)
        }
        if raw == deoptMarker { return .deopt }
        if info.op.info.control == .branch { return .branch(raw == 1) }
        return .value(raw)
    }

    struct NoCustomCode: CustomLowering {
        mutating func emitDoubleMod(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitGenericBranch(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitCheckGlobalShape(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitLoadGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitStoreGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitCallDirect(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitGeneric(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitReturn(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
    }

    /// An int32 as a register holds it: zero-extended.
    static func int32(_ value: Int32) -> UInt64 { UInt64(UInt32(bitPattern: value)) }

    static let doubles: [Double] = [
        0, -0.0, 1, -1, 0.5, -1.5, 42, 2147483647, -2147483648, 2147483648, -2147483649, 4294967295, 4294967296, 4294967297.5,
        -4294967297, 1e10, -1e10, 4.6116860184273879e18, 9.2233720368547758e18, -9.2233720368547758e18, 1.8446744073709552e19,
        1e300, -1e300, .leastNonzeroMagnitude, .infinity, -.infinity, .nan, -.nan, Double(bitPattern: 0x7FF0_0000_0000_0001), 123456789012.75,
    ]

    @Test func boxDoubleBoxesAsValueNumberDoes() throws {
        for d in Self.doubles {
            #expect(try Self.run(.boxDouble, xmm: [d]) == .value(Value(number: d).bits), "\(d)")
        }
    }

    @Test func doubleToInt32IsToInt32ZeroExtended() throws {
        for d in Self.doubles + [3.9e15, -7.5e17, 2.5e19, -3.1e25, 1.7976931348623157e308] {
            #expect(try Self.run(.doubleToInt32, xmm: [d]) == .value(Self.int32(JSNumber.toInt32(d))), "\(d)")
        }
    }

    @Test func unboxingDeoptimizesExactlyOffItsType() throws {
        let values: [Value] = [Value(int32: 0), Value(int32: -7), Value(int32: .max), Value(number: 0.5), Value(number: -0.0), Value(double: .nan),
                               Value(number: 1e300), .undefined, .null, .true, .false, Value(bits: 0x0000_7F00_1234_5678)]
        for value in values {
            let number: Double? = value.isInt32 ? Double(Int32(truncatingIfNeeded: value.bits)) : value.isNumber ? Double(bitPattern: value.bits &- Layout.doubleEncodeOffset) : nil
            #expect(try Self.run(.unboxNumber, gpr: [value.bits]) == (number.map { .value($0.bitPattern) } ?? .deopt), "\(value.bits)")
            #expect(try Self.run(.unboxInt32, gpr: [value.bits]) == (value.isInt32 ? .value(value.bits & 0xFFFF_FFFF) : .deopt))
            let boolean: UInt64? = value == .true ? 1 : value == .false ? 0 : nil
            #expect(try Self.run(.unboxBoolean, gpr: [value.bits]) == (boolean.map { .value($0) } ?? .deopt))
        }
        #expect(try Self.run(.boxBoolean, gpr: [1]) == .value(Value.true.bits))
        #expect(try Self.run(.boxInt32, gpr: [Self.int32(-2)]) == .value(Value(int32: -2).bits))
    }

    @Test func int32MultiplyDeoptimizesOnOverflowAndNegativeZero() throws {
        let pairs: [(Int32, Int32)] = [(3, 7), (-3, 7), (0, 5), (0, -5), (-5, 0), (0, 0), (65536, 65536), (-65536, 32768), (46341, 46341), (-1, .min)]
        for (lhs, rhs) in pairs {
            let (product, overflow) = lhs.multipliedReportingOverflow(by: rhs)
            let negativeZero = product == 0 && (lhs < 0 || rhs < 0)
            let expected: Outcome = overflow || negativeZero ? .deopt : .value(Self.int32(product))
            #expect(try Self.run(.int32Mul, gpr: [Self.int32(lhs), Self.int32(rhs)]) == expected, "\(lhs) * \(rhs)")
            let rule: LoweringRule = rhs > 0 ? .int32MulPositiveConstant : .int32MulNegativeConstant
            if rhs != 0 { #expect(try Self.run(rule, gpr: [Self.int32(lhs)], attributes: [Int64(rhs)]) == expected, "\(lhs) * #\(rhs)") }
        }
    }

    @Test func int32ArithmeticAndShiftsMatchJS() throws {
        #expect(try Self.run(.int32Add, gpr: [Self.int32(.max), Self.int32(1)]) == .deopt)
        #expect(try Self.run(.int32AddConstant, gpr: [Self.int32(-5)], attributes: [3]) == .value(Self.int32(-2)))
        #expect(try Self.run(.int32Sub, gpr: [Self.int32(.min), Self.int32(1)]) == .deopt)
        #expect(try Self.run(.int32ShiftLeft, gpr: [Self.int32(1), Self.int32(33)]) == .value(2), "the count is taken mod 32")
        #expect(try Self.run(.int32ShiftRight, gpr: [Self.int32(-16), Self.int32(2)]) == .value(Self.int32(-4)))
        #expect(try Self.run(.int32ShiftRightUnsigned, gpr: [Self.int32(-16), Self.int32(28)]) == .value(15))
        #expect(try Self.run(.int32ShiftRightUnsigned, gpr: [Self.int32(-16), Self.int32(32)]) == .deopt, "4294967280 is past int32")
        #expect(try Self.run(.int32ShiftRightUnsignedConstant, gpr: [Self.int32(-1)], attributes: [1]) == .value(0x7FFF_FFFF))
        for (condition, expected) in [(IRCondition.lt, true), (.le, true), (.gt, false), (.ge, false), (.eq, false), (.ne, true)] {
            #expect(try Self.run(.int32Compare, gpr: [Self.int32(-1), Self.int32(1)], attributes: [condition.rawValue]) == .value(expected ? 1 : 0))
            #expect(try Self.run(.branchInt32CompareConstant, gpr: [Self.int32(-1)], attributes: [condition.rawValue, 1]) == .branch(expected))
        }
    }

    /// Every comparison with NaN is false except `!=`, materialised and fused into branches.
    @Test func doubleComparisonsAgreeWithSwiftIncludingNaN() throws {
        let samples: [Double] = [-1, 0, -0.0, 2.5, .infinity, .nan]
        for lhs in samples {
            for rhs in samples {
                for condition in IRCondition.allCases {
                    let expected: Bool
                    switch condition {
                    case .eq: expected = lhs == rhs
                    case .ne: expected = lhs != rhs
                    case .lt: expected = lhs < rhs
                    case .le: expected = lhs <= rhs
                    case .gt: expected = lhs > rhs
                    case .ge: expected = lhs >= rhs
                    }
                    let materialise: LoweringRule = condition == .ne ? .doubleCompareNotEqual : .doubleCompare
                    #expect(try Self.run(materialise, xmm: [lhs, rhs], attributes: [condition.rawValue]) == .value(expected ? 1 : 0), "\(lhs) \(condition) \(rhs)")
                    let branch: LoweringRule = [.eq: .branchDoubleEqual, .ne: .branchDoubleNotEqual, .lt: .branchDoubleLess,
                                                .le: .branchDoubleLessOrEqual, .gt: .branchDoubleGreater, .ge: .branchDoubleGreater][condition]!
                    #expect(try Self.run(branch, xmm: [lhs, rhs], attributes: [condition.rawValue]) == .branch(expected), "branch \(lhs) \(condition) \(rhs)")
                }
            }
        }
    }

    @Test func doubleArithmeticNegatesAndConverts() throws {
        #expect(try Self.run(.doubleNegate, xmm: [0]) == .value((-0.0).bitPattern))
        #expect(try Self.run(.doubleNegate, xmm: [-2.5]) == .value((2.5).bitPattern))
        #expect(try Self.run(.doubleSub, xmm: [1, 3]) == .value((-2.0).bitPattern))
        #expect(try Self.run(.int32ToDouble, gpr: [Self.int32(-7)]) == .value((-7.0).bitPattern))
        #expect(try Self.run(.doubleConstant, attributes: [Int64(bitPattern: (0.1).bitPattern)]) == .value((0.1).bitPattern))
    }
}
