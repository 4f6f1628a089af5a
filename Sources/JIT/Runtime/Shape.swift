/// A hidden class: which property names an object has and in which slot each lives. Objects
/// that gain the same properties in the same order share a Shape, found through a transition
/// tree, so a shape check plus a slot load is a property read (what inline caches and JIT code do).
/// Shapes are kept alive by the tree (rooted in the Runtime), so their addresses, which cells
/// store in their header, stay valid.
final class Shape {
    /// Property name atoms in slot order.
    let keys: [UnsafeMutableRawPointer]
    private let slots: [UnsafeMutableRawPointer: Int]
    private var transitions: [UnsafeMutableRawPointer: Shape] = [:]

    init() {
        keys = []
        slots = [:]
    }

    private init(keys: [UnsafeMutableRawPointer], slots: [UnsafeMutableRawPointer: Int]) {
        self.keys = keys
        self.slots = slots
    }

    @inline(__always) func slot(of key: UnsafeMutableRawPointer) -> Int? { slots[key] }

    var count: Int { keys.count }

    /// The shape with `key` added as the next slot; the same Shape every time.
    func adding(_ key: UnsafeMutableRawPointer) -> Shape {
        if let next = transitions[key] { return next }
        var newSlots = slots
        newSlots[key] = keys.count
        let next = Shape(keys: keys + [key], slots: newSlots)
        transitions[key] = next
        return next
    }

    /// The address stored in a cell's header.
    @inline(__always) var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    @inline(__always) static func of(_ cell: UnsafeMutableRawPointer) -> Shape {
        let raw = cell.field(Layout.CellHeader.shape, as: UnsafeMutableRawPointer.self)
        return Unmanaged<Shape>.fromOpaque(raw).takeUnretainedValue()
    }
}
