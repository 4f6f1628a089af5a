/// Sparse arrays, as V8's dictionary elements (JavaScriptCore's ArrayStorage sparse map): an
/// array whose length is far beyond the elements it has keeps them in a hash table of
/// (index, value) pairs, so `new Array(4294967295)` or `a[4294967294] = 1` costs what the
/// elements present cost. Such an array has its own cell kind (KindSparseArray), so every dense
/// fast path of every tier, which tests for KindArray, takes its slow path or deoptimizes, and
/// its own shape tree (Runtime.emptySparseArrayShape), so no inline cache recorded on a dense
/// array, above all the length load that reads the length field as an int32, matches it.
///
/// An element added to a sparse array that has become mostly full moves it back to dense
/// storage (V8's ShouldConvertToFastElements).
///
/// The table is a storage cell: values[0] is the number of elements (an int32), then
/// `buckets` pairs (key, value), a key being the index as a number and a free bucket's key the
/// empty value; linear probing, at most half full, deletion by backward shift. The collector
/// traces every value of it (keys and the count are numbers, which it skips).
extension Runtime {
    // MARK: Thresholds (V8's, so the same programs go sparse)

    /// V8's JSObject::kMaxGap: a store this many indices or more past the capacity makes the
    /// array sparse rather than allocating the gap.
    static let maxDenseGap = 1024
    /// V8's JSObject::kMaxUncheckedFastElementsLength: growth to a capacity up to this stays
    /// dense without looking at how full the array is.
    static let maxUncheckedDenseCapacity = 5000
    /// V8's JSArray::kMaxFastArrayLength: `new Array(n)` and `a.length = n` beyond it (and
    /// beyond the capacity) make the array sparse instead of allocating n holes.
    static let maxFastArrayLength = 32 * 1024 * 1024
    /// The longest dense array (V8's FixedArray::kMaxLength is about as long): growth by stores
    /// and push past it goes sparse. Optimized code relies on it: a dense array's length is an
    /// int32 as it is loaded (ArrayLength has no sign test).
    static let maxDenseLength = 1 << 27
    /// The longest array: 2^32 - 1. Indices are below it; 4294967295 itself is a property name.
    static let arrayLengthLimit = 4_294_967_295

    /// Whether growing a dense array to store at `index` should make it sparse instead: V8's
    /// ShouldConvertToSlowElements. A store far past the capacity always does; past the
    /// unchecked capacity, one that would leave the dense storage more than about 9 times as
    /// large as a dictionary of the elements present (3 words an entry, at 1.5 times as many
    /// entries as elements, with V8's kPreferFastElementsSizeFactor of 3).
    func shouldGoSparse(_ cell: UnsafeMutableRawPointer, storingAt index: Int) -> Bool {
        let capacity = elementCapacity(cell)
        if index < capacity { return false }
        if index - capacity >= Self.maxDenseGap || index >= Self.maxDenseLength { return true }
        let newCapacity = index + 1 + (index + 1) / 2 + 16   // V8's NewElementsCapacity
        if newCapacity <= Self.maxUncheckedDenseCapacity { return false }
        let elements = elementsPointer(cell)
        var used = 0
        for i in 0..<arrayLength(cell) where !elements[i].isEmpty { used += 1 }
        return 3 * Self.dictionaryCapacity(used) * 3 <= newCapacity
    }

    /// V8's NumberDictionary::ComputeCapacity: a power of two at least 1.5 times the count, at least 4.
    static func dictionaryCapacity(_ count: Int) -> Int {
        max(4, (count + count / 2).nextPowerOfTwoOrSelf)
    }

    /// `new Array(length)`: dense up to maxFastArrayLength, sparse beyond.
    func newArrayOfLength(_ length: Int) throws(JsError) -> Value {
        guard length >= 0, length <= Self.arrayLengthLimit else { throw JsError(.rangeError, "Invalid array length") }
        if length <= Self.maxFastArrayLength {
            guard heap.canAllocate(8 * length) else { throw outOfMemory }
            return newArray(length: length)
        }
        let array = newArray(length: 0)
        handles.append(array)
        defer { handles.removeLast() }
        try convertToSparse(array.asCell)
        array.asCell.setField(Layout.ArrayCell.length, UInt32(length))
        return array
    }

    // MARK: Moving to sparse storage

    /// Moves a dense array's elements into a hash table, and the array to the sparse kind and
    /// the sparse twin of its shape. The cell must be rooted: this allocates.
    func convertToSparse(_ cell: UnsafeMutableRawPointer) throws(JsError) {
        let length = arrayLength(cell)
        var used = 0
        if elementCapacity(cell) > 0 {
            let elements = elementsPointer(cell)
            for i in 0..<length where !elements[i].isEmpty { used += 1 }
        }
        // The dense storage stays attached (and traced) while the table is allocated.
        let table = try newSparseTable(buckets: Self.sparseBuckets(for: used))
        if used > 0 {
            let elements = elementsPointer(cell)
            for i in 0..<length where !elements[i].isEmpty { Self.insertNew(table, i, elements[i]) }
        }
        cell.storeBytes(of: UInt8(Layout.kindSparseArray), toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        cell.setField(Layout.ArrayCell.elements, table)
        cell.setField(Layout.CellHeader.shape, Shape.of(cell).keys.reduce(emptySparseArrayShape) { $0.adding($1) }.pointer)
    }

    // MARK: Elements

    @inline(__always) func isSparseArray(_ cell: UnsafeMutableRawPointer) -> Bool { cell.kind == UInt8(Layout.kindSparseArray) }

    func sparseElementCount(_ cell: UnsafeMutableRawPointer) -> Int {
        Int(Self.tableValues(sparseTable(cell)).pointee.asInt32)
    }

    /// Element `index` of a sparse array, nil when it is a hole.
    func sparseElement(_ cell: UnsafeMutableRawPointer, _ index: Int) -> Value? {
        let table = sparseTable(cell)
        let entries = Self.tableValues(table) + 1, mask = Self.bucketCount(table) - 1
        let key = Value(number: Double(index))
        var bucket = Self.bucket(of: index, mask: mask)
        while true {
            let found = entries[2 * bucket]
            if found == key { return entries[2 * bucket + 1] }
            if found.isEmpty { return nil }
            bucket = (bucket + 1) & mask
        }
    }

    /// Stores element `index` of a sparse array, extending its length past it. The cell and
    /// the value must be rooted: the table may grow.
    func setSparseElement(_ cell: UnsafeMutableRawPointer, _ index: Int, _ value: Value) throws(JsError) {
        let table = sparseTable(cell)
        let entries = Self.tableValues(table) + 1, mask = Self.bucketCount(table) - 1
        let key = Value(number: Double(index))
        var bucket = Self.bucket(of: index, mask: mask)
        var found = false
        while !entries[2 * bucket].isEmpty {
            if entries[2 * bucket] == key { found = true; break }
            bucket = (bucket + 1) & mask
        }
        if found {
            entries[2 * bucket + 1] = value
        } else {
            let count = sparseElementCount(cell)
            if 2 * (count + 1) > mask + 1 { try rebuildSparse(cell, buckets: 2 * (mask + 1), keepingBelow: Int.max) }
            Self.insertNew(sparseTable(cell), index, value)
        }
        if index >= arrayLength(cell) { cell.setField(Layout.ArrayCell.length, UInt32(index + 1)) }
        if !found { try convertToDenseIfFull(cell) }
    }

    /// V8's ShouldConvertToFastElements, after an element is added: back to dense storage once
    /// the table saves less than half of what dense storage of the whole length would take.
    private func convertToDenseIfFull(_ cell: UnsafeMutableRawPointer) throws(JsError) {
        let length = arrayLength(cell), tableWords = Int(sparseTable(cell).aux)
        guard length <= Self.maxFastArrayLength, 2 * tableWords >= length, heap.canAllocate(8 * length) else { return }
        // The table stays attached (and traced) while the dense storage is allocated.
        let storage = newStorage(capacity: length)
        let values = (storage + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self)
        for (index, value) in sparseElements(cell) { values[index] = value }
        cell.storeBytes(of: UInt8(Layout.kindArray), toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        cell.setField(Layout.ArrayCell.elements, storage)
        cell.setField(Layout.CellHeader.shape, Shape.of(cell).keys.reduce(emptyArrayShape) { $0.adding($1) }.pointer)
    }

    /// Deletes element `index` of a sparse array (a hole again), keeping every probe chain whole.
    func removeSparseElement(_ cell: UnsafeMutableRawPointer, _ index: Int) {
        let table = sparseTable(cell)
        let values = Self.tableValues(table), entries = values + 1, mask = Self.bucketCount(table) - 1
        let key = Value(number: Double(index))
        var hole = Self.bucket(of: index, mask: mask)
        while entries[2 * hole] != key {
            if entries[2 * hole].isEmpty { return }
            hole = (hole + 1) & mask
        }
        var next = (hole + 1) & mask
        while !entries[2 * next].isEmpty {
            // An entry may fill the hole unless its home bucket lies cyclically in (hole, next].
            let home = Self.bucket(of: Int(entries[2 * next].asNumber), mask: mask)
            let homeBetween = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next)
            if !homeBetween {
                entries[2 * hole] = entries[2 * next]
                entries[2 * hole + 1] = entries[2 * next + 1]
                hole = next
            }
            next = (next + 1) & mask
        }
        entries[2 * hole] = .empty
        entries[2 * hole + 1] = .empty
        values.pointee = Value(int32: values.pointee.asInt32 - 1)
    }

    /// `a.length = n` on a sparse array: the elements at n or past it are deleted.
    func setSparseLength(_ cell: UnsafeMutableRawPointer, _ newLength: Int) throws(JsError) {
        if newLength < arrayLength(cell) && sparseElementCount(cell) > 0 {
            let kept = sparseElements(cell).prefix { $0.index < newLength }.count
            try rebuildSparse(cell, buckets: Self.sparseBuckets(for: kept), keepingBelow: newLength)
        }
        cell.setField(Layout.ArrayCell.length, UInt32(newLength))
    }

    /// The elements present, in index order, from `start` on.
    func sparseElements(_ cell: UnsafeMutableRawPointer, from start: Int = 0) -> [(index: Int, value: Value)] {
        let table = sparseTable(cell)
        let entries = Self.tableValues(table) + 1
        var found: [(index: Int, value: Value)] = []
        found.reserveCapacity(sparseElementCount(cell))
        for bucket in 0..<Self.bucketCount(table) where !entries[2 * bucket].isEmpty {
            let index = Int(entries[2 * bucket].asNumber)
            if index >= start { found.append((index, entries[2 * bucket + 1])) }
        }
        return found.sorted { $0.index < $1.index }
    }

    // MARK: The table

    @inline(__always) private func sparseTable(_ cell: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        cell.field(Layout.ArrayCell.elements, as: UnsafeMutableRawPointer.self)
    }

    @inline(__always) private static func tableValues(_ table: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        (table + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self)
    }

    @inline(__always) private static func bucketCount(_ table: UnsafeMutableRawPointer) -> Int { (Int(table.aux) - 1) / 2 }

    /// Fibonacci hashing: consecutive indices spread over the table.
    @inline(__always) private static func bucket(of index: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(index) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Buckets for `count` elements: a power of two, at most half full, at least 8.
    private static func sparseBuckets(for count: Int) -> Int { max(8, (2 * count).nextPowerOfTwoOrSelf) }

    /// An empty table, counted against the heap limit.
    private func newSparseTable(buckets: Int) throws(JsError) -> UnsafeMutableRawPointer {
        let capacity = 1 + 2 * buckets
        guard heap.canAllocate(Layout.StorageCell.values.offset + capacity * 8) else { throw outOfMemory }
        let table = newStorage(capacity: capacity)
        Self.tableValues(table).pointee = Value(int32: 0)
        return table
    }

    /// Adds an index the table does not have; there is room for it.
    private static func insertNew(_ table: UnsafeMutableRawPointer, _ index: Int, _ value: Value) {
        let values = tableValues(table), entries = values + 1, mask = bucketCount(table) - 1
        var bucket = Self.bucket(of: index, mask: mask)
        while !entries[2 * bucket].isEmpty { bucket = (bucket + 1) & mask }
        entries[2 * bucket] = Value(number: Double(index))
        entries[2 * bucket + 1] = value
        values.pointee = Value(int32: values.pointee.asInt32 + 1)
    }

    /// Moves the elements below `limit` into a new table of `buckets` buckets.
    private func rebuildSparse(_ cell: UnsafeMutableRawPointer, buckets: Int, keepingBelow limit: Int) throws(JsError) {
        // The old table stays attached (and traced) while the new one is allocated.
        let table = try newSparseTable(buckets: buckets)
        let old = sparseTable(cell), entries = Self.tableValues(old) + 1
        for bucket in 0..<Self.bucketCount(old) where !entries[2 * bucket].isEmpty {
            let index = Int(entries[2 * bucket].asNumber)
            if index < limit { Self.insertNew(table, index, entries[2 * bucket + 1]) }
        }
        cell.setField(Layout.ArrayCell.elements, table)
    }
}

extension Int {
    /// The smallest power of two at or above a positive value (1 for 0).
    var nextPowerOfTwoOrSelf: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
