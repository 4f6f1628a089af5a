import Foundation
import PackagePlugin

/// Runs TemplateGen on `Specs/` for the target that applies it. Thin on purpose: the list of
/// inputs and outputs lives here, the logic in TemplateGen. The outputs are a fixed list that the
/// tool always writes (it checks the list against its own and fails loudly if they disagree).
@main
struct SpecGenPlugin: BuildToolPlugin {
    /// Every file TemplateGen writes, whatever the specs say.
    static let outputNames = ["Layout.swift", "Opcodes.swift", "Instructions.swift", "Disassembly.swift", "BaselineTemplates.swift", "IROps.swift",
                              "LoweringRules.swift"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let packageDirectory = context.package.directoryURL
        let specs = packageDirectory.appending(path: "Specs")
        let tool = try context.tool(named: "TemplateGen")
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let specFiles = try FileManager.default.contentsOfDirectory(at: specs, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
        let outputs = Self.outputNames.map { outputDirectory.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "TemplateGen: generating \(target.name) code from Specs/",
                executable: tool.url,
                arguments: ["--specs", specs.path, "--root", packageDirectory.path, "--output-dir", outputDirectory.path]
                    + Self.outputNames.flatMap { ["--output", $0] },
                inputFiles: specFiles + [tool.url],
                outputFiles: outputs
            )
        ]
    }
}
