import BenchKit
import Foundation
import Testing

/// `jsjit FILE` as a user runs it: stdout, stderr and the exit status.
@Suite final class CommandLineProgramTests {
    /// A fresh directory for this test's JavaScript files, removed afterwards.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `source` to `name` in the test directory and returns its path.
    func write(_ name: String, _ source: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try source.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func jsjit(_ arguments: String...) throws -> ProgramRunner.Output {
        try ProgramRunner.run("jsjit", arguments)
    }

    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: Running programs

    @Test func aGoodProgramExitsZeroWithItsOutput() throws {
        let file = try write("good.js", "var parts = ['a', 'b'];\nconsole.log(1 + 2, parts, parts.join('-'));\n")
        let output = try jsjit(file)
        #expect(output.status == 0)
        #expect(output.stdout == "3 [ 'a', 'b' ] a-b\n")
        #expect(output.stderr.isEmpty)
    }

    @Test func outputPastTheBufferComesOutWholeAndInOrderBeforeAnError() throws {
        // 30,000 lines are about 200 KB: several flushes of the 64 KB output buffer, then the
        // rest at exit, then the error.
        let file = try write("many.js", "for (var i = 0; i < 30000; i++) console.log('line', i);\nnull.x;\n")
        let output = try jsjit(file)
        #expect(output.status == 1)
        let printed = lines(output.stdout)
        #expect(printed.count == 30_001)
        #expect(printed.dropLast().enumerated().allSatisfy { $0.element == "line \($0.offset)" })
        #expect(output.stderr.hasPrefix("TypeError: Cannot read properties of null (reading 'x')"))
    }

    @Test func aFailingProgramKeepsItsOutputAndReportsTheErrorOnStderr() throws {
        let file = try write("fail.js", "console.log('before');\nvar o = undefined;\nvar y = o.x;\nconsole.log('after');\n")
        let output = try jsjit(file)
        #expect(output.status == 1)
        #expect(output.stdout == "before\n")
        let stderr = lines(output.stderr)
        try #require(stderr.count >= 2)
        #expect(stderr[0] == "TypeError: Cannot read properties of undefined (reading 'x')")
        #expect(stderr[1].hasPrefix("    at \(file):3:"))
        #expect(Int(stderr[1].dropFirst("    at \(file):3:".count)) != nil, "a column follows the line: \(stderr[1])")
        #expect(stderr.dropFirst(2).allSatisfy { $0.isEmpty }, "nothing else on stderr")
    }

    @Test func runawayRecursionExitsOneWithARangeError() throws {
        let file = try write("deep.js", "function f() { return f(); }\nf();\n")
        let output = try jsjit(file)
        #expect(output.status == 1)
        #expect(lines(output.stderr).first == "RangeError: Maximum call stack size exceeded")
    }

    @Test func aSyntaxErrorExitsOneBeforeRunningAnything() throws {
        let file = try write("syntax.js", "console.log('never printed');\nvar = 1;\n")
        let output = try jsjit(file)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let stderr = lines(output.stderr)
        try #require(stderr.count >= 2)
        #expect(stderr[0].hasPrefix("SyntaxError: "))
        #expect(stderr[1].hasPrefix("    at \(file):2:"))
    }

    // MARK: Options

    static let nestedProgram = """
        function outer() {
          function inner() { return 40; }
          return inner() + 2;
        }
        console.log(outer());

        """

    @Test func printBytecodeShowsEveryFunction() throws {
        let file = try write("nested.js", Self.nestedProgram)
        let output = try jsjit("--print-bytecode", file)
        #expect(output.status == 0)
        for header in ["function (program) (", "function outer (", "function inner ("] {
            #expect(output.stdout.contains(header), "\(header) missing")
        }
        #expect(output.stdout.contains("functions: f0 = outer"))
        #expect(output.stdout.contains("functions: f0 = inner"))
        #expect(output.stdout.contains("Return"))
        #expect(output.stdout.contains("42\n"), "the program still runs")
        let withoutListing = try jsjit(file)
        #expect(withoutListing.stdout == "42\n")
    }

    @Test
    func printBytecodeListsBeforeTheProgramsOutput() throws {
        let file = try write("nested.js", Self.nestedProgram)
        let output = try jsjit("--print-bytecode", file)
        #expect(output.stdout.hasPrefix("function (program) ("))
        #expect(output.stdout.hasSuffix("\n42\n"))
    }

    @Test func statsGoToStderrNotStdout() throws {
        let file = try write("loop.js", "var s = 0;\nfor (var i = 0; i < 50; i++) s += i;\nconsole.log(s);\n")
        let output = try jsjit("--stats", file)
        #expect(output.status == 0)
        #expect(output.stdout == "1225\n")
        #expect(output.stderr.contains("instructions executed: "))
        #expect(output.stderr.contains("back edges: 50"))
        #expect(output.stderr.contains("inline caches: "))
        #expect(output.stderr.contains("bytes allocated"))
        #expect(output.stderr.contains("garbage collections: "))
        #expect(output.stderr.contains("peak resident set: "))
    }

    @Test func statsJSONGoesToTheNamedFile() throws {
        let file = try write("json-stats.js", "function f(n) { return n * 2; }\nconsole.log(f(21));\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try jsjit("--stats-json", path, file)
        #expect(output.status == 0)
        #expect(output.stdout == "42\n")
        #expect(output.stderr.isEmpty, "JSON statistics do not print the text ones")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let bytecode = object?["bytecodeCompiler"] as? [String: Any]
        #expect(bytecode?["functionsCompiled"] as? Int == 2)
        #expect(object?["osrEntries"] as? Int == 0)
        let unwritable = try jsjit("--stats-json", "/nonexistent-dir/stats.json", file)
        #expect(unwritable.status != 0)
        #expect(unwritable.stderr.contains("cannot write statistics to /nonexistent-dir/stats.json"))
    }

    @Test(arguments: ["interpreter", "baseline", "auto"])
    func heapLimitIsARangeErrorWithStatusOne(tier: String) throws {
        let file = try write("oom.js", "console.log('before');\nvar list = null;\nwhile (true) { list = { next: list, pad: [1, 2, 3] }; }\n")
        let output = try jsjit("--tier", tier, "--max-heap", "16", file)
        #expect(output.status == 1)
        #expect(output.stdout == "before\n")
        #expect(output.stderr.hasPrefix("RangeError: out of memory (heap limit 16 MB)\n    at "))
        let bad = try jsjit("--max-heap", "0", file)
        #expect(bad.status != 0)
        #expect(bad.stderr.hasPrefix("Error: The value '0' is invalid for '--max-heap <MB>': must be a positive integer"))
    }

    @Test func gcStressCollectsAndKeepsTheOutput() throws {
        let file = try write("stress.js", "var a = [];\nfor (var i = 0; i < 200; i++) a.push({ v: 'x' + i });\nconsole.log(a[199].v, a.length);\n")
        let output = try jsjit("--gc-stress", "--stats", file)
        #expect(output.stdout == "x199 200\n")
        let collections = output.stderr.split(separator: "\n").first { $0.hasPrefix("garbage collections: ") }
        let count = collections.flatMap { Int($0.dropFirst("garbage collections: ".count).prefix { $0.isNumber }) }
        #expect((count ?? 0) >= 400, "a collection at every allocation")
        let every10 = try jsjit("--gc-stress", "--gc-stress-interval", "10", file)
        #expect(every10.stdout == "x199 200\n")
    }

    @Test func statsArePrintedEvenWhenTheProgramFails() throws {
        let file = try write("stats-fail.js", "console.log(1);\nnull.x;\n")
        let output = try jsjit("--stats", file)
        #expect(output.status == 1)
        #expect(output.stdout == "1\n")
        #expect(output.stderr.contains("instructions executed: "))
        #expect(output.stderr.contains("TypeError: Cannot read properties of null (reading 'x')"))
    }

    @Test func baselineThresholdSetsWhenCodeTiersUp() throws {
        let file = try write("hot.js", "function f(x) { return x + 1; }\nvar s = 0;\nfor (var i = 0; i < 30; i++) s = f(s);\nconsole.log(s);\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tierup-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try jsjit("--baseline-threshold", "10", "--stats-json", path, file)
        #expect(output.stdout == "30\n")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        #expect((object?["baselineJIT"] as? [String: Any])?["functionsCompiled"] as? Int == 2, "f at its 11th call, the program by OSR")
        #expect(object?["osrEntries"] as? Int == 1)
        let bad = try jsjit("--baseline-threshold", "0", file)
        #expect(bad.status != 0 && bad.status != 1)
        #expect(bad.stderr.hasPrefix("Error: The value '0' is invalid for '--baseline-threshold <N>': must be a positive integer"))
    }

    @Test func printCodeListsEachCompiledFunctionBeforeItRuns() throws {
        let file = try write("code.js", Self.nestedProgram)
        let output = try jsjit("--tier", "baseline", "--print-code", file)
        #expect(output.status == 0)
        for name in ["(program)", "outer", "inner"] {
            #expect(output.stdout.contains("baseline code for function \(name) (\(file)): "), "\(name) missing")
        }
        #expect(output.stdout.contains("; 0000  "), "bytecode annotations")
        #expect(output.stdout.hasSuffix("\n42\n"), "listings come before the output")
        let auto = try jsjit("--print-code", file)
        #expect(auto.stdout == "42\n", "nothing is hot enough to compile")
    }

    @Test func perfMapNamesEveryCompiledFunction() throws {
        let unique = "traced_\(UUID().uuidString.prefix(8))"
        let file = try write("perf.js", "function \(unique)() { return 1; }\nconsole.log(\(unique)());\n")
        let started = Date()
        let output = try jsjit("--tier", "baseline", "--perf-map", file)
        #expect(output.stdout == "1\n")
        let maps = try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter { $0.hasPrefix("perf-") && $0.hasSuffix(".map") }
        let texts = maps.compactMap { name -> String? in
            let path = "/tmp/\(name)"
            guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  date >= started.addingTimeInterval(-1) else { return nil }
            return try? String(contentsOfFile: path, encoding: .utf8)
        }
        let text = try #require(texts.first { $0.contains("JS:\(unique) ") })
        let line = try #require(text.split(separator: "\n").first { $0.contains("JS:\(unique) ") })
        let fields = line.split(separator: " ")
        #expect(UInt(fields[0], radix: 16) != nil && UInt(fields[1], radix: 16) != nil, "start and size in hex: \(line)")
        #expect(text.contains("JS:(program) "))
    }

    @Test(arguments: ["interpreter", "baseline", "auto"])
    func everyTierNameRunsTheProgram(tier: String) throws {
        let file = try write("tier.js", "var o = { n: 0 };\nfor (var i = 0; i < 10; i++) o.n += i;\nconsole.log(o);\n")
        let output = try jsjit("--tier", tier, file)
        #expect(output.status == 0)
        #expect(output.stdout == "{ n: 45 }\n")
        #expect(output.stderr.isEmpty)
    }

    // MARK: Usage errors

    @Test func anUnknownTierIsAUsageError() throws {
        let file = try write("any.js", "console.log('should not run');\n")
        let output = try jsjit("--tier", "bogus", file)
        #expect(output.status != 0 && output.status != 1, "a usage error, not a program error")
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("'bogus'"))
        #expect(output.stderr.contains("--tier"))
    }

    @Test func aMissingFileArgumentIsAUsageError() throws {
        let output = try jsjit()
        #expect(output.status != 0 && output.status != 1)
        #expect(output.stderr.contains("Missing expected argument '<file>'"))
        #expect(output.stdout.isEmpty)
    }

    // MARK: Files node cannot load

    /// node's first line for a file it cannot resolve: `Cannot find module` with the absolute
    /// path, status 1, nothing else.
    @Test func aMissingFileIsNodesCannotFindModule() throws {
        let missing = directory.appendingPathComponent("does-not-exist.js").path
        let output = try jsjit(missing)
        #expect(output.status == 1)
        #expect(output.stderr == "Error: Cannot find module '\(missing)'\n")
        #expect(output.stdout.isEmpty)
    }

    @Test func aRelativeMissingPathIsReportedAbsolute() throws {
        let output = try jsjit("./no/../not-here.js")
        #expect(output.status == 1)
        let cwd = FileManager.default.currentDirectoryPath
        #expect(output.stderr == "Error: Cannot find module '\(cwd == "/" ? "" : cwd)/not-here.js'\n")
    }

    @Test func aDirectoryIsNodesCannotFindModule() throws {
        let folder = directory.appendingPathComponent("folder.js")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = try jsjit(folder.path)
        #expect(output.status == 1)
        #expect(output.stderr == "Error: Cannot find module '\(folder.path)'\n")
    }

    /// A file without read permission: node's `EACCES` line. Root reads every file, so as root
    /// the program runs as `nobody` (through setpriv) to see the refusal.
    @Test func anUnreadableFileIsNodesPermissionDenied() throws {
        let file = try write("secret.js", "console.log('never printed');\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        let jsjitPath = ProgramRunner.productsDirectory.appendingPathComponent("jsjit").path
        let result = geteuid() == 0
            // A coverage build writes its profile where nobody may not: to /dev/null instead.
            ? try ProcessRunner.run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "LLVM_PROFILE_FILE=/dev/null", jsjitPath, file])
            : try ProcessRunner.run(jsjitPath, [file])
        #expect(result.status == .exited(1))
        #expect(result.stderr == "Error: EACCES: permission denied, open '\(file)'\n")
        #expect(result.stdout.isEmpty)
    }

    /// Bytes that are not UTF-8 decode as node decodes them: each bad sequence is U+FFFD.
    @Test func aFileThatIsNotUTF8IsDecodedWithReplacementCharacters() throws {
        let url = directory.appendingPathComponent("latin1.js")
        let bytes: [UInt8] = Array("console.log('caf".utf8) + [0xE9] + Array("', 'ok', '".utf8) + [0xF0, 0x9F, 0x98] + Array("');\n".utf8)
        try Data(bytes).write(to: url)
        let output = try jsjit(url.path)
        #expect(output.status == 0)
        #expect(output.stdout == "caf\u{FFFD} ok \u{FFFD}\n")
    }

    // MARK: Option values

    @Test(arguments: [
        ["--opt-threshold", "-5"], ["--opt-threshold", "0"], ["--max-heap", "0"], ["--max-heap", "-1"],
        ["--gc-stress-interval", "0"], ["--baseline-threshold", "-1"], ["--baseline-threshold", "0"],
    ])
    func anInvalidNumericOptionSaysTheValueIsInvalid(option: [String]) throws {
        let file = try write("any.js", "console.log('should not run');\n")
        let output = try ProgramRunner.run("jsjit", option + [file])
        #expect(output.status != 0 && output.status != 1, "a usage error, not a program error")
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("Error: The value '\(option[1])' is invalid for '\(option[0]) <"), "\(output.stderr)")
        #expect(output.stderr.contains("must be a positive"))
    }

    @Test func aNumericOptionThatIsNotANumberSaysTheValueIsInvalid() throws {
        let output = try jsjit("--max-heap", "lots", "any.js")
        #expect(output.status != 0 && output.status != 1)
        #expect(output.stderr.hasPrefix("Error: The value 'lots' is invalid for '--max-heap <MB>': not an integer"))
        let huge = try jsjit("--max-heap", "99999999999999", "any.js")
        #expect(huge.status != 0 && huge.status != 1)
        #expect(huge.stderr.hasPrefix("Error: The value '99999999999999' is invalid for '--max-heap <MB>': must be at most"))
    }
}

/// The README's main job runs Examples/showcase.js; it must keep printing what node prints.
@Suite struct MainJobTests {
    @Test func showcasePrintsWhatNodePrints() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
        let output = try ProgramRunner.run("jsjit", [examples.appendingPathComponent("showcase.js").path])
        let expected = try String(contentsOf: examples.appendingPathComponent("showcase.out"), encoding: .utf8)
        #expect(output.status == 0)
        #expect(output.stdout == expected)
    }
}
