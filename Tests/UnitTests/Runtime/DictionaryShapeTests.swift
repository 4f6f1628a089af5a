@testable import JIT
import Testing

/// Objects past `Shape.dictionaryThreshold` properties own a dictionary shape (V8's and JSC's
/// dictionary mode), and shapes are collected: unreachable ones freed, their bytes counted
/// against the heap limit.
@Suite struct DictionaryShapeTests {
    let runtime = Runtime(output: { _ in })

    func key(_ name: String) -> UnsafeMutableRawPointer { runtime.intern(name) }

    /// A new object given `keys` in order (value: the key's position).
    func object(_ keys: [String]) -> UnsafeMutableRawPointer {
        let cell = runtime.newObject().asCell
        for (i, name) in keys.enumerated() { runtime.setOwn(cell, key(name), Value(int32: Int32(i))) }
        return cell
    }

    static func names(_ prefix: String, _ count: Int) -> [String] { (0..<count).map { "\(prefix)\($0)" } }

    // MARK: Dictionary mode

    @Test func anObjectPastTheThresholdOwnsADictionaryShapeWhoseSlotsNeverMove() {
        #expect(Shape.dictionaryThreshold == 64)
        let cell = object(Self.names("p", Shape.dictionaryThreshold))
        let fast = Shape.of(cell)
        #expect(!fast.isDictionary)
        #expect(fast === Shape.of(object(Self.names("p", Shape.dictionaryThreshold))), "below the threshold shapes are shared")
        runtime.setOwn(cell, key("extra"), .true)
        let dictionary = Shape.of(cell)
        #expect(dictionary.isDictionary)
        #expect(dictionary.slot(of: key("p3")) == 3 && dictionary.slot(of: key("extra")) == 64)
        for i in 0..<1000 { runtime.setOwn(cell, key("q\(i)"), Value(int32: Int32(i))) }
        #expect(Shape.of(cell) === dictionary, "adding a property changes the dictionary in place")
        #expect(dictionary.count == 1065)
        #expect(dictionary.slot(of: key("p3")) == 3 && dictionary.slot(of: key("extra")) == 64, "slots are append-only")
        #expect(runtime.getOwn(cell, key("q999")) == Value(int32: 999))
        #expect(runtime.getOwn(cell, key("p63")) == Value(int32: 63))
        #expect(runtime.getOwn(cell, key("missing")) == nil)
        #expect(dictionary.keys.prefix(3) == [key("p0"), key("p1"), key("p2")])
        // Another object with the same keys has a dictionary of its own.
        let other = object(Self.names("p", Shape.dictionaryThreshold) + ["extra"])
        #expect(Shape.of(other).isDictionary && Shape.of(other) !== dictionary)
        #expect(fast.adding(key("extra")) !== dictionary, "no transition leads into an object's dictionary")
        #expect(ShapeTests.transitionCount(fast) == 0)
    }

    static let manyProperties = """
        function make(n) { var o = {}; for (var i = 0; i < n; i++) o['p' + i] = i; return o; }
        function read(o) { return o.p3 + o.p70 + o.p99; }
        function write(o, v) { o.p70 = v; o.added = v; return o.added; }
        var big = make(100), sum = 0;
        for (var i = 0; i < 300; i++) { sum += read(big); write(big, i); }
        console.log(sum, big.p70, big.added, read(make(100)), big.p0, big.missing);

        """

    static let tiers: [ExecutionOptions] = [
        ExecutionOptions(tier: .interpreter), ExecutionOptions(tier: .baseline),
        ExecutionOptions(tier: .optimizing), ExecutionOptions(tier: .auto, jitStress: true),
        ExecutionOptions(tier: .auto, gcStressInterval: 7, jitStress: true),
    ]

    @Test(arguments: tiers)
    func dictionaryObjectsReadAndWriteThroughInlineCachesInEveryTier(options: ExecutionOptions) throws {
        let run = try ScriptRun(Self.manyProperties, options: options)
        #expect(run.output == "75221 299 299 172 0 undefined\n")
        let big = try #require(run.global("big")).asCell
        #expect(Shape.of(big).isDictionary)
        // The cache may name the dictionary, never a transition into or out of one.
        let write = try #require(run.function("write"))
        for slot in write.setPropertySlots {
            for entry in write.profile.slots[slot].cache.entries {
                #expect(entry.newShape == nil, "a dictionary object changes no shape when it gains a property")
            }
        }
    }

    @Test(arguments: tiers)
    func manyGlobalsPutTheGlobalObjectInDictionaryModeAndStayFast(options: ExecutionOptions) throws {
        let functions = (0..<300).map { "function f\($0)() { return \($0); }" }.joined(separator: "\n")
        let run = try ScriptRun(functions + """

            var total = 0;
            function sum() { var t = 0; for (var i = 0; i < 50; i++) t += f0() + f299() + f150(); return t; }
            total = sum();
            var late = 7;
            function useLate() { return late + f10(); }
            for (var j = 0; j < 40; j++) { late = j; total += useLate(); }
            console.log(total, typeof f42, typeof nothing);

            """, options: options)
        #expect(run.output == "23630 function undefined\n")
        #expect(Shape.of(run.runtime.globalObject).isDictionary)
    }

    // MARK: Shape chains

    @Test func aChainOfShapesKeepsOnePropertyTableNotOneEach() {
        runtime.collectGarbage()
        let before = runtime.heap.externalBytes
        let names = Self.names("c", Shape.dictionaryThreshold)
        let cell = object(names)
        let grown = runtime.heap.externalBytes - before
        let n = Shape.dictionaryThreshold
        #expect(grown <= n * Shape.baseBytes + 2 * n * Shape.bytesPerKey, "linear in the chain's length")
        #expect(Shape.of(cell).hasPropertyTable && !(Shape.of(cell).parent?.hasPropertyTable ?? true), "the newest shape holds the table")
        // Every shape of the chain still answers, building its table when asked.
        var shape: Shape? = Shape.of(cell)
        var depth = n
        while let current = shape, current.count > 0 {
            #expect(current.count == depth)
            #expect(current.slot(of: key(names[depth - 1])) == depth - 1)
            #expect(current.slot(of: key(names[0])) == 0)
            #expect(current.slot(of: key("absent")) == nil)
            #expect(current.keys == names.prefix(depth).map { key($0) })
            shape = current.parent
            depth -= 1
        }
        #expect(runtime.getOwn(cell, key(names[10])) == Value(int32: 10))
        #expect(runtime.heap.externalBytes - before > grown, "asked, they built their tables")
        runtime.withHandleScope {
            _ = runtime.handle(Value(cell: cell))
            runtime.collectGarbage()
        }
        #expect(runtime.heap.externalBytes - before <= grown, "a collection lets the inner shapes' tables go")
        #expect(Shape.of(cell).hasPropertyTable && !(Shape.of(cell).parent?.hasPropertyTable ?? true))
        #expect(runtime.getOwn(cell, key(names[63])) == Value(int32: 63))
    }

    // MARK: Collection

    @Test func shapesNoObjectOrCacheNamesAreCollectedWithTheirTransitions() {
        runtime.collectGarbage()
        let shapes = runtime.shapes.count, bytes = runtime.heap.externalBytes
        let transitions = ShapeTests.transitionCount(runtime.emptyObjectShape)
        for i in 0..<500 { _ = object(["k\(i)", "x"]) }
        _ = object(Self.names("d", 200))
        #expect(runtime.shapes.count >= shapes + 1000 + Shape.dictionaryThreshold + 1)
        #expect(ShapeTests.transitionCount(runtime.emptyObjectShape) >= transitions + 500)
        #expect(runtime.heap.externalBytes > bytes)
        runtime.collectGarbage()
        #expect(runtime.shapes.count == shapes, "no object, cache or code names them")
        #expect(ShapeTests.transitionCount(runtime.emptyObjectShape) == transitions, "the root's transitions to them went too")
        #expect(runtime.heap.externalBytes == bytes)
    }

    @Test func shapesOfLiveObjectsKeepTheirAncestorsAndTransitions() {
        runtime.withHandleScope {
            let kept = runtime.handle(Value(cell: object(["a", "b", "c"])))
            let dictionary = runtime.handle(Value(cell: object(Self.names("p", 100))))
            runtime.collectGarbage()
            let cell = runtime[kept].asCell
            let chain = runtime.emptyObjectShape.adding(key("a")).adding(key("b")).adding(key("c"))
            #expect(Shape.of(cell) === chain, "the shape and its ancestors stayed in the tree")
            #expect(runtime.getOwn(cell, key("c")) == Value(int32: 2))
            #expect(Shape.of(runtime[dictionary].asCell).isDictionary)
            #expect(runtime.getOwn(runtime[dictionary].asCell, key("p99")) == Value(int32: 99))
        }
    }

    @Test func shapesAnInlineCacheOrOptimizedCodeNamesOutliveTheirObjects() throws {
        let run = try ScriptRun("""
            function get(o) { return o.zz; }
            var r = 0;
            for (var i = 0; i < 30; i++) r += get({ zz: i, yy: 1 });
            console.log(r);

            """, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == "435\n")
        let get = try #require(run.function("get"))
        let shape = try #require(get.profile.slots[get.getPropertySlots[0]].cache.entries.first).shape
        #expect(get.optimized != nil)
        run.runtime.collectGarbage()
        run.runtime.collectGarbage()
        #expect(run.runtime.shapes.contains(shape), "the cache and the code compare with it: its address is never reused")
        try run.run("console.log(get({ zz: 5, yy: 2 }), get({ yy: 1, zz: 6 }));")
        #expect(run.output == "435\n5 6\n")
    }

    @Test func aShapeSwiftCodeHoldsAfterItsCollectionStillKnowsItsChain() throws {
        let held = try #require(Shape.of(object(["h1", "h2", "h3"])).parent)
        #expect(!held.hasPropertyTable, "its child took the table")
        runtime.collectGarbage()
        #expect(!runtime.shapes.contains(held.pointer), "nothing in the heap names it")
        #expect(held.keys == ["h1", "h2"].map { key($0) })
        #expect(held.slot(of: key("h1")) == 0 && held.slot(of: key("h3")) == nil)
    }

    // MARK: Heap accounting

    @Test func shapeBytesCountAgainstTheHeap() {
        runtime.collectGarbage()
        let external = runtime.heap.externalBytes, inUse = runtime.heap.bytesInUse
        runtime.withHandleScope {
            _ = runtime.handle(Value(cell: object(Self.names("w", 2000))))
            #expect(runtime.heap.bytesInUse - inUse >= runtime.heap.externalBytes - external, "shapes are counted as they are made")
            runtime.collectGarbage()
            let grown = runtime.heap.externalBytes - external
            #expect(grown >= 2000 * 16, "the dictionary of 2000 keys is alive")
            #expect(runtime.heap.bytesInUse >= inUse + grown, "live bytes after a collection count it")
        }
        runtime.collectGarbage()
        #expect(runtime.heap.externalBytes == external)
    }

    @Test func aProgramThatKeepsMakingShapesRunsOutOfHeap() {
        let options = ExecutionOptions(tier: .interpreter, maxHeapMegabytes: 4)
        do {
            _ = try ScriptRun("var keep = []; for (var i = 0; ; i++) { var o = {}; o['k' + i] = i; o.a = i; o.b = i; keep.push(o); }", options: options)
            Issue.record("the program ran out of heap without an error")
        } catch {
            #expect(error.headline == "RangeError: out of memory (heap limit 4 MB)")
        }
    }

    // MARK: Attributes and constructors

    @Test func attributesStayPerSlotInHandedTablesRebuiltChainsAndDictionaries() {
        let cell = runtime.newObject().asCell
        let names = Self.names("a", Shape.dictionaryThreshold + 6)
        func attributes(_ i: Int) -> PropertyAttributes { i % 3 == 0 ? [] : .default }
        for (i, name) in names.enumerated() { runtime.setOwn(cell, key(name), Value(int32: Int32(i)), attributes: attributes(i)) }
        let dictionary = Shape.of(cell)
        #expect(dictionary.isDictionary)
        #expect(dictionary.attributes == names.indices.map(attributes))
        runtime.setOwn(cell, key("hidden"), .true, attributes: [])
        #expect(dictionary.attributes.last == [] && dictionary.count == names.count + 1)
        // The last tree shape before the dictionary, asked after its child took the table.
        let inner = Shape.of(object(Self.names("b", 3)))
        let chain = runtime.emptyObjectShape.adding(key("b0")).adding(key("b1"), attributes: [])
        #expect(chain.adding(key("b2")).attributes == [.default, [], .default])
        #expect(chain.attributes == [.default, []] && chain.keys == [key("b0"), key("b1")])
        #expect(chain !== inner.parent, "a non-default attribute takes another transition")
        #expect(runtime.emptyObjectShape.adding(key("b0")).adding(key("b1"), attributes: []) === chain)
        let others = { (shape: Shape) in (Mirror(reflecting: shape).descendant("otherTransitions") as? [UnsafeMutableRawPointer: [PropertyAttributes: Shape]])?.count }
        #expect(others(try! #require(chain.parent)) == 1)
        runtime.collectGarbage()
        #expect(!runtime.shapes.contains(chain.pointer), "no object names it")
        #expect(others(try! #require(chain.parent)) == 0, "its parent's transition to it went too")
        #expect(chain.attributes == [.default, []], "Swift code holding it still reads its chain")
    }

    @Test func objectsOfAConstructorGoToDictionaryModeAndItsInitialShapeIsNeverFreed() throws {
        let run = try ScriptRun("""
            function Point() {}
            function make(n) { var p = new Point(); for (var i = 0; i < n; i++) p['k' + i] = i; return p; }
            var big = make(70), small = make(2);
            for (var r = 0; r < 50; r++) { var t = new Point(); t['u' + r] = r; }
            console.log(big.k69, small, make(0));

            """, options: ExecutionOptions(tier: .interpreter))
        #expect(run.output == "69 Point { k0: 0, k1: 1 } Point {}\n")
        let point = try #require(run.function("Point"))
        let initial = point.initialShape
        #expect(initial.registry === run.runtime.shapes, "shapes grown from it are counted and collected")
        let big = try #require(run.global("big")).asCell
        #expect(Shape.of(big).isDictionary && Shape.of(big).constructorName == "Point")
        let counted = run.runtime.shapes.count
        run.runtime.collectGarbage()
        #expect(run.runtime.shapes.count < counted, "the shapes of the dropped objects were freed")
        #expect(point.initialShape === initial)
        try run.run("var again = make(1); console.log(again, big.k0, small.k1, Math);")
        #expect(run.output.hasSuffix("Point { k0: 0 } 0 1 Object [Math] {}\n"))
        #expect(Shape.of(try #require(run.global("again")).asCell).parent === initial)
    }
}
