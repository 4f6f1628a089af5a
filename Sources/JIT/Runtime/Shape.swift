/// A property's attributes (ECMA-262's [[Enumerable]]; [[Writable]] and [[Configurable]] join
/// when the language needs them). They live in the shape, slot by slot, so objects that differ
/// only in attributes have different shapes.
struct PropertyAttributes: OptionSet, Hashable {
    let rawValue: UInt8
    /// Seen by console.log (and by for-in and Object.keys when they arrive). Builtins' methods
    /// are not; properties a program creates are.
    static let enumerable = PropertyAttributes(rawValue: 1)
    /// What an assignment or an object literal creates.
    static let `default`: PropertyAttributes = [.enumerable]
}

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
    /// The attributes `lastKey` was added with.
    private let lastAttributes: PropertyAttributes
    /// This shape's keys, built when first asked for; see `PropertyTable`.
    private var table: PropertyTable?
    private var transitions: [UnsafeMutableRawPointer: Shape] = [:]
    /// Transitions that add a property with other than the default attributes.
    private var otherTransitions: [UnsafeMutableRawPointer: [PropertyAttributes: Shape]] = [:]
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
    /// The name of the function whose `new` allocated objects of this tree (each function
    /// literal's code has a root shape of its own, DESIGN §9's initial map), or nil for objects
    /// no constructor function made. console.log prints it: `Point { x: 1 }`.
    let constructorName: String?
    /// The stand-in for `Symbol.toStringTag` until symbols arrive: console.log prints
    /// `Object [Math] {}` for the object whose tree has the tag `Math`.
    let tag: String?
    /// Set by the collector's mark phase, cleared by the shape sweep.
    var marked = false
    /// What this shape counts against the heap now (with its table while it has one).
    private(set) var bytes: Int
    /// Roughly what a shape takes from malloc: the object and its entry in its parent's
    /// transitions; and per key in a table, the key, its attributes and about 1.5 buckets of
    /// 16 bytes.
    static let baseBytes = 160, bytesPerKey = 40

    /// A root shape, with no properties. With the runtime's registry (`runtime.shapes`) the
    /// shapes grown from it are counted, collected and go to dictionary mode; with nil it is
    /// a stand-alone tree (tests), never freed, never a dictionary.
    init(registry: ShapeRegistry?, constructorName: String? = nil, tag: String? = nil) {
        count = 0
        lastKey = nil
        lastAttributes = .default
        isDictionary = false
        bytes = Self.baseBytes
        self.registry = registry
        self.constructorName = constructorName
        self.tag = tag
    }

    /// A child of `parent` (which added `lastKey`), or with no parent a dictionary grown from
    /// a shape of `origin`'s tree.
    private init(count: Int, lastKey: UnsafeMutableRawPointer?, lastAttributes: PropertyAttributes, table: PropertyTable?,
                 parent: Shape?, origin: Shape) {
        self.count = count
        self.lastKey = lastKey
        self.lastAttributes = lastAttributes
        self.table = table
        self.parent = parent
        isDictionary = parent == nil
        bytes = Self.baseBytes + (table == nil ? 0 : count * Self.bytesPerKey)
        registry = origin.registry
        constructorName = origin.constructorName
        tag = origin.tag
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
        if transitions[key] != nil || otherTransitions[key] != nil { return nil }
        return propertyTable.slots[key]
    }

    /// Property name atoms in slot order.
    var keys: [UnsafeMutableRawPointer] { propertyTable.keys }

    /// Each slot's attributes, in slot order.
    var attributes: [PropertyAttributes] { propertyTable.attributes }

    var hasPropertyTable: Bool { table != nil }

    private var propertyTable: PropertyTable { table ?? buildTable() }

    /// Builds this shape's table from the chain: the nearest ancestor's that has one (or the
    /// root's nothing), then the keys added since.
    private func buildTable() -> PropertyTable {
        var added: [Shape] = []
        var shape = self
        while shape.table == nil, let parent = shape.parent, shape.lastKey != nil {
            added.append(shape)
            shape = parent
        }
        let table = shape.table?.copy() ?? PropertyTable()
        for shape in added.reversed() { table.append(shape.lastKey!, shape.lastAttributes) }
        self.table = table
        account(count * Self.bytesPerKey)
        return table
    }

    /// The shape with `key` added as the next slot: the same Shape every time below the
    /// threshold, a new dictionary at it, and a dictionary itself, grown in place.
    func adding(_ key: UnsafeMutableRawPointer, attributes: PropertyAttributes = .default) -> Shape {
        if isDictionary {
            propertyTable.append(key, attributes)
            count += 1
            account(Self.bytesPerKey)
            return self
        }
        if let next = transition(key, attributes) { return next }
        // A dictionary needs a registry to own it (a stand-alone tree grows on, as tests build it).
        if count >= Self.dictionaryThreshold, registry != nil {
            let table = propertyTable.copy()
            table.append(key, attributes)
            return Shape(count: count + 1, lastKey: nil, lastAttributes: .default, table: table, parent: nil, origin: self)
        }
        // The child takes this shape's table (JSC's property-table handoff): it is the one an
        // object growing along a chain asks next, so a chain keeps one table, not one each.
        let handed = table
        if let handed {
            table = nil
            account(-count * Self.bytesPerKey)
            handed.append(key, attributes)
        }
        let next = Shape(count: count + 1, lastKey: key, lastAttributes: attributes, table: handed, parent: self, origin: self)
        if attributes == .default {
            transitions[key] = next
        } else {
            otherTransitions[key, default: [:]][attributes] = next
        }
        return next
    }

    private func transition(_ key: UnsafeMutableRawPointer, _ attributes: PropertyAttributes) -> Shape? {
        attributes == .default ? transitions[key] : otherTransitions[key]?[attributes]
    }

    /// Lets the table go when this shape has children (one of them usually has it again, and
    /// it can be rebuilt): what the collector does for inner shapes that were asked once.
    func dropTableIfInner() {
        guard !isDictionary, !transitions.isEmpty || !otherTransitions.isEmpty, table != nil else { return }
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
        guard let parent, let key = lastKey, parent.transition(key, lastAttributes) === self else { return }
        if lastAttributes == .default {
            parent.transitions[key] = nil
        } else {
            parent.otherTransitions[key]?[lastAttributes] = nil
            if parent.otherTransitions[key]?.isEmpty == true { parent.otherTransitions[key] = nil }
        }
    }

    /// The address stored in a cell's header.
    @inline(__always) var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    @inline(__always) static func of(_ cell: UnsafeMutableRawPointer) -> Shape {
        let raw = cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
        return Unmanaged<Shape>.fromOpaque(raw).takeUnretainedValue()
    }
}

/// A shape's property names and their attributes in slot order, and slots by name. Built when
/// first needed and handed from a shape to the child it grows, so a chain of n shapes holds
/// one table of n keys rather than n tables (O(n^2) keys) while objects grow along it.
private final class PropertyTable {
    var keys: [UnsafeMutableRawPointer] = []
    var attributes: [PropertyAttributes] = []
    var slots: [UnsafeMutableRawPointer: Int] = [:]

    func copy() -> PropertyTable {
        let table = PropertyTable()
        table.keys = keys
        table.attributes = attributes
        table.slots = slots
        return table
    }

    func append(_ key: UnsafeMutableRawPointer, _ attributes: PropertyAttributes) {
        slots[key] = keys.count
        keys.append(key)
        self.attributes.append(attributes)
    }
}
