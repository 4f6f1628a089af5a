import Foundation
import JIT
import TemplateGenKit
import Testing
import X64Assembler

/// Every lowering rule of Specs/lowering.x86_64.yaml that has code, emitted by the generated
/// `LoweringRule.emit` with chosen registers and attributes, against GNU `as` on the rule's own
/// text with the same choices written in: byte for byte. The text, the pattern and the `when`
/// are read from the YAML here, not from the generator, so this checks the emitter's
/// translation of each instruction, label, condition code and `branch`.
struct LoweringRuleOracleTests {
    static let specs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Specs")

    static let symbols: [String: Int64] = {
        let path = specs.appendingPathComponent("layout.yaml").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let node = try? YAMLLoader.load(text, file: path) else { return [:] }
        return LayoutSpec.decode(node, file: path, sink: DiagnosticSink()).templateSymbols
    }()

    /// One rule with one choice of attributes: what `emit` gets and what `as` reads.
    struct Case: CustomStringConvertible, Sendable {
        var rule: LoweringRule
        var text: String
        var operands: RuleOperands
        /// What each placeholder name stands for: a register (at its full size) or an attribute.
        var registers: [String: String]
        var attributes: [String: Int64]
        var description: String { "\(rule.info.name) \(attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))" }
    }

    /// Operands and results get distinct allocatable registers (rbp and the REX ones stress the
    /// encodings), temps scratch ones, as the backend gives them.
    static let gprs = ["rbx", "rsi", "rbp", "rdi", "rdx", "rax", "rcx"]
    static let xmms = ["xmm1", "xmm9", "xmm3", "xmm10"]
    static let scratchGPRs = ["r10", "r11", "r8", "r9"]
    static let scratchXMMs = ["xmm14", "xmm15", "xmm12", "xmm13"]
    /// Attribute values tried in order until one satisfies the rule's `when`; 64-bit kinds first
    /// get a value that needs all 64 bits.
    static let candidates: [Int64] = [5, 0, 1, 2, 3, 7, 9, 31, -3]

    static let cases: [Case] = {
        let path = specs.appendingPathComponent("lowering.x86_64.yaml").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let tree = try? YAMLLoader.load(text, file: path),
              let rows = tree.mapping?.first(where: { $0.key.scalar == "rules" })?.value.sequence else { return [] }
        var cases: [Case] = []
        for row in rows {
            let field = { (key: String) in row.mapping?.first { $0.key.scalar == key }?.value }
            guard let name = field("name")?.scalar, let emit = field("emit")?.scalar, let match = field("match")?.scalar,
                  let rule = LoweringRule.allCases.first(where: { $0.info.name == name }) else { continue }
            var tokens = ArraySlice(match.replacingOccurrences(of: "(", with: " ( ").replacingOccurrences(of: ")", with: " ) ")
                .replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init))
            let binders = Self.binders(&tokens)
            let clobbers = Set((field("clobbers")?.sequence ?? []).compactMap(\.scalar))
            var gprs = Self.gprs.filter { !clobbers.contains($0) }[...], xmms = Self.xmms[...]
            var base = RuleOperands()
            var registers: [String: String] = [:]
            func take(_ type: IRType) -> MachineRegister {
                if type == .double {
                    let name = xmms.popFirst()!
                    return .xmm(XMM.named(name)!)
                }
                return .gpr(Reg.named(gprs.popFirst()!)!)
            }
            for (binder, type) in binders {
                guard case .value(let valueType) = type else { continue }
                let register = take(valueType)
                base.operands.append(register)
                registers[binder] = register.description
            }
            if let result = rule.info.op.info.result {
                base.result = take(result)
                registers["result"] = base.result!.description
            }
            var scratchGPRs = Self.scratchGPRs[...], scratchXMMs = Self.scratchXMMs[...]
            for (index, temp) in rule.info.temps.enumerated() {
                let register: MachineRegister = temp == .xmm ? .xmm(XMM.named(scratchXMMs.popFirst()!)!) : .gpr(Reg.named(scratchGPRs.popFirst()!)!)
                base.temps.append(register)
                registers["t\(index)"] = register.description
            }
            // Each condition a condition binder may take, one case each; other attributes once.
            var choices: [[String: Int64]] = [[:]]
            for (binder, type) in binders {
                guard case .attribute(let attribute) = type else { continue }
                let values: [Int64]
                if attribute.format == .condition {
                    values = IRCondition.allCases.map(\.rawValue).filter { Self.holds(rule.info.when, binder, $0) }
                } else {
                    let wide = [IRAttributeFormat.hex, .value, .double].contains(attribute.format) ? [Int64(0x7f12_3456_789a)] : []
                    values = Array((wide + Self.candidates).filter { Self.holds(rule.info.when, binder, $0) }.prefix(1))
                }
                choices = choices.flatMap { choice in values.map { choice.merging([binder: $0]) { $1 } } }
            }
            for choice in choices {
                var operands = base
                operands.attributes = binders.compactMap { binder, type in
                    if case .attribute = type { return choice[binder] } else { return nil }
                }
                cases.append(Case(rule: rule, text: emit, operands: operands, registers: registers, attributes: choice))
            }
        }
        return cases
    }()

    /// The binders of a pattern in binding order (depth first), with the type of what each binds.
    static func binders(_ tokens: inout ArraySlice<String>) -> [(String, IROperandType)] {
        guard let name = tokens.popFirst(), let op = IROpcode.allCases.first(where: { $0.info.name == name }) else { return [] }
        var binders: [(String, IROperandType)] = []
        for operand in op.info.operands + (op.info.variadic.map { [$0] } ?? []) {
            if tokens.first == "(" {
                tokens.removeFirst()
                binders += Self.binders(&tokens)
                tokens.removeFirst()  // ")"
            } else if let binder = tokens.popFirst() {
                binders.append((binder, operand.type))
            }
        }
        return binders
    }

    /// Whether `value` for `binder` satisfies every comparison of `when` that names it.
    static func holds(_ when: String?, _ binder: String, _ value: Int64) -> Bool {
        for comparison in (when ?? "").components(separatedBy: "&&") {
            let parts = comparison.split(separator: " ").map(String.init)
            guard parts.count == 3, parts[0] == binder else { continue }
            let bound = IRCondition(name: parts[2])?.rawValue ?? Int64(parts[2]) ?? symbols[parts[2]]!
            switch parts[1] {
            case "==": if value != bound { return false }
            case "!=": if value == bound { return false }
            case "<": if value >= bound { return false }
            case "<=": if value > bound { return false }
            case ">": if value <= bound { return false }
            default: if value < bound { return false }
            }
        }
        return true
    }

    struct NoCustomCode: CustomLowering {
        mutating func emitDoubleMod(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitGenericBranch(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitCheckGlobalShape(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitLoadGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitStoreGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitCallDirect(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitGeneric(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
        mutating func emitReturn(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { Issue.record("custom code asked for") }
    }

    @Test func everyRuleWithCodeIsChecked() {
        let withCode = LoweringRule.allCases.filter { !$0.info.isCustom }
        #expect(Set(Self.cases.map(\.rule)) == Set(withCode))
        #expect(withCode.count >= 40)
    }

    @Test(arguments: cases)
    func ruleCodeMatchesGNUAs(_ testCase: Case) throws {
        let ours = try Assembler.assembleRelaxed { (a: inout Assembler) throws(AssemblerError) in
            var operands = testCase.operands
            operands.outOfLine = OutOfLineCode()
            operands.deopt = a.newLabel()
            operands.trueTarget = a.newLabel()
            operands.falseTarget = a.newLabel()
            var custom = NoCustomCode()
            try testCase.rule.emit(into: &a, operands, custom: &custom)
            // The code after `cold:` right after the rest, where `as` puts it (`cold:` is a label there).
            try operands.outOfLine?.emit(into: &a)
            for label in [operands.deopt, operands.trueTarget, operands.falseTarget] { try a.bind(label!) }
        }
        let expected = try GNUAssembler.assemble(Self.gasLines(testCase))
        #expect(ours.bytes == expected, "\(testCase)\n\(Self.gasLines(testCase).joined(separator: "\n"))")
    }

    /// The rule's text as `as` reads it: comments dropped, placeholders replaced by the chosen
    /// registers, attribute values and condition codes, `branch` spelled out (neither successor
    /// follows), layout names replaced by numbers and local labels renamed.
    static func gasLines(_ testCase: Case) -> [String] {
        func condition(_ binder: String, _ unsigned: Bool) -> String {
            IRCondition(rawValue: testCase.attributes[binder]!)!.x86(unsigned: unsigned).description
        }
        var lines: [String] = []
        for raw in testCase.text.split(separator: "\n") {
            var line = String(raw.prefix { $0 != ";" && $0 != "#" }).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("branch ") {
                let code = String(line.dropFirst("branch ".count))
                let cc = code.hasPrefix("{") ? condition(String(code.dropFirst().prefix { $0 != "}" && $0 != ":" }), code.contains(":unsigned")) : code
                lines += ["j\(cc) true_target", "jmp false_target"]
                continue
            }
            for family in ["j", "set", "cmov"] where line.hasPrefix(family + "{") {
                let inside = line.dropFirst(family.count + 1).prefix { $0 != "}" }
                let binder = String(inside.prefix { $0 != ":" })
                line = family + condition(binder, inside.hasSuffix(":unsigned")) + line.dropFirst(family.count + inside.count + 2)
            }
            while let open = line.firstIndex(of: "{"), let close = line[open...].firstIndex(of: "}") {
                let parts = line[line.index(after: open)..<close].split(separator: ":").map(String.init)
                let replacement: String
                switch parts[0] {
                case "deopt": replacement = "deopt_target"
                case "true": replacement = "true_target"
                case "false": replacement = "false_target"
                default:
                    if let value = testCase.attributes[parts[0]] {
                        replacement = "(\(value))"
                    } else {
                        let register = testCase.registers[parts[0]]!
                        let size: OperandSize = parts.count == 1 ? .qword : parts[1] == "32" ? .dword : parts[1] == "16" ? .word : .byte
                        replacement = Reg.named(register)?.sized(size).description ?? register
                    }
                }
                line.replaceSubrange(open...close, with: replacement)
            }
            for name in symbols.keys.sorted(by: { $0.count > $1.count }) {
                let pattern = #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\w.])"#
                line = line.replacingOccurrences(of: pattern, with: "\(symbols[name]!)", options: .regularExpression)
            }
            line = line.replacingOccurrences(of: #"(?<![\w])\.([A-Za-z_]\w*)"#, with: "L_$1", options: .regularExpression)
            lines.append(line)
        }
        return lines + ["deopt_target:", "true_target:", "false_target:"]
    }
}
