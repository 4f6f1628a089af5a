import Foundation
import Testing

/// The README's examples are what the engine prints today, and the documentation stands alone
/// in a clone: no link leaves the repository.
@Suite struct ReadmeExamplesTests {
    /// The repository's root, found from this file (Tests/IntegrationTests/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines the README shows under `$ command` in a code block, up to the block's end.
    func readmeOutput(of command: String) throws -> [String] {
        let readme = Self.lines(try Self.text("README.md"))
        guard let start = readme.firstIndex(of: "$ " + command) else {
            Issue.record("the README does not show `$ \(command)`")
            return []
        }
        return Array(readme[(start + 1)...].prefix { $0 != "```" })
    }

    /// The README's own documents: README.md and every file under docs/.
    func documents() throws -> [String] {
        let docs = Self.root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }
        return ["README.md"] + names.sorted().map { "docs/" + $0 }
    }

    @Test func theErrorExampleIsWhatJsjitAndNodePrint() throws {
        let program = Self.root.appendingPathComponent("Examples/bad.js").path
        let output = try ProgramRunner.run("jsjit", [program])
        #expect(output.status == 1)
        #expect(output.stdout == (try Self.text("Examples/bad.out")))
        // jsjit names the file as it was given; the README runs it from the repository's root.
        let stderr = output.stderr.replacingOccurrences(of: program, with: "Examples/bad.js")
        let shown = try readmeOutput(of: "swift run jsjit Examples/bad.js")
        #expect(shown == Self.lines(output.stdout + stderr).dropLast(), "the README shows stdout, then stderr")
        // Examples/bad.err is node's headline for the program (as the corpus's .err files).
        let nodeHeadline = try Self.text("Examples/bad.err").trimmingCharacters(in: .newlines)
        #expect(Self.lines(stderr).first == nodeHeadline)
    }

    @Test func theDisassembleExampleIsValidBytecode() throws {
        let rows = Self.lines(try Self.text("README.md")).filter { $0.hasPrefix("| `--disassemble HEX` |") }
        try #require(rows.count == 1, "the options table has one --disassemble row")
        let row = rows[0]
        let quoted = row.split(separator: "\"", omittingEmptySubsequences: false)
        try #require(quoted.count >= 3, "the row quotes its example: \(row)")
        let output = try ProgramRunner.run("jsjit", ["--disassemble", String(quoted[1])])
        #expect(output.status == 0)
        #expect(!output.stdout.isEmpty && !output.stdout.contains("<"), "disassembles without an error: \(output.stdout)")
        #expect(row.contains(output.stdout.split(separator: "\n").first.map { String($0.dropFirst(6)) } ?? "?"),
                "the row names what it disassembles to: \(output.stdout)")
    }

    @Test func theStatsExampleShowsTheRunsOSRAndDeopts() throws {
        let command = "swift run jsjit --tier optimizing --stats Tests/IntegrationTests/Corpus/deopt_int_overflow.js"
        let shown = try readmeOutput(of: command)
        let arguments = command.split(separator: " ").dropFirst(3).map(String.init)
        let output = try ProgramRunner.run("jsjit", arguments.dropLast() + [Self.root.appendingPathComponent(arguments.last!).path])
        #expect(output.status == 0)
        // Times vary from run to run; the counts of OSR entries and deopts do not.
        let counts = { (lines: [String]) in lines.filter { $0.hasPrefix("OSR entries") || $0.hasPrefix("  deopts,") } }
        let printed = counts(Self.lines(output.stderr))
        #expect(!printed.isEmpty)
        #expect(counts(shown) == printed)
    }

    @Test func noDocumentPointsOutsideTheRepository() throws {
        let documents = try documents()
        #expect(documents.contains("docs/ARCHITECTURE.md"))
        for document in documents {
            let text = try Self.text(document)
            let pointsOutside = text.contains("../shared"), citesDesign = text.contains("DESIGN")
            #expect(!pointsOutside, "\(document) points at ../shared")
            #expect(!citesDesign, "\(document) cites a design document a clone does not have")
        }
        let linksArchitecture = try Self.text("README.md").contains("docs/ARCHITECTURE.md")
        #expect(linksArchitecture)
    }

    @Test func everyRelativeLinkOfTheDocumentsResolves() throws {
        let link = #/\]\(([^)\s]+)\)/#
        for document in try documents() {
            let directory = Self.root.appendingPathComponent(document).deletingLastPathComponent()
            for match in (try Self.text(document)).matches(of: link) {
                let target = String(match.1)
                if target.hasPrefix("http") || target.hasPrefix("#") { continue }
                let path = String(target.split(separator: "#", maxSplits: 1).first ?? "")
                #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path),
                        "\(document) links to \(target), which is not in the repository")
            }
        }
    }
}
