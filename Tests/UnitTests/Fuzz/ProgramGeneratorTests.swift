import BenchKit
import Foundation
import FuzzKit
import JIT
import Testing

@Suite struct ProgramGeneratorTests {
    let generator = ProgramGenerator()

    @Test func aSeedDeterminesTheProgram() {
        #expect(generator.program(seed: 12) == generator.program(seed: 12))
        #expect(generator.program(seed: 12) != generator.program(seed: 13))
        #expect(generator.program(seed: 12).hasPrefix("// jsjit-fuzz program, seed 12\n"))
    }

    /// Every program is in the language the engine supports: it compiles (no closures over an
    /// enclosing function's locals, no unsupported syntax).
    @Test(arguments: 0..<60)
    func programsCompile(seed: UInt64) throws {
        let source = generator.program(seed: seed)
        do {
            _ = try ExecutionContext.compile(source: source, file: "seed-\(seed).js")
        } catch {
            Issue.record("seed \(seed): \(error.headline)\n\(source)")
        }
    }

    /// Each program has a loop hot enough to tier up in the auto tier (thresholds 500/1000),
    /// and a function called in it with arguments that change partway.
    @Test func programsAreHot() {
        var switching = 0
        for seed in UInt64(0)..<40 {
            let source = generator.program(seed: seed)
            let hot = source.contains("< 1200;") || source.contains("< 2000;") || source.contains("< 3000;")
            #expect(hot, "seed \(seed) has a hot loop")
            if source.range(of: #"\(h[0-9]+ < [0-9]+ \?"#, options: .regularExpression) != nil { switching += 1 }
        }
        #expect(switching >= 20, "most programs call a hot function with arguments that switch type")
    }

    @Test func theProductionTablesCoverTheLanguage() {
        let text = (UInt64(0)..<80).map { generator.program(seed: $0) }.joined()
        for construct in ["function ", "=> (", "while (", "do {", "for (let", "break", "continue", "console.log(", "new Array(",
                          ".push(", ".pop()", ".length = ", ".slice(", ".join(", ".indexOf(", ".charCodeAt(", "String.fromCharCode(",
                          "Math.", "typeof ", " ? ", "&&", "||", ">>>", "**", "++", "const ", "var ", "let ", "} else {", ": for (", "{ "] {
            #expect(text.contains(construct), "some program uses \(construct)")
        }
    }

    /// node runs what the generator writes: it terminates, prints, and throws only where a
    /// program ends with an error on purpose.
    @Test func nodeRunsThePrograms() throws {
        guard let node = ProcessRunner.which("node") else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("generator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for seed in UInt64(100)..<106 {
            let source = generator.program(seed: seed)
            let file = directory.appendingPathComponent("seed-\(seed).js")
            try Data(source.utf8).write(to: file)
            let result = try ProcessRunner.run(node, [file.path], timeout: 30)
            #expect(!result.timedOut, "seed \(seed) terminates")
            #expect(result.stdout.split(separator: "\n").count >= 3, "seed \(seed) prints")
            let lastLine = source.split(separator: "\n").last.map(String.init) ?? ""
            let endsWithError = ["notDeclared", "fixed = 2", ".missing.", "();"].contains { lastLine.contains($0) }
            #expect(result.status == .exited(endsWithError ? 1 : 0), "seed \(seed): \(result.stderr)")
        }
    }
}
