@testable import JIT
import Testing

/// Sparse arrays (V8's dictionary elements): which writes and lengths move an array to sparse
/// storage, what that storage costs, and that the collector and the heap limit see it.
@Suite struct SparseArrayTests {
    let runtime = Runtime(output: { _ in })

    func isSparse(_ array: Value) -> Bool { array.asCell.kind == UInt8(Layout.kindSparseArray) }

    @Test func aSparseArrayIsStillAnArrayButNotADenseOne() throws {
        let array = runtime.newArray(length: 0)
        try runtime.setArrayElement(array.asCell, 4_294_967_294, Value(int32: 1))
        #expect(isSparse(array) && array.isArray && !array.isDenseArray)
        #expect(runtime.arrayLength(array.asCell) == 4_294_967_295)
        #expect(runtime.arrayElement(array.asCell, 4_294_967_294) == Value(int32: 1))
        #expect(runtime.arrayElement(array.asCell, 7).isUndefined)
        #expect(Shape.of(array.asCell) !== runtime.emptyArrayShape, "inline caches keyed on dense arrays' shapes miss")
    }

    /// V8's kMaxGap: a store more than 1024 past the capacity goes sparse; closer, the array grows.
    @Test func aStoreFarPastTheCapacityGoesSparseAndANearOneGrows() throws {
        let near = runtime.newArray(length: 0)
        try runtime.setArrayElement(near.asCell, Runtime.maxDenseGap - 1, .true)
        #expect(!isSparse(near) && runtime.arrayLength(near.asCell) == Runtime.maxDenseGap)
        let far = runtime.newArray(length: 0)
        try runtime.setArrayElement(far.asCell, Runtime.maxDenseGap, .true)
        #expect(isSparse(far) && runtime.sparseElementCount(far.asCell) == 1)
    }

    /// Past 5000 elements of capacity (kMaxUncheckedFastElementsLength), growth goes sparse when
    /// a dictionary of the elements present would take a third of the memory or less.
    @Test func growingAMostlyEmptyArrayGoesSparse() throws {
        let mostlyHoles = runtime.newArray(length: 0)
        for i in stride(from: 0, to: 20_000, by: 1000) { try runtime.setArrayElement(mostlyHoles.asCell, i, .true) }
        #expect(isSparse(mostlyHoles), "20 elements in 20000 slots")
        let full = runtime.newArray(length: 0)
        for i in 0..<20_000 { try runtime.setArrayElement(full.asCell, i, .true) }
        #expect(!isSparse(full))
    }

    @Test func newArrayAndLengthAboveTheDenseLimitAreSparse() throws {
        let dense = runtime.newArray(length: Runtime.maxFastArrayLength)
        #expect(!isSparse(dense))
        let sparse = try runtime.newArrayOfLength(Runtime.maxFastArrayLength + 1)
        #expect(isSparse(sparse) && runtime.arrayLength(sparse.asCell) == Runtime.maxFastArrayLength + 1)
        let grown = runtime.newArray([Value(int32: 1), Value(int32: 2)])
        try runtime.setArrayLength(grown.asCell, 3_000_000_000)
        #expect(isSparse(grown) && runtime.arrayElement(grown.asCell, 1) == Value(int32: 2))
        #expect(throws: JsError.self) { try runtime.newArrayOfLength(4_294_967_296) }
        #expect(throws: JsError.self) { try runtime.setArrayLength(grown.asCell, 4_294_967_296) }
    }

    @Test func theStorageIsBoundedByTheElementsPresent() throws {
        let before = runtime.heap.bytesInUse
        let array = try runtime.newArrayOfLength(4_294_967_295)
        for i in 0..<100 { try runtime.setArrayElement(array.asCell, i * 40_000_000, Value(int32: Int32(i))) }
        #expect(runtime.sparseElementCount(array.asCell) == 100)
        #expect(runtime.heap.bytesInUse - before < 16 * 1024, "a hash table for 100 elements, not 4 billion slots")
        #expect(runtime.arrayElement(array.asCell, 99 * 40_000_000) == Value(int32: 99))
        #expect(runtime.arrayElement(array.asCell, 40_000_001).isUndefined)
    }

    @Test func truncationDeletesTheElementsPastTheNewLength() throws {
        let array = runtime.newArray(length: 0)
        for i in 0..<50 { try runtime.setArrayElement(array.asCell, i * 10_000, Value(int32: Int32(i))) }
        try runtime.setArrayLength(array.asCell, 100_001)
        #expect(runtime.sparseElementCount(array.asCell) == 11)
        try runtime.setArrayLength(array.asCell, 500_000)
        #expect(runtime.arrayElement(array.asCell, 200_000).isUndefined, "a deleted element stays deleted")
        #expect(runtime.arrayElement(array.asCell, 100_000) == Value(int32: 10))
    }

    @Test func theCollectorTracesSparseElements() throws {
        let array = runtime.newArray(length: 0)
        runtime.handles.append(array)
        defer { runtime.handles.removeLast() }
        let object = runtime.newObject()
        try runtime.setArrayElement(array.asCell, 1_000_000, object)
        runtime.collectGarbage()
        #expect(runtime.heap.contains(object.asCell), "held by the sparse elements")
        try runtime.setArrayLength(array.asCell, 10)
        runtime.collectGarbage()
        #expect(!runtime.heap.contains(object.asCell), "deleted by the truncation")
    }

    @Test func sparseElementsCountAgainstTheHeapLimit() throws {
        let small = Runtime(output: { _ in }, maxHeapBytes: 4 << 20)
        let array = small.newArray(length: 0)
        small.handles.append(array)
        #expect(throws: JsError.self) {
            for i in 0..<10_000_000 {
                try small.setArrayElement(array.asCell, i * 4096, Value(int32: 1))
                if small.heap.exhausted { throw small.outOfMemory }
            }
        }
    }

    /// V8's ShouldConvertToFastElements: filling the holes of a sparse array makes it dense again
    /// once its table would save less than half of the dense storage.
    @Test func fillingASparseArrayMakesItDenseAgain() throws {
        let array = runtime.newArray(length: 0)
        runtime.handles.append(array)
        defer { runtime.handles.removeLast() }
        let name = runtime.intern("name")
        runtime.setOwn(array.asCell, name, .true)
        try runtime.setArrayElement(array.asCell, 3000, Value(int32: 3000))
        #expect(isSparse(array))
        var i = 0
        while isSparse(array) && i < 3000 {
            try runtime.setArrayElement(array.asCell, i, Value(int32: Int32(i)))
            i += 1
        }
        #expect(!isSparse(array) && i < 3000, "dense again before every hole is filled")
        #expect(runtime.arrayElement(array.asCell, 3000) == Value(int32: 3000) && runtime.arrayElement(array.asCell, i - 1) == Value(int32: Int32(i - 1)))
        #expect(runtime.arrayElement(array.asCell, i).isUndefined && runtime.arrayLength(array.asCell) == 3001)
        #expect(Shape.of(array.asCell) === runtime.emptyArrayShape.adding(name), "the dense twin of its shape")
    }

    /// Deletions (pop) shift later entries of a probe chain back: every other element stays found.
    @Test func poppingKeepsTheOtherElementsFound() throws {
        let array = try runtime.newArrayOfLength(4_294_967_295)
        runtime.handles.append(array)
        defer { runtime.handles.removeLast() }
        let indices = (0..<2000).map { 4_294_967_294 - $0 * 7919 }
        for index in indices.reversed() { try runtime.setArrayElement(array.asCell, index, Value(number: Double(index))) }
        for (popped, index) in indices.enumerated() where popped % 3 == 0 { runtime.removeSparseElement(array.asCell, index) }
        for (popped, index) in indices.enumerated() {
            let element = runtime.arrayElement(array.asCell, index)
            #expect(popped % 3 == 0 ? element.isUndefined : element == Value(number: Double(index)))
        }
        #expect(runtime.sparseElementCount(array.asCell) == 2000 - 667)
        runtime.removeSparseElement(array.asCell, 5)
        #expect(runtime.sparseElementCount(array.asCell) == 2000 - 667, "removing a hole changes nothing")
    }

    @Test(arguments: ["String(a)", "a + ''", "'' + a"])
    func convertingATooLongArrayToAStringIsARangeError(_ expression: String) {
        let error = #expect(throws: JsError.self) { try ScriptRun("var a = new Array(4294967295); var s = \(expression);") }
        #expect(error?.headline == "RangeError: Invalid string length")
    }

    @Test func namedPropertiesSurviveTheMoveToSparse() throws {
        let run = try ScriptRun("var a = [1, 2]; a.name = 'n'; a.other = 3; a[1e6] = 4; console.log(a.name, a.other, a[1], a[1e6], a.length, a)")
        #expect(run.output == "n 3 2 4 1000001 [ 1, 2, <999998 empty items>, 4, name: 'n', other: 3 ]\n")
    }
}
