import Foundation
import Testing
import TemplateGenKit

/// The real specs' output is compiled by every build, but they use only some operand-kind
/// combinations. This type-checks the output for the `every_feature` fixture (every role, width,
/// sign, effect, feedback and control value, a keyword-named opcode) with the Swift compiler,
/// proving the generated files are valid, self-contained Swift.
struct GeneratedCodeCompilesTests {
    @Test func outputForEveryFeatureTypeChecks() throws {
        let fixtures = FixtureTests.fixtures.appendingPathComponent("pass")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("compile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let specs = work.appendingPathComponent("Specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("every_feature.opcodes.yaml"), to: specs.appendingPathComponent("opcodes.yaml"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("minimal.layout.yaml"), to: specs.appendingPathComponent("layout.yaml"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("minimal.ir.yaml"), to: specs.appendingPathComponent("ir.yaml"))
        let specSet = try TemplateGenerator.load(specsDirectory: specs.path, displayRoot: work.path).get()
        let output = work.appendingPathComponent("out")
        try TemplateGenerator.write(TemplateGenerator.emit(specSet), to: output.path)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-swift-version", "6"] + TemplateGenerator.outputNames.map { output.appendingPathComponent($0).path }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let diagnostics = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "generated code does not compile:\n\(diagnostics)")
        #expect(!diagnostics.contains("warning:"), "generated code has warnings:\n\(diagnostics)")
    }
}
