/// Objects, arrays and functions: cells with a Shape and property slots (the first
/// ObjectInlineSlotCount inline, the rest in an out-of-line StorageCell); arrays add elements
/// (dense here, sparse in SparseArrays.swift) and a length.
extension Runtime {
    static let inlineSlots = Int(Layout.objectInlineSlotCount)

    func newObject(shape: Shape? = nil) -> Value {
        let cell = heap.allocate(Layout.ObjectCell.size, kind: Int(Layout.kindObject))
        cell.setField(Layout.CellHeader.shape, (shape ?? emptyObjectShape).pointer)
        return Value(cell: cell)
    }

    // MARK: Slots

    @inline(__always) func slotAddress(_ cell: UnsafeMutableRawPointer, _ slot: Int) -> UnsafeMutablePointer<Value> {
        if slot < Self.inlineSlots {
            return (cell + Layout.ObjectCell.inlineSlots.offset + slot * 8).assumingMemoryBound(to: Value.self)
        }
        let storage = cell.field(Layout.ObjectCell.outOfLineSlots, as: UnsafeMutableRawPointer.self)
        return (storage + Layout.StorageCell.values.offset + (slot - Self.inlineSlots) * 8).assumingMemoryBound(to: Value.self)
    }

    func getOwn(_ cell: UnsafeMutableRawPointer, _ key: UnsafeMutableRawPointer) -> Value? {
        guard let slot = Shape.of(cell).slot(of: key) else { return nil }
        return slotAddress(cell, slot).pointee
    }

    /// Sets own property `key`, adding it with `attributes` (a shape transition) when missing.
    /// Returns the slot.
    @discardableResult
    func setOwn(_ cell: UnsafeMutableRawPointer, _ key: UnsafeMutableRawPointer, _ value: Value,
                attributes: PropertyAttributes = .default) -> Int {
        let shape = Shape.of(cell)
        if let slot = shape.slot(of: key) {
            slotAddress(cell, slot).pointee = value
            return slot
        }
        let slot = shape.count
        ensureSlotCapacity(cell, slot + 1)
        cell.setField(Layout.CellHeader.shape, shape.adding(key, attributes: attributes).pointer)
        slotAddress(cell, slot).pointee = value
        return slot
    }

    /// Grows the out-of-line storage so `count` slots fit.
    func ensureSlotCapacity(_ cell: UnsafeMutableRawPointer, _ count: Int) {
        let outOfLine = count - Self.inlineSlots
        guard outOfLine > 0 else { return }
        let old = cell.field(Layout.ObjectCell.outOfLineSlots, as: UnsafeMutableRawPointer?.self)
        let capacity = old.map { Int($0.aux) } ?? 0
        guard outOfLine > capacity else { return }
        let newCapacity = max(4, capacity * 2, outOfLine)
        let storage = newStorage(capacity: newCapacity)
        if let old { (storage + Layout.StorageCell.values.offset).copyMemory(from: old + Layout.StorageCell.values.offset, byteCount: capacity * 8) }
        cell.setField(Layout.ObjectCell.outOfLineSlots, storage)
    }

    /// Storage for `capacity` values, all empty; with `filledByCaller`, garbage the caller
    /// overwrites, all of it, before it next allocates.
    func newStorage(capacity: Int, filledByCaller: Bool = false) -> UnsafeMutableRawPointer {
        let size = Layout.StorageCell.values.offset + capacity * 8
        let storage = heap.allocate(size, kind: Int(Layout.kindStorage), zeroing: filledByCaller ? Layout.StorageCell.values.offset : size)
        storage.aux = UInt32(capacity)
        return storage
    }

    // MARK: Arrays

    func newArray(length: Int, fill: Value = .empty) -> Value {
        assert(length <= Self.maxDenseLength, "callers check lengths against maxDenseLength")
        let cell = heap.allocate(Layout.ArrayCell.size, kind: Int(Layout.kindArray))
        cell.setField(Layout.CellHeader.shape, emptyArrayShape.pointer)
        if length > 0 {
            // The array is only in a local while its storage is allocated: root it.
            let storage = withHandleScope { () -> UnsafeMutableRawPointer in
                _ = handle(Value(cell: cell))
                return newStorage(capacity: length, filledByCaller: true)
            }
            let values = storage + Layout.StorageCell.values.offset
            if fill.isEmpty {
                // Holes are zero bits: memset, whose large-size path streams the stores.
                values.initializeMemory(as: UInt8.self, repeating: 0, count: length * 8)
            } else {
                values.initializeMemory(as: Value.self, repeating: fill, count: length)
            }
            cell.setField(Layout.ArrayCell.elements, storage)
        }
        cell.setField(Layout.ArrayCell.length, UInt32(length))
        return Value(cell: cell)
    }

    func newArray(_ elements: [Value]) -> Value {
        let array = newArray(length: elements.count)
        let values = elementsPointer(array.asCell)
        for (i, element) in elements.enumerated() { values[i] = element }
        return array
    }

    @inline(__always) func arrayLength(_ cell: UnsafeMutableRawPointer) -> Int { Int(cell.field(Layout.ArrayCell.length, as: UInt32.self)) }

    @inline(__always) func elementsPointer(_ cell: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        let storage = cell.field(Layout.ArrayCell.elements, as: UnsafeMutableRawPointer.self)
        return (storage + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self)
    }

    func elementCapacity(_ cell: UnsafeMutableRawPointer) -> Int {
        cell.field(Layout.ArrayCell.elements, as: UnsafeMutableRawPointer?.self).map { Int($0.aux) } ?? 0
    }

    /// Element `index`, undefined for holes and indices past the end.
    @inline(__always) func arrayElement(_ cell: UnsafeMutableRawPointer, _ index: Int) -> Value {
        guard index < arrayLength(cell) else { return .undefined }
        if isSparseArray(cell) { return sparseElement(cell, index) ?? .undefined }
        let value = elementsPointer(cell)[index]
        return value.isEmpty ? .undefined : value
    }

    /// Stores element `index`, growing the array (and its length) as JavaScript does; a store
    /// far past the end makes the array sparse (shouldGoSparse).
    func setArrayElement(_ cell: UnsafeMutableRawPointer, _ index: Int, _ value: Value) throws(JsError) {
        if isSparseArray(cell) { return try setSparseElement(cell, index, value) }
        if index >= arrayLength(cell) {
            if shouldGoSparse(cell, storingAt: index) {
                try convertToSparse(cell)
                return try setSparseElement(cell, index, value)
            }
            try resizeDenseArray(cell, index + 1)
        }
        elementsPointer(cell)[index] = value
    }

    /// `array.length = n`: truncates, or extends with holes; past maxFastArrayLength (and the
    /// capacity) the array goes sparse rather than allocate the holes.
    func setArrayLength(_ cell: UnsafeMutableRawPointer, _ newLength: Int) throws(JsError) {
        guard newLength <= Self.arrayLengthLimit else { throw JsError(.rangeError, "Invalid array length") }
        if !isSparseArray(cell) && newLength > elementCapacity(cell) && newLength > Self.maxFastArrayLength {
            try convertToSparse(cell)
        }
        if isSparseArray(cell) { return try setSparseLength(cell, newLength) }
        try resizeDenseArray(cell, newLength)
    }

    /// A dense array's new length, at most maxDenseLength: truncates, or extends with holes.
    func resizeDenseArray(_ cell: UnsafeMutableRawPointer, _ newLength: Int) throws(JsError) {
        let length = arrayLength(cell)
        let capacity = elementCapacity(cell)
        if newLength > capacity {
            guard heap.canAllocate(8 * (newLength - length)) else { throw outOfMemory }
            // Never past the longest array, so an array with room can always grow into it.
            let newCapacity = min(max(newLength, capacity + capacity / 2, 8), Self.maxDenseLength)
            let storage = newStorage(capacity: newCapacity, filledByCaller: true)
            let values = (storage + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self)
            if length > 0 { values.update(from: elementsPointer(cell), count: length) }
            (values + length).initialize(repeating: .empty, count: newCapacity - length)
            cell.setField(Layout.ArrayCell.elements, storage)
        } else if newLength < length {
            (elementsPointer(cell) + newLength).update(repeating: .empty, count: length - newLength)
        } else if newLength > length {
            (elementsPointer(cell) + length).update(repeating: .empty, count: newLength - length)
        }
        cell.setField(Layout.ArrayCell.length, UInt32(newLength))
    }

    // MARK: Functions

    /// A function object for a bytecode function: `chunk` points at its FunctionRecord.
    func newFunction(_ record: UnsafeMutablePointer<FunctionRecord>) -> Value {
        let cell = heap.allocate(Layout.FunctionCell.size, kind: Int(Layout.kindFunction))
        cell.setField(Layout.CellHeader.shape, emptyFunctionShape.pointer)
        cell.setField(Layout.FunctionCell.chunk, UnsafeMutableRawPointer(record))
        cell.setField(Layout.FunctionCell.profile, UnsafeMutableRawPointer(record.pointee.slots))
        return Value(cell: cell)
    }

    func newBuiltin(_ builtin: Builtin) -> Value {
        let cell = heap.allocate(Layout.FunctionCell.size, kind: Int(Layout.kindFunction))
        cell.setField(Layout.CellHeader.shape, emptyFunctionShape.pointer)
        cell.aux = UInt32(builtin.rawValue)
        return Value(cell: cell)
    }

    /// The bytecode function a function cell runs, or nil for a builtin.
    func functionInfo(_ cell: UnsafeMutableRawPointer) -> FunctionInfo? {
        functionRecord(cell)?.pointee.info.takeUnretainedValue()
    }

    @inline(__always) func functionRecord(_ cell: UnsafeMutableRawPointer) -> UnsafeMutablePointer<FunctionRecord>? {
        cell.field(Layout.FunctionCell.chunk, as: UnsafeMutableRawPointer?.self)?.assumingMemoryBound(to: FunctionRecord.self)
    }

    /// A new array holding `count` values copied from `values`.
    func newArray(copying values: UnsafeMutablePointer<Value>, count: Int) -> Value {
        let array = newArray(length: count)
        if count > 0 { elementsPointer(array.asCell).update(from: values, count: count) }
        return array
    }
}
