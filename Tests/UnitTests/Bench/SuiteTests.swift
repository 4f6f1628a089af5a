import BenchKit
import Foundation
import Testing

@Suite struct SuiteTests {
    static func directory(_ files: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("suite-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("console.log(1);\n".utf8).write(to: url)
        }
        return root
    }

    @Test func theSuiteIsEveryTopLevelProgramByName() throws {
        let root = try Self.directory(["b.js", "a.js", "notes.md", "smoke/quick.js"])
        defer { try? FileManager.default.removeItem(at: root) }
        let suite = try BenchmarkSuite(directory: root.path)
        #expect(suite.programs.map(\.name) == ["a", "b"])
        #expect(suite.programs[0].path == root.appendingPathComponent("a.js").path)
    }

    @Test func programsAreChosenByNameInTheGivenOrder() throws {
        let root = try Self.directory(["fib.js", "sieve.js", "nbody.js"])
        defer { try? FileManager.default.removeItem(at: root) }
        let suite = try BenchmarkSuite(directory: root.path)
        #expect(try suite.select(["sieve", "fib.js"]).map(\.name) == ["sieve", "fib"])
        #expect(try suite.select([]).map(\.name) == ["fib", "nbody", "sieve"])
    }

    @Test func anUnknownNameListsTheProgramsThereAre() throws {
        let root = try Self.directory(["fib.js", "sieve.js"])
        defer { try? FileManager.default.removeItem(at: root) }
        let suite = try BenchmarkSuite(directory: root.path)
        #expect(throws: BenchmarkError("no benchmark named 'fob' in \(root.path); there are: fib, sieve")) { try suite.select(["fob"]) }
    }

    @Test func aMissingDirectoryIsAClearError() {
        #expect(throws: BenchmarkError("no benchmark programs in /nonexistent-benchmarks (run from the package root or pass --benchmarks DIR)")) {
            try BenchmarkSuite(directory: "/nonexistent-benchmarks")
        }
    }

    @Test func theSmokeProgramLivesBesideTheSuite() throws {
        let root = try Self.directory(["fib.js", "smoke/quick.js"])
        defer { try? FileManager.default.removeItem(at: root) }
        let suite = try BenchmarkSuite(directory: root.path)
        #expect(try suite.smokeProgram().name == "quick")
        let empty = try Self.directory(["fib.js"])
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: BenchmarkError.self) { try BenchmarkSuite(directory: empty.path).smokeProgram() }
    }

    @Test func theRealSuiteCoversTheIssuesCategories() throws {
        // The repository's own Benchmarks/ (tests run from the package root).
        let suite = try BenchmarkSuite(directory: "Benchmarks")
        let names = Set(suite.programs.map(\.name))
        #expect(names.count >= 10)
        for name in ["fib", "int_loops", "float_loops", "sieve", "matrix", "properties", "nbody", "strings", "alloc_lists", "trees", "mixed"] {
            #expect(names.contains(name), "Benchmarks/\(name).js")
        }
        _ = try suite.smokeProgram()
    }
}
