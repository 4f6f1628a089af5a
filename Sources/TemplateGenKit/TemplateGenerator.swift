import Foundation
import X64Assembler

/// One generated Swift file.
public struct GeneratedFile: Sendable, Equatable {
    public var name: String
    public var contents: String
}

/// The validated specs, ready to emit.
public struct SpecSet: Sendable {
    public var layout: LayoutSpec
    public var opcodes: OpcodeSpec
    public var ir: IRSpec
    public var lowering: LoweringSpec
    /// The opcodes' baseline templates, assembled with the layout's symbols, by opcode name.
    public var baselineTemplates: [String: AssembledTemplate] = [:]

    public init(layout: LayoutSpec, opcodes: OpcodeSpec, ir: IRSpec, lowering: LoweringSpec = LoweringSpec(file: TemplateGenerator.loweringFileName),
                baselineTemplates: [String: AssembledTemplate] = [:]) {
        self.layout = layout
        self.opcodes = opcodes
        self.ir = ir
        self.lowering = lowering
        self.baselineTemplates = baselineTemplates
    }
}

/// The generator's pipeline: read spec files → YAML nodes with marks → typed, validated spec
/// model → Swift text → files written only when their contents change.
public enum TemplateGenerator {
    /// The fixed set of files every run writes, whatever the specs hold.
    public static let outputNames = ["Layout.swift", "Opcodes.swift", "Instructions.swift", "Disassembly.swift", "BaselineTemplates.swift", "IROps.swift",
                                     "LoweringRules.swift"]

    public static let layoutFileName = "layout.yaml"
    public static let opcodesFileName = "opcodes.yaml"
    public static let irFileName = "ir.yaml"
    public static let loweringFileName = "lowering.x86_64.yaml"

    /// Loads and validates the specs in `specsDirectory`. Diagnostics name each file by its path
    /// relative to `displayRoot` (the package directory), so `swift build` shows clickable
    /// `Specs/opcodes.yaml:12:5: error: ...` lines.
    public static func load(specsDirectory: String, displayRoot: String?) -> Result<SpecSet, DiagnosticList> {
        let sink = DiagnosticSink()
        let layoutPath = specsDirectory + "/" + layoutFileName
        let opcodesPath = specsDirectory + "/" + opcodesFileName
        let irPath = specsDirectory + "/" + irFileName
        let loweringPath = specsDirectory + "/" + loweringFileName
        let layoutNode = loadYAML(layoutPath, display: displayPath(layoutPath, root: displayRoot), sink: sink)
        let opcodesNode = loadYAML(opcodesPath, display: displayPath(opcodesPath, root: displayRoot), sink: sink)
        let layout = layoutNode.map { LayoutSpec.decode($0, file: displayPath(layoutPath, root: displayRoot), sink: sink) }
        let opcodes = opcodesNode.map { OpcodeSpec.decode($0, file: displayPath(opcodesPath, root: displayRoot), sink: sink) }
        let irNode = loadYAML(irPath, display: displayPath(irPath, root: displayRoot), sink: sink)
        let ir = irNode.map { IRSpec.decode($0, file: displayPath(irPath, root: displayRoot), sink: sink) }
        let loweringNode = loadYAML(loweringPath, display: displayPath(loweringPath, root: displayRoot), sink: sink)
        // The rules are checked against the IR's ops and the layout's names, so only once both are
        // sound: a broken op or constant does not cascade into errors on every rule that uses it.
        let layoutAndIRFiles = [layoutPath, irPath].map { displayPath($0, root: displayRoot) }
        var lowering: LoweringSpec?
        if let loweringNode, let layout, let ir, !sink.diagnostics.contains(where: { layoutAndIRFiles.contains($0.file) }) {
            lowering = LoweringSpec.decode(loweringNode, file: displayPath(loweringPath, root: displayRoot), ir: ir, layout: layout, sink: sink)
        }
        guard !sink.hasErrors, let layout, let opcodes, let ir, let lowering else { return .failure(DiagnosticList(sink.sorted)) }
        // Templates need both files: they are written against the layout's names.
        let templates = opcodes.assembleBaselineTemplates(symbols: layout.templateSymbols, sink: sink)
        guard !sink.hasErrors else { return .failure(DiagnosticList(sink.sorted)) }
        return .success(SpecSet(layout: layout, opcodes: opcodes, ir: ir, lowering: lowering, baselineTemplates: templates))
    }

    /// Validates one spec given as text; the generator tests use this on fixtures. An opcodes
    /// spec's templates are assembled with `symbols` (a layout's `templateSymbols`); lowering
    /// rules are checked against the IR and layout their kind carries.
    public static func check(text: String, file: String, as kind: SpecKind, symbols: [String: Int64] = [:]) -> [Diagnostic] {
        let sink = DiagnosticSink()
        do {
            let node = try YAMLLoader.load(text, file: file)
            switch kind {
            case .layout: _ = LayoutSpec.decode(node, file: file, sink: sink)
            case .opcodes:
                let opcodes = OpcodeSpec.decode(node, file: file, sink: sink)
                _ = opcodes.assembleBaselineTemplates(symbols: symbols, sink: sink)
            case .ir: _ = IRSpec.decode(node, file: file, sink: sink)
            case .lowering(let ir, let layout): _ = LoweringSpec.decode(node, file: file, ir: ir, layout: layout, sink: sink)
            }
        } catch {
            sink.append(error)
        }
        return sink.sorted
    }

    public enum SpecKind: Sendable {
        case layout, opcodes, ir
        /// Lowering rules, checked against the IR they lower and the layout their code names.
        case lowering(ir: IRSpec, layout: LayoutSpec)
    }

    /// The Swift text of every output file, in `outputNames` order.
    public static func emit(_ specs: SpecSet) -> [GeneratedFile] {
        [
            GeneratedFile(name: "Layout.swift", contents: LayoutEmitter(spec: specs.layout).emit()),
            GeneratedFile(name: "Opcodes.swift", contents: OpcodeEmitter(spec: specs.opcodes).emit()),
            GeneratedFile(name: "Instructions.swift", contents: InstructionEmitter(spec: specs.opcodes).emit()),
            GeneratedFile(name: "Disassembly.swift", contents: DisassemblyEmitter(spec: specs.opcodes).emit()),
            GeneratedFile(name: "BaselineTemplates.swift", contents: BaselineEmitter(spec: specs.opcodes, templates: specs.baselineTemplates).emit()),
            GeneratedFile(name: "IROps.swift", contents: IREmitter(spec: specs.ir).emit()),
            GeneratedFile(name: "LoweringRules.swift", contents: LoweringEmitter(spec: specs.lowering, ir: specs.ir).emit()),
        ]
    }

    /// Writes each file whose contents differ from what is on disk; returns the names written.
    /// Leaving unchanged files untouched keeps their timestamps, so nothing downstream recompiles.
    @discardableResult
    public static func write(_ files: [GeneratedFile], to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for file in files {
            let path = directory + "/" + file.name
            let data = Data(file.contents.utf8)
            if FileManager.default.contents(atPath: path) == data { continue }
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            written.append(file.name)
        }
        return written
    }

    private static func loadYAML(_ path: String, display: String, sink: DiagnosticSink) -> YAMLNode? {
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.error(display, SourceMark(line: 1, column: 1), "spec '\(lastPathComponent(path))': field '(file)': cannot read the file")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.error(display, SourceMark(line: 1, column: 1), "spec '\(lastPathComponent(path))': field '(file)': the file is not UTF-8 text")
            return nil
        }
        do {
            return try YAMLLoader.load(text, file: display)
        } catch {
            sink.append(error)
            return nil
        }
    }

    /// `path` relative to `root` when it lies inside it; otherwise unchanged.
    static func displayPath(_ path: String, root: String?) -> String {
        guard let root else { return path }
        let standardizedRoot = URL(fileURLWithPath: root).standardizedFileURL.path
        let standardizedPath = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = standardizedRoot.hasSuffix("/") ? standardizedRoot : standardizedRoot + "/"
        return standardizedPath.hasPrefix(prefix) ? String(standardizedPath.dropFirst(prefix.count)) : path
    }
}

/// Every diagnostic of a failed run.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
