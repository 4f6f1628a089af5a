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
    /// shape per property (a table each) costs memory quadratic in the property count.
    static let dictionaryThreshold = 64

    /// Property name atoms in slot order.
    private(set) var keys: [UnsafeMutableRawPointer]
    private var slots: [UnsafeMutableRawPointer: Int]
    private var transitions: [UnsafeMutableRawPointer: Shape] = [:]
    /// Owned by one object and changed in place when it gains a property. No property is ever
    /// removed, so its slots only grow: a (shape, slot) an inline cache or optimized code
    /// remembers stays right, and no transition into or out of it is ever cached.
    let isDictionary: Bool
    /// The shape this one was grown from by adding its last key (nil for roots and
    /// dictionaries). Never dangling: marking a shape marks its ancestors.
    private(set) unowned(unsafe) var parent: Shape?
    /// Where shapes grown from this one are registered; nil for stand-alone trees, never freed.
    private(set) weak var registry: ShapeRegistry?
    /// Set by the collector's mark phase, cleared by the shape sweep.
    var marked = false

    /// A root shape, with no properties.
    init(registry: ShapeRegistry? = nil) {
        keys = []
        slots = [:]
        isDictionary = false
        self.registry = registry
    }

    private init(keys: [UnsafeMutableRawPointer], slots: [UnsafeMutableRawPointer: Int], parent: Shape?, registry: ShapeRegistry?) {
        self.keys = keys
        self.slots = slots
        self.parent = parent
        isDictionary = parent == nil
        self.registry = registry
        registry?.register(self)
    }

    @inline(__always) func slot(of key: UnsafeMutableRawPointer) -> Int? { slots[key] }

    var count: Int { keys.count }

    /// The shape with `key` added as the next slot: the same Shape every time below the
    /// threshold, a new dictionary at it, and a dictionary itself, grown in place.
    func adding(_ key: UnsafeMutableRawPointer) -> Shape {
        if isDictionary {
            slots[key] = keys.count
            keys.append(key)
            registry?.grew(by: Self.bytesPerKey)
            return self
        }
        if let next = transitions[key] { return next }
        var newSlots = slots
        newSlots[key] = keys.count
        // A dictionary needs a registry to own it (a stand-alone tree grows on, as tests build it).
        if keys.count >= Self.dictionaryThreshold, registry != nil {
            return Shape(keys: keys + [key], slots: newSlots, parent: nil, registry: registry)
        }
        let next = Shape(keys: keys + [key], slots: newSlots, parent: self, registry: registry)
        transitions[key] = next
        return next
    }

    /// Roughly what this shape takes from malloc: the object, its key array and slot table
    /// (about 1.5 buckets of 16 bytes per key), and its entry in its parent's transitions.
    var bytes: Int { Self.baseBytes + keys.count * Self.bytesPerKey }
    static let baseBytes = 160, bytesPerKey = 40

    /// Leaves the tree: the parent forgets its transition here (the collector found this
    /// shape unreachable).
    func detach() {
        if let parent, let key = keys.last, parent.transitions[key] === self { parent.transitions[key] = nil }
        parent = nil
    }

    /// The address stored in a cell's header.
    @inline(__always) var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    @inline(__always) static func of(_ cell: UnsafeMutableRawPointer) -> Shape {
        let raw = cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
        return Unmanaged<Shape>.fromOpaque(raw).takeUnretainedValue()
    }
}
