@testable import JIT
import Testing

/// The NaN-boxed value encoding, bit for bit as Specs/layout.yaml defines it (JavaScriptCore's):
/// int32 = NumberTag | bits, double = bits + 2^49, cells are pointers, and null = 0x2,
/// false = 0x6, true = 0x7, undefined = 0xA, empty = 0x0.
@Suite struct ValueEncodingTests {
    /// A double's boxed bits, written out: raw bits plus DoubleEncodeOffset (1 << 49).
    static func boxed(_ raw: UInt64) -> UInt64 { raw &+ 0x0002_0000_0000_0000 }

    @Test func layoutConstantsAreTheSpecifiedOnes() {
        #expect(Layout.numberTag == 0xFFFE_0000_0000_0000)
        #expect(Layout.doubleEncodeOffset == 1 << 49)
        #expect(Layout.notCellMask == 0xFFFE_0000_0000_0002)
        #expect(Layout.canonicalNaN == 0x7FF8_0000_0000_0000)
    }

    @Test func int32sAreNumberTagOrTheirBits() {
        #expect(Value(int32: 5).bits == 0xFFFE_0000_0000_0005)
        #expect(Value(int32: 0).bits == 0xFFFE_0000_0000_0000)
        #expect(Value(int32: -1).bits == 0xFFFE_0000_FFFF_FFFF)
        #expect(Value(int32: .max).bits == 0xFFFE_0000_7FFF_FFFF)
        #expect(Value(int32: .min).bits == 0xFFFE_0000_8000_0000)
        for n: Int32 in [0, 1, -1, 42, -42, .max, .min] {
            let v = Value(int32: n)
            #expect(v.isInt32 && v.isNumber && !v.isDouble && !v.isCell)
            #expect(v.asInt32 == n)
            #expect(v.asNumber == Double(n))
        }
    }

    @Test func doublesAreOffsetBy2ToThe49() {
        #expect(Value(double: 1.0).bits == 0x3FF2_0000_0000_0000)
        #expect(Value(double: 0.0).bits == 0x0002_0000_0000_0000)
        #expect(Value(double: -0.0).bits == 0x8002_0000_0000_0000)
        #expect(Value(double: 0.5).bits == Self.boxed(0.5.bitPattern))
        #expect(Value(double: .infinity).bits == 0x7FF2_0000_0000_0000)
        #expect(Value(double: -.infinity).bits == 0xFFF2_0000_0000_0000)
        #expect(Value(double: .greatestFiniteMagnitude).bits == Self.boxed(0x7FEF_FFFF_FFFF_FFFF))
        #expect(Value(double: -.greatestFiniteMagnitude).bits == Self.boxed(0xFFEF_FFFF_FFFF_FFFF))
        #expect(Value(double: .leastNonzeroMagnitude).bits == 0x0002_0000_0000_0001)
        for d in [0.0, -0.0, 1.5, -1.5, 1e300, -1e-300, .infinity, -.infinity, .leastNonzeroMagnitude, 4294967296.0] {
            let v = Value(double: d)
            #expect(v.isDouble && v.isNumber && !v.isInt32 && !v.isCell && !v.isBoolean && !v.isUndefinedOrNull)
            #expect(v.asDouble.bitPattern == d.bitPattern)
            #expect(v.asNumber.bitPattern == d.bitPattern)
        }
    }

    @Test func everyNaNBecomesTheCanonicalNaN() {
        let canonical = Value(double: .nan).bits
        #expect(canonical == 0x7FFA_0000_0000_0000)
        let nans: [Double] = [
            .nan, -.nan, .signalingNaN, Double(nan: 0x1234, signaling: false),
            Double(bitPattern: 0xFFFF_FFFF_FFFF_FFFF),  // would wrap to a cell-looking pattern unboxed
            Double(bitPattern: 0xFFFE_0000_0000_0001),  // would look like an int32
            Double(bitPattern: 0x7FF0_0000_0000_0001),
        ]
        for nan in nans {
            let v = Value(double: nan)
            #expect(v.bits == canonical, "NaN with bits \(String(nan.bitPattern, radix: 16))")
            #expect(v.isDouble && !v.isCell && !v.isInt32)
            #expect(v.asDouble.isNaN)
        }
        #expect(Value(number: -.nan).bits == canonical)
    }

    @Test func constantsHaveTheirSpecifiedBits() {
        #expect(Value.null.bits == 0x2)
        #expect(Value.false.bits == 0x6)
        #expect(Value.true.bits == 0x7)
        #expect(Value.undefined.bits == 0xA)
        #expect(Value.empty.bits == 0x0)
        #expect(Value(bool: true) == .true)
        #expect(Value(bool: false) == .false)
        #expect(Value.true.asBool && !Value.false.asBool)
    }

    @Test func predicatesOfTheConstants() {
        // (value, isNumber, isCell, isUndefined, isNull, isEmpty, isBoolean, isUndefinedOrNull)
        let rows: [(String, Value, [Bool])] = [
            ("null", .null, [false, false, false, true, false, false, true]),
            ("undefined", .undefined, [false, false, true, false, false, false, true]),
            ("true", .true, [false, false, false, false, false, true, false]),
            ("false", .false, [false, false, false, false, false, true, false]),
            ("empty", .empty, [false, false, false, false, true, false, false]),
            ("int32 0", Value(int32: 0), [true, false, false, false, false, false, false]),
            ("double 0", Value(double: 0), [true, false, false, false, false, false, false]),
        ]
        for (name, v, expected) in rows {
            let actual = [v.isNumber, v.isCell, v.isUndefined, v.isNull, v.isEmpty, v.isBoolean, v.isUndefinedOrNull]
            #expect(actual == expected, "\(name)")
            #expect(!v.isInt32 || name == "int32 0", "\(name)")
        }
    }

    @Test func cellsArePointersWithTheirKind() {
        let runtime = Runtime(output: { _ in })
        let cells: [(Value, UInt64)] = [
            (runtime.newObject(), Layout.kindObject),
            (runtime.newArray(length: 3), Layout.kindArray),
            (runtime.newString("hello"), Layout.kindString),
            (Value(cell: runtime.intern("x")), Layout.kindString),
        ]
        for (v, kind) in cells {
            #expect(v.isCell)
            #expect(!v.isNumber && !v.isInt32 && !v.isDouble && !v.isBoolean && !v.isUndefinedOrNull && !v.isEmpty)
            #expect(v.bits & Layout.notCellMask == 0)
            #expect(v.bits & 7 == 0, "cells are 8-byte aligned")
            #expect(UInt64(v.cellKind) == kind)
            #expect(v.bits == UInt64(UInt(bitPattern: v.asCell)))
        }
        #expect(cells[0].0.isObjectLike && !cells[0].0.isArray && !cells[0].0.isString)
        #expect(cells[1].0.isArray && cells[1].0.isObjectLike)
        #expect(cells[2].0.isString && !cells[2].0.isObjectLike)
        #expect(runtime.newBuiltin(.mathAbs).isFunction)
    }

    @Test func numberPicksInt32OnlyForExactIntegersThatAreNotMinusZero() {
        let int32s: [Double] = [0, 1, -1, 5, 1e9, 2147483647, -2147483648]
        for d in int32s {
            let v = Value(number: d)
            #expect(v.isInt32, "\(d)")
            #expect(v == Value(int32: Int32(d)), "\(d)")
        }
        let doubles: [Double] = [-0.0, 0.5, -0.5, 2147483648, -2147483649, 4294967296, 1e300, .infinity, -.infinity, .nan,
                                 .leastNonzeroMagnitude, 2147483647.5]
        for d in doubles {
            let v = Value(number: d)
            #expect(v.isDouble, "\(d)")
            #expect(sameNumber(v.asNumber, d), "\(d)")
        }
        #expect(Value(number: -0.0).bits == 0x8002_0000_0000_0000)
    }

    @Test func int32AndDoubleEncodingsOfOneNumberDiffer() {
        // Value equality is bit equality: 1 as an int32 and 1.0 as a double are different values
        // to Swift; JavaScript equality (strictEquals) treats them as the same number.
        let runtime = Runtime(output: { _ in })
        #expect(Value(int32: 1) != Value(double: 1))
        #expect(runtime.strictEquals(Value(int32: 1), Value(double: 1)))
        #expect(runtime.strictEquals(Value(double: 0), Value(double: -0.0)))
        #expect(!runtime.strictEquals(Value(double: .nan), Value(double: .nan)))
    }
}
