import Glibc

/// The native functions the engine provides. A builtin's function cell has no chunk; its
/// number (the raw value) is in the cell's aux field, so JIT code can dispatch on it too.
enum Builtin: Int, CaseIterable {
    case consoleLog
    case mathAbs, mathFloor, mathCeil, mathRound, mathTrunc, mathSign, mathSqrt, mathCbrt, mathPow
    case mathMin, mathMax, mathSin, mathCos, mathTan, mathAsin, mathAcos, mathAtan, mathAtan2
    case mathExp, mathLog, mathLog2, mathLog10, mathHypot
    case stringConstructor, stringFromCharCode
    case stringCharCodeAt, stringCharAt, stringIndexOf, stringSubstring, stringSlice
    case arrayConstructor
    case arrayPush, arrayPop, arrayFill, arraySlice, arrayJoin, arrayIndexOf

    /// The function's `name`, as node shows it (`[Function: log]`).
    var name: String {
        switch self {
        case .consoleLog: return "log"
        case .stringConstructor: return "String"
        case .arrayConstructor: return "Array"
        case .stringFromCharCode: return "fromCharCode"
        default:
            // mathAbs → abs, stringCharCodeAt → charCodeAt, arrayIndexOf → indexOf.
            let raw = "\(self)"
            let body = raw.drop(while: { $0.isLowercase })
            return body.prefix(1).lowercased() + body.dropFirst()
        }
    }
}

extension Runtime {
    /// Creates the global object's builtins: console, Math, String, Array and the prototype
    /// objects that hold string and array methods. Every builtin property is non-enumerable,
    /// as in node (console.log shows `Object [Math] {}` and `[Function: String]`).
    func installBuiltins() {
        func install(_ object: UnsafeMutableRawPointer, _ name: String, _ value: Value) {
            setOwn(object, intern(name), value, attributes: [])
        }
        let console = newObject().asCell
        install(console, "log", newBuiltin(.consoleLog))
        setGlobal("console", Value(cell: console))

        let math = newObject(shape: mathShape).asCell
        let mathFunctions: [Builtin] = [.mathAbs, .mathFloor, .mathCeil, .mathRound, .mathTrunc, .mathSign, .mathSqrt, .mathCbrt,
                                        .mathPow, .mathMin, .mathMax, .mathSin, .mathCos, .mathTan, .mathAsin, .mathAcos,
                                        .mathAtan, .mathAtan2, .mathExp, .mathLog, .mathLog2, .mathLog10, .mathHypot]
        for builtin in mathFunctions { install(math, builtin.name, newBuiltin(builtin)) }
        install(math, "PI", Value(double: Double.pi))
        install(math, "E", Value(double: M_E))
        setGlobal("Math", Value(cell: math))

        let string = newBuiltin(.stringConstructor)
        install(string.asCell, "fromCharCode", newBuiltin(.stringFromCharCode))
        setGlobal("String", string)
        setGlobal("Array", newBuiltin(.arrayConstructor))
        setGlobal("NaN", Value(double: .nan))
        setGlobal("Infinity", Value(double: .infinity))
        setGlobal("undefined", .undefined)

        for builtin in [Builtin.stringCharCodeAt, .stringCharAt, .stringIndexOf, .stringSubstring, .stringSlice] {
            install(stringPrototype, builtin.name, newBuiltin(builtin))
        }
        for builtin in [Builtin.arrayPush, .arrayPop, .arrayFill, .arraySlice, .arrayJoin, .arrayIndexOf] {
            install(arrayPrototype, builtin.name, newBuiltin(builtin))
        }
    }

    /// Runs a builtin. `arguments` points at `count` values in the register file.
    func callBuiltin(_ builtin: Builtin, this: Value, arguments: UnsafeMutablePointer<Value>, count: Int) throws(JsError) -> Value {
        @inline(__always) func argument(_ i: Int) -> Value { i < count ? arguments[i] : .undefined }
        @inline(__always) func number(_ i: Int) -> Double { toNumber(argument(i)) }
        @inline(__always) func math(_ f: (Double) -> Double) -> Value { Value(number: f(number(0))) }

        switch builtin {
        case .consoleLog:
            write(try formatLogArguments(UnsafeBufferPointer(start: arguments, count: count)) + "\n")
            return .undefined

        case .mathAbs: return math { Swift.abs($0) }
        case .mathFloor: return math { $0.rounded(.down) }
        case .mathCeil: return math { $0.rounded(.up) }
        case .mathTrunc: return math { $0.rounded(.towardZero) }
        case .mathRound: return math(Self.jsRound)
        case .mathSign: return math { $0.isNaN || $0 == 0 ? $0 : ($0 > 0 ? 1 : -1) }
        case .mathSqrt: return math { $0.squareRoot() }
        case .mathCbrt: return math(IEEE754.cbrt)
        case .mathPow: return Value(number: Self.jsPow(number(0), number(1)))
        case .mathMin, .mathMax:
            let isMax = builtin == .mathMax
            var result = isMax ? -Double.infinity : Double.infinity
            for i in 0..<count {
                let x = toNumber(arguments[i])
                if x.isNaN || result.isNaN { result = .nan; continue }
                if isMax ? (x > result || (x == 0 && result == 0 && result.sign == .minus)) : (x < result || (x == 0 && result == 0 && x.sign == .minus)) {
                    result = x
                }
            }
            return Value(number: result)
        case .mathSin: return math(IEEE754.sin)
        case .mathCos: return math(IEEE754.cos)
        case .mathTan: return math(IEEE754.tan)
        case .mathAsin: return math(IEEE754.asin)
        case .mathAcos: return math(IEEE754.acos)
        case .mathAtan: return math(IEEE754.atan)
        case .mathAtan2: return Value(number: IEEE754.atan2(number(0), number(1)))
        case .mathExp: return math(IEEE754.exp)
        case .mathLog: return math(IEEE754.log)
        case .mathLog2: return math(IEEE754.log2)
        case .mathLog10: return math(IEEE754.log10)
        case .mathHypot:
            var values: [Double] = []
            for i in 0..<count { values.append(toNumber(arguments[i])) }
            return Value(number: Self.jsHypot(values))

        case .stringConstructor:
            return count == 0 ? newString([]) : try toStringChecked(arguments[0])
        case .stringFromCharCode:
            if count == 1 {
                let unit = arguments[0].isInt32 ? UInt16(truncatingIfNeeded: arguments[0].asInt32) : UInt16(truncatingIfNeeded: JSNumber.toUint32(toNumber(arguments[0])))
                return singleCharacter(unit)
            }
            var units: [UInt16] = []
            units.reserveCapacity(count)
            for i in 0..<count { units.append(UInt16(truncatingIfNeeded: JSNumber.toUint32(toNumber(arguments[i])))) }
            return units.count == 1 ? singleCharacter(units[0]) : newString(units)

        case .stringCharCodeAt, .stringCharAt, .stringIndexOf, .stringSubstring, .stringSlice:
            let string = try thisString(this, builtin)
            // A receiver converted to a new string must outlive the allocations below.
            if !this.isString { handles.append(string) }
            defer { if !this.isString { handles.removeLast() } }
            let characters = units(string)
            let length = characters.count
            switch builtin {
            case .stringCharCodeAt, .stringCharAt:
                let position = toIntegerOrInfinity(argument(0))
                let inRange = position >= 0 && position < Double(length)
                if builtin == .stringCharCodeAt { return inRange ? Value(int32: Int32(characters[Int(position)])) : Value(double: .nan) }
                return inRange ? singleCharacter(characters[Int(position)]) : newString([])
            case .stringIndexOf:
                let needle = Array(units(toStringValue(argument(0))))
                let start = Int(Swift.min(Swift.max(toIntegerOrInfinity(argument(1)), 0), Double(length)))
                return Value(int32: Int32(Self.indexOf(needle, in: characters, from: start)))
            case .stringSubstring:
                let start = Int(Swift.min(Swift.max(toIntegerOrInfinity(argument(0)), 0), Double(length)))
                let end = argument(1).isUndefined ? length : Int(Swift.min(Swift.max(toIntegerOrInfinity(argument(1)), 0), Double(length)))
                return substring(characters, Swift.min(start, end), Swift.max(start, end))
            default:
                let (start, end) = relativeRange(argument(0), argument(1), length: length)
                return substring(characters, start, Swift.max(start, end))
            }

        case .arrayConstructor:
            if count == 1 && arguments[0].isNumber {
                let length = arguments[0].asNumber
                guard length >= 0, length == length.rounded(.towardZero), length <= Double(Self.arrayLengthLimit) else {
                    throw JsError(.rangeError, "Invalid array length")
                }
                return try newArrayOfLength(Int(length))
            }
            return newArray(Array(UnsafeBufferPointer(start: arguments, count: count)))

        case .arrayPush, .arrayPop, .arrayFill, .arraySlice, .arrayJoin, .arrayIndexOf:
            guard this.isArray else { throw JsError(.typeError, "Array.prototype.\(builtin.name) called on a value that is not an array") }
            let cell = this.asCell
            let length = arrayLength(cell)
            switch builtin {
            case .arrayPush:
                guard count > 0 else { return Value(number: Double(length)) }
                guard length + count <= Self.arrayLengthLimit else { throw JsError(.rangeError, "Invalid array length") }
                if !isSparseArray(cell) && length + count > Self.maxDenseLength { try convertToSparse(cell) }
                if isSparseArray(cell) {
                    for i in 0..<count { try setSparseElement(cell, length + i, arguments[i]) }
                    return Value(number: Double(length + count))
                }
                if length + count <= elementCapacity(cell) {
                    // Room for them: nothing to allocate, and nothing to clear before writing.
                    cell.setField(Layout.ArrayCell.length, UInt32(length + count))
                } else {
                    try resizeDenseArray(cell, length + count)
                }
                let elements = elementsPointer(cell)
                for i in 0..<count { elements[length + i] = arguments[i] }
                return Value(number: Double(length + count))
            case .arrayPop:
                guard length > 0 else { return .undefined }
                let last = arrayElement(cell, length - 1)
                if isSparseArray(cell) {
                    removeSparseElement(cell, length - 1)
                    cell.setField(Layout.ArrayCell.length, UInt32(length - 1))
                } else {
                    try resizeDenseArray(cell, length - 1)
                }
                return last
            case .arrayFill:
                let (start, end) = relativeRange(argument(1), argument(2), length: length)
                if isSparseArray(cell) {
                    // Each element is added: as in node, a huge range takes its time (and the heap).
                    for i in start..<Swift.max(start, end) { try setSparseElement(cell, i, argument(0)) }
                } else if length > 0 && end > start {
                    (elementsPointer(cell) + start).update(repeating: argument(0), count: end - start)
                }
                return this
            case .arraySlice:
                let (start, end) = relativeRange(argument(0), argument(1), length: length)
                if isSparseArray(cell) { return try sparseSlice(cell, start, Swift.max(start, end)) }
                var values: [Value] = []
                for i in start..<Swift.max(start, end) { values.append(elementsPointer(cell)[i]) }
                return newArray(values)
            case .arrayJoin:
                let separator: [UInt16] = argument(0).isUndefined ? [44] : Array(units(toStringValue(argument(0))))
                return try joinArray(cell, separator: separator, depth: 0)
            default:
                let search = argument(0)
                var from = toIntegerOrInfinity(argument(1))
                if from < 0 { from = Swift.max(Double(length) + from, 0) }
                if from >= Double(length) { return Value(int32: -1) }
                if isSparseArray(cell) {
                    let found = sparseElements(cell, from: Int(from)).first { strictEquals($0.value, search) }
                    return found.map { Value(number: Double($0.index)) } ?? Value(int32: -1)
                }
                for i in Int(from)..<length {
                    let element = elementsPointer(cell)[i]
                    if !element.isEmpty && strictEquals(element, search) { return Value(int32: Int32(i)) }
                }
                return Value(int32: -1)
            }
        }
    }

    /// slice of a sparse array: the elements present in [start, end), holes kept.
    private func sparseSlice(_ cell: UnsafeMutableRawPointer, _ start: Int, _ end: Int) throws(JsError) -> Value {
        let result = try newArrayOfLength(end - start)
        handles.append(result)
        defer { handles.removeLast() }
        for (index, value) in sparseElements(cell, from: start) where index < end {
            try setArrayElement(result.asCell, index - start, value)
        }
        return result
    }

    private func thisString(_ this: Value, _ builtin: Builtin) throws(JsError) -> Value {
        if this.isUndefinedOrNull {
            throw JsError(.typeError, "String.prototype.\(builtin.name) called on null or undefined")
        }
        return toStringValue(this)
    }

    private func substring(_ characters: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Value {
        if end - start == 1 { return singleCharacter(characters[start]) }
        return newString(characters[start..<end])
    }

    /// ToIntegerOrInfinity: NaN is 0, fractions truncate toward zero.
    func toIntegerOrInfinity(_ v: Value) -> Double {
        if v.isInt32 { return Double(v.asInt32) }
        let d = toNumber(v)
        return d.isNaN ? 0 : d.rounded(.towardZero)
    }

    /// The `[start, end)` of slice and fill: negative positions count from the end, an
    /// undefined end is the length, both clamped to `0...length`.
    private func relativeRange(_ startValue: Value, _ endValue: Value, length: Int) -> (Int, Int) {
        func clamp(_ relative: Double) -> Int {
            let position = relative < 0 ? Swift.max(Double(length) + relative, 0) : Swift.min(relative, Double(length))
            return Int(position)
        }
        let start = clamp(toIntegerOrInfinity(startValue))
        let end = endValue.isUndefined ? length : clamp(toIntegerOrInfinity(endValue))
        return (start, end)
    }

    static func indexOf(_ needle: [UInt16], in haystack: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let last = haystack.count - needle.count
        guard last >= start else { return -1 }
        if needle.isEmpty { return start }
        let first = needle[0]
        var i = start
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return -1
    }

    /// Math.round: halves round up (toward +∞), and results in (-0.5, 0] are -0.
    static func jsRound(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        var r = x.rounded(.down)
        if x - r >= 0.5 { r += 1 }
        if r == 0 && x < 0 { return -0.0 }
        return r
    }

    /// `**` and Math.pow, in every tier: V8's fdlibm pow (a NaN exponent is always NaN and ±1
    /// to an infinite power is NaN), whose last bit the C library's pow does not always match.
    static func jsPow(_ x: Double, _ y: Double) -> Double {
        IEEE754.pow(x, y)
    }

    /// Math.hypot as V8 computes it: scaled by the largest magnitude, with a compensated sum.
    static func jsHypot(_ values: [Double]) -> Double {
        var largest = 0.0
        var sawNaN = false
        for value in values {
            if value.isInfinite { return .infinity }
            if value.isNaN { sawNaN = true }
            largest = Swift.max(largest, Swift.abs(value))
        }
        if sawNaN { return .nan }
        if largest == 0 { return 0 }
        var sum = 0.0
        var compensation = 0.0
        for value in values {
            let ratio = Swift.abs(value) / largest
            let summand = ratio * ratio - compensation
            let preliminary = sum + summand
            compensation = (preliminary - sum) - summand
            sum = preliminary
        }
        return sum.squareRoot() * largest
    }
}
