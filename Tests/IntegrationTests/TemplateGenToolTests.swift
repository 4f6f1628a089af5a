import Foundation
import Testing

/// The TemplateGen executable, run the way SpecGenPlugin runs it during `swift build`.
struct TemplateGenToolTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let outputs = ["Layout.swift", "Opcodes.swift", "Instructions.swift", "Disassembly.swift", "BaselineTemplates.swift", "IROps.swift", "LoweringRules.swift"]

    static func scratchPackage() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pkg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Specs"), to: root.appendingPathComponent("Specs"))
        return root
    }

    static func runTool(root: URL, outputs: [String] = outputs) throws -> ProgramRunner.Output {
        try ProgramRunner.run("TemplateGen", ["--specs", root.appendingPathComponent("Specs").path, "--root", root.path,
                                              "--output-dir", root.appendingPathComponent("out").path] + outputs.flatMap { ["--output", $0] })
    }

    @Test func generatesTheFixedOutputs() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try Self.runTool(root: root)
        #expect(output.status == 0, "\(output.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path).sorted()
        #expect(written == Self.outputs.sorted())
    }

    @Test func aNewOpcodeRowBecomesANewCase() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Specs/opcodes.yaml")
        try (String(contentsOf: spec, encoding: .utf8) + "  - {name: Halt, doc: \"Stops.\", operands: [], control: return, baseline: {helper: step}}\n").write(to: spec, atomically: true, encoding: .utf8)
        let output = try Self.runTool(root: root)
        #expect(output.status == 0, "\(output.stderr)")
        let generated = try String(contentsOf: root.appendingPathComponent("out/Instructions.swift"), encoding: .utf8)
        #expect(generated.contains("/// Stops.\n    case halt\n"))
    }

    /// What `swift build` shows for a spec mistake: clickable `Specs/...:line:column: error:` lines
    /// for every problem, and a failing exit status.
    @Test func specMistakesFailWithClickableLines() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Specs/opcodes.yaml")
        let broken = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: "    operands: [dst: reg, src: reg]\n", with: "    operands: [dst: reg, src: reg]\n    efects: []\n")
        try broken.write(to: spec, atomically: true, encoding: .utf8)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("efects") }! + 1
        let output = try Self.runTool(root: root)
        #expect(output.status == 1)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Specs/opcodes.yaml:\(line):5: error: opcode 'Mov': field 'efects': unknown key; allowed keys are: name, doc, operands, effects, feedback, control, baseline")
        #expect(lines.last?.hasSuffix("error(s) in the specs") == true)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path), "nothing is written when the specs are wrong")
    }

    @Test func aPluginOutputListThatDisagreesIsRejected() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try Self.runTool(root: root, outputs: ["Opcodes.swift"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("update SpecGenPlugin.outputNames"))
    }
}
