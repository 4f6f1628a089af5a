/// JavaScript strings: immutable sequences of UTF-16 code units in StringCells, or RopeCells
/// joining two strings so that building a string by `+=` in a loop costs linear time overall
/// (the rope is flattened once, when its characters are first needed).
extension Runtime {
    static let flagInterned = UInt16(Layout.stringFlagInterned)
    /// Below this length a concatenation copies instead of making a rope.
    static let ropeThreshold = Int(Layout.ropeThreshold)

    /// A StringCell for `length` code units, characters not yet written. Strings carry the
    /// string shape, so inline caches can remember where string methods live.
    func allocateString(length: Int) -> UnsafeMutableRawPointer {
        let cell = heap.allocate(Layout.StringCell.characters.offset + 2 * length, kind: Int(Layout.kindString))
        cell.setField(Layout.CellHeader.shape, stringShape.pointer)
        cell.aux = UInt32(length)
        return cell
    }

    @inline(__always) func characters(_ flat: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UInt16> {
        (flat + Layout.StringCell.characters.offset).assumingMemoryBound(to: UInt16.self)
    }

    func newString<C: Collection>(_ units: C) -> Value where C.Element == UInt16 {
        let cell = allocateString(length: units.count)
        let characters = characters(cell)
        var i = 0
        for unit in units {
            characters[i] = unit
            i += 1
        }
        return Value(cell: cell)
    }

    func newString(_ text: String) -> Value { newString(Array(text.utf16)) }

    @inline(__always) func stringLength(_ value: Value) -> Int { Int(value.asCell.aux) }

    /// The code units of a string value, flattening a rope first.
    func units(_ value: Value) -> UnsafeBufferPointer<UInt16> { Self.flatUnits(flatCell(value)) }

    func swiftString(_ value: Value) -> String { String(decoding: units(value), as: UTF16.self) }

    /// Whether a string's characters are at hand without allocating: a flat string, or a rope
    /// flattened before.
    @inline(__always) func isFlat(_ value: Value) -> Bool {
        let cell = value.asCell
        return cell.kind != UInt8(Layout.kindRope) || cell.field(Layout.RopeCell.flat, as: UInt.self) != 0
    }

    /// The StringCell holding a string's characters: the cell itself, or a rope's flattening.
    @inline(__always) func flatCell(_ value: Value) -> UnsafeMutableRawPointer {
        let cell = value.asCell
        guard cell.kind == UInt8(Layout.kindRope) else { return cell }
        let cached = cell.field(Layout.RopeCell.flat, as: UInt.self)
        if cached != 0 { return UnsafeMutableRawPointer(bitPattern: cached).unsafelyUnwrapped }
        return flatten(cell)
    }

    /// A rope's characters in a new flat string, cached in the rope.
    @inline(never) private func flatten(_ cell: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        let length = Int(cell.aux)
        let flat = allocateString(length: length)
        let out = (flat + Layout.StringCell.characters.offset).assumingMemoryBound(to: UInt16.self)
        // Fill from the end. Ropes built by `+=` are deep on the left: walk down the left spine,
        // copying each right part, and keep a stack only for right parts that are ropes.
        var end = length
        var pending: [UnsafeMutableRawPointer] = []
        var part = cell
        while true {
            if let rope = Self.unflattenedRope(part) {
                let right = rope.field(Layout.RopeCell.right, as: UnsafeMutableRawPointer.self)
                let left = rope.field(Layout.RopeCell.left, as: UnsafeMutableRawPointer.self)
                if Self.unflattenedRope(right) != nil {
                    pending.append(left)
                    part = right
                } else {
                    copyCharacters(of: right, endingAt: &end, into: out)
                    part = left
                }
                continue
            }
            copyCharacters(of: part, endingAt: &end, into: out)
            guard let next = pending.popLast() else { break }
            part = next
        }
        cell.setField(Layout.RopeCell.flat, UInt(bitPattern: flat))
        // The parts are no longer needed: dropping them lets the collector free the tree.
        cell.setField(Layout.RopeCell.left, UInt(0))
        cell.setField(Layout.RopeCell.right, UInt(0))
        return flat
    }

    /// The cell when it is a rope not flattened yet.
    @inline(__always) private static func unflattenedRope(_ cell: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
        cell.kind == UInt8(Layout.kindRope) && cell.field(Layout.RopeCell.flat, as: UInt.self) == 0 ? cell : nil
    }

    /// Copies a flat string's characters, or a flattened rope's, to end at `end`.
    @inline(__always) private func copyCharacters(of part: UnsafeMutableRawPointer, endingAt end: inout Int, into out: UnsafeMutablePointer<UInt16>) {
        let flat = part.kind == UInt8(Layout.kindRope) ? part.field(Layout.RopeCell.flat, as: UnsafeMutableRawPointer.self) : part
        let count = Int(flat.aux)
        end -= count
        let source = (flat + Layout.StringCell.characters.offset).assumingMemoryBound(to: UInt16.self)
        // Most parts of an appended rope are a character or a few: a loop beats memmove's call.
        if count <= 8 {
            for i in 0..<count { out[end + i] = source[i] }
        } else {
            (out + end).update(from: source, count: count)
        }
    }

    /// `a + b` for two strings. Both must be rooted (registers or handles): this allocates.
    func concatenate(_ a: Value, _ b: Value) throws(JsError) -> Value {
        let lengthA = stringLength(a)
        let lengthB = stringLength(b)
        if lengthA == 0 { return b }
        if lengthB == 0 { return a }
        let length = lengthA + lengthB
        guard length <= Self.maxStringLength else { throw JsError(.rangeError, "Invalid string length") }
        if length < Self.ropeThreshold {
            let (x, y) = (units(a), units(b))
            let cell = allocateString(length: length)
            let out = characters(cell)
            out.update(from: x.baseAddress!, count: x.count)
            (out + x.count).update(from: y.baseAddress!, count: y.count)
            return Value(cell: cell)
        }
        let rope = heap.allocate(Layout.RopeCell.size, kind: Int(Layout.kindRope))
        rope.setField(Layout.CellHeader.shape, stringShape.pointer)
        rope.aux = UInt32(length)
        rope.setField(Layout.RopeCell.left, UInt(a.bits))
        rope.setField(Layout.RopeCell.right, UInt(b.bits))
        return Value(cell: rope)
    }

    /// `s + n`, or `n + s` when `numberFirst`, for an int32 n: a short result gets the digits
    /// written straight into it, one allocation where converting n first takes two. `s` must
    /// be rooted (this allocates).
    func concatenate(_ s: Value, int n: Int32, numberFirst: Bool) throws(JsError) -> Value {
        let lengthS = stringLength(s)
        if lengthS == 0 { return toStringValue(Value(int32: n)) }
        let digitCount = Self.decimalLength(n)
        guard lengthS + digitCount < Self.ropeThreshold else {
            // A rope: the digits need a string of their own, rooted while the rope is made.
            return try withHandleScope { () throws(JsError) -> Value in
                let number = handle(int32String(n))
                return numberFirst ? try concatenate(self[number], s) : try concatenate(s, self[number])
            }
        }
        let cell = allocateString(length: lengthS + digitCount)
        let out = characters(cell)
        let units = self.units(s)   // flat: shorter than any rope
        (numberFirst ? out + digitCount : out).update(from: units.baseAddress!, count: lengthS)
        Self.writeDecimal(n, endingAt: numberFirst ? out + digitCount : out + lengthS + digitCount)
        return Value(cell: cell)
    }

    /// V8's limit: 2^29 - 24 code units.
    static let maxStringLength = Int(Layout.maxStringLength)

    func stringsEqual(_ a: Value, _ b: Value) -> Bool {
        if a.bits == b.bits { return true }
        if stringLength(a) != stringLength(b) { return false }
        let x = units(a), y = units(b)
        return memcmp16(x, y) == 0
    }

    /// Code-unit order, as `<` compares strings in JavaScript.
    func compareStrings(_ a: Value, _ b: Value) -> Int { Self.compare(units(a), units(b)) }

    /// The order of two strings' code units: negative, zero or positive.
    static func compare(_ x: UnsafeBufferPointer<UInt16>, _ y: UnsafeBufferPointer<UInt16>) -> Int {
        let common = min(x.count, y.count)
        for i in 0..<common where x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    /// A flat string cell's code units.
    static func flatUnits(_ cell: UnsafeMutableRawPointer) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(start: (cell + Layout.StringCell.characters.offset).assumingMemoryBound(to: UInt16.self), count: Int(cell.aux))
    }

    private func memcmp16(_ x: UnsafeBufferPointer<UInt16>, _ y: UnsafeBufferPointer<UInt16>) -> Int {
        for i in 0..<x.count where x[i] != y[i] { return 1 }
        return 0
    }

    /// The one interned string cell with these units: property names are compared by identity.
    func intern<C: Collection>(_ units: C) -> UnsafeMutableRawPointer where C.Element == UInt16 {
        let key = Array(units)
        if let cell = atoms[key] { return cell }
        let cell = newString(key).asCell
        cell.setField(Layout.CellHeader.flags, Self.flagInterned)
        atoms[key] = cell
        return cell
    }

    func intern(_ text: String) -> UnsafeMutableRawPointer { intern(Array(text.utf16)) }

    /// The interned cell for a string value (itself when already interned).
    func atom(of value: Value) -> UnsafeMutableRawPointer {
        let cell = value.asCell
        if cell.kind == UInt8(Layout.kindString), cell.field(Layout.CellHeader.flags, as: UInt16.self) & Self.flagInterned != 0 { return cell }
        return intern(units(value))
    }

    /// A one-code-unit string, from a cache for the Latin-1 range.
    func singleCharacter(_ unit: UInt16) -> Value {
        if unit < 256 {
            let cached = characterTable[Int(unit)]
            if !cached.isEmpty { return cached }
            let value = Value(cell: intern([unit]))   // interned: a root
            characterTable[Int(unit)] = value
            return value
        }
        return newString([unit])
    }
}
