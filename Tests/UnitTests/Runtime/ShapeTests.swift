@testable import JIT
import Testing

/// Hidden classes: the transition tree shares shapes between objects that gain the same
/// properties in the same order, and slots past the inline ones live in out-of-line storage.
@Suite struct ShapeTests {
    let runtime = Runtime(output: { _ in })

    /// The shape's outgoing transitions (a private dictionary, read by reflection so the test
    /// needs no hook in the runtime).
    static func transitionCount(_ shape: Shape) -> Int {
        let transitions = Mirror(reflecting: shape).descendant("transitions")
        return (transitions as? [UnsafeMutableRawPointer: Shape])?.count ?? -1
    }

    func object(_ keys: [String], root: Shape? = nil) -> UnsafeMutableRawPointer {
        let cell = runtime.newObject(shape: root).asCell
        for (i, key) in keys.enumerated() { runtime.setOwn(cell, runtime.intern(key), Value(int32: Int32(i))) }
        return cell
    }

    @Test func samePropertyOrderGivesTheSameShapeObject() {
        let a = object(["x", "y", "z"]), b = object(["x", "y", "z"])
        #expect(Shape.of(a) === Shape.of(b))
        #expect(Shape.of(a).count == 3)
        #expect(Shape.of(a).keys == ["x", "y", "z"].map { runtime.intern($0) })
    }

    @Test func differentOrderGivesDifferentShapes() {
        let xy = object(["x", "y"]), yx = object(["y", "x"])
        #expect(Shape.of(xy) !== Shape.of(yx))
        #expect(Shape.of(xy).slot(of: runtime.intern("x")) == 0)
        #expect(Shape.of(yx).slot(of: runtime.intern("x")) == 1)
        // A common prefix is shared.
        let xz = object(["x", "z"])
        #expect(Shape.of(xz) !== Shape.of(xy))
        #expect(Shape.of(object(["x"])) === runtime.emptyObjectShape.adding(runtime.intern("x")))
    }

    @Test func transitionsAreAddedOncePerNewKey() {
        let root = Shape(registry: nil)
        #expect(Self.transitionCount(root) == 0)
        let x = root.adding(runtime.intern("x"))
        #expect(root.adding(runtime.intern("x")) === x)
        #expect(Self.transitionCount(root) == 1)
        for _ in 0..<10 { _ = object(["x", "y"], root: root) }
        _ = object(["x", "z"], root: root)
        _ = object(["y", "x"], root: root)
        #expect(Self.transitionCount(root) == 2, "x and y")
        #expect(Self.transitionCount(x) == 2, "x→y and x→z")
        #expect(Self.transitionCount(x.adding(runtime.intern("y"))) == 0)
        #expect(x.count == 1 && root.count == 0)
    }

    @Test func overwritingAPropertyKeepsTheShape() {
        let cell = object(["a", "b"])
        let before = Shape.of(cell)
        let slot = runtime.setOwn(cell, runtime.intern("a"), Value(int32: 99))
        #expect(slot == 0)
        #expect(Shape.of(cell) === before)
        #expect(runtime.getOwn(cell, runtime.intern("a")) == Value(int32: 99))
        #expect(runtime.getOwn(cell, runtime.intern("missing")) == nil)
    }

    @Test func theFirstFourSlotsAreInline() {
        #expect(Runtime.inlineSlots == 4)
        let cell = object(["a", "b", "c", "d"])
        #expect(cell.field(Layout.ObjectCell.outOfLineSlots, as: UInt.self) == 0)
        for slot in 0..<4 {
            let address = UnsafeMutableRawPointer(runtime.slotAddress(cell, slot))
            #expect(address == cell + Layout.ObjectCell.inlineSlots.offset + 8 * slot)
            #expect(address.load(as: Value.self) == Value(int32: Int32(slot)))
        }
    }

    @Test func slotsBeyondFourGoOutOfLineAndSurviveGrowth() {
        let cell = runtime.newObject().asCell
        var storages: Set<UInt> = []
        var capacities: [Int] = []
        for i in 0..<40 {
            runtime.setOwn(cell, runtime.intern("p\(i)"), Value(int32: Int32(i * 10)))
            let storage = cell.field(Layout.ObjectCell.outOfLineSlots, as: UInt.self)
            if i < 4 {
                #expect(storage == 0)
            } else {
                let pointer = UnsafeMutableRawPointer(bitPattern: storage)!
                #expect(UInt64(pointer.kind) == Layout.kindStorage)
                storages.insert(storage)
                capacities.append(Int(pointer.aux))
                #expect(Int(pointer.aux) >= i - 3)
            }
            // Every property written so far still reads back after each growth.
            for j in 0...i {
                #expect(runtime.getOwn(cell, runtime.intern("p\(j)")) == Value(int32: Int32(j * 10)))
            }
        }
        #expect(Set(capacities) == [4, 8, 16, 32, 64], "capacity doubles from 4")
        #expect(storages.count == 5, "storage reallocated at 4, 8, 16, 32 and 64 out-of-line slots")
        let slot5 = UnsafeMutableRawPointer(runtime.slotAddress(cell, 5))
        let storage = UnsafeMutableRawPointer(bitPattern: cell.field(Layout.ObjectCell.outOfLineSlots, as: UInt.self))!
        #expect(slot5 == storage + Layout.StorageCell.values.offset + 8)
    }

    @Test func objectsBuiltByLiteralsAndByAssignmentShareShapes() throws {
        let run = try ScriptRun("""
            var literal = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
            var assigned = {};
            assigned.a = 10; assigned.b = 20; assigned.c = 30; assigned.d = 40; assigned.e = 50; assigned.f = 60;
            var other = { b: 1, a: 2 };
            console.log(assigned.f + literal.e);
            """)
        #expect(run.output == "65\n")
        let literal = try #require(run.global("literal")).asCell
        let assigned = try #require(run.global("assigned")).asCell
        let other = try #require(run.global("other")).asCell
        #expect(Shape.of(literal) === Shape.of(assigned))
        #expect(Shape.of(other) !== Shape.of(literal))
        #expect(run.runtime.getOwn(assigned, run.runtime.intern("f")) == Value(int32: 60))
    }
}
