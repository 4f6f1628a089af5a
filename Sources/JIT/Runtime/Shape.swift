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
/// Shapes are kept alive by the tree (rooted in the Runtime), so their addresses, which cells
/// store in their header, stay valid.
final class Shape {
    /// Property name atoms in slot order.
    let keys: [UnsafeMutableRawPointer]
    /// Each slot's attributes, in slot order.
    let attributes: [PropertyAttributes]
    /// The name of the function whose `new` allocated objects of this tree (each function
    /// literal's code has a root shape of its own, DESIGN §9's initial map), or nil for objects
    /// no constructor function made. console.log prints it: `Point { x: 1 }`.
    let constructorName: String?
    /// The stand-in for `Symbol.toStringTag` until symbols arrive: console.log prints
    /// `Object [Math] {}` for the object whose tree has the tag `Math`.
    let tag: String?
    private let slots: [UnsafeMutableRawPointer: Int]
    private var transitions: [UnsafeMutableRawPointer: Shape] = [:]
    /// Transitions that add a property with other than the default attributes.
    private var otherTransitions: [UnsafeMutableRawPointer: [PropertyAttributes: Shape]] = [:]

    /// A root: no properties yet.
    init(constructorName: String? = nil, tag: String? = nil) {
        keys = []
        attributes = []
        slots = [:]
        self.constructorName = constructorName
        self.tag = tag
    }

    private init(adding key: UnsafeMutableRawPointer, _ attributes: PropertyAttributes, to parent: Shape) {
        keys = parent.keys + [key]
        self.attributes = parent.attributes + [attributes]
        var slots = parent.slots
        slots[key] = parent.keys.count
        self.slots = slots
        constructorName = parent.constructorName
        tag = parent.tag
    }

    @inline(__always) func slot(of key: UnsafeMutableRawPointer) -> Int? { slots[key] }

    var count: Int { keys.count }

    /// The shape with `key` added as the next slot; the same Shape every time.
    func adding(_ key: UnsafeMutableRawPointer, attributes: PropertyAttributes = .default) -> Shape {
        if attributes == .default {
            if let next = transitions[key] { return next }
            let next = Shape(adding: key, attributes, to: self)
            transitions[key] = next
            return next
        }
        if let next = otherTransitions[key]?[attributes] { return next }
        let next = Shape(adding: key, attributes, to: self)
        otherTransitions[key, default: [:]][attributes] = next
        return next
    }

    /// The address stored in a cell's header.
    @inline(__always) var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    @inline(__always) static func of(_ cell: UnsafeMutableRawPointer) -> Shape {
        let raw = cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
        return Unmanaged<Shape>.fromOpaque(raw).takeUnretainedValue()
    }
}
