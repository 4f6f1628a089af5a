import Foundation
import Testing
import TemplateGenKit

/// Spec fixtures under Fixtures/: every `pass/` file must validate, and every `fail/` file must
/// produce exactly the diagnostics its `# expect: LINE:COLUMN: error: MESSAGE` lines state.
/// The file name says which spec it is: `*.opcodes.yaml`, `*.layout.yaml`, `*.ir.yaml` or
/// `*.lowering.yaml`; lowering fixtures are checked against `pass/lowering_target.ir.yaml` and
/// `pass/lowering_target.layout.yaml`, the IR and layout their rules are written for.
struct FixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func names(in folder: String) -> [String] {
        let directory = fixtures.appendingPathComponent(folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func check(_ folder: String, _ name: String) throws -> (expected: [String], actual: [String]) {
        let text = try String(contentsOf: fixtures.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
        return try check(text: text, name: name)
    }

    /// Templates in opcodes fixtures are assembled with the names of `pass/minimal.layout.yaml`.
    static let layoutSymbols: [String: Int64] = {
        let path = fixtures.appendingPathComponent("pass/minimal.layout.yaml").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let node = try? YAMLLoader.load(text, file: path) else { return [:] }
        return LayoutSpec.decode(node, file: path, sink: DiagnosticSink()).templateSymbols
    }()

    /// A pass fixture, decoded by `decode`: the spec other fixtures are checked against.
    static func decoded<Spec>(_ name: String, _ decode: (YAMLNode, String, DiagnosticSink) -> Spec) -> Spec? {
        let path = fixtures.appendingPathComponent("pass").appendingPathComponent(name).path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let node = try? YAMLLoader.load(text, file: name) else { return nil }
        return decode(node, name, DiagnosticSink())
    }

    static let loweringIR = decoded("lowering_target.ir.yaml") { IRSpec.decode($0, file: $1, sink: $2) }
    static let loweringLayout = decoded("lowering_target.layout.yaml") { LayoutSpec.decode($0, file: $1, sink: $2) }

    static func kind(of name: String) throws -> TemplateGenerator.SpecKind {
        if name.hasSuffix(".layout.yaml") { return .layout }
        if name.hasSuffix(".ir.yaml") { return .ir }
        if name.hasSuffix(".lowering.yaml") {
            return .lowering(ir: try #require(loweringIR), layout: try #require(loweringLayout))
        }
        return .opcodes
    }

    static func check(text: String, name: String) throws -> (expected: [String], actual: [String]) {
        let kind = try kind(of: name)
        let diagnostics = TemplateGenerator.check(text: text, file: name, as: kind, symbols: layoutSymbols)
        let expected = text.split(separator: "\n").compactMap { line -> String? in
            line.hasPrefix("# expect: ") ? String(line.dropFirst("# expect: ".count)) : nil
        }
        // Drop the file name: each expectation is LINE:COLUMN: error: MESSAGE within its own file.
        let actual = diagnostics.map { "\($0.mark.line):\($0.mark.column): error: \($0.message)" }
        return (expected, actual)
    }

    @Test func thereAreFixturesOfBothKinds() {
        #expect(Self.names(in: "pass").count >= 3)
        #expect(Self.names(in: "fail").count >= 10)
    }

    @Test(arguments: names(in: "pass"))
    func passFixtureValidates(_ name: String) throws {
        let (_, actual) = try Self.check("pass", name)
        #expect(actual == [], "\(name) should validate")
    }

    @Test(arguments: names(in: "fail"))
    func failFixtureReportsExactlyItsDiagnostics(_ name: String) throws {
        if ProcessInfo.processInfo.environment["UPDATE_FIXTURES"] == "1" { try Self.regenerate(name) }
        let (expected, actual) = try Self.check("fail", name)
        #expect(!expected.isEmpty, "\(name) states no '# expect:' line")
        #expect(actual == expected, "\(name)")
    }

    /// `UPDATE_FIXTURES=1 swift test --filter GeneratorTests` rewrites each fail fixture's
    /// `# expect:` header from what the generator reports now; review the diff before committing.
    /// The header's own length moves the lines below it, so it iterates to a fixed point.
    static func regenerate(_ name: String) throws {
        let url = fixtures.appendingPathComponent("fail").appendingPathComponent(name)
        var text = try String(contentsOf: url, encoding: .utf8)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("# expect: ") }.joined(separator: "\n")
        for _ in 0..<4 {
            let (_, actual) = try check(text: text, name: name)
            let next = actual.map { "# expect: \($0)\n" }.joined() + body
            if next == text { break }
            text = next
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
