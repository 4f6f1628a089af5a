import Foundation
import JIT
import Testing
import TemplateGenKit

/// The generated `Opcode`, `OperandKind` and `Layout` tables say exactly what the YAML says.
struct GeneratedTablesTests {
    @Test func operandKindsMatchTheSpec() throws {
        let rows = try #require(SpecPaths.tree("opcodes.yaml")["operand_kinds"]?.sequence)
        #expect(OperandKind.allCases.count == rows.count)
        for (kind, row) in zip(OperandKind.allCases, rows) {
            #expect(kind.name == row["name"]?.text)
            #expect("\(kind.role)" == row["role"]?.text)
            #expect(kind.width == row["width"]?.int)
            #expect(kind.isSigned == (row["signed"]?.text == "true"))
            #expect(kind.prefix == (row["prefix"]?.text ?? ""))
            let bits = kind.width * 8
            let expectedRange: ClosedRange<Int64> = kind.isSigned
                ? -(Int64(1) << (bits - 1))...((Int64(1) << (bits - 1)) - 1)
                : 0...((Int64(1) << bits) - 1)
            #expect(kind.range == expectedRange)
        }
    }

    @Test func everyOpcodeMatchesItsRow() throws {
        let tree = try SpecPaths.tree("opcodes.yaml")
        let rows = try #require(tree["opcodes"]?.sequence)
        let kindWidths = Dictionary(uniqueKeysWithValues: (tree["operand_kinds"]?.sequence ?? []).map { ($0["name"]!.text, $0["width"]!.int) })
        #expect(Opcode.allCases.count == rows.count)
        for (index, (opcode, row)) in zip(Opcode.allCases, rows).enumerated() {
            let info = opcode.info
            #expect(Int(opcode.rawValue) == index, "encoding byte is the row's position")
            #expect(info.name == row["name"]?.text)
            #expect(opcode.name == info.name)
            #expect(info.doc == row["doc"]?.text)
            #expect(info.specLine == row.mark.line)
            let operandRows = row["operands"]?.sequence ?? []
            #expect(info.operands.map(\.name) == operandRows.map { $0.mapping![0].key.text })
            #expect(info.operands.map(\.kind.name) == operandRows.map { $0.mapping![0].value.text })
            var offset = 1
            for (operand, operandRow) in zip(info.operands, operandRows) {
                #expect(operand.offset == offset, "\(info.name).\(operand.name) offset")
                let width = kindWidths[operandRow.mapping![0].value.text] ?? -1
                #expect(operand.width == width)
                offset += width
            }
            #expect(info.length == offset)
            #expect(opcode.length == offset)
            #expect("\(info.feedback)" == (row["feedback"]?.text ?? "none"))
            #expect("\(info.control)" == (row["control"]?.text ?? "next"))
            let effects = (row["effects"]?.sequence ?? []).map(\.text)
            #expect(OpcodeEffects.names.filter { info.effects.contains($0.0) }.map(\.1) == OpcodeEffects.names.map(\.1).filter(effects.contains))
            #expect(Set(effects).count == effects.count)
        }
    }

    /// DESIGN §4 fixes the value encoding (JavaScriptCore's); the generated constants must match it.
    @Test func valueEncodingIsTheDesignedOne() {
        #expect(Layout.numberTag == 0xFFFE_0000_0000_0000)
        #expect(Layout.doubleEncodeOffset == 1 << 49)
        #expect(Layout.valueNull == 0x02)
        #expect(Layout.valueFalse == 0x06)
        #expect(Layout.valueTrue == 0x07)
        #expect(Layout.valueUndefined == 0x0A)
        #expect(Layout.notCellMask == Layout.numberTag | Layout.otherTag)
        #expect(Layout.int32Min == UInt64(bitPattern: Int64(Int32.min)))
        #expect(Layout.allConstants.first { $0.name == "NumberTag" }?.value == Layout.numberTag)
    }

    @Test func literalConstantsMatchTheSpec() throws {
        let rows = try #require(SpecPaths.tree("layout.yaml")["constants"]?.sequence)
        #expect(Layout.allConstants.map(\.name) == rows.map { $0["name"]!.text })
        for (constant, row) in zip(Layout.allConstants, rows) {
            let text = row["value"]!.text
            if let literal = parseInteger(text) { #expect(constant.value == literal, "\(constant.name)") }
        }
    }

    @Test func cellFieldsMatchTheSpec() throws {
        let rows = try #require(SpecPaths.tree("layout.yaml")["cells"]?.sequence)
        let generated: [String: (size: Int, fields: [String: CellField])] = [
            "CellHeader": (Layout.CellHeader.size, ["shape": Layout.CellHeader.shape, "kind": Layout.CellHeader.kind, "gcBits": Layout.CellHeader.gcBits, "flags": Layout.CellHeader.flags, "aux": Layout.CellHeader.aux]),
            "ObjectCell": (Layout.ObjectCell.size, ["outOfLineSlots": Layout.ObjectCell.outOfLineSlots, "inlineSlots": Layout.ObjectCell.inlineSlots, "shape": Layout.ObjectCell.shape]),
            "ArrayCell": (Layout.ArrayCell.size, ["elements": Layout.ArrayCell.elements, "length": Layout.ArrayCell.length, "inlineSlots": Layout.ArrayCell.inlineSlots]),
            "StringCell": (Layout.StringCell.size, ["hash": Layout.StringCell.hash, "characters": Layout.StringCell.characters]),
            "RopeCell": (Layout.RopeCell.size, ["left": Layout.RopeCell.left, "right": Layout.RopeCell.right, "flat": Layout.RopeCell.flat]),
            "StorageCell": (Layout.StorageCell.size, ["values": Layout.StorageCell.values]),
            "FunctionCell": (Layout.FunctionCell.size, ["chunk": Layout.FunctionCell.chunk, "nativeEntry": Layout.FunctionCell.nativeEntry, "profile": Layout.FunctionCell.profile]),
        ]
        #expect(rows.map { $0["name"]!.text }.sorted() == generated.keys.sorted())
        for row in rows {
            let name = row["name"]!.text
            let cell = try #require(generated[name])
            #expect(cell.size == row["size"]?.int, "\(name).size")
            for fieldRow in row["fields"]?.sequence ?? [] {
                let field = try #require(cell.fields[fieldRow["name"]!.text], "\(name).\(fieldRow["name"]!.text) is generated")
                #expect(field.offset == fieldRow["offset"]?.int)
                #expect(field.width == fieldRow["width"]?.int)
            }
        }
    }

    @Test func pinnedRegistersAndFrameMatchTheSpec() throws {
        let tree = try SpecPaths.tree("layout.yaml")
        let rows = try #require(tree["pinned_registers"]?.sequence)
        #expect(Layout.PinnedRegisters.all.map(\.role) == rows.map { $0["name"]!.text })
        #expect(Layout.PinnedRegisters.all.map(\.name) == rows.map { $0["register"]!.text })
        let encodings = ["rbx": 3, "rbp": 5, "r12": 12, "r13": 13, "r14": 14, "r15": 15]
        for register in Layout.PinnedRegisters.all { #expect(Int(register.encoding) == encodings[register.name]) }
        #expect(Layout.PinnedRegisters.numberTag.holds == Layout.numberTag)
        #expect(Layout.PinnedRegisters.notCellMask.holds == Layout.notCellMask)
        #expect(Layout.PinnedRegisters.frame.holds == nil)
        let slots = try #require(tree["frame"]?["header"]?.sequence)
        #expect(Layout.Frame.headerSlotNames == slots.map { $0["name"]!.text })
        #expect(Layout.Frame.headerSlotCount == slots.count)
        #expect([Layout.Frame.callerFrame, Layout.Frame.returnOffset, Layout.Frame.callee, Layout.Frame.argumentCount, Layout.Frame.thisValue] == Array(0..<slots.count))
    }
}
