import Foundation
import Testing
import TemplateGenKit

/// Baseline templates through the generator: assembled with the layout's names, holes checked
/// against the operands, emitted as bytes plus holes.
struct BaselineTemplateTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pass")

    static func specs() throws -> SpecSet {
        let sink = DiagnosticSink()
        let layoutPath = fixtures.appendingPathComponent("minimal.layout.yaml").path
        let opcodesPath = fixtures.appendingPathComponent("baseline.opcodes.yaml").path
        let layout = LayoutSpec.decode(try YAMLLoader.load(String(contentsOfFile: layoutPath, encoding: .utf8), file: layoutPath), file: layoutPath, sink: sink)
        let opcodes = OpcodeSpec.decode(try YAMLLoader.load(String(contentsOfFile: opcodesPath, encoding: .utf8), file: opcodesPath), file: opcodesPath, sink: sink)
        let irPath = fixtures.appendingPathComponent("minimal.ir.yaml").path
        let ir = IRSpec.decode(try YAMLLoader.load(String(contentsOfFile: irPath, encoding: .utf8), file: irPath), file: irPath, sink: sink)
        let templates = opcodes.assembleBaselineTemplates(symbols: layout.templateSymbols, sink: sink)
        #expect(sink.diagnostics.isEmpty)
        return SpecSet(layout: layout, opcodes: opcodes, ir: ir, baselineTemplates: templates)
    }

    @Test func templatesAssembleWithTheirHolesInOrder() throws {
        let specs = try Self.specs()
        let load = try #require(specs.baselineTemplates["Load"])
        #expect(load.holes.map(\.name) == ["value", "dst"])
        #expect(load.holes.map(\.kind.rawValue) == ["imm32", "disp32"])
        // mov eax, imm32 | movabs rcx, Tag | or rax, rcx | mov [r13 + disp32], rax
        #expect(load.bytes == [0xB8, 0, 0, 0, 0, 0x48, 0xB9, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0x48, 0x09, 0xC8, 0x49, 0x89, 0x85, 0, 0, 0, 0])
        let fancy = try #require(specs.baselineTemplates["Fancy"])
        // The template's own holes, then the appended standard call's: pc, helper, the jump on 1, exit on 2.
        #expect(fancy.holes.map(\.name) == ["index", "feedback", "function", "offset", "pc", "helper", "offset", "exit"])
        let generic = try #require(specs.baselineTemplates["Generic"], "a helper-only opcode gets the standard call")
        #expect(generic.holes.map(\.name) == ["pc", "helper", "exit"])
    }

    @Test func theLayoutGivesTemplatesItsNames() throws {
        let symbols = try Self.specs().layout.templateSymbols
        #expect(symbols["Tag"] == Int64(bitPattern: 0xFFFF_0000_0000_0000))
        #expect(symbols["Box.value"] == 8)
        #expect(symbols["Box.kind"] == 0, "inherited fields count too")
        #expect(symbols["Frame.caller"] == 0)
        #expect(symbols["Frame.headerSlotCount"] == 1)
    }

    @Test func theEmitterWritesBytesHolesAndHelpers() throws {
        let file = TemplateGenerator.emit(try Self.specs()).first { $0.name == "BaselineTemplates.swift" }
        let text = try #require(file?.contents)
        #expect(text.contains("case .load: return BaselineTemplate(bytes: [0xB8, 0x00, 0x00, 0x00, 0x00, 0x48, 0xB9, "))
        #expect(text.contains("holes: [BaselineHole(name: \"value\", kind: .imm32, offset: 1), BaselineHole(name: \"dst\", kind: .disp32, offset: 21)], helper: nil"))
        #expect(text.contains("BaselineHole(name: \"exit\", kind: .rel32, offset: 27)], helper: \"generic\""))
        #expect(text.contains("helper: \"fancySlowPath\""))
        #expect(!text.contains("default:"), "every opcode has a baseline entry")
    }
}
