import Foundation
import Testing

/// `jsjit-fuzz` as a user runs it, against the jsjit built beside it.
struct FuzzCommandTests {
    @Test func printsTheProgramOfASeed() throws {
        let first = try ProgramRunner.run("jsjit-fuzz", ["--seed", "5", "--print"])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("// jsjit-fuzz program, seed 5\n"))
        #expect(try ProgramRunner.run("jsjit-fuzz", ["--seed", "5", "--print"]).stdout == first.stdout)
    }

    @Test func runsProgramsInTheGivenConfigurations() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try ProgramRunner.run("jsjit-fuzz", ["--seed", "2", "--count", "2", "--configs", "interpreter,baseline", "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "2 programs from seed 2, 0 mismatching, 0 skipped\n")
        #expect(output.stderr.contains("seed 3: same output in 2 configurations"))
    }

    @Test func badOptionsAreRejected() throws {
        let configs = try ProgramRunner.run("jsjit-fuzz", ["--configs", "interpreter,fast", "--count", "1"])
        #expect(configs.status == 2)
        #expect(configs.stderr.contains("no configuration named 'fast'; there are: interpreter, baseline, auto"))
        let count = try ProgramRunner.run("jsjit-fuzz", ["--count", "0"])
        #expect(count.status != 0)
        #expect(count.stderr.contains("--count must be at least 1"))
        let print = try ProgramRunner.run("jsjit-fuzz", ["--print"])
        #expect(print.stderr.contains("--print needs --seed"))
        let jsjit = try ProgramRunner.run("jsjit-fuzz", ["--jsjit", "/nonexistent/jsjit", "--count", "1"])
        #expect(jsjit.status == 2)
        #expect(jsjit.stderr.contains("--jsjit /nonexistent/jsjit is not an executable"))
    }
}
