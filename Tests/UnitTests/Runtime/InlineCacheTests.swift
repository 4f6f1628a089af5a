@testable import JIT
import Testing

/// Inline caches: the state machine on its own, then the caches the interpreter fills in while a
/// program runs.
@Suite struct InlineCacheTests {
    /// A distinct fake shape address (the cache only compares them).
    static func shape(_ n: Int) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: 0x1000 * (n + 1))! }

    static func entry(_ n: Int, slot: Int32 = 0) -> InlineCache.Entry { InlineCache.Entry(shape: shape(n), slot: slot) }

    // MARK: The state machine

    @Test func startsUninitialized() {
        let cache = InlineCache()
        #expect(cache.state == .uninitialized)
        #expect(cache.entries.isEmpty)
        #expect(cache.lookup(Self.shape(0)) == nil)
    }

    @Test func oneShapeIsMonomorphicAndRepeatsAreNotRecordedTwice() {
        var cache = InlineCache()
        cache.record(Self.entry(0, slot: 3))
        #expect(cache.state == .monomorphic)
        cache.record(Self.entry(0, slot: 3))
        cache.record(Self.entry(0, slot: 3))
        #expect(cache.state == .monomorphic)
        #expect(cache.entries == [Self.entry(0, slot: 3)])
        #expect(cache.lookup(Self.shape(0))?.slot == 3)
        #expect(cache.lookup(Self.shape(1)) == nil)
    }

    @Test func twoToFourShapesArePolymorphicInOrder() {
        var cache = InlineCache()
        for n in 0..<4 {
            cache.record(Self.entry(n, slot: Int32(n)))
            #expect(cache.state == (n == 0 ? .monomorphic : .polymorphic), "after \(n + 1) shapes")
            #expect(cache.entries.count == n + 1)
        }
        #expect(cache.entries.map(\.shape) == (0..<4).map { Self.shape($0) }, "oldest first")
        for n in 0..<4 { #expect(cache.lookup(Self.shape(n))?.slot == Int32(n)) }
        // A shape already cached changes nothing.
        cache.record(Self.entry(2, slot: 2))
        #expect(cache.state == .polymorphic && cache.entries.count == 4)
    }

    @Test func theFifthShapeGoesMegamorphicForGood() {
        var cache = InlineCache()
        for n in 0..<5 { cache.record(Self.entry(n)) }
        #expect(cache.state == .megamorphic)
        #expect(cache.entries.isEmpty)
        #expect(cache.lookup(Self.shape(0)) == nil, "a megamorphic site always takes the slow path")
        for n in [0, 1, 5, 6] { cache.record(Self.entry(n)) }
        #expect(cache.state == .megamorphic)
        #expect(cache.entries.isEmpty)
    }

    @Test func entriesKeepHolderAndNewShape() {
        var cache = InlineCache()
        let holder = Self.shape(100), next = Self.shape(101)
        cache.record(InlineCache.Entry(shape: Self.shape(0), slot: 1, holder: holder))
        cache.record(InlineCache.Entry(shape: Self.shape(1), slot: 2, newShape: next))
        #expect(cache.lookup(Self.shape(0))?.holder == holder)
        #expect(cache.lookup(Self.shape(0))?.newShape == nil)
        #expect(cache.lookup(Self.shape(1))?.newShape == next)
    }

    // MARK: Caches filled by the interpreter

    @Test func aPropertySiteGoesFromMonomorphicToPolymorphicToMegamorphic() throws {
        let run = try ScriptRun("""
            function getX(o) { return o.x; }
            var total = 0;
            for (var i = 0; i < 10; i++) total += getX({ x: i });
            console.log(total);
            """)
        let getX = try #require(run.function("getX"))
        let sites = getX.getPropertySlots
        try #require(sites.count == 1)
        func cache() -> InlineCache { getX.profile[sites[0]].cache }

        // One shape, seen ten times.
        #expect(cache().state == .monomorphic)
        #expect(cache().entries.count == 1)
        let xShape = run.runtime.emptyObjectShape.adding(run.runtime.intern("x"))
        #expect(cache().entries.first?.shape == xShape.pointer)
        #expect(cache().entries.first?.slot == 0)
        #expect(cache().entries.first?.holder == nil)

        // Three shapes: x in slot 0, 1 and 1.
        try run.run("total += getX({ a: 1, x: 2 }) + getX({ b: 1, x: 3 }); console.log(total);")
        #expect(cache().state == .polymorphic)
        #expect(cache().entries.map(\.slot) == [0, 1, 1])

        // Six shapes: past four the site is megamorphic, and still reads correctly.
        try run.run("total += getX({ c: 1, x: 4 }) + getX({ d: 1, x: 5 }) + getX({ e: 1, x: 6 }) + getX({ x: 100 }); console.log(total);")
        #expect(cache().state == .megamorphic)
        #expect(cache().entries.isEmpty)
        #expect(run.output == "45\n50\n165\n")
    }

    @Test func aStoreThatAddsAPropertyRecordsTheTransition() throws {
        let run = try ScriptRun("""
            function setY(o) { o.y = 1; }
            var target = {};
            setY(target);
            """)
        let setY = try #require(run.function("setY"))
        let sites = setY.setPropertySlots
        try #require(sites.count == 1)
        let target = try #require(run.global("target")).asCell
        var cache = setY.profile[sites[0]].cache
        #expect(cache.state == .monomorphic)
        let adding = try #require(cache.entries.first)
        #expect(adding.shape == run.runtime.emptyObjectShape.pointer)
        #expect(adding.newShape == Shape.of(target).pointer)
        #expect(adding.slot == 0)

        // Storing again into the object that now has `y` is a plain store (no new shape).
        try run.run("setY(target);")
        cache = setY.profile[sites[0]].cache
        #expect(cache.state == .polymorphic)
        #expect(cache.entries.count == 2)
        #expect(cache.entries.last?.shape == Shape.of(target).pointer)
        #expect(cache.entries.last?.newShape == nil)
        #expect(Shape.of(target).count == 1, "the second store did not add a property")
    }

    @Test func anArrayMethodIsCachedWithItsPrototypeAsHolder() throws {
        let run = try ScriptRun("""
            function append(list, v) { list.push(v); }
            var list = [];
            append(list, 1); append(list, 2);
            console.log(list);
            """)
        #expect(run.output == "[ 1, 2 ]\n")
        let append = try #require(run.function("append"))
        let cache = append.profile[try #require(append.getPropertySlots.first)].cache
        #expect(cache.state == .monomorphic)
        #expect(cache.entries.first?.holder == run.runtime.arrayPrototype)
        #expect(cache.entries.first?.shape == run.runtime.emptyArrayShape.pointer)
    }

    @Test func statisticsCountSitesByState() throws {
        let run = try ScriptRun("""
            function getX(o) { return o.x; }
            function never(o) { return o.neverRead; }
            getX({ x: 1 }); getX({ y: 2, x: 1 });
            """)
        let stats = run.context.statistics
        #expect(stats.inlineCaches[.polymorphic, default: 0] >= 1)
        #expect(stats.inlineCaches[.uninitialized, default: 0] >= 1, "never's site was never run")
        #expect(stats.description.contains("inline caches: uninitialized"))
    }
}
