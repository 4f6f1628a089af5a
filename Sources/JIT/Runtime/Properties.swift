/// Property and element access with JavaScript's rules for every kind of value: own slots,
/// the hidden prototypes of strings and arrays, array `length` and indices, and the TypeErrors
/// for undefined and null. The interpreter's inline caches sit in front of these slow paths.
extension Runtime {
    /// Where a property read at `cell` finds `key`: an own slot (holder nil) or a slot of a
    /// hidden prototype. Nil when absent.
    func findProperty(_ cell: UnsafeMutableRawPointer, _ key: UnsafeMutableRawPointer) -> (holder: UnsafeMutableRawPointer?, slot: Int)? {
        if let slot = Shape.of(cell).slot(of: key) { return (nil, slot) }
        if Value(cell: cell).isArray, let slot = Shape.of(arrayPrototype).slot(of: key) { return (arrayPrototype, slot) }
        return nil
    }

    /// `object.key` for a property-name atom.
    func getProperty(_ object: Value, _ key: UnsafeMutableRawPointer) throws(JsError) -> Value {
        if object.isObjectLike {
            let cell = object.asCell
            if object.isArray {
                if key == lengthAtom { return Value(number: Double(arrayLength(cell))) }
                if let index = arrayIndex(Value(cell: key)) { return arrayElement(cell, index) }
            }
            guard let found = findProperty(cell, key) else { return .undefined }
            return slotAddress(found.holder ?? cell, found.slot).pointee
        }
        if object.isString {
            if key == lengthAtom { return Value(int32: Int32(stringLength(object))) }
            if let index = arrayIndex(Value(cell: key)) { return characterAt(object, index) }
            return getOwn(stringPrototype, key) ?? .undefined
        }
        if object.isUndefinedOrNull {
            throw readError(object, swiftString(Value(cell: key)))
        }
        return .undefined
    }

    /// `object.key = value`. Assignments to primitives are ignored, as in sloppy mode.
    func setProperty(_ object: Value, _ key: UnsafeMutableRawPointer, _ value: Value) throws(JsError) {
        if object.isObjectLike {
            let cell = object.asCell
            if object.isArray {
                if key == lengthAtom { return try setArrayLength(cell, validArrayLength(value)) }
                if let index = arrayIndex(Value(cell: key)) { return try setArrayElement(cell, index, value) }
            }
            setOwn(cell, key, value)
            return
        }
        if object.isUndefinedOrNull {
            throw writeError(object, swiftString(Value(cell: key)))
        }
    }

    /// `object[key]`.
    func getElement(_ object: Value, _ key: Value) throws(JsError) -> Value {
        if object.isArray, let index = arrayIndex(key) { return arrayElement(object.asCell, index) }
        if object.isString, let index = arrayIndex(key) { return characterAt(object, index) }
        if object.isUndefinedOrNull {
            throw readError(object, toSwiftString(key))
        }
        return try getProperty(object, propertyKey(key))
    }

    /// `object[key] = value`.
    func setElement(_ object: Value, _ key: Value, _ value: Value) throws(JsError) {
        if object.isArray, let index = arrayIndex(key) { return try setArrayElement(object.asCell, index, value) }
        if object.isUndefinedOrNull {
            throw writeError(object, toSwiftString(key))
        }
        try setProperty(object, propertyKey(key), value)
    }

    /// Whether `key` on `object` is an array's length or element rather than a slot (so
    /// neither the shape nor an inline cache decides it).
    func isArrayLengthOrIndex(_ object: Value, _ key: UnsafeMutableRawPointer) -> Bool {
        object.isArray && (key == lengthAtom || arrayIndex(Value(cell: key)) != nil)
    }

    /// node's TypeError for reading a property of undefined or null.
    private func readError(_ object: Value, _ key: String) -> JsError {
        JsError(.typeError, "Cannot read properties of \(object.isNull ? "null" : "undefined") (reading '\(key)')")
    }

    private func writeError(_ object: Value, _ key: String) -> JsError {
        JsError(.typeError, "Cannot set properties of \(object.isNull ? "null" : "undefined") (setting '\(key)')")
    }

    /// The one-unit string at `index`, undefined past the end.
    func characterAt(_ string: Value, _ index: Int) -> Value {
        let characters = units(string)
        return index < characters.count ? singleCharacter(characters[index]) : .undefined
    }

    /// A value assigned to an array's length: a whole number in uint32 range.
    func validArrayLength(_ value: Value) throws(JsError) -> Int {
        let number = toNumber(value)
        guard number >= 0, number <= 4_294_967_295, number == number.rounded(.towardZero) else {
            throw JsError(.rangeError, "Invalid array length")
        }
        return Int(number)
    }
}
