import BenchKit
import Foundation
import Testing

/// Programs that once ate the machine: an object given 20,000 properties and a program of
/// 50,000 top-level functions. Under a modest heap limit they finish with node's output, in
/// bounded memory, as node does.
@Suite final class ManyPropertiesProgramTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `source` with `--max-heap 256`; a minute at most (node takes a tenth of a second).
    func run(_ name: String, _ source: String, tier: String) throws -> ProcessResult {
        let url = directory.appendingPathComponent(name)
        try source.write(to: url, atomically: true, encoding: .utf8)
        let jsjit = ProgramRunner.productsDirectory.appendingPathComponent("jsjit").path
        return try ProcessRunner.run(jsjit, ["--tier", tier, "--max-heap", "256", url.path], timeout: 60)
    }

    static let maxResidentBytes = 1 << 30

    @Test(arguments: ["interpreter", "auto"])
    func anObjectWithTwentyThousandProperties(tier: String) throws {
        let source = """
            var o = {};
            for (var i = 0; i < 20000; i++) o['p' + i] = i;
            var sum = 0;
            for (var j = 0; j < 20000; j += 1000) sum += o['p' + j];
            console.log(o.p19999, o.p0, sum);

            """
        let result = try run("props.js", source, tier: tier)
        #expect(result.status == .exited(0))
        #expect(result.stdout == "19999 0 190000\n")
        #expect(result.stderr.isEmpty)
        #expect(result.peakResidentBytes < Self.maxResidentBytes)
    }

    @Test(arguments: ["interpreter", "auto"])
    func aProgramOfFiftyThousandFunctions(tier: String) throws {
        var source = (0..<50_000).map { "function f\($0)() { return \($0); }\n" }.joined()
        source += "var s = 0;\nfor (var i = 0; i < 10; i++) s += f0() + f25000() + f49999();\nconsole.log(s, f12345());\n"
        let result = try run("functions.js", source, tier: tier)
        #expect(result.status == .exited(0))
        #expect(result.stdout == "749990 12345\n")
        #expect(result.stderr.isEmpty)
        #expect(result.peakResidentBytes < Self.maxResidentBytes)
    }
}
