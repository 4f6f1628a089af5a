@testable import JIT
import Testing

/// Builtins and conversions at their edges, called directly (bit-exact results, -0 included)
/// and through programs. Expected values are node 20's.
@Suite struct BuiltinsAndConversionsTests {
    let runtime = Runtime(output: { _ in })

    /// Calls a builtin with `arguments` as the register file would pass them.
    func call(_ builtin: Builtin, _ arguments: [Value], this: Value = .undefined) throws -> Value {
        let buffer = UnsafeMutablePointer<Value>.allocate(capacity: max(arguments.count, 1))
        defer { buffer.deallocate() }
        buffer.initialize(from: arguments, count: arguments.count)
        return try runtime.callBuiltin(builtin, this: this, arguments: buffer, count: arguments.count)
    }

    func number(_ builtin: Builtin, _ arguments: [Double]) throws -> Double {
        try call(builtin, arguments.map { Value(number: $0) }).asNumber
    }

    // MARK: Math.round

    /// (x, Math.round(x) in node).
    static let roundRows: [(Double, Double)] = [
        (-0.5, -0.0), (0.49999999999999994, 0.0), (-0.49999999999999994, -0.0), (2.5, 3.0), (-2.5, -2.0),
        (0.5, 1.0), (-1.5, -1.0), (1.5, 2.0), (-0.0, -0.0), (0.0, 0.0), (-0.2, -0.0), (.leastNonzeroMagnitude, 0.0), (-.leastNonzeroMagnitude, -0.0),
        (4503599627370495.5, 4503599627370496.0), (-4503599627370495.5, -4503599627370495.0), (9007199254740993.0, 9007199254740992.0),
        (Double.infinity, .infinity), (-Double.infinity, -.infinity), (2147483647.5, 2147483648.0),
    ]

    @Test(arguments: roundRows)
    func mathRound(input: Double, expected: Double) throws {
        #expect(sameNumber(Runtime.jsRound(input), expected), "Math.round(\(input))")
        #expect(sameNumber(try number(.mathRound, [input]), expected), "Math.round(\(input)) through the builtin")
        #expect(Runtime.jsRound(.nan).isNaN)
    }

    @Test func mathRoundGivesInt32sAndMinusZeroAsADouble() throws {
        #expect(try call(.mathRound, [Value(double: 2.5)]) == Value(int32: 3))
        let minusZero = try call(.mathRound, [Value(double: -0.4)])
        #expect(minusZero.isDouble && minusZero.asDouble.sign == .minus)
    }

    // MARK: Math.max and Math.min

    @Test func maxAndMinOrderMinusZeroBelowZero() throws {
        #expect(sameNumber(try number(.mathMax, [-0.0, 0]), 0))
        #expect(sameNumber(try number(.mathMax, [0, -0.0]), 0))
        #expect(sameNumber(try number(.mathMin, [0, -0.0]), -0.0))
        #expect(sameNumber(try number(.mathMin, [-0.0, 0]), -0.0))
        #expect(sameNumber(try number(.mathMax, [-0.0, -0.0]), -0.0))
        #expect(sameNumber(try number(.mathMax, [-0.0]), -0.0))
        #expect(sameNumber(try number(.mathMin, [0, 0]), 0))
    }

    @Test func maxAndMinWithNaNOrNothing() throws {
        #expect(try number(.mathMax, [1, .nan, 3]).isNaN)
        #expect(try number(.mathMin, [.nan]).isNaN)
        #expect(try number(.mathMax, [.nan, .infinity]).isNaN)
        #expect(try number(.mathMin, [-.infinity, .nan]).isNaN)
        #expect(try number(.mathMax, []) == -.infinity)
        #expect(try number(.mathMin, []) == .infinity)
        // Arguments are converted with ToNumber: "7" is 7, undefined is NaN, null is 0.
        #expect(try call(.mathMax, [runtime.newString("7"), Value(int32: 3)]) == Value(int32: 7))
        #expect(try call(.mathMax, [.undefined, Value(int32: 1)]).asNumber.isNaN)
        #expect(try call(.mathMax, [.null, Value(int32: -1)]) == Value(int32: 0))
    }

    // MARK: Math.pow and **

    /// (base, exponent, base ** exponent in node).
    static let powRows: [(Double, Double, Double)] = [
        (Double.nan, 0.0, 1.0), (1.0, .nan, .nan), (1.0, .infinity, .nan), (-1.0, -.infinity, .nan), (1.0, -.infinity, .nan),
        (-0.0, -1.0, -.infinity), (-0.0, -2.0, .infinity), (0.0, -1.0, .infinity), (-.infinity, 3.0, -.infinity),
        (-.infinity, -3.0, -0.0), (-8.0, 1.0 / 3.0, .nan), (0.5, -.infinity, .infinity), (2.0, -.infinity, 0.0),
        (.nan, -0.0, 1.0), (-0.0, 3.0, -0.0), (-0.0, 0.5, 0.0), (-2.0, 3.0, -8.0), (-2.0, 0.5, .nan), (2.0, 10.0, 1024.0),
        (.infinity, -1.0, 0.0), (-.infinity, 2.0, .infinity),
    ]

    @Test(arguments: powRows)
    func pow(base: Double, exponent: Double, expected: Double) throws {
        #expect(sameNumber(Runtime.jsPow(base, exponent), expected), "\(base) ** \(exponent)")
        #expect(sameNumber(try number(.mathPow, [base, exponent]), expected), "Math.pow(\(base), \(exponent))")
    }

    @Test func powOfTwoAndAHalf() {
        #expect(JSNumber.toString(Runtime.jsPow(2, 0.5)) == "1.4142135623730951")
    }

    // MARK: Math.hypot

    @Test func hypot() throws {
        #expect(Runtime.jsHypot([]) == 0)
        #expect(Runtime.jsHypot([3, 4]) == 5)
        #expect(Runtime.jsHypot([.nan, .infinity]) == .infinity, "Infinity wins over NaN")
        #expect(Runtime.jsHypot([-.infinity, .nan]) == .infinity)
        #expect(Runtime.jsHypot([.nan, 1]).isNaN)
        #expect(Runtime.jsHypot([-3]) == 3)
        #expect(sameNumber(Runtime.jsHypot([-0.0]), 0), "+0, not -0")
        #expect(sameNumber(Runtime.jsHypot([-0.0, -0.0]), 0))
        // Scaled, so neither overflow nor underflow; digits as node prints them.
        #expect(JSNumber.toString(Runtime.jsHypot([1e200, 1e200])) == "1.414213562373095e+200")
        #expect(JSNumber.toString(Runtime.jsHypot([1e-200, 1e-200])) == "1.414213562373095e-200")
        #expect(JSNumber.toString(Runtime.jsHypot([1, 2, 3])) == "3.741657386773941")
        #expect(try call(.mathHypot, [runtime.newString("3"), runtime.newString("4")]) == Value(int32: 5))
    }

    // MARK: ToNumber

    /// (string, Number(string) as node prints it).
    static let stringToNumber: [(String, String)] = [
        ("", "0"), ("  ", "0"), (" 0x1F ", "31"), ("0X1f", "31"), ("0b101", "5"), ("0o17", "15"), ("-0x10", "NaN"),
        ("Infinity", "Infinity"), ("-Infinity", "-Infinity"), ("+Infinity", "Infinity"), ("infinity", "NaN"), ("-0", "-0"),
        ("1e1000", "Infinity"), ("1_000", "NaN"), ("\u{2028} 7 \u{FEFF}", "7"), ("0b2", "NaN"), ("\t\n12.5e-1\r", "1.25"),
        ("12px", "NaN"), ("0x", "NaN"), (".", "NaN"), ("1e", "NaN"), ("00012", "12"),
    ]

    @Test func toNumberOfStrings() {
        for (text, expected) in Self.stringToNumber {
            #expect(Inspector.number(runtime.toNumber(runtime.newString(text))) == expected, "Number(\(text.debugDescription))")
        }
    }

    @Test func toNumberOfARopeAndOfOtherValues() throws {
        let rope = try runtime.concatenate(runtime.newString("   00000000000000000000"), runtime.newString("0000000042.5   "))
        #expect(UInt64(rope.cellKind) == Layout.kindRope)
        #expect(runtime.toNumber(rope) == 42.5)
        #expect(runtime.toNumber(.true) == 1)
        #expect(runtime.toNumber(.false) == 0)
        #expect(runtime.toNumber(.null) == 0)
        #expect(runtime.toNumber(.undefined).isNaN)
        #expect(runtime.toNumber(runtime.newArray([])) == 0)
        #expect(runtime.toNumber(runtime.newArray([Value(int32: 5)])) == 5)
        #expect(runtime.toNumber(runtime.newArray([runtime.newString("  8 ")])) == 8)
        #expect(runtime.toNumber(runtime.newArray([Value(int32: 1), Value(int32: 2)])).isNaN)
        #expect(runtime.toNumber(runtime.newObject()).isNaN)
    }

    // MARK: ToInt32 and ToUint32 in programs

    @Test func bitwiseOperatorsWrapBigDoubles() throws {
        let run = try ScriptRun("""
            console.log(1e20 | 0, 1e20 >>> 0, 4294967301 | 0, -4294967301 | 0, 9007199254740992 | 0, 2147483648 | 0);
            console.log(4294967295.9 | 0, 4294967295.9 >>> 0, -1.5 | 0, -1.5 >>> 0, 1e308 | 0, -2147483649 | 0);
            console.log(4294967296 * 4294967296 + 7 | 0, -0.9 | 0, 2.5e9 | 0, -2.5e9 >>> 0, NaN | 0, -Infinity >>> 0);
            """)
        #expect(run.output == """
            1661992960 1661992960 5 -5 0 -2147483648
            -1 4294967295 -1 4294967295 0 2147483647
            0 0 -1794967296 1794967296 0 0

            """)
    }

    @Test func toInt32AndToUint32OfBigDoubles() {
        let rows: [(Double, Int32, UInt32)] = [
            (1e20, 1661992960, 1661992960), (4294967301, 5, 5), (-4294967301, -5, 4294967291), (9007199254740992, 0, 0),
            (2147483648, -2147483648, 2147483648), (4294967295.9, -1, 4294967295), (-1.5, -1, 4294967295), (1e308, 0, 0),
            (-2147483649, 2147483647, 2147483647), (2.5e9, -1794967296, 2500000000), (-2.5e9, 1794967296, 1794967296),
            (.infinity, 0, 0), (.nan, 0, 0), (-0.0, 0, 0),
        ]
        for (value, int32, uint32) in rows {
            #expect(JSNumber.toInt32(value) == int32, "ToInt32(\(value))")
            #expect(JSNumber.toUint32(value) == uint32, "ToUint32(\(value))")
        }
    }

    // MARK: Array length

    /// The error `source` stops with, nil when it runs to the end.
    static func error(of source: String, file: String = "test.js") -> JsError? {
        do {
            _ = try ScriptRun(source, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["-1", "1.5", "4294967296", "'abc'", "NaN", "Infinity", "-0.5", "{}"])
    func settingAnInvalidArrayLengthIsARangeError(value: String) {
        let error = Self.error(of: "var a = [1, 2];\na.length = \(value);", file: "length.js")
        #expect(error?.kind == .rangeError)
        #expect(error?.message == "Invalid array length")
        #expect(error?.location?.file == "length.js")
        #expect(error?.location?.line == 2)
    }

    @Test(arguments: ["new Array(-1)", "new Array(1.5)", "Array(4294967296)"])
    func constructingAnArrayWithAnInvalidLengthIsARangeError(expression: String) {
        let error = Self.error(of: "var a = \(expression);")
        #expect(error?.kind == .rangeError)
        #expect(error?.message == "Invalid array length")
    }

    @Test func validLengthsConvertAndTruncate() throws {
        let run = try ScriptRun("""
            var a = [1, 2, 3, 4];
            a.length = "2"; console.log(a.length, a);
            a.length = -0; console.log(a.length, a);
            a.length = 3; console.log(a);
            a.length = true; console.log(a);
            """)
        #expect(run.output == "2 [ 1, 2 ]\n0 []\n[ <3 empty items> ]\n[ <1 empty item> ]\n")
    }

    // MARK: join

    @Test func joinOfACyclicArrayJoinsTheCycleAsEmpty() throws {
        let run = try ScriptRun("""
            var c = [1, 2]; c.push(c);
            console.log(c.join("-"), String(c), c.join(), [null, undefined, 1].join(), [[1, [2, 3]], 4].join(";"));
            var d = [1]; var e = [d, 2]; d.push(e);
            console.log(e.join("|"), d.join("|"), "" + d);
            """)
        #expect(run.output == "1-2- 1,2, 1,2, ,,1 1,2,3;4\n1,|2 1|,2 1,,2\n")
    }

    @Test func joinCanRunAgainAfterACycle() throws {
        // The set of arrays being joined is emptied afterwards, so the same array joins again.
        let array = runtime.newArray([Value(int32: 1)])
        try runtime.setArrayElement(array.asCell, 1, array)
        #expect(runtime.toSwiftString(array) == "1,")
        #expect(runtime.toSwiftString(array) == "1,")
        #expect(runtime.joining.isEmpty)
    }
}
