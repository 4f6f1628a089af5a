import Foundation
import Testing
import TemplateGenKit

/// The whole generator pipeline on copies of the real specs: load, validate, emit, write.
struct PipelineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A scratch package root holding a copy of Specs/, so tests can edit the specs freely.
    static func copyOfSpecs() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("specs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Specs"), to: root.appendingPathComponent("Specs"))
        return root
    }

    static func generate(root: URL) throws -> [GeneratedFile] {
        let specs = try TemplateGenerator.load(specsDirectory: root.appendingPathComponent("Specs").path, displayRoot: root.path).get()
        return TemplateGenerator.emit(specs)
    }

    static func file(_ name: String, in files: [GeneratedFile]) -> String {
        files.first { $0.name == name }?.contents ?? ""
    }

    @Test func theRealSpecsValidate() throws {
        let result = TemplateGenerator.load(specsDirectory: Self.packageRoot.appendingPathComponent("Specs").path, displayRoot: Self.packageRoot.path)
        if case .failure(let list) = result { Issue.record("Specs/ do not validate:\n\(list)") }
    }

    @Test func aTemplateThatDoesNotAssembleFailsAtItsLineAndColumn() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let opcodesURL = root.appendingPathComponent("Specs/opcodes.yaml")
        let text = try String(contentsOf: opcodesURL, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasSuffix("mov rax, [r13 + $src]") })
        try text.replacingOccurrences(of: "mov rax, [r13 + $src]", with: "movv rax, [r13 + $srcc]").write(to: opcodesURL, atomically: true, encoding: .utf8)
        let result = TemplateGenerator.load(specsDirectory: root.appendingPathComponent("Specs").path, displayRoot: root.path)
        guard case .failure(let list) = result else { Issue.record("a broken template validated"); return }
        let column = lines[index].prefix { $0 == " " }.count + 1
        #expect("\(list)".contains("Specs/opcodes.yaml:\(index + 1):\(column): error: opcode 'Mov': field 'baseline.template': unknown instruction 'movv'"))
    }

    @Test func anIROpThatPrintsAnUnknownOperandFailsAtItsLineAndColumn() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let irURL = root.appendingPathComponent("Specs/ir.yaml")
        let text = try String(contentsOf: irURL, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasSuffix("print: \"Int32Add {lhs}, {rhs}\"") })
        try text.replacingOccurrences(of: "print: \"Int32Add {lhs}, {rhs}\"", with: "print: \"Int32Add {lhs}, {rhss}\"").write(to: irURL, atomically: true, encoding: .utf8)
        let result = TemplateGenerator.load(specsDirectory: root.appendingPathComponent("Specs").path, displayRoot: root.path)
        guard case .failure(let list) = result else { Issue.record("a broken print format validated"); return }
        let column = lines[index].prefix { $0 == " " }.count + "print: ".count + 1
        #expect("\(list)".contains("Specs/ir.yaml:\(index + 1):\(column): error: op 'Int32Add': field 'print': {rhss} names no operand; the operands are: lhs, rhs"))
        #expect("\(list)".contains("op 'Int32Add': field 'print': operand 'rhs' must be printed exactly once, as {rhs}; it appears 0 times"))
    }

    @Test func addingAnIROpToTheSpecYieldsItsCaseAndInfo() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let irURL = root.appendingPathComponent("Specs/ir.yaml")
        var text = try String(contentsOf: irURL, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += """
              - name: Int32Frobnicate
                doc: "A new op added by the extensibility test."
                operands: [value: int32, times: imm]
                result: int32
                effects: {reads: [slots]}
                movable: true
                print: "Int32Frobnicate {value} x{times}"

            """
        try text.write(to: irURL, atomically: true, encoding: .utf8)
        // Every op needs a way to be lowered: a missing rule is a build error naming the op.
        let loweringURL = root.appendingPathComponent("Specs/lowering.x86_64.yaml")
        try (String(contentsOf: loweringURL, encoding: .utf8)
            + "  - {name: Int32Frobnicate, doc: \"The backend's own code.\", match: \"Int32Frobnicate value, times\", custom: true}\n")
            .write(to: loweringURL, atomically: true, encoding: .utf8)
        let ops = Self.file("IROps.swift", in: try Self.generate(root: root))
        #expect(ops.contains("case int32Frobnicate = "))
        #expect(ops.contains("// Specs/ir.yaml:\(line)\n"))
        #expect(ops.contains("IROpInfo(name: \"Int32Frobnicate\", doc: \"A new op added by the extensibility test.\", operands: [IROperandInfo(name: \"value\", type: .value(.int32)), IROperandInfo(name: \"times\", type: .attribute(.imm))], variadic: nil, result: .int32, reads: [.slots], writes: [], calls: false, allocates: false, isMovable: true, isGuard: false, forwardedOperand: nil, control: .`next`, print: \"Int32Frobnicate {value} x{times}\", specLine: \(line))"))
    }

    @Test func addingALoweringRuleToTheSpecYieldsItsCaseInfoAndCode() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let loweringURL = root.appendingPathComponent("Specs/lowering.x86_64.yaml")
        var text = try String(contentsOf: loweringURL, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += """
              - name: Int32AddOne
                doc: "An increment: a new rule added by the extensibility test."
                match: "Int32Add lhs, (Int32Constant one)"
                priority: 9
                when: "one == 1"
                emit: |
                  mov {result:32}, {lhs:32}
                  add {result:32}, 1
                  jo {deopt}

            """
        try text.write(to: loweringURL, atomically: true, encoding: .utf8)
        let before = Self.file("LoweringRules.swift", in: try Self.generate(root: Self.packageRoot))
        let rules = Self.file("LoweringRules.swift", in: try Self.generate(root: root))
        let count = before.components(separatedBy: "LoweringRuleInfo(name: ").count - 1
        #expect(rules.contains("// Specs/lowering.x86_64.yaml:\(line)\n    /// An increment: a new rule added by the extensibility test.\n    case int32AddOne = \(count)\n"))
        #expect(rules.contains("LoweringRuleInfo(name: \"Int32AddOne\", doc: \"An increment: a new rule added by the extensibility test.\", op: .int32Add, priority: 9, pattern: \"Int32Add lhs, (Int32Constant one)\", when: \"one == 1\", operandClasses: [.gpr], attributeCount: 1, temps: [], clobbers: [], calls: false, isCustom: false, reusedOperand: nil, memoryOperands: [], isTotal: false, specLine: \(line))"))
        // Selection tries it first among Int32Add's rules, and its code is the text, instruction by instruction.
        #expect(rules.contains("case .int32Add:\n            if let match = matchInt32AddOne(value, source) { return match }\n"))
        #expect(rules.contains("guard attributes1[0] == 1 else { return nil }"))
        #expect(rules.contains("return RuleMatch(rule: .int32AddOne, operands: [inputs0[0]], attributes: [attributes1[0]], covered: [node1])"))
        #expect(rules.contains("// add {result:32}, 1\n        try a.emit(.add, .reg(o.resultGPR.sized(.dword)), .imm(1))\n"))
        #expect(rules.contains("// jo {deopt}\n        try a.emit(.j(.o), .label(o.deoptLabel))\n"))
    }

    @Test func twoLoweringRulesThatOverlapAtOnePriorityFailNamingBothLines() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let loweringURL = root.appendingPathComponent("Specs/lowering.x86_64.yaml")
        var text = try String(contentsOf: loweringURL, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let original = try #require(lines.firstIndex { $0 == "  - name: Int32Add" }) + 1
        let line = lines.count
        text += """
              - name: Int32AddAgain
                doc: "The general add once more, at the same priority."
                match: "Int32Add a, b"
                custom: true

            """
        try text.write(to: loweringURL, atomically: true, encoding: .utf8)
        let result = TemplateGenerator.load(specsDirectory: root.appendingPathComponent("Specs").path, displayRoot: root.path)
        guard case .failure(let list) = result else { Issue.record("overlapping rules validated"); return }
        #expect("\(list)".contains("Specs/lowering.x86_64.yaml:\(line):5: error: rule 'Int32AddAgain': field 'priority': rules 'Int32Add' (line \(original)) and 'Int32AddAgain' (line \(line)) both match Int32Add _, _ at priority 0; give one a higher priority"))
    }

    @Test func aLoweringRuleWhoseCodeDoesNotAssembleFailsAtItsLineAndColumn() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let loweringURL = root.appendingPathComponent("Specs/lowering.x86_64.yaml")
        var lines = try String(contentsOf: loweringURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rule = try #require(lines.firstIndex { $0 == "  - name: Int32Add" })
        let index = try #require(lines[rule...].firstIndex { $0.hasSuffix("add {result:32}, {rhs:32}") })
        lines[index] = lines[index].replacingOccurrences(of: "add {result:32}, {rhs:32}", with: "add {result:32}, {rhs}")
        try lines.joined(separator: "\n").write(to: loweringURL, atomically: true, encoding: .utf8)
        let result = TemplateGenerator.load(specsDirectory: root.appendingPathComponent("Specs").path, displayRoot: root.path)
        guard case .failure(let list) = result else { Issue.record("a rule that does not assemble validated"); return }
        let column = lines[index].prefix { $0 == " " }.count + 1
        #expect(list.diagnostics.map(\.description) == ["Specs/lowering.x86_64.yaml:\(index + 1):\(column): error: rule 'Int32Add': field 'emit': `add {result:32}, {rhs}` cannot be encoded: operand sizes differ"])
    }

    @Test func addingAnOpcodeToTheSpecYieldsItsCaseEverywhere() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let opcodesURL = root.appendingPathComponent("Specs/opcodes.yaml")
        var text = try String(contentsOf: opcodesURL, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += """
              - name: Frobnicate
                doc: "dst = frobnicated src; a new opcode added by the extensibility test."
                operands: [dst: reg, src: reg, feedback: slot]
                effects: [reads_heap]
                feedback: arithmetic
                baseline:
                  helper: step

            """
        try text.write(to: opcodesURL, atomically: true, encoding: .utf8)
        let before = try Self.generate(root: Self.packageRoot)
        let files = try Self.generate(root: root)
        let count = try TemplateGenerator.load(specsDirectory: Self.packageRoot.appendingPathComponent("Specs").path, displayRoot: nil).get().opcodes.opcodes.count

        let opcodes = Self.file("Opcodes.swift", in: files)
        #expect(opcodes.contains("// Specs/opcodes.yaml:\(line)\n    /// dst = frobnicated src; a new opcode added by the extensibility test.\n    case frobnicate = \(count)\n"))
        #expect(opcodes.contains("case .frobnicate: return \"Frobnicate\""))
        #expect(opcodes.contains("case .frobnicate: return 13"), "length: opcode byte + reg + reg + slot, four bytes each")
        let instructions = Self.file("Instructions.swift", in: files)
        #expect(instructions.contains("case frobnicate(dst: Register, src: Register, feedback: FeedbackSlot)"))
        #expect(instructions.contains("case .frobnicate:\n                return .frobnicate("))
        #expect(Self.file("Disassembly.swift", in: files).contains("case .frobnicate(let dst, let src, let feedback): return \"Frobnicate \\(dst), \\(src), \\(feedback)\""))
        // Nothing else moved: the existing cases are generated exactly as before.
        #expect(Self.file("Layout.swift", in: files) == Self.file("Layout.swift", in: before))
    }

    @Test func outputIsDeterministicAndBannered() throws {
        let first = try Self.generate(root: Self.packageRoot)
        let second = try Self.generate(root: Self.packageRoot)
        #expect(first == second)
        #expect(first.map(\.name) == TemplateGenerator.outputNames)
        for file in first {
            #expect(file.contents.hasPrefix("// Generated by TemplateGen from Specs/"), "\(file.name) banner")
            #expect(file.contents.contains("Do not edit"))
        }
        #expect(Self.file("Layout.swift", in: first).hasPrefix("// Generated by TemplateGen from Specs/layout.yaml."))
    }

    /// Every generated opcode case is preceded by the spec line it came from.
    @Test func everyEntryCarriesItsSpecLine() throws {
        let files = try Self.generate(root: Self.packageRoot)
        for name in ["Opcodes.swift", "Instructions.swift"] {
            let lines = Self.file(name, in: files).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            var inEnum = false
            for (index, line) in lines.enumerated() {
                if line.hasPrefix("public enum Opcode:") || line.hasPrefix("public enum Instruction:") { inEnum = true }
                guard inEnum, line.hasPrefix("case "), !line.contains(":") || line.contains("(") else { continue }
                if line.hasPrefix("case .") { break }
                let comment = lines[..<index].last { $0.hasPrefix("//") && !$0.hasPrefix("///") }
                #expect(comment?.hasPrefix("// Specs/opcodes.yaml:") == true, "\(name): \(line)")
            }
        }
        let lowering = Self.file("LoweringRules.swift", in: files).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let ruleCases = lowering.indices.filter { lowering[$0].hasPrefix("case ") && lowering[$0].contains(" = ") }
        #expect(!ruleCases.isEmpty)
        for index in ruleCases {
            let comment = lowering[..<index].last { $0.hasPrefix("//") && !$0.hasPrefix("///") }
            #expect(comment?.hasPrefix("// Specs/lowering.x86_64.yaml:") == true, "LoweringRules.swift: \(lowering[index])")
        }
        let layout = Self.file("Layout.swift", in: files)
        #expect(layout.contains("// Specs/layout.yaml:"))
        #expect(layout.components(separatedBy: "public static let numberTag: UInt64 = 0xFFFE_0000_0000_0000").count == 2)
    }

    @Test func writesOnlyFilesWhoseContentsChanged() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try Self.generate(root: Self.packageRoot)
        #expect(try TemplateGenerator.write(files, to: directory) == TemplateGenerator.outputNames)
        let stamp = try FileManager.default.attributesOfItem(atPath: directory + "/Opcodes.swift")[.modificationDate] as? Date
        #expect(try TemplateGenerator.write(files, to: directory) == [])
        let stampAfter = try FileManager.default.attributesOfItem(atPath: directory + "/Opcodes.swift")[.modificationDate] as? Date
        #expect(stamp == stampAfter)
        var changed = files
        changed[0].contents += "// changed\n"
        #expect(try TemplateGenerator.write(changed, to: directory) == [changed[0].name])
    }

    @Test func everyErrorInEveryFileIsReportedInOneRun() throws {
        let root = try Self.copyOfSpecs()
        defer { try? FileManager.default.removeItem(at: root) }
        let layoutURL = root.appendingPathComponent("Specs/layout.yaml")
        let opcodesURL = root.appendingPathComponent("Specs/opcodes.yaml")
        let layout = try String(contentsOf: layoutURL, encoding: .utf8).replacingOccurrences(of: "value: OtherTag | BoolTag", with: "value: OtherTag | BoolTg")
        let opcodes = try String(contentsOf: opcodesURL, encoding: .utf8)
            .replacingOccurrences(of: "operands: [dst: reg, src: reg]\n", with: "operands: [dst: reg, src: regg]\n")
            .replacingOccurrences(of: "  - name: LoadNull\n", with: "  - name: LoadUndefined\n")
        try layout.write(to: layoutURL, atomically: true, encoding: .utf8)
        try opcodes.write(to: opcodesURL, atomically: true, encoding: .utf8)

        let result = TemplateGenerator.load(specsDirectory: root.appendingPathComponent("Specs").path, displayRoot: root.path)
        guard case .failure(let list) = result else {
            Issue.record("broken specs validated")
            return
        }
        let messages = list.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("Specs/layout.yaml:") && $0.contains(": error: constant 'ValueFalse': field 'value': 'BoolTg' is not defined") })
        #expect(messages.contains { $0.hasPrefix("Specs/opcodes.yaml:") && $0.contains(": error: opcode 'Mov': field 'operands': operand 'src' has unknown kind 'regg'") })
        #expect(messages.contains { $0.hasPrefix("Specs/opcodes.yaml:") && $0.contains(": error: opcode 'LoadUndefined': field 'name': duplicate opcode name") })
        // Sorted by file, then position; and a broken constant does not cascade into errors on
        // the constants that use it (ValueTrue is defined from ValueFalse).
        let positions = list.diagnostics.map { ($0.file, $0.mark.line, $0.mark.column) }
        #expect(positions.map { "\($0)" } == positions.sorted { $0 < $1 }.map { "\($0)" })
        #expect(!messages.contains { $0.contains("'ValueTrue'") })
    }

    @Test func missingSpecFilesAreReported() {
        let result = TemplateGenerator.load(specsDirectory: "/nonexistent/Specs", displayRoot: nil)
        guard case .failure(let list) = result else {
            Issue.record("missing specs loaded")
            return
        }
        #expect(list.diagnostics.map(\.description) == [
            "/nonexistent/Specs/ir.yaml:1:1: error: spec 'ir.yaml': field '(file)': cannot read the file",
            "/nonexistent/Specs/layout.yaml:1:1: error: spec 'layout.yaml': field '(file)': cannot read the file",
            "/nonexistent/Specs/lowering.x86_64.yaml:1:1: error: spec 'lowering.x86_64.yaml': field '(file)': cannot read the file",
            "/nonexistent/Specs/opcodes.yaml:1:1: error: spec 'opcodes.yaml': field '(file)': cannot read the file",
        ])
    }

    @Test func tooManyOpcodesDoNotFitTheOpcodeByte() {
        var text = "operand_kinds: []\nopcodes:\n"
        for index in 0...256 { text += "  - {name: Op\(index), doc: d, operands: [], baseline: {helper: step}}\n" }
        let diagnostics = TemplateGenerator.check(text: text, file: "big.yaml", as: .opcodes)
        #expect(diagnostics.map(\.description) == ["big.yaml:259:5: error: spec 'big.yaml': field 'opcodes': 257 opcodes do not fit the one-byte opcode field; at most 256 are allowed"])
    }
}
