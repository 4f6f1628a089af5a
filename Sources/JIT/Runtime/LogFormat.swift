/// console.log's line: node's util.format. A first argument that is a string may hold format
/// specifiers, each taking the next argument (`%s` string, `%d` number, `%i` integer, `%f`
/// float, `%j` JSON, `%o` and `%O` inspected, `%c` CSS, consumed and dropped; `%%` is `%`);
/// the arguments left over follow, separated by spaces, strings as they are and anything else
/// inspected.
extension Runtime {
    func formatLogArguments(_ arguments: UnsafeBufferPointer<Value>) throws(JsError) -> String {
        var line = ""
        var next = 0
        var separator = ""
        if let first = arguments.first, first.isString {
            if arguments.count == 1 { return swiftString(first) }
            let format = Array(units(first))
            var text: [UInt16] = []
            var copied = 0  // format[..<copied] is in `text` (or was a specifier)
            var i = 0
            while i < format.count - 1 {
                guard format[i] == 0x25 else { i += 1; continue }  // '%'
                i += 1
                let specifier = format[i]
                if next + 1 == arguments.count {
                    // No argument left: only `%%` still means something.
                    if specifier == 0x25 {
                        text += format[copied..<i]
                        copied = i + 1
                    }
                    i += 1
                    continue
                }
                let replacement: String
                switch Unicode.Scalar(specifier).map(Character.init) {
                case "s":
                    next += 1
                    replacement = stringSpecifier(arguments[next])
                case "d":
                    next += 1
                    replacement = Inspector.number(toNumber(arguments[next]))
                case "i":
                    next += 1
                    replacement = Inspector.number(Self.parseInt(units(toStringValue(arguments[next]))))
                case "f":
                    next += 1
                    replacement = Inspector.number(Self.parseFloat(units(toStringValue(arguments[next]))))
                case "j":
                    next += 1
                    replacement = try jsonSpecifier(arguments[next])
                case "o":
                    next += 1
                    var inspector = Inspector(runtime: self, depth: 4, showHidden: true)
                    replacement = inspector.inspect(arguments[next])
                case "O":
                    next += 1
                    var inspector = Inspector(runtime: self)
                    replacement = inspector.inspect(arguments[next])
                case "c":
                    next += 1
                    replacement = ""
                case "%":
                    text += format[copied..<i]
                    copied = i + 1
                    i += 1
                    continue
                default:
                    i += 1
                    continue  // not a specifier: the text stays as it is
                }
                text += format[copied..<(i - 1)]
                text += replacement.utf16
                copied = i + 1
                i += 1
            }
            if copied != 0 {
                next += 1
                separator = " "
                text += format[copied...]
                line = String(decoding: text, as: UTF16.self)
            }
        }
        while next < arguments.count {
            var inspector = Inspector(runtime: self)
            line += separator + inspector.formatArgument(arguments[next])
            separator = " "
            next += 1
        }
        return line
    }

    /// `%s`: a primitive as String() makes it (numbers as inspect shows them, `-0`), an object
    /// inspected to depth 0, a function as String() makes it.
    private func stringSpecifier(_ value: Value) -> String {
        if value.isNumber { return Inspector.number(value.asNumber) }
        if value.isObjectLike && !value.isFunction {
            var inspector = Inspector(runtime: self, depth: 0)
            return inspector.inspect(value)
        }
        return swiftString(toStringValue(value))
    }

    /// `%j`: JSON.stringify, `undefined` for what has no JSON text, `[Circular]` for a cycle.
    private func jsonSpecifier(_ value: Value) throws(JsError) -> String {
        var writer = JSONWriter(runtime: self)
        do throws(JSONWriter.Failure) {
            guard try writer.write(value) else { return "undefined" }
        } catch {
            switch error {
            case .circular: return "[Circular]"
            case .tooDeep: throw JsError(.rangeError, "Maximum call stack size exceeded")
            }
        }
        return String(decoding: writer.text, as: UTF16.self)
    }

    /// parseInt(string) with no radix: leading white space, a sign, `0x` for hexadecimal,
    /// then the longest run of digits; NaN when there is none.
    static func parseInt(_ units: UnsafeBufferPointer<UInt16>) -> Double {
        var i = skipWhiteSpace(units)
        var negative = false
        if i < units.count && (units[i] == 0x2B || units[i] == 0x2D) {
            negative = units[i] == 0x2D
            i += 1
        }
        var prefix: [UInt16] = []
        var isDigit: (UInt16) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        if i + 1 < units.count && units[i] == 0x30 && (units[i + 1] | 0x20) == 0x78 {
            prefix = Array("0x".utf16)
            i += 2
            isDigit = { ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x66) }
        }
        var end = i
        while end < units.count && isDigit(units[end]) { end += 1 }
        guard end > i else { return .nan }
        let magnitude = JSNumber.parse(prefix + Array(units[i..<end]))
        return negative ? -magnitude : magnitude
    }

    /// parseFloat(string): leading white space, then the longest prefix that is a decimal
    /// literal (sign, digits, fraction, exponent) or `Infinity`; NaN when there is none.
    static func parseFloat(_ units: UnsafeBufferPointer<UInt16>) -> Double {
        let start = skipWhiteSpace(units)
        var i = start
        func digits() -> Int {
            let from = i
            while i < units.count && units[i] >= 0x30 && units[i] <= 0x39 { i += 1 }
            return i - from
        }
        if i < units.count && (units[i] == 0x2B || units[i] == 0x2D) { i += 1 }
        let infinity = Array("Infinity".utf16)
        if units.count - i >= infinity.count && Array(units[i..<(i + infinity.count)]) == infinity {
            return units[start] == 0x2D ? -.infinity : .infinity
        }
        var mantissa = digits()
        if i < units.count && units[i] == 0x2E {
            i += 1
            mantissa += digits()
            if mantissa == 0 { return .nan }
        }
        guard mantissa > 0 else { return .nan }
        var end = i
        if i < units.count && (units[i] | 0x20) == 0x65 {  // an exponent counts only with digits
            i += 1
            if i < units.count && (units[i] == 0x2B || units[i] == 0x2D) { i += 1 }
            if digits() > 0 { end = i }
        }
        return JSNumber.parse(units[start..<end])
    }

    /// Past StrWhiteSpace: white space and line terminators.
    private static func skipWhiteSpace(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        var i = 0
        while i < units.count, let scalar = Unicode.Scalar(units[i]), Lexer.isWhitespace(scalar) || Lexer.isLineTerminator(scalar) { i += 1 }
        return i
    }
}

/// JSON.stringify for `%j`, over what the engine has: objects (own enumerable properties),
/// arrays, strings, numbers, booleans and null.
struct JSONWriter {
    enum Failure: Error { case circular, tooDeep }
    let runtime: Runtime
    var text: [UInt16] = []
    private var stack: [UnsafeMutableRawPointer] = []
    /// Nesting past this is node's RangeError rather than a native stack overflow.
    static let maxDepth = 10_000

    init(runtime: Runtime) { self.runtime = runtime }

    /// Appends `value`'s JSON text; false when it has none (undefined, a function).
    mutating func write(_ value: Value) throws(Failure) -> Bool {
        if value.isNumber {
            let number = value.asNumber
            text += (number.isFinite ? JSNumber.toString(number) : "null").utf16
        } else if value.isNull {
            text += "null".utf16
        } else if value.isBoolean {
            text += (value.asBool ? "true" : "false").utf16
        } else if value.isString {
            quote(runtime.units(value))
        } else if value.isUndefined || value.isEmpty || value.isFunction {
            return false
        } else {
            try writeObject(value.asCell, isArray: value.isArray)
        }
        return true
    }

    private mutating func writeObject(_ cell: UnsafeMutableRawPointer, isArray: Bool) throws(Failure) {
        if stack.contains(cell) { throw .circular }
        if stack.count >= Self.maxDepth { throw .tooDeep }
        stack.append(cell)
        defer { stack.removeLast() }
        if isArray {
            text.append(0x5B)
            for i in 0..<runtime.arrayLength(cell) {
                if i > 0 { text.append(0x2C) }
                if try !write(runtime.arrayElement(cell, i)) { text += "null".utf16 }
            }
            text.append(0x5D)
            return
        }
        text.append(0x7B)
        var first = true
        for (key, value) in properties(cell) {
            let mark = text.count
            if !first { text.append(0x2C) }
            quote(runtime.units(Value(cell: key)))
            text.append(0x3A)
            if try write(value) { first = false } else { text.removeSubrange(mark...) }
        }
        text.append(0x7D)
    }

    /// Own enumerable properties: integer keys ascending, then the rest in insertion order.
    private func properties(_ cell: UnsafeMutableRawPointer) -> [(UnsafeMutableRawPointer, Value)] {
        let shape = Shape.of(cell)
        var indexed: [(Int, UnsafeMutableRawPointer, Value)] = []
        var named: [(UnsafeMutableRawPointer, Value)] = []
        for (slot, key) in shape.keys.enumerated() where shape.attributes[slot].contains(.enumerable) {
            let value = runtime.slotAddress(cell, slot).pointee
            if let index = runtime.arrayIndex(Value(cell: key)) { indexed.append((index, key, value)) } else { named.append((key, value)) }
        }
        return indexed.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) } + named
    }

    /// QuoteJSONString: `"`, `\\`, the short escapes, `\u00XX` for other controls and
    /// `\uDXXX` for lone surrogates.
    private mutating func quote(_ units: UnsafeBufferPointer<UInt16>) {
        text.append(0x22)
        var i = 0
        while i < units.count {
            let unit = units[i]
            switch unit {
            case 0x22: text += #"\""#.utf16
            case 0x5C: text += #"\\"#.utf16
            case 0x08: text += #"\b"#.utf16
            case 0x0C: text += #"\f"#.utf16
            case 0x0A: text += #"\n"#.utf16
            case 0x0D: text += #"\r"#.utf16
            case 0x09: text += #"\t"#.utf16
            case 0xD800...0xDBFF where i + 1 < units.count && (0xDC00...0xDFFF).contains(units[i + 1]):
                text += [unit, units[i + 1]]
                i += 1
            case 0..<0x20, 0xD800...0xDFFF:
                let digits = String(unit, radix: 16)
                text += ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).utf16
            default: text.append(unit)
            }
            i += 1
        }
        text.append(0x22)
    }
}
