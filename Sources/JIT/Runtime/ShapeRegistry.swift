/// The collectable shapes of one runtime (every shape grown from its root shapes): their bytes
/// count against the heap, as V8 counts external memory, so a program that makes too many
/// shapes runs out of heap instead of memory; and the collector frees those nothing names.
///
/// What names a shape: a live cell's header, an inline cache's entry (its shape, or the shape
/// a cached transition leads to), an address optimized code compares with or stores, and a
/// named shape's ancestors. Everything that compares raw shape addresses is among these, so a
/// freed shape's address, reused by a new shape, never makes a stale cache or guard hit.
final class ShapeRegistry {
    private(set) var shapes: [Shape] = []
    private unowned let heap: Heap

    init(heap: Heap) {
        self.heap = heap
    }

    /// Children hold their parents and parents their transitions: cut the transitions so
    /// every shape goes with the runtime.
    deinit {
        for shape in shapes { shape.detach() }
    }

    var count: Int { shapes.count }

    /// Whether the shape at `pointer` is a registered one still alive (for tests).
    func contains(_ pointer: UnsafeMutableRawPointer) -> Bool { shapes.contains { $0.pointer == pointer } }

    func register(_ shape: Shape) {
        shapes.append(shape)
        heap.addExternalBytes(shape.bytes)
    }

    /// A shape's table grew (or, negative, was let go or handed on).
    func account(_ bytes: Int) {
        if bytes > 0 { heap.addExternalBytes(bytes) } else { heap.removeExternalBytes(-bytes) }
    }

    /// Marks the shape at `pointer` (nil, or any shape's address) and its ancestors.
    @inline(__always) static func mark(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return }
        let shape = Unmanaged<Shape>.fromOpaque(pointer)
        // Most cells share a shape already marked: check without retaining it.
        if shape._withUnsafeGuaranteedRef({ $0.marked }) { return }
        var next: Shape? = shape.takeUnretainedValue()
        while let current = next, !current.marked {
            current.marked = true
            next = current.parent
        }
    }

    /// Frees what the mark phase did not reach: each leaves its parent's transitions and the
    /// registry (the last strong references), and its bytes go back to the heap. Survivors
    /// are unmarked for the next collection. Returns how many were freed.
    @discardableResult
    func sweep() -> Int {
        var kept: [Shape] = []
        kept.reserveCapacity(shapes.count)
        var freedBytes = 0
        for shape in shapes {
            if shape.marked {
                shape.marked = false
                shape.dropTableIfInner()
                kept.append(shape)
            } else {
                freedBytes += shape.bytes
                shape.detach()
            }
        }
        let freed = shapes.count - kept.count
        // Dead parents are released only here, after every dead child left their transitions.
        shapes = kept
        heap.removeExternalBytes(freedBytes)
        return freed
    }
}

extension Runtime {
    /// Marks the shapes an inline cache names (cells' shapes are marked as they are traced,
    /// optimized code's with its roots). A cache entry's shape may belong to no live object any
    /// more, but the cache compares with its address: freeing it would let a new shape at that
    /// address hit.
    @inline(__always) func markShapesNamed(by cache: InlineCache) {
        guard cache.state != .uninitialized else { return }
        for entry in cache.entries {
            ShapeRegistry.mark(entry.shape)
            ShapeRegistry.mark(entry.newShape)
        }
    }
}
