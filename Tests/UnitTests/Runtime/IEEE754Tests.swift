@testable import JIT
import Testing

/// IEEE754 (V8's fdlibm) against node 20, bit for bit, directly and through the builtins and
/// `**`. The tables come from node (`Math.fn(x)` read back through a Float64Array); NaN results
/// compare as NaN whatever their payload, since JavaScript cannot tell NaNs apart.
@Suite struct IEEE754Tests {
    let runtime = Runtime(output: { _ in })

    func same(_ got: Double, _ expected: UInt64) -> Bool {
        let want = Double(bitPattern: expected)
        return got.isNaN ? want.isNaN : got.bitPattern == expected
    }

    func builtin(_ builtin: Builtin, _ arguments: [Double]) throws -> Double {
        let buffer = UnsafeMutablePointer<Value>.allocate(capacity: arguments.count)
        defer { buffer.deallocate() }
        buffer.initialize(from: arguments.map { Value(number: $0) }, count: arguments.count)
        return try runtime.callBuiltin(builtin, this: .undefined, arguments: buffer, count: arguments.count).asNumber
    }

    static var unary: [(Builtin, (Double) -> Double, [(UInt64, UInt64)])] { [
        (.mathCbrt, IEEE754.cbrt, cbrtRows), (.mathExp, IEEE754.exp, expRows), (.mathLog, IEEE754.log, logRows),
        (.mathLog2, IEEE754.log2, log2Rows), (.mathLog10, IEEE754.log10, log10Rows), (.mathAsin, IEEE754.asin, asinRows),
        (.mathAcos, IEEE754.acos, acosRows), (.mathAtan, IEEE754.atan, atanRows), (.mathSin, IEEE754.sin, sinRows),
        (.mathCos, IEEE754.cos, cosRows), (.mathTan, IEEE754.tan, tanRows),
    ] }

    @Test func powMatchesNode() throws {
        for (x, y, expected) in Self.powRows {
            let (a, b) = (Double(bitPattern: x), Double(bitPattern: y))
            #expect(same(IEEE754.pow(a, b), expected), "pow(\(a), \(b))")
            #expect(same(try builtin(.mathPow, [a, b]), expected), "Math.pow(\(a), \(b))")
            #expect(same(Runtime.jsPow(a, b), expected), "\(a) ** \(b)")
        }
    }

    @Test(arguments: 0..<unary.count) func unaryMatchesNode(_ index: Int) throws {
        let (function, direct, rows) = Self.unary[index]
        for (x, expected) in rows {
            let a = Double(bitPattern: x)
            #expect(same(direct(a), expected), "\(function)(\(a))")
            #expect(same(try builtin(function, [a]), expected), "Math \(function)(\(a))")
        }
    }

    @Test func atan2MatchesNode() throws {
        for (y, x, expected) in Self.atan2Rows {
            let (a, b) = (Double(bitPattern: y), Double(bitPattern: x))
            #expect(same(IEEE754.atan2(a, b), expected), "atan2(\(a), \(b))")
            #expect(same(try builtin(.mathAtan2, [a, b]), expected), "Math.atan2(\(a), \(b))")
        }
    }

    /// The cases the C library rounds differently from V8.
    @Test func knownDifferencesFromTheCLibrary() {
        #expect(IEEE754.pow(-5, -5) == -0.00031999999999999997)
        #expect(IEEE754.cbrt(27) == 3)
        #expect(IEEE754.exp(1) == 2.718281828459045) // Math.E
        #expect(IEEE754.pow(1, .infinity).isNaN && IEEE754.pow(-1, -.infinity).isNaN && IEEE754.pow(2, .nan).isNaN)
        #expect(IEEE754.pow(.nan, 0) == 1)
    }
}
