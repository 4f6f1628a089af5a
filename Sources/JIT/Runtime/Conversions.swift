/// JavaScript's type conversions and operators on values (ECMA-262 §7), for the subset of the
/// language the engine runs (no user-defined valueOf/toString, so ToPrimitive cannot run code).
extension Runtime {
    @inline(__always) func toBoolean(_ v: Value) -> Bool {
        if v.isInt32 { return v.asInt32 != 0 }
        if v.isNumber { let d = v.asDouble; return !(d == 0 || d.isNaN) }
        if v.isBoolean { return v.asBool }
        if v.isUndefinedOrNull || v.isEmpty { return false }
        if v.isString { return stringLength(v) != 0 }
        return true
    }

    func toNumber(_ v: Value) -> Double {
        if v.isInt32 { return Double(v.asInt32) }
        if v.isNumber { return v.asDouble }
        if v.isBoolean { return v.asBool ? 1 : 0 }
        if v.isNull { return 0 }
        if v.isUndefined || v.isEmpty { return .nan }
        if v.isString { return JSNumber.parse(units(v)) }
        return toNumber(toPrimitive(v))
    }

    /// ToPrimitive with hint "default": objects become strings (arrays join their elements;
    /// there are no user-defined valueOf methods to call).
    func toPrimitive(_ v: Value) -> Value {
        guard v.isObjectLike else { return v }
        return toStringValue(v)
    }

    /// ToString that throws where JavaScript's does: an array whose join is too long.
    func toStringChecked(_ v: Value) throws(JsError) -> Value {
        v.isArray ? try joinArray(v.asCell, separator: [44], depth: 0) : toStringValue(v)
    }

    /// ToString as a string value.
    func toStringValue(_ v: Value) -> Value {
        if v.isString { return v }
        if v.isInt32 {
            let n = v.asInt32
            if n >= 0 && n < 10 { return singleCharacter(UInt16(48 + n)) }
            return int32String(n)
        }
        if v.isNumber { return newString(JSNumber.toString(v.asDouble)) }
        if v.isUndefined || v.isEmpty { return Value(cell: intern("undefined")) }
        if v.isNull { return Value(cell: intern("null")) }
        if v.isBoolean { return Value(cell: intern(v.asBool ? "true" : "false")) }
        // A join too long for a string has no value here: the conversions that can throw
        // (`+`, String()) call toStringChecked first.
        if v.isArray { return (try? joinArray(v.asCell, separator: [44], depth: 0)) ?? newString([]) }
        if v.isFunction {
            let name = functionInfo(v.asCell)?.chunk.name ?? Builtin(rawValue: Int(v.asCell.aux))?.name ?? ""
            return newString("function \(name)() { [native code] }")
        }
        return Value(cell: intern("[object Object]"))
    }

    /// An int32's decimal digits, written straight into the new string ("k" + i is common).
    func int32String(_ n: Int32) -> Value {
        let cell = allocateString(length: Self.decimalLength(n))
        Self.writeDecimal(n, endingAt: characters(cell) + Int(cell.aux))
        return Value(cell: cell)
    }

    /// How many code units an int32's decimal form has (with its minus sign).
    static func decimalLength(_ n: Int32) -> Int {
        var magnitude = n.magnitude, count = n < 0 ? 2 : 1
        while magnitude >= 10 { magnitude /= 10; count += 1 }
        return count
    }

    /// Writes an int32's decimal form so that it ends just before `end`.
    static func writeDecimal(_ n: Int32, endingAt end: UnsafeMutablePointer<UInt16>) {
        var magnitude = n.magnitude
        var position = end
        repeat {
            position -= 1
            position.pointee = UInt16(48 + magnitude % 10)
            magnitude /= 10
        } while magnitude != 0
        if n < 0 { (position - 1).pointee = 45 }   // "-"
    }

    func toSwiftString(_ v: Value) -> String { swiftString(toStringValue(v)) }

    /// Array.prototype.join: null and undefined elements (and holes) become empty strings.
    /// Cycles print as empty, as in V8. A result longer than the longest string is node's
    /// RangeError, found before a sparse array's holes are walked.
    func joinArray(_ cell: UnsafeMutableRawPointer, separator: [UInt16], depth: Int) throws(JsError) -> Value {
        if depth > 64 || joining.contains(cell) { return newString([]) }
        let length = arrayLength(cell)
        let tooLong = JsError(.rangeError, "Invalid string length")
        if length > 1 && !separator.isEmpty && length - 1 > Self.maxStringLength / separator.count { throw tooLong }
        joining.insert(cell)
        defer { joining.remove(cell) }
        var result: [UInt16] = []
        var separators = 0
        func append(_ element: Value, at index: Int) throws(JsError) {
            if separator.count == 1 && index > separators {
                result.append(contentsOf: repeatElement(separator[0], count: index - separators))
            } else if !separator.isEmpty {
                for _ in separators..<max(separators, index) { result.append(contentsOf: separator) }
            }
            separators = max(separators, index)
            if element.isUndefinedOrNull { return }
            if element.isArray {
                result.append(contentsOf: units(try joinArray(element.asCell, separator: [44], depth: depth + 1)))
            } else {
                result.append(contentsOf: units(toStringValue(element)))
            }
            if result.count > Self.maxStringLength { throw tooLong }
        }
        if isSparseArray(cell) {
            for (index, element) in sparseElements(cell) { try append(element, at: index) }
        } else {
            for i in 0..<length { try append(arrayElement(cell, i), at: i) }
        }
        if length > 0 { try append(.undefined, at: length - 1) }
        return newString(result)
    }

    func typeOf(_ v: Value) -> Value { typeNameTable[typeIndex(v)] }

    /// `typeof v` as an index into the table of its answers (layout.yaml's TypeName* order).
    @inline(__always) func typeIndex(_ v: Value) -> Int {
        if v.isNumber { return Int(Layout.typeNameNumber) }
        if v.isUndefined || v.isEmpty { return Int(Layout.typeNameUndefined) }
        if v.isBoolean { return Int(Layout.typeNameBoolean) }
        if v.isNull { return Int(Layout.typeNameObject) }
        if v.isString { return Int(Layout.typeNameString) }
        if v.isFunction { return Int(Layout.typeNameFunction) }
        return Int(Layout.typeNameObject)
    }

    /// `===` (IsStrictlyEqual).
    func strictEquals(_ a: Value, _ b: Value) -> Bool {
        if a.isNumber && b.isNumber {
            if a.isInt32 && b.isInt32 { return a.bits == b.bits }
            return a.asNumber == b.asNumber
        }
        if a.isString && b.isString { return stringsEqual(a, b) }
        return a.bits == b.bits
    }

    /// `==` (IsLooselyEqual).
    func looseEquals(_ a: Value, _ b: Value) -> Bool {
        if a.isNumber && b.isNumber { return a.asNumber == b.asNumber }
        if a.isString && b.isString { return stringsEqual(a, b) }
        if a.isUndefinedOrNull || b.isUndefinedOrNull { return a.isUndefinedOrNull && b.isUndefinedOrNull }
        if a.isObjectLike && b.isObjectLike { return a.bits == b.bits }
        if a.isBoolean { return looseEquals(Value(int32: a.asBool ? 1 : 0), b) }
        if b.isBoolean { return looseEquals(a, Value(int32: b.asBool ? 1 : 0)) }
        if a.isNumber && b.isString { return a.asNumber == toNumber(b) }
        if a.isString && b.isNumber { return toNumber(a) == b.asNumber }
        // The primitive is a new string, unrooted while the comparison flattens a rope.
        if a.isObjectLike || b.isObjectLike {
            return withHandleScope {
                let x = handle(toPrimitive(a))
                let y = handle(toPrimitive(b))
                return looseEquals(self[x], self[y])
            }
        }
        return false
    }

    /// IsLessThan: nil when either side is NaN (every comparison is then false).
    func lessThan(_ a: Value, _ b: Value) -> Bool? {
        // An object's primitive is a new string, unrooted while the other side converts.
        if a.isObjectLike || b.isObjectLike {
            return withHandleScope { () -> Bool? in
                let x = handle(toPrimitive(a))
                let y = toPrimitive(b)
                return lessThan(self[x], y)
            }
        }
        let x = a, y = b
        if x.isString && y.isString { return compareStrings(x, y) < 0 }
        let nx = toNumber(x), ny = toNumber(y)
        if nx.isNaN || ny.isNaN { return nil }
        return nx < ny
    }

    /// The `+` operator.
    func add(_ a: Value, _ b: Value) throws(JsError) -> Value {
        if a.isNumber && b.isNumber { return Value(number: a.asNumber + b.asNumber) }
        // Each conversion may make a new string (an array's join, a number's digits) that is
        // only in a local while the next one allocates: every step's result is rooted.
        return try withHandleScope { () throws(JsError) -> Value in
            let x = handle(a.isObjectLike ? try toStringChecked(a) : a)
            let y = handle(b.isObjectLike ? try toStringChecked(b) : b)
            guard self[x].isString || self[y].isString else { return Value(number: toNumber(self[x]) + toNumber(self[y])) }
            self[x] = toStringValue(self[x])
            self[y] = toStringValue(self[y])
            return try concatenate(self[x], self[y])
        }
    }

    /// A property key for `o[k]`: an interned string (numbers by their JS string form).
    func propertyKey(_ v: Value) -> UnsafeMutableRawPointer {
        if v.isString { return atom(of: v) }
        return atom(of: toStringValue(v))
    }

    /// `k` as an array index when it is one (an int32 ≥ 0, or a double or string that is exactly one).
    func arrayIndex(_ k: Value) -> Int? {
        if k.isInt32 { let i = k.asInt32; return i >= 0 ? Int(i) : nil }
        if k.isNumber {
            let d = k.asDouble
            if d >= 0, d < 4_294_967_295, d == d.rounded(.towardZero), let i = Int(exactly: d) { return i }
            return nil
        }
        if k.isString {
            let u = units(k)
            guard !u.isEmpty, u.count <= 10, u.allSatisfy({ $0 >= 48 && $0 <= 57 }), u.count == 1 || u[0] != 48 else { return nil }
            var n = 0
            for c in u { n = n * 10 + Int(c - 48) }
            return n < 4_294_967_295 ? n : nil
        }
        return nil
    }
}

/// The interned strings `typeof` returns, so that it allocates and hashes nothing.
enum TypeNames {
    static let count = 6
    /// Each answer's index in layout.yaml's TypeName* order: where the runtime's table holds it
    /// (`Runtime.typeNameTable`, which baseline code reads too), and the operand of the
    /// compiler's fused `typeof x === 'name'` branches.
    static let indices: [String: Int] = [
        "number": Int(Layout.typeNameNumber), "undefined": Int(Layout.typeNameUndefined), "boolean": Int(Layout.typeNameBoolean),
        "object": Int(Layout.typeNameObject), "string": Int(Layout.typeNameString), "function": Int(Layout.typeNameFunction),
    ]
}
