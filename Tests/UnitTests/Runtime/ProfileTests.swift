@testable import JIT
import Testing

/// What the profiling interpreter records for the optimizing tier: invocation and back-edge
/// counters, operand types at arithmetic sites, and call targets.
@Suite struct ProfileTests {
    // MARK: Counters

    @Test func invocationsCountEveryCall() throws {
        let run = try ScriptRun("""
            function f(x) { return x; }
            function unused() {}
            for (var i = 0; i < 7; i++) f(i);
            f(f(0));
            """)
        #expect(try #require(run.function("f")).profile.invocationCount == 9)
        #expect(try #require(run.function("unused")).profile.invocationCount == 0)
        #expect(try #require(run.function("(program)")).profile.invocationCount == 1)
    }

    @Test func recursionCountsEachActivation() throws {
        let run = try ScriptRun("""
            function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
            console.log(fib(10));
            """)
        #expect(run.output == "55\n")
        #expect(try #require(run.function("fib")).profile.invocationCount == 177)
    }

    @Test func backEdgesCountLoopIterations() throws {
        let run = try ScriptRun("""
            function forLoop(n) { var s = 0; for (var i = 0; i < n; i++) { s += i; } return s; }
            function whileLoop(n) { var k = 0; while (k < n) k++; return k; }
            function nested(n) { var c = 0; for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) c++; return c; }
            function breaks() { for (var i = 0; ; i++) { if (i == 4) break; } }
            console.log(forLoop(25), forLoop(5), whileLoop(12), nested(6));
            breaks();
            """)
        #expect(run.output == "300 10 12 36\n")
        #expect(try #require(run.function("forLoop")).profile.backEdgeCount == 30)
        #expect(try #require(run.function("forLoop")).profile.invocationCount == 2)
        #expect(try #require(run.function("whileLoop")).profile.backEdgeCount == 12)
        #expect(try #require(run.function("nested")).profile.backEdgeCount == 6 * 6 + 6)
        #expect(try #require(run.function("breaks")).profile.backEdgeCount == 4, "the iteration that breaks does not jump back")
        #expect(try #require(run.function("(program)")).profile.backEdgeCount == 0)
    }

    @Test func doWhileJumpsBackOnceLessThanItIterates() throws {
        let run = try ScriptRun("""
            function body(n) { var k = 0; do { k++; } while (k < n); return k; }
            console.log(body(10));
            """)
        #expect(run.output == "10\n")
        #expect(try #require(run.function("body")).profile.backEdgeCount == 9)
    }

    // MARK: Type feedback

    /// The types seen at the one `+` of function `name`.
    func addFeedback(_ run: ScriptRun, _ name: String) throws -> TypeFeedback {
        let function = try #require(run.function(name))
        let sites = function.addSlots
        try #require(sites.count == 1, "\(name) has one Add")
        return function.profile[sites[0]].types
    }

    @Test func addSitesRecordOperandTypes() throws {
        let run = try ScriptRun("""
            function ints(a, b) { return a + b; }
            function intsThenDoubles(a, b) { return a + b; }
            function strings(a, b) { return a + b; }
            function others(a, b) { return a + b; }
            function notRun(a, b) { return a + b; }
            console.log(ints(1, 2), ints(-5, 5));
            console.log(intsThenDoubles(1, 2), intsThenDoubles(1.5, 2));
            console.log(strings("a", "b"), strings("n", 1), strings(2, "m"));
            console.log(others(null, 1), others(true, undefined));
            """)
        #expect(run.output == "3 0\n3 3.5\nab n1 2m\n1 NaN\n")
        #expect(try addFeedback(run, "ints") == .int32)
        #expect(try addFeedback(run, "intsThenDoubles") == [.int32, .double])
        #expect(try addFeedback(run, "strings") == .string)
        #expect(try addFeedback(run, "others") == .other)
        #expect(try addFeedback(run, "notRun") == [])
    }

    @Test func int32OverflowIsRecorded() throws {
        let run = try ScriptRun("""
            function add(a, b) { return a + b; }
            function safe(a, b) { return a + b; }
            console.log(add(2147483647, 1), add(-2147483648, -1), safe(2147483646, 1));
            """)
        #expect(run.output == "2147483648 -2147483649 2147483647\n")
        let types = try addFeedback(run, "add")
        #expect(types.contains(.overflow))
        #expect(types.contains(.double), "the result is computed as a double")
        #expect(try addFeedback(run, "safe") == .int32)
    }

    // MARK: Call targets

    @Test func callSitesRecordTheirTargetUntilASecondCalleeAppears() throws {
        let run = try ScriptRun("""
            function one() { return 1; }
            function two() { return 2; }
            function callIt(f) { return f(); }
            console.log(callIt(one) + callIt(one));
            """)
        let callIt = try #require(run.function("callIt"))
        let sites = callIt.callSlots
        try #require(sites.count == 1)
        let one = try #require(run.global("one")).asCell
        var profile = callIt.profile[sites[0]]
        #expect(profile.callTarget == one)
        #expect(!profile.polymorphicCall)
        #expect(profile.callCount == 2)

        try run.run("console.log(callIt(two)); callIt(one);")
        profile = callIt.profile[sites[0]]
        #expect(profile.callTarget == nil)
        #expect(profile.polymorphicCall)
        #expect(profile.callCount == 4)
        #expect(run.output == "2\n2\n")
    }

    @Test func builtinCalleesAreRecordedToo() throws {
        let run = try ScriptRun("""
            function absolute(x) { return Math.abs(x); }
            absolute(-3); absolute(4);
            """)
        let absolute = try #require(run.function("absolute"))
        let profile = absolute.profile[try #require(absolute.callSlots.first)]
        let math = try #require(run.global("Math")).asCell
        #expect(profile.callTarget == run.runtime.getOwn(math, run.runtime.intern("abs"))?.asCell)
        #expect(profile.callCount == 2)
    }

    @Test func everyProfiledSiteHasItsOwnSlot() throws {
        let run = try ScriptRun("function f(o, a) { return o.x + o.y + a(o.z) + a(1); }")
        let f = try #require(run.function("f"))
        #expect(f.profile.slotCount == f.chunk.feedbackSlotCount)
        let slots = f.getPropertySlots + f.addSlots + f.callSlots
        #expect(slots.count == 3 + 3 + 2)
        #expect(Set(slots).count == slots.count)
        #expect(slots.allSatisfy { $0 < f.profile.slotCount })
    }
}
