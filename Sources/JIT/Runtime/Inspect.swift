/// console.log's formatting of values, following node's util.inspect with console.log's
/// options (depth 2, breakLength 80, compact 3, no colors): `[ 1, 2, 3 ]`, `{ a: 1, b: 'x' }`,
/// `Point { x: 1 }`, grouped columns for arrays of more than six entries, `[Object]` past the
/// depth limit.
struct Inspector {
    let runtime: Runtime
    /// How deep objects are shown (node's `depth`: console.log's 2, `%o`'s 4, `%s`'s 0).
    let depth: Int
    /// Non-enumerable properties are shown too, as `[key]: value`, and an array's `[length]`
    /// (node's `showHidden`, which `%o` sets).
    let showHidden: Bool
    var indentationLevel = 0
    var currentDepth = 0
    var seen: [UnsafeMutableRawPointer] = []
    /// Objects found to contain themselves, numbered in the order their cycles were found:
    /// `[Circular *n]` where the cycle closes, `<ref *n>` before the object (node's ctx.circular).
    var circular: [UnsafeMutableRawPointer: Int] = [:]
    static let breakLength = 80
    static let compact = 3
    static let maxArrayLength = 100
    static let maxStringLength = 10_000

    init(runtime: Runtime, depth: Int = 2, showHidden: Bool = false) {
        self.runtime = runtime
        self.depth = depth
        self.showHidden = showHidden
    }

    /// One console.log argument: a top-level string prints as is, anything else inspected.
    /// Each argument is inspected on its own, as node does, so cycle numbers restart at 1.
    mutating func formatArgument(_ v: Value) -> String {
        circular = [:]
        return v.isString ? runtime.swiftString(v) : format(v, depth: 0)
    }

    /// node's util.inspect of one value.
    mutating func inspect(_ v: Value) -> String {
        circular = [:]
        return format(v, depth: 0)
    }

    static func number(_ d: Double) -> String { d == 0 && d.sign == .minus ? "-0" : JSNumber.toString(d) }

    mutating func format(_ v: Value, depth: Int) -> String {
        if v.isNumber { return Self.number(v.asNumber) }
        if v.isUndefined || v.isEmpty { return "undefined" }
        if v.isNull { return "null" }
        if v.isBoolean { return v.asBool ? "true" : "false" }
        if v.isString { return formatString(v) }
        let cell = v.asCell
        // Functions with properties can be part of a cycle too, so this comes first.
        if seen.contains(cell) {
            let index = circular[cell] ?? circular.count + 1
            circular[cell] = index
            return "[Circular *\(index)]"
        }
        let properties = ownProperties(cell)
        if v.isFunction {
            let name = runtime.functionInfo(cell)?.chunk.name ?? Builtin(rawValue: Int(cell.aux))?.name ?? ""
            let base = name.isEmpty || name == "(anonymous)" ? "[Function (anonymous)]" : "[Function: \(name)]"
            if properties.isEmpty { return base }
            if depth > self.depth { return "[Function]" }
            return formatObject(cell, properties, depth: depth, prefix: "", base: base)
        }
        // Empty objects and arrays print whole at any depth: `{}`, `[]`, `Point {}`.
        let shape = Shape.of(cell)
        let prefix = Self.prefix(constructor: shape.constructorName, tag: shape.tag, isArray: v.isArray)
        let isArray = v.isArray
        if properties.isEmpty && (!isArray || (runtime.arrayLength(cell) == 0 && !showHidden)) {
            return prefix + (isArray ? "[]" : "{}")
        }
        if depth > self.depth {
            return "[" + (prefix.isEmpty ? (isArray ? "Array" : "Object") : String(prefix.dropLast())) + "]"
        }
        return formatObject(cell, properties, depth: depth, prefix: prefix, base: "")
    }

    /// What node prints before an object's braces (its getPrefix): the constructor's name and
    /// the tag, `Point `, `Object [Math] `; nothing for a plain object or array.
    static func prefix(constructor: String?, tag: String?, isArray: Bool) -> String {
        let name = constructor ?? (isArray ? "Array" : "Object")
        if tag == nil && constructor == nil { return "" }
        if let tag, tag != name { return "\(name) [\(tag)] " }
        return "\(name) "
    }

    private mutating func formatObject(_ cell: UnsafeMutableRawPointer, _ properties: [(String, Value, Bool)], depth: Int,
                                       prefix: String, base: String) -> String {
        let isArray = Value(cell: cell).isArray
        let level = depth + 1
        seen.append(cell)
        currentDepth = level
        var output: [String] = []
        if isArray {
            formatArrayElements(cell, level: level, &output)
            if showHidden { output.append("[length]: \(runtime.arrayLength(cell))") }
        }
        for (key, value, enumerable) in properties {
            indentationLevel += 2
            let text = format(value, depth: level)
            indentationLevel -= 2
            output.append(enumerable ? "\(formatKey(key)): \(text)" : "[\(key)]: \(text)")
        }
        var base = base
        if let index = circular[cell] {
            base = base.isEmpty ? "<ref *\(index)>" : "<ref *\(index)> \(base)"
        }
        seen.removeLast()
        let braces = isArray ? (prefix + "[", "]") : (prefix + "{", "}")
        if output.isEmpty { return base.isEmpty ? braces.0 + braces.1 : base }
        return reduceToSingleString(output, base: base, braces: braces, array: isArray ? cell : nil, level: level)
    }

    /// Own properties in JavaScript's order: integer keys ascending, then the rest in insertion
    /// order; the enumerable ones, or with showHidden all (the flag says which are enumerable).
    private func ownProperties(_ cell: UnsafeMutableRawPointer) -> [(String, Value, Bool)] {
        let shape = Shape.of(cell)
        var indexed: [(Int, String, Value, Bool)] = []
        var named: [(String, Value, Bool)] = []
        for (slot, key) in shape.keys.enumerated() {
            let enumerable = shape.attributes[slot].contains(.enumerable)
            guard enumerable || showHidden else { continue }
            let keyValue = Value(cell: key)
            let value = runtime.slotAddress(cell, slot).pointee
            let name = runtime.swiftString(keyValue)
            if let index = runtime.arrayIndex(keyValue) { indexed.append((index, name, value, enumerable)) } else { named.append((name, value, enumerable)) }
        }
        return indexed.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2, $0.3) } + named
    }

    private func formatKey(_ key: String) -> String {
        let scalars = Array(key.unicodeScalars)
        let isIdentifier = !scalars.isEmpty && (scalars[0] == "_" || ("a"..."z").contains(scalars[0]) || ("A"..."Z").contains(scalars[0]))
            && scalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        return isIdentifier ? key : quote(key)
    }

    /// A string as node quotes it (util.inspect's strEscape): single quotes, or double quotes
    /// when it contains a single quote, or backticks when it contains both (and no backtick or
    /// `${`); C0 and C1 control characters, the backslash, the quote in use and lone surrogates
    /// are escaped.
    func quote(_ text: String) -> String { quote(Array(text.utf16)) }

    func quote(_ units: [UInt16]) -> String {
        let apostrophe: UInt16 = 0x27, doubleQuote: UInt16 = 0x22, backtick: UInt16 = 0x60
        var quote = apostrophe
        if units.contains(apostrophe) {
            let hasDollarBrace = zip(units, units.dropFirst()).contains { $0 == 0x24 && $1 == 0x7B }
            if !units.contains(doubleQuote) { quote = doubleQuote }
            else if !units.contains(backtick) && !hasDollarBrace { quote = backtick }
        }
        var out: [UInt16] = [quote]
        var i = 0
        while i < units.count {
            let unit = units[i]
            if (unit == apostrophe && quote == apostrophe) || unit == 0x5C || unit < 0x20 || (unit > 0x7E && unit < 0xA0) {
                out.append(contentsOf: Self.escape(unit).utf16)
            } else if unit >= 0xD800 && unit <= 0xDFFF {
                if unit <= 0xDBFF && i + 1 < units.count && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF {
                    out.append(unit)
                    out.append(units[i + 1])
                    i += 2
                    continue
                }
                out.append(contentsOf: "\\u\(String(unit, radix: 16))".utf16)  // a lone surrogate: \ud83d
            } else {
                out.append(unit)
            }
            i += 1
        }
        out.append(quote)
        return String(decoding: out, as: UTF16.self)
    }

    /// node's `meta` table: the escape of a control character, the backslash or `'`.
    private static func escape(_ unit: UInt16) -> String {
        switch unit {
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x27: return "\\'"
        case 0x5C: return "\\\\"
        default:
            let digits = String(unit, radix: 16, uppercase: true)
            return "\\x" + (digits.count == 1 ? "0" + digits : digits)  // \x0B for VT, \x7F, \x85
        }
    }

    /// A string inside an inspected value (node's formatPrimitive): at most 10000 code units
    /// (then `... n more characters`), and a long one is split after each newline into quoted
    /// pieces joined by ` +` and a line break.
    private func formatString(_ value: Value) -> String {
        var units = Array(runtime.units(value))
        var trailer = ""
        if units.count > Self.maxStringLength {
            let remaining = units.count - Self.maxStringLength
            units.removeLast(remaining)
            trailer = "... \(remaining) more character\(remaining > 1 ? "s" : "")"
        }
        guard units.count > 16 && units.count > Self.breakLength - indentationLevel - 4 else { return quote(units) + trailer }
        var pieces: [String] = []
        var start = 0
        for (i, unit) in units.enumerated() where unit == 0x0A && i + 1 < units.count {
            pieces.append(quote(Array(units[start...i])))
            start = i + 1
        }
        pieces.append(quote(Array(units[start...])))
        return pieces.joined(separator: " +\n" + String(repeating: " ", count: indentationLevel + 2)) + trailer
    }

    private mutating func reduceToSingleString(_ input: [String], base: String, braces: (String, String), array: UnsafeMutableRawPointer?,
                                               level: Int) -> String {
        var output = input
        let entries = output.count
        if let array, entries > 6 { output = groupArrayElements(output, array: array) }
        if currentDepth - level < Self.compact && entries == output.count {
            let start = output.count + indentationLevel + braces.0.utf16.count + base.utf16.count + 10
            if isBelowBreakLength(output, start: start, base: base) {
                let joined = output.joined(separator: ", ")
                if !joined.contains("\n") {
                    return (base.isEmpty ? "" : base + " ") + "\(braces.0) \(joined) \(braces.1)"
                }
            }
        }
        let indentation = "\n" + String(repeating: " ", count: indentationLevel)
        return (base.isEmpty ? "" : base + " ") + "\(braces.0)\(indentation)  \(output.joined(separator: ",\(indentation)  "))\(indentation)\(braces.1)"
    }

    private func isBelowBreakLength(_ output: [String], start: Int, base: String) -> Bool {
        var total = output.count + start
        if total + output.count > Self.breakLength { return false }
        for entry in output {
            total += entry.utf16.count  // node counts UTF-16 code units here
            if total > Self.breakLength { return false }
        }
        return base.isEmpty || !base.contains("\n")
    }

    /// node's groupArrayElements: lines up many short entries in columns, measuring each by
    /// the columns a terminal gives it (`DisplayWidth`) and padding by UTF-16 length as node does.
    private func groupArrayElements(_ output: [String], array: UnsafeMutableRawPointer) -> [String] {
        var totalLength = 0
        var maxLength = 0
        var outputLength = output.count
        if output.count > Self.maxArrayLength { outputLength -= 1 }  // leave out "... n more items"
        let separatorSpace = 2
        var dataLength: [Int] = []
        for i in 0..<outputLength {
            let length = DisplayWidth.of(output[i])
            dataLength.append(length)
            totalLength += length + separatorSpace
            maxLength = max(maxLength, length)
        }
        let actualMax = maxLength + separatorSpace
        guard actualMax * 3 + indentationLevel < Self.breakLength,
              Double(totalLength) / Double(actualMax) > 5 || maxLength <= 6 else { return output }
        let averageBias = (Double(actualMax) - Double(totalLength) / Double(output.count)).squareRoot()
        let biasedMax = max(Double(actualMax) - 3 - averageBias, 1)
        let columns = min(
            Int((2.5 * biasedMax * Double(outputLength)).squareRoot() / biasedMax + 0.5),  // Math.round
            (Self.breakLength - indentationLevel) / actualMax,
            Self.compact * 4,
            15)
        guard columns > 1 else { return output }
        var maxLineLength: [Int] = []
        for i in 0..<columns {
            var lineLength = 0
            var j = i
            while j < output.count {
                if j < dataLength.count { lineLength = max(lineLength, dataLength[j]) }
                j += columns
            }
            maxLineLength.append(lineLength + separatorSpace)
        }
        // Numbers line up on the right, anything else on the left: node looks at `array[i]` for
        // each entry's position i (holes and positions past the end are undefined).
        let padStart = (0..<output.count).allSatisfy { runtime.arrayElement(array, $0).isNumber }
        var grouped: [String] = []
        var i = 0
        while i < outputLength {
            let end = min(i + columns, outputLength)
            var line = ""
            var j = i
            while j < end - 1 {
                let cell = output[j] + ", "
                line += pad(cell, to: maxLineLength[j - i] + cell.utf16.count - dataLength[j] - separatorSpace, start: padStart)
                j += 1
            }
            if padStart {
                line += pad(output[j], to: maxLineLength[j - i] + output[j].utf16.count - dataLength[j] - separatorSpace, start: true)
            } else {
                line += output[j]
            }
            grouped.append(line)
            i += columns
        }
        if outputLength < output.count { grouped.append(output[outputLength]) }
        return grouped
    }

    /// String.prototype.padStart/padEnd: spaces up to `width` UTF-16 code units.
    private func pad(_ text: String, to width: Int, start: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.utf16.count))
        return start ? padding + text : text + padding
    }
}
