/// A cell rooted for as long as its handle scope lasts: how Swift code keeps a cell alive
/// across an allocation (any allocation may collect).
struct Handle {
    fileprivate let index: Int
}

/// What the collector has done, for `--stats`.
struct CollectorStatistics {
    var collections = 0
    var totalPause: Double = 0 // seconds
    var maxPause: Double = 0
}

/// The non-moving mark-and-sweep collector (DESIGN §4). Roots are precise and all in places
/// the runtime can enumerate:
///
/// - the VM register file up to the top of the active frame (every register of a frame is
///   initialised on entry, so every slot below the top holds a valid value);
/// - constant pools and call-target profiles of every loaded function;
/// - the global object, the hidden prototypes, and the interned strings (property names that
///   shapes refer to, so they are kept);
/// - handles held by Swift code.
///
/// The rule for JIT tiers: a cell referenced only from a machine register across a call that
/// may allocate is not a root. Code writes live values to its frame before such a call.
extension Runtime {
    /// Roots `value` until the innermost `withHandleScope` ends.
    func handle(_ value: Value) -> Handle {
        handles.append(value)
        return Handle(index: handles.count - 1)
    }

    subscript(handle: Handle) -> Value {
        get { handles[handle.index] }
        set { handles[handle.index] = newValue }
    }

    /// Runs `body`; handles it creates are released when it returns.
    func withHandleScope<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let mark = handles.count
        // One or two handles at a time: removeLast beats the generic removeSubrange.
        defer { while handles.count > mark { handles.removeLast() } }
        return try body()
    }

    /// The register-file slot above the active frame: everything below is a root.
    var liveRegisterTop: Int {
        guard activeFrame >= 0, let record = functionRecord(registerFile[activeFrame + Layout.Frame.callee].asCell) else {
            return max(stackTop, scanTop)
        }
        return max(stackTop, scanTop, activeFrame + Self.headerSlots + record.pointee.registerCount)
    }

    /// A full collection: mark from the roots, then sweep.
    func collectGarbage() {
        let start = monotonicSeconds()
        var marker = Marker(heap: heap)

        // Roots.
        marker.markValues(registerFile, liveRegisterTop)
        for function in loaded.flatMap(\.allFunctions) {
            marker.markValues(function.constants, function.chunk.constants.count)
            // Optimized code compares with and loads cells (call targets, constants) and shapes
            // that the profile may stop naming: they live as long as the code.
            for code in function.retiredOptimized + (function.optimized.map { [$0] } ?? []) {
                for root in code.roots { marker.markValue(root) }
                for shape in code.shapes { ShapeRegistry.mark(shape) }
            }
            for slot in 0..<function.profile.slotCount {
                marker.markCell(function.profile.slots[slot].callTarget)
                markShapesNamed(by: function.profile.slots[slot].cache)
            }
        }
        marker.markCell(globalObject)
        marker.markCell(stringPrototype)
        marker.markCell(arrayPrototype)
        for (_, atom) in atoms { marker.markCell(atom) }
        for value in handles { marker.markValue(value) }

        // Trace.
        while let cell = marker.stack.popLast() {
            switch Int(cell.kind) {
            case Int(Layout.kindObject), Int(Layout.kindArray), Int(Layout.kindSparseArray), Int(Layout.kindFunction):
                ShapeRegistry.mark(cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer?.self))
                let count = Shape.of(cell).count
                marker.markValues((cell + Layout.ObjectCell.inlineSlots.offset).assumingMemoryBound(to: Value.self), min(count, Self.inlineSlots))
                if let storage = cell.field(Layout.ObjectCell.outOfLineSlots, as: UnsafeMutableRawPointer?.self) {
                    marker.markLeaf(storage)
                    marker.markValues((storage + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self), max(0, count - Self.inlineSlots))
                }
                if cell.kind == UInt8(Layout.kindArray), let elements = cell.field(Layout.ArrayCell.elements, as: UnsafeMutableRawPointer?.self) {
                    marker.markLeaf(elements)
                    marker.markValues((elements + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self), arrayLength(cell))
                }
                if cell.kind == UInt8(Layout.kindSparseArray) {
                    // The whole hash table: its keys and count are numbers, which marking skips.
                    let table = cell.field(Layout.ArrayCell.elements, as: UnsafeMutableRawPointer.self)
                    marker.markLeaf(table)
                    marker.markValues((table + Layout.StorageCell.values.offset).assumingMemoryBound(to: Value.self), Int(table.aux))
                }
            case Int(Layout.kindRope):
                marker.markCell(cell.field(Layout.RopeCell.left, as: UnsafeMutableRawPointer?.self))
                marker.markCell(cell.field(Layout.RopeCell.right, as: UnsafeMutableRawPointer?.self))
                marker.markCell(cell.field(Layout.RopeCell.flat, as: UnsafeMutableRawPointer?.self))
            default:
                break // strings and storage hold no references of their own
            }
        }
        shapes.sweep()
        heap.sweep()
        let pause = monotonicSeconds() - start
        collectorStatistics.collections += 1
        collectorStatistics.totalPause += pause
        collectorStatistics.maxPause = max(collectorStatistics.maxPause, pause)
    }
}

/// The mark phase's work list: cells marked but not yet traced. A value type with methods, not
/// closures over a local array, so pushing costs no dynamic exclusivity checks.
private struct Marker {
    var stack: [UnsafeMutableRawPointer] = []
    /// For the check of the rooting rule (`Heap.verifiesRoots`).
    let heap: Heap
    let verifies: Bool

    init(heap: Heap) {
        self.heap = heap
        #if DEBUG
        verifies = true   // without the quarantine a stale reference is caught only while its cell is free
        #else
        verifies = heap.verifiesRoots
        #endif
        stack.reserveCapacity(256)
    }

    @inline(__always) mutating func markValue(_ value: Value) {
        if value.isCell { markCell(value.asCell) }
    }

    @inline(__always) mutating func markCell(_ cell: UnsafeMutableRawPointer?) {
        guard let cell else { return }
        // A reference never points at a freed cell. One that does was kept only in a machine
        // register or a Swift local across an allocation, and an earlier collection freed it.
        if verifies && !heap.contains(cell) { return heap.reportStaleReference(cell) }
        if Heap.mark(cell) { stack.append(cell) }
    }

    /// A cell with no references of its own (a slot or element storage): marked, not traced.
    @inline(__always) mutating func markLeaf(_ cell: UnsafeMutableRawPointer) {
        if verifies && !heap.contains(cell) { return heap.reportStaleReference(cell) }
        _ = Heap.mark(cell)
    }

    mutating func markValues(_ values: UnsafeMutablePointer<Value>, _ count: Int) {
        for i in 0..<count { markValue(values[i]) }
    }
}
