import Foundation
import Testing

/// `jsjit-bench` as a user runs it, from the package root (where `swift test` runs).
struct BenchCommandTests {
    @Test func listsTheSuite() throws {
        let output = try ProgramRunner.run("jsjit-bench", ["--list"])
        #expect(output.status == 0)
        let names = output.stdout.split(separator: "\n").map(String.init)
        #expect(names.count >= 10)
        #expect(names.contains("fib") && names.contains("nbody") && names.contains("mixed"))
        #expect(!names.contains("quick"), "the smoke program is not part of the suite")
    }

    @Test func anUnknownProgramIsAClearError() throws {
        let output = try ProgramRunner.run("jsjit-bench", ["fob"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("jsjit-bench: no benchmark named 'fob' in Benchmarks; there are: alloc_arrays, "))
    }

    @Test func badOptionsAreRejected() throws {
        let runs = try ProgramRunner.run("jsjit-bench", ["--runs", "0"])
        #expect(runs.status != 0)
        #expect(runs.stderr.contains("--runs must be at least 1"))
        let quickWithNames = try ProgramRunner.run("jsjit-bench", ["--quick", "fib"])
        #expect(quickWithNames.status != 0)
        #expect(quickWithNames.stderr.contains("--quick runs the smoke program only"))
    }

    @Test func theQuickSmokeRunWritesEveryReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try ProgramRunner.run("jsjit-bench", ["--quick", "--output", directory.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Median wall time (s)"))
        #expect(output.stdout.contains("quick 610 "), "the smoke program's checksum")
        #expect(output.stderr.contains("debug build"), "a debug build warns that its times say little")
        for file in ["results.md", "results.csv", "ratios.svg"] {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("quick"), "\(file) names the program")
        }
        let csv = try String(contentsOf: directory.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("program,status,checksum,interpreter seconds,baseline seconds,auto seconds"))
    }
}
