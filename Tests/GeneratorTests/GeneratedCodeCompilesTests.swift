import Foundation
import Testing
import TemplateGenKit

/// The real specs' output is compiled by every build, but they use only some operand-kind
/// combinations and rule forms. This type-checks the output for the fixtures that use every
/// feature (`every_feature.opcodes.yaml`: every role, width, sign, effect, feedback and control
/// value, a keyword-named opcode; `every_key.lowering.yaml` with its IR and layout: every rule
/// key and kind of placeholder) with the Swift compiler, proving the generated files are valid
/// Swift. `LoweringRules.swift` is written against the assembler and the JIT's hand-written
/// backend types, so the check compiles the X64Assembler module and takes those types' real
/// source files (`RuleOperands.swift`, `IRCondition.swift`), not stand-ins that could drift.
struct GeneratedCodeCompilesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The hand-written JIT sources the generated lowering code calls.
    static let handWritten = ["Sources/JIT/Optimizing/Backend/RuleOperands.swift", "Sources/JIT/Optimizing/IR/IRCondition.swift"]

    @Test func outputForEveryFeatureTypeChecks() throws {
        let fixtures = FixtureTests.fixtures.appendingPathComponent("pass")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("compile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let specs = work.appendingPathComponent("Specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        for (fixture, spec) in [("every_feature.opcodes.yaml", "opcodes.yaml"), ("lowering_target.layout.yaml", "layout.yaml"),
                                ("lowering_target.ir.yaml", "ir.yaml"), ("every_key.lowering.yaml", "lowering.x86_64.yaml")] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: specs.appendingPathComponent(spec))
        }
        let specSet = try TemplateGenerator.load(specsDirectory: specs.path, displayRoot: work.path).get()
        let output = work.appendingPathComponent("out")
        try TemplateGenerator.write(TemplateGenerator.emit(specSet), to: output.path)

        let modules = work.appendingPathComponent("modules")
        try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
        let assemblerSources = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot.appendingPathComponent("Sources/X64Assembler").path)
            .filter { $0.hasSuffix(".swift") }.sorted().map { Self.packageRoot.appendingPathComponent("Sources/X64Assembler/\($0)").path }
        let module = try Self.swiftc(["-emit-module", "-parse-as-library", "-module-name", "X64Assembler", "-swift-version", "6",
                                      "-emit-module-path", modules.appendingPathComponent("X64Assembler.swiftmodule").path] + assemblerSources)
        #expect(module.status == 0, "X64Assembler does not compile as a module:\n\(module.diagnostics)")

        let generated = TemplateGenerator.outputNames.map { output.appendingPathComponent($0).path }
        let typeCheck = try Self.swiftc(["-typecheck", "-swift-version", "6", "-I", modules.path] + generated
                                        + Self.handWritten.map { Self.packageRoot.appendingPathComponent($0).path })
        #expect(typeCheck.status == 0, "generated code does not compile:\n\(typeCheck.diagnostics)")
        #expect(!typeCheck.diagnostics.contains("warning:"), "generated code has warnings:\n\(typeCheck.diagnostics)")
    }

    static func swiftc(_ arguments: [String]) throws -> (status: Int32, diagnostics: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc"] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let diagnostics = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, diagnostics)
    }
}
