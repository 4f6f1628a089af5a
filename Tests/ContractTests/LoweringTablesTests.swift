import Foundation
import JIT
import Testing
import TemplateGenKit
import X64Assembler

/// The generated lowering tables (`LoweringRule`, `LoweringRegisters`, `LoweringBackendOps`)
/// say exactly what Specs/lowering.x86_64.yaml says, every IR op can be lowered, and
/// `InstructionSelector` picks rules by priority and binds what their patterns name.
struct LoweringTablesTests {
    static func tree() throws -> YAMLNode { try SpecPaths.tree("lowering.x86_64.yaml") }

    static func rows() throws -> [YAMLNode] { try #require(tree()["rules"]?.sequence) }

    @Test func everyRuleMatchesItsRow() throws {
        let rows = try Self.rows()
        #expect(LoweringRule.allCases.count == rows.count)
        for (index, (rule, row)) in zip(LoweringRule.allCases, rows).enumerated() {
            let info = rule.info
            #expect(Int(rule.rawValue) == index)
            #expect(info.name == row["name"]?.text)
            #expect(info.doc == row["doc"]?.text)
            #expect(info.specLine == row.mark.line)
            #expect(info.pattern == row["match"]?.text)
            #expect(info.op.info.name == row["match"]?.text.split(separator: " ").first.map(String.init))
            #expect(info.priority == (row["priority"].map(\.int) ?? 0))
            #expect(info.when == row["when"]?.scalar)
            #expect(info.isCustom == (row["custom"]?.text == "true"))
            #expect(info.isCustom == (row["emit"] == nil), "\(info.name): a rule has code or is custom")
            #expect(info.calls == (row["calls"]?.text == "true"))
            #expect(info.temps.map { "\($0)" } == (row["temps"]?.sequence ?? []).map(\.text))
            #expect(info.clobbers.map(\.description) == (row["clobbers"]?.sequence ?? []).map(\.text))
        }
    }

    @Test func registerPoolsMatchTheSpecAndAvoidThePinnedRegisters() throws {
        let registers = try #require(Self.tree()["registers"])
        let names = { (pool: String, kind: String) in (registers[pool]?[kind]?.sequence ?? []).map(\.text) }
        #expect(LoweringRegisters.allocatableGPR.map(\.description) == names("allocatable", "gpr"))
        #expect(LoweringRegisters.allocatableXMM.map(\.description) == names("allocatable", "xmm"))
        #expect(LoweringRegisters.scratchGPR.map(\.description) == names("scratch", "gpr"))
        #expect(LoweringRegisters.scratchXMM.map(\.description) == names("scratch", "xmm"))
        let pinned = [Layout.PinnedRegisters.frame, Layout.PinnedRegisters.context, Layout.PinnedRegisters.numberTag, Layout.PinnedRegisters.notCellMask].map(\.encoding)
        let gprs = LoweringRegisters.allocatableGPR + LoweringRegisters.scratchGPR
        #expect(Set(gprs.map(\.number)).count == gprs.count, "no register is in two pools")
        #expect(gprs.allSatisfy { !pinned.contains($0.number) && $0 != .rsp })
        let xmms = LoweringRegisters.allocatableXMM + LoweringRegisters.scratchXMM
        #expect(Set(xmms.map(\.number)).count == xmms.count)
    }

    @Test func everyOpIsLoweredByTheBackendOrHasATotalRule() throws {
        let backend = try #require(Self.tree()["backend_ops"]?.sequence).map(\.text)
        #expect(LoweringBackendOps.ops.map(\.info.name).sorted() == backend.sorted())
        for op in IROpcode.allCases {
            let rules = LoweringRule.allCases.filter { $0.info.op == op }
            if LoweringBackendOps.ops.contains(op) {
                #expect(rules.isEmpty, "\(op.info.name) is the backend's, yet has rules")
            } else {
                #expect(rules.contains { $0.info.isTotal }, "\(op.info.name) has no total rule")
            }
        }
        // Rules that call out clobber every allocatable register; the others name what they clobber.
        for rule in LoweringRule.allCases where !rule.info.calls {
            for clobber in rule.info.clobbers {
                switch clobber {
                case .gpr(let reg): #expect(LoweringRegisters.allocatableGPR.contains(reg))
                case .xmm(let xmm): #expect(LoweringRegisters.allocatableXMM.contains(xmm))
                }
            }
        }
    }

    /// A hand-made function body: each value is an op with its value inputs and attributes.
    struct Graph: LoweringSource {
        var values: [(op: IROpcode, inputs: [Int], attributes: [Int64])] = []

        mutating func add(_ op: IROpcode, _ inputs: [Int] = [], _ attributes: [Int64] = []) -> Int {
            values.append((op, inputs, attributes))
            return values.count - 1
        }

        func opcode(of value: Int) -> IROpcode { values[value].op }
        func inputs(of value: Int) -> [Int] { values[value].inputs }
        func attributes(of value: Int) -> [Int64] { values[value].attributes }
    }

    @Test func selectionPrefersTheImmediateFormAndBindsInPatternOrder() {
        var g = Graph()
        let parameter = g.add(.parameter, [], [0])
        let x = g.add(.unboxInt32, [parameter])
        let five = g.add(.int32Constant, [], [5])
        let sum = g.add(.int32Add, [x, five])
        let twice = g.add(.int32Add, [x, x])
        #expect(InstructionSelector.select(parameter, in: g) == nil, "parameters are the backend's")
        #expect(InstructionSelector.select(sum, in: g) == RuleMatch(rule: .int32AddConstant, operands: [x], attributes: [5], covered: [five]))
        #expect(InstructionSelector.select(twice, in: g) == RuleMatch(rule: .int32Add, operands: [x, x], attributes: [], covered: []))

        // A compare fused into its branch: the condition, lhs, then the constant, depth first.
        let less = g.add(.int32Compare, [x, five], [IRCondition.lt.rawValue])
        let branch = g.add(.branch, [less])
        #expect(InstructionSelector.select(branch, in: g) == RuleMatch(rule: .branchInt32CompareConstant, operands: [x], attributes: [IRCondition.lt.rawValue, 5], covered: [less, five]))
        let lessThanX = g.add(.int32Compare, [five, x], [IRCondition.lt.rawValue])
        let branchOnX = g.add(.branch, [lessThanX])
        #expect(InstructionSelector.select(branchOnX, in: g) == RuleMatch(rule: .branchInt32Compare, operands: [five, x], attributes: [IRCondition.lt.rawValue], covered: [lessThanX]))
        let flag = g.add(.unboxBoolean, [parameter])
        #expect(InstructionSelector.select(g.add(.branch, [flag]), in: g)?.rule == .branch)

        // `when` picks among rules: a double compare branches by its condition, a slot by its index.
        let d = g.add(.unboxNumber, [parameter])
        for (condition, rule) in [(IRCondition.eq, LoweringRule.branchDoubleEqual), (.ne, .branchDoubleNotEqual), (.lt, .branchDoubleLess),
                                  (.le, .branchDoubleLessOrEqual), (.gt, .branchDoubleGreater), (.ge, .branchDoubleGreater)] {
            let compare = g.add(.doubleCompare, [d, d], [condition.rawValue])
            #expect(InstructionSelector.select(g.add(.branch, [compare]), in: g)?.rule == rule, "\(condition)")
        }
        let object = g.add(.checkShape, [parameter], [0x7f12_3456_789a])
        #expect(InstructionSelector.select(g.add(.loadSlot, [object], [2]), in: g)?.rule == .loadInlineSlot)
        #expect(InstructionSelector.select(g.add(.loadSlot, [object], [9]), in: g)?.rule == .loadSlot)

        // A variadic operand binds its whole list, after the fixed operands.
        let generic = g.add(.generic, [parameter, x, parameter], [17])
        #expect(InstructionSelector.select(generic, in: g) == RuleMatch(rule: .generic, operands: [parameter, x, parameter], attributes: [17], covered: []))
    }

    /// Custom rules' code comes from the backend; this records which one was asked for.
    struct RecordingCustomLowering: CustomLowering {
        var asked: [String] = []
        mutating func emitDoubleMod(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("DoubleMod") }
        mutating func emitGenericBranch(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("GenericBranch") }
        mutating func emitCheckGlobalShape(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("CheckGlobalShape") }
        mutating func emitLoadGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("LoadGlobalSlot") }
        mutating func emitStoreGlobalSlot(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("StoreGlobalSlot") }
        mutating func emitCallDirect(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("CallDirect") }
        mutating func emitGeneric(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("Generic") }
        mutating func emitReturn(into a: inout Assembler, _ o: RuleOperands) throws(AssemblerError) { asked.append("Return") }
    }

    @Test func customRulesAskTheBackendForTheirCode() throws {
        var custom = RecordingCustomLowering()
        var a = Assembler()
        for rule in LoweringRule.allCases where rule.info.isCustom {
            try rule.emit(into: &a, RuleOperands(), custom: &custom)
        }
        #expect(custom.asked == LoweringRule.allCases.filter(\.info.isCustom).map(\.info.name))
        #expect(a.bytes.isEmpty)
    }
}
