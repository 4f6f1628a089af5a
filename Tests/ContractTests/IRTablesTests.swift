import Foundation
import JIT
import Testing
import TemplateGenKit

/// The generated IR tables (`IROpcode`, `IRType`, `IRAttributeType`, `IRRegions`) say exactly
/// what Specs/ir.yaml says, and keep the rules the optimizing tier's passes rely on.
struct IRTablesTests {
    static func rows(_ key: String) throws -> [YAMLNode] {
        try #require(SpecPaths.tree("ir.yaml")[key]?.sequence)
    }

    @Test func typesAreSplitIntoValuesAndAttributesInSpecOrder() throws {
        let rows = try Self.rows("types")
        let values = rows.filter { $0["kind"]?.text == "value" }, attributes = rows.filter { $0["kind"]?.text == "attribute" }
        #expect(IRType.allCases.map(\.name) == values.map { $0["name"]!.text })
        #expect(IRAttributeType.allCases.map(\.name) == attributes.map { $0["name"]!.text })
        #expect(IRAttributeType.allCases.map { "\($0.format)" } == attributes.map { $0["format"]!.text })
        #expect(IRType.allCases.map(\.name) == ["int32", "double", "boolean", "boxed", "cell"])
    }

    @Test func regionsAreOneBitEachAndAllIsTheirUnion() throws {
        let rows = try Self.rows("regions")
        #expect(IRRegions.names.map(\.1) == rows.map { $0["name"]!.text })
        var union: IRRegions = []
        for (bit, (region, _)) in IRRegions.names.enumerated() {
            #expect(region.rawValue == 1 << UInt64(bit))
            union.formUnion(region)
        }
        #expect(union == .all)
    }

    @Test func everyOpMatchesItsRow() throws {
        let rows = try Self.rows("ops")
        #expect(IROpcode.allCases.count == rows.count)
        for (index, (opcode, row)) in zip(IROpcode.allCases, rows).enumerated() {
            let info = opcode.info
            #expect(Int(opcode.rawValue) == index)
            #expect(info.name == row["name"]?.text)
            #expect(info.doc == row["doc"]?.text)
            #expect(info.specLine == row.mark.line)
            #expect(info.print == row["print"]?.text)
            let operandRows = row["operands"]?.sequence ?? []
            #expect(info.operands.map(\.name) == operandRows.map { $0.mapping![0].key.text })
            #expect(info.operands.map { Self.typeName($0.type) } == operandRows.map { $0.mapping![0].value.text })
            #expect(info.variadic?.name == row["variadic"]?.mapping?.first?.key.text)
            #expect(info.result?.name ?? "none" == row["result"]?.text)
            #expect(info.isMovable == (row["movable"]?.text == "true"))
            #expect(info.isGuard == (row["guard"]?.text == "true"))
            #expect(info.forwardedOperand.map { info.operands[$0].name } == row["forwards"]?.text)
            #expect("\(info.control)" == (row["control"]?.text ?? "next"))
            let effects = row["effects"]
            #expect(info.calls == (effects?["calls"]?.text == "true"))
            #expect(info.allocates == (effects?["allocates"]?.text == "true"))
            #expect(Self.names(info.reads) == (effects?["reads"]?.sequence ?? []).map(\.text))
            #expect(Self.names(info.writes) == (effects?["writes"]?.sequence ?? []).map(\.text))
        }
    }

    @Test func theRulesPassesRelyOnHold() {
        for opcode in IROpcode.allCases {
            let info = opcode.info
            // Printing loses nothing: every operand appears once, so IR text can be read back.
            let holes = info.print.split(separator: "{").dropFirst().map { String($0.prefix { $0 != "}" }) }
            #expect(holes.sorted() == (info.operands.map(\.name) + (info.variadic.map { [$0.name] } ?? [])).sorted(), "\(info.name)")
            if info.isMovable { #expect(info.writes.isEmpty && !info.calls && !info.allocates, "\(info.name) moves but has effects") }
            if info.control != .next { #expect(info.result == nil && !info.isMovable, "\(info.name) ends a block") }
            if info.calls { #expect(info.reads == .all && info.writes == .all, "\(info.name) calls, so it may touch anything") }
            if case .attribute? = info.variadic?.type { Issue.record("\(info.name): variadic operands are values") }
        }
    }

    @Test func theSpeculativeOpsAreGuardsWithTheirEffects() {
        #expect(IROpcode.int32Add.info.isGuard && IROpcode.int32Add.info.isPure && IROpcode.int32Add.info.isMovable)
        #expect(IROpcode.int32Mul.info.isGuard && IROpcode.int32ShiftRightUnsigned.info.isGuard)
        #expect(!IROpcode.int32BitAnd.info.isGuard && !IROpcode.doubleAdd.info.isGuard)
        #expect(IROpcode.checkShape.info.isGuard && IROpcode.checkShape.info.reads == .shapes && IROpcode.checkShape.info.result == .cell)
        #expect(IROpcode.loadSlot.info.reads == .slots && IROpcode.storeSlot.info.writes == .slots && !IROpcode.storeSlot.info.isMovable)
        #expect(IROpcode.addSlot.info.writes == [.shapes, .slots])
        #expect(IROpcode.checkBounds.info.isGuard && IROpcode.loadElement.info.isGuard && IROpcode.loadElement.info.reads == .elements)
        #expect(IROpcode.checkFunction.info.isGuard && IROpcode.callDirect.info.calls && IROpcode.generic.info.calls)
        #expect(IROpcode.callDirect.info.variadic?.type == .value(.boxed))
        #expect(IROpcode.boxedPhi.info.variadic?.type == .value(.boxed) && IROpcode.int32Phi.info.result == .int32)
        #expect(IROpcode.branch.info.control == .branch && IROpcode.deopt.info.control == .deopt && IROpcode.return.info.control == .return)
        #expect(IROpcode.int32Compare.info.operands.first?.type == .attribute(.condition))
    }

    /// The identity guards hand their operand on: the checked index, array, string and shape
    /// cost no copy and no register of their own.
    @Test func identityGuardsForwardTheirOperand() {
        for opcode in [IROpcode.checkBounds, .checkArray, .checkString, .checkShape, .checkNotEmpty] {
            #expect(opcode.info.isGuard && opcode.info.forwardedOperand == 0, "\(opcode.info.name)")
        }
        for opcode in [IROpcode.unboxInt32, .unboxNumber, .int32Add, .loadElement] { #expect(opcode.info.forwardedOperand == nil, "\(opcode.info.name)") }
    }

    static func typeName(_ type: IROperandType) -> String {
        switch type {
        case .value(let value): return value.name
        case .attribute(let attribute): return attribute.name
        }
    }

    /// A region set as the spec writes it: `any` alone, or the names in spec order.
    static func names(_ regions: IRRegions) -> [String] {
        regions == .all && !regions.isEmpty ? ["any"] : IRRegions.names.filter { regions.contains($0.0) }.map(\.1)
    }
}
