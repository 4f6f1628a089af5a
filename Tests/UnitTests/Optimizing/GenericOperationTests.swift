@testable import JIT
import Testing

/// What the optimizing tier does not speculate on runs as baseline code runs it: the
/// instruction's own template, with its inline caches and inline allocation, and the frames of
/// its callees after the optimized frame's spill slots, which the collector scans.
@Suite struct GenericOperationTests {
    @Test func genericInstructionsTakeTheirTemplatesFastPaths() throws {
        let source = """
            function build(n) {
              var shapes = [{ a: 1 }, { b: 2, a: 3 }, { c: 4, d: 5, a: 6 }];
              var total = 0, objects = [];
              for (var i = 0; i < n; i++) {
                var o = { x: i, y: 2 };          // allocation: inline in the template
                objects.push(o);
                total += shapes[i % 3].a;        // a polymorphic read: the template's cache
              }
              return total + objects.length;
            }
            var r = 0;
            for (var k = 0; k < 30; k++) r += build(300);
            console.log(r);
            """
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .optimizing))
        #expect(run.output == "\(30 * (100 * (1 + 3 + 6) + 300))\n")
        let build = try #require(run.function("build"))
        #expect(build.optimized != nil)
        // 9000 iterations: the slow paths (helpers) run only while caches warm up.
        #expect(run.runtime.baselineHelperCalls < 2000, "\(run.runtime.baselineHelperCalls) helper calls")
    }

    @Test func spilledCellsSurviveCollectionsInGenericCode() throws {
        // `keep` and `list` live across every allocation in the loop (so in tagged spill
        // slots); a collection at each allocation must see them.
        let source = """
            function churn(n) {
              var keep = { tag: "kept" }, list = [];
              for (var i = 0; i < n; i++) {
                var s = "item" + i;             // a string allocation (generic add)
                list.push({ s: s, i: i });
                if (list.length > 5) list = [list[list.length - 1]];
              }
              return keep.tag + ":" + list[0].s + ":" + list.length;
            }
            var out = "";
            for (var k = 0; k < 25; k++) out = churn(200);
            console.log(out);
            """
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .optimizing, gcStressInterval: 7))
        #expect(run.output == "kept:item195:5\n")
        #expect(run.context.statistics.collections > 100)
        #expect(run.function("churn")?.optimized != nil)
    }

    @Test func calleesOfGenericCallsGoAfterTheSpillSlots() throws {
        // Polymorphic calls run generically; their callees' frames must not land on the
        // caller's spill slots, whose values the caller reads after the call.
        let source = """
            function a(x) { var p = x + 1, q = x + 2, r = x + 3; return p * q - r; }
            function b(x) { var p = x * 2, q = x * 3; return p - q; }
            function mix(n) {
              var fs = [a, b], sum = 0, keep1 = n * 3, keep2 = n * 5, o = { v: 7 };
              for (var i = 0; i < n; i++) sum += fs[i & 1](i) + keep1 + keep2 + o.v;
              return sum;
            }
            var t = 0;
            for (var k = 0; k < 40; k++) t = mix(100);
            console.log(t);
            """
        let run = try ScriptRun(source, options: ExecutionOptions(tier: .optimizing))
        var expected = 0
        for i in 0..<100 { expected += (i & 1 == 0 ? (i + 1) * (i + 2) - (i + 3) : i * 2 - i * 3) + 300 + 500 + 7 }
        #expect(run.output == "\(expected)\n")
        #expect(run.function("mix")?.optimized != nil)
    }
}
