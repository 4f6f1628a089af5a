import Foundation
import JIT
import Testing

/// The conformance corpus: JavaScript programs whose expected stdout (`.out`) and, for programs
/// that fail, error headline (`.err`) come from node (`Scripts/update-corpus.sh` regenerates
/// them). Every program must print exactly what node prints, in every tier.
struct CorpusProgram: CustomTestStringConvertible, Sendable {
    let name: String
    let path: String
    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static let all: [CorpusProgram] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".js") }.sorted().map {
            CorpusProgram(name: String($0.dropLast(3)), path: directory.appendingPathComponent($0).path)
        }
    }()

    var expectedOutput: String { (try? String(contentsOfFile: String(path.dropLast(3)) + ".out", encoding: .utf8)) ?? "<missing .out>" }
    var expectedError: String? {
        (try? String(contentsOfFile: String(path.dropLast(3)) + ".err", encoding: .utf8))?.trimmingCharacters(in: .newlines)
    }

    /// Runs the program in a fresh context; returns stdout and the error headline, if any.
    func run(tier: Tier) -> (output: String, error: String?) {
        var output = ""
        let context = ExecutionContext(options: ExecutionOptions(tier: tier), output: { output += $0 })
        do {
            let source = try String(contentsOfFile: path, encoding: .utf8)
            try context.run(source: source, file: name + ".js")
            return (output, nil)
        } catch let error as JsError {
            return (output, error.headline)
        } catch {
            return (output, "unreadable: \(error)")
        }
    }
}

@Suite struct CorpusTests {
    @Test func corpusIsLargeEnough() {
        #expect(CorpusProgram.all.count >= 80)
    }

    @Test(arguments: CorpusProgram.all)
    func interpreter(_ program: CorpusProgram) {
        let result = program.run(tier: .interpreter)
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
    }

    @Test(arguments: CorpusProgram.all)
    func auto(_ program: CorpusProgram) {
        let result = program.run(tier: .auto)
        #expect(result.output == program.expectedOutput)
        #expect(result.error == program.expectedError)
    }
}
