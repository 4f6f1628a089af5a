/// A hidden class: which property names an object has and in which slot each lives. Objects
/// that gain the same properties in the same order share a Shape, found through a transition
/// tree, so a shape check plus a slot load is a property read (what inline caches and JIT code do).
///
/// Past `dictionaryThreshold` properties an object leaves the tree for a dictionary shape of
/// its own (V8's and JSC's dictionary mode), changed in place as the object gains properties,
/// so a many-property object costs one table, not one shape per property.
///
/// Cells store a shape's unretained address in their header. Root shapes live as long as
/// whoever made them; the shapes grown from a root that has a registry are registered there,
/// counted against the heap, and freed by the collector once no live cell, inline cache or
/// optimized code names them (ShapeRegistry.swift): a parent's transitions do not keep a
/// child alive, a child keeps its ancestors.
final class Shape {
    /// The most properties an object keeps in the transition tree: JavaScriptCore turns an
    /// object into a dictionary after 64 transitions (Structure's maxTransitionLength), V8
    /// after 128 named properties (kMaxFastProperties, fewer for computed keys). Past it a
    /// shape per property costs a shape and a table entry for every property added.
    static let dictionaryThreshold = 64

    /// How many properties: they live in slots 0..<count.
    private(set) var count: Int
    /// The key this shape added to its parent's (nil for roots and dictionaries).
    private let lastKey: UnsafeMutableRawPointer?
    /// This shape's keys, built when first asked for; see `PropertyTable`.
    private var table: PropertyTable?
    private var transitions: [UnsafeMutableRawPointer: Shape] = [:]
    /// Owned by one object and changed in place when it gains a property. No property is ever
    /// removed, so its slots only grow: a (shape, slot) an inline cache or optimized code
    /// remembers stays right, and no transition into or out of it is ever cached.
    let isDictionary: Bool
    /// The shape this one was grown from by adding its last key (nil for roots and
    /// dictionaries). Strong, so a shape someone still holds after the collector let it go
    /// keeps the chain its table is built from; the registry breaks the cycles it makes with
    /// `transitions`.
    private(set) var parent: Shape?
    /// Where shapes grown from this one are registered; nil for stand-alone trees, never freed.
    private(set) weak var registry: ShapeRegistry?
    /// Set by the collector's mark phase, cleared by the shape sweep.
    var marked = false
    /// What this shape counts against the heap now (with its table while it has one).
    private(set) var bytes: Int
    /// Roughly what a shape takes from malloc: the object and its entry in its parent's
    /// transitions; and per key in a table, the key and about 1.5 buckets of 16 bytes.
    static let baseBytes = 160, bytesPerKey = 40

    /// A root shape, with no properties. With the runtime's registry (`runtime.shapes`) the
    /// shapes grown from it are counted, collected and go to dictionary mode; with nil it is
    /// a stand-alone tree (tests), never freed, never a dictionary.
    init(registry: ShapeRegistry?) {
        count = 0
        lastKey = nil
        isDictionary = false
        bytes = Self.baseBytes
        self.registry = registry
    }

    private init(count: Int, lastKey: UnsafeMutableRawPointer?, table: PropertyTable?, parent: Shape?, registry: ShapeRegistry?) {
        self.count = count
        self.lastKey = lastKey
        self.table = table
        self.parent = parent
        isDictionary = parent == nil
        bytes = Self.baseBytes + (table == nil ? 0 : count * Self.bytesPerKey)
        self.registry = registry
        registry?.register(self)
    }

    @inline(__always) func slot(of key: UnsafeMutableRawPointer) -> Int? {
        if let table { return table.slots[key] }
        return slotWithoutTable(key)
    }

    /// Answers what the chain tells without a table (a key with a transition from here is
    /// absent; the last one added is the last slot), and builds the table for the rest.
    private func slotWithoutTable(_ key: UnsafeMutableRawPointer) -> Int? {
        if key == lastKey { return count - 1 }
        if transitions[key] != nil { return nil }
        return propertyTable.slots[key]
    }

    /// Property name atoms in slot order.
    var keys: [UnsafeMutableRawPointer] { propertyTable.keys }

    var hasPropertyTable: Bool { table != nil }

    private var propertyTable: PropertyTable { table ?? buildTable() }

    /// Builds this shape's table from the chain: the nearest ancestor's that has one (or the
    /// root's nothing), then the keys added since.
    private func buildTable() -> PropertyTable {
        var added: [UnsafeMutableRawPointer] = []
        var shape = self
        while shape.table == nil, let parent = shape.parent, let key = shape.lastKey {
            added.append(key)
            shape = parent
        }
        let table = shape.table.map { PropertyTable(keys: $0.keys, slots: $0.slots) } ?? PropertyTable(keys: [], slots: [:])
        for key in added.reversed() { table.append(key) }
        self.table = table
        account(count * Self.bytesPerKey)
        return table
    }

    /// The shape with `key` added as the next slot: the same Shape every time below the
    /// threshold, a new dictionary at it, and a dictionary itself, grown in place.
    func adding(_ key: UnsafeMutableRawPointer) -> Shape {
        if isDictionary {
            propertyTable.append(key)
            count += 1
            account(Self.bytesPerKey)
            return self
        }
        if let next = transitions[key] { return next }
        // A dictionary needs a registry to own it (a stand-alone tree grows on, as tests build it).
        if count >= Self.dictionaryThreshold, registry != nil {
            let table = PropertyTable(keys: propertyTable.keys, slots: propertyTable.slots)
            table.append(key)
            return Shape(count: count + 1, lastKey: nil, table: table, parent: nil, registry: registry)
        }
        // The child takes this shape's table (JSC's property-table handoff): it is the one an
        // object growing along a chain asks next, so a chain keeps one table, not one each.
        let handed = table
        if let handed {
            table = nil
            account(-count * Self.bytesPerKey)
            handed.append(key)
        }
        let next = Shape(count: count + 1, lastKey: key, table: handed, parent: self, registry: registry)
        transitions[key] = next
        return next
    }

    /// Lets the table go when this shape has children (one of them usually has it again, and
    /// it can be rebuilt): what the collector does for inner shapes that were asked once.
    func dropTableIfInner() {
        guard !isDictionary, !transitions.isEmpty, table != nil else { return }
        table = nil
        account(-count * Self.bytesPerKey)
    }

    private func account(_ delta: Int) {
        bytes += delta
        registry?.account(delta)
    }

    /// Leaves the tree: the parent forgets its transition here (the collector found this
    /// shape unreachable, or the runtime is going).
    func detach() {
        if let parent, let key = lastKey, parent.transitions[key] === self { parent.transitions[key] = nil }
    }

    /// The address stored in a cell's header.
    @inline(__always) var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    @inline(__always) static func of(_ cell: UnsafeMutableRawPointer) -> Shape {
        let raw = cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
        return Unmanaged<Shape>.fromOpaque(raw).takeUnretainedValue()
    }
}

/// A shape's property names in slot order and by name. Built when first needed and handed
/// from a shape to the child it grows, so a chain of n shapes holds one table of n keys
/// rather than n tables (O(n^2) keys) while objects grow along it.
private final class PropertyTable {
    var keys: [UnsafeMutableRawPointer]
    var slots: [UnsafeMutableRawPointer: Int]

    init(keys: [UnsafeMutableRawPointer], slots: [UnsafeMutableRawPointer: Int]) {
        self.keys = keys
        self.slots = slots
    }

    func append(_ key: UnsafeMutableRawPointer) {
        slots[key] = keys.count
        keys.append(key)
    }
}
