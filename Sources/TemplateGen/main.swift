import ArgumentParser
import Foundation
import TemplateGenKit

/// The build tool SpecGenPlugin runs: reads Specs/, validates them, writes the generated Swift.
/// On any spec error it prints every diagnostic as `path:line:column: error: ...` and exits 1,
/// which fails `swift build` with those lines.
struct TemplateGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "TemplateGen",
        abstract: "Generate the engine's Swift tables and emitters from Specs/*.yaml.")

    @Option(help: "The directory holding layout.yaml, opcodes.yaml, ir.yaml and lowering.x86_64.yaml.")
    var specs: String

    @Option(help: "Where to write the generated files.")
    var outputDir: String

    @Option(help: "The package directory; spec paths in diagnostics and comments are relative to it.")
    var root: String?

    @Option(help: "A file the caller expects; the list must match the generator's fixed outputs.")
    var output: [String] = []

    func run() throws {
        if !output.isEmpty && output != TemplateGenerator.outputNames {
            printError("TemplateGen: error: the plugin expects outputs \(output) but the generator writes \(TemplateGenerator.outputNames); update SpecGenPlugin.outputNames")
            throw ExitCode.failure
        }
        switch TemplateGenerator.load(specsDirectory: specs, displayRoot: root) {
        case .failure(let list):
            for diagnostic in list.diagnostics { printError(diagnostic.description) }
            printError("TemplateGen: \(list.diagnostics.count) error(s) in the specs")
            throw ExitCode.failure
        case .success(let specSet):
            try TemplateGenerator.write(TemplateGenerator.emit(specSet), to: outputDir)
        }
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

TemplateGen.main()
