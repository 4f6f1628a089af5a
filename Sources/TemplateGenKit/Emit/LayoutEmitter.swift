/// Emits `Layout.swift`: the constants, cell field offsets, pinned registers and frame slots of
/// `Specs/layout.yaml`, as the runtime and the JIT tiers use them.
struct LayoutEmitter {
    let spec: LayoutSpec

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file])
        w.doc("A field of a heap cell at a fixed byte offset, which JIT code reads directly.")
        w.block("public struct CellField: Sendable, Hashable") { w in
            w.line("public let offset: Int")
            w.line("public let width: Int")
        }
        w.line()
        w.doc("A machine register reserved for one role in all JIT code.")
        w.block("public struct PinnedRegister: Sendable, Hashable") { w in
            w.line("public let role: String")
            w.line("public let name: String")
            w.doc("The register's number in x86-64 encodings (REX.B/R/X plus the 3-bit field).")
            w.line("public let encoding: UInt8")
            w.doc("The constant the register always holds while JIT code runs, if any.")
            w.line("public let holds: UInt64?")
        }
        w.line()
        w.doc("A named layout constant, for tables and tools that list them all.")
        w.block("public struct LayoutConstant: Sendable, Hashable") { w in
            w.line("public let name: String")
            w.line("public let value: UInt64")
        }
        w.line()
        w.doc("The memory layout that the runtime, the interpreter and both JIT tiers agree on.")
        w.block("public enum Layout") { w in
            for constant in spec.constants {
                w.specComment(spec.file, constant.line)
                w.doc(constant.doc)
                w.line("public static let \(constant.name.lowerCamel): UInt64 = \(hexLiteral(constant.value))")
            }
            w.line()
            w.doc("Every constant in spec order, by its spec name.")
            w.line("public static let allConstants: [LayoutConstant] = [")
            for constant in spec.constants {
                w.line("    LayoutConstant(name: \(swiftLiteral(constant.name)), value: \(hexLiteral(constant.value))),")
            }
            w.line("]")
            for cell in spec.cells { emitCell(cell, &w) }
            emitPinnedRegisters(&w)
            emitFrame(&w)
        }
        return w.text
    }

    private func emitCell(_ cell: LayoutSpec.Cell, _ w: inout SwiftWriter) {
        w.line()
        w.specComment(spec.file, cell.line)
        w.doc(cell.doc)
        w.block("public enum \(cell.name)") { w in
            w.doc("Bytes in the fixed part of the cell.")
            w.line("public static let size = \(cell.size)")
            for field in spec.allFields(of: cell) {
                w.specComment(spec.file, field.line)
                w.doc(field.doc)
                w.line("public static let \(field.name) = CellField(offset: \(field.offset), width: \(field.width))")
            }
        }
    }

    private func emitPinnedRegisters(_ w: inout SwiftWriter) {
        w.line()
        w.doc("Registers that hold the same thing in all JIT code; all are callee-saved, so calls preserve them.")
        w.block("public enum PinnedRegisters") { w in
            for reg in spec.pinnedRegisters {
                w.specComment(spec.file, reg.line)
                w.doc(reg.doc)
                let holds = reg.holds.flatMap { spec.constant(named: $0) }.map { hexLiteral($0.value) } ?? "nil"
                w.line("public static let \(reg.name) = PinnedRegister(role: \(swiftLiteral(reg.name)), name: \(swiftLiteral(reg.register)), encoding: \(reg.encoding), holds: \(holds))")
            }
            w.line("public static let all: [PinnedRegister] = [\(spec.pinnedRegisters.map(\.name).joined(separator: ", "))]")
        }
    }

    private func emitFrame(_ w: inout SwiftWriter) {
        w.line()
        w.doc("Slot indices of the frame header at the start of every frame in the VM register file;")
        w.doc("the function's own registers follow it.")
        w.block("public enum Frame") { w in
            for slot in spec.frameHeader {
                w.specComment(spec.file, slot.line)
                w.doc(slot.doc)
                w.line("public static let \(slot.name) = \(slot.index)")
            }
            w.line("public static let headerSlotCount = \(spec.frameHeader.count)")
            w.line("public static let headerSlotNames: [String] = [\(spec.frameHeader.map { swiftLiteral($0.name) }.joined(separator: ", "))]")
        }
    }
}
