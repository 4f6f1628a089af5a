import X64Assembler

/// `Specs/layout.yaml`: value encoding constants, heap cell layouts, pinned machine registers and
/// the frame header, shared by the runtime and every JIT tier.
public struct LayoutSpec: Sendable {
    public struct Constant: Sendable {
        public var name: String
        public var value: UInt64
        public var doc: String
        public var line: Int
    }

    public struct Field: Sendable {
        public var name: String
        public var offset: Int
        public var width: Int
        public var doc: String
        public var line: Int
        public var column: Int
    }

    public struct Cell: Sendable {
        public var name: String
        public var doc: String
        public var size: Int
        public var base: String?
        /// Own fields only; `allFields` adds those of the cell it extends.
        public var fields: [Field]
        public var line: Int
        /// Where `size` is written, for size errors found after decoding.
        public var sizeMark: SourceMark
    }

    public struct PinnedRegister: Sendable {
        public var name: String
        public var register: String
        public var encoding: Int
        public var holds: String?
        public var doc: String
        public var line: Int
    }

    public struct FrameSlot: Sendable {
        public var name: String
        public var index: Int
        public var doc: String
        public var line: Int
    }

    public var file: String
    public var constants: [Constant] = []
    public var cells: [Cell] = []
    public var pinnedRegisters: [PinnedRegister] = []
    public var frameHeader: [FrameSlot] = []

    public func constant(named name: String) -> Constant? { constants.first { $0.name == name } }

    public func cell(named name: String) -> Cell? { cells.first { $0.name == name } }

    /// Fields of a cell including those inherited through `extends`, in offset order.
    public func allFields(of cell: Cell) -> [Field] {
        var inherited: [Field] = []
        if let base = cell.base, let baseCell = self.cell(named: base) { inherited = allFields(of: baseCell) }
        return (inherited + cell.fields).sorted { $0.offset < $1.offset }
    }
}

extension LayoutSpec {
    static let topLevelKeys = ["constants", "cells", "pinned_registers", "frame"]

    /// Decodes and validates a layout spec; every problem goes to `sink`.
    public static func decode(_ root: YAMLNode, file: String, sink: DiagnosticSink) -> LayoutSpec {
        let reader = SpecReader(file: file, sink: sink)
        var spec = LayoutSpec(file: file)
        let fileEntity = SpecEntity("spec", lastPathComponent(file))
        guard let top = reader.fields(root, fileEntity, field: "(top level)", allowed: topLevelKeys) else { return spec }
        if let node = top.required("constants") { spec.decodeConstants(node, reader, fileEntity) }
        if let node = top.required("cells") { spec.decodeCells(node, reader, fileEntity) }
        if let node = top.required("pinned_registers") { spec.decodePinnedRegisters(node, reader, fileEntity) }
        if let node = top.required("frame") { spec.decodeFrame(node, reader, fileEntity) }
        return spec
    }

    private mutating func decodeConstants(_ node: YAMLNode, _ reader: SpecReader, _ fileEntity: SpecEntity) {
        guard let items = reader.list(node, fileEntity, field: "constants") else { return }
        var firstLine: [String: Int] = [:]
        // Constants whose value could not be computed: already reported, so constants defined
        // from them are dropped quietly instead of adding one cascading error each.
        var broken: Set<String> = []
        for (index, item) in items.enumerated() {
            var entity = SpecEntity("constant", "#\(index + 1)")
            guard let fields = reader.fields(item, entity, field: "constants", allowed: ["name", "value", "doc"]) else { continue }
            let name = fields.required("name").flatMap { reader.identifier($0, entity, field: "name", style: .pascalCase) }
            if let name { entity.name = name }
            let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
            let value = fields.required("value").flatMap { evaluate($0, reader, entity, broken: broken) }
            guard let name, let doc, let value else {
                if let name { broken.insert(name) }
                continue
            }
            if let line = firstLine[name] {
                reader.error(item.mark, entity, field: "name", "duplicate constant name; first defined at line \(line)")
                continue
            }
            firstLine[name] = item.mark.line
            constants.append(Constant(name: name, value: value, doc: doc, line: item.mark.line))
        }
    }

    /// An integer literal, or an expression over constants defined above; errors point at the
    /// exact column of the offending name.
    private func evaluate(_ node: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity, broken: Set<String>) -> UInt64? {
        guard case .scalar(let text, let style) = node.content, !node.isNull, style != .block else {
            reader.error(node.mark, entity, field: "value", "expected an integer or a constant expression, found \(node.kindDescription)")
            return nil
        }
        var usesBroken = false
        do {
            let value = try ConstantExpression.evaluate(text) { name in
                if broken.contains(name) { usesBroken = true; return 0 }
                return constant(named: name)?.value
            }
            return usesBroken ? nil : value
        } catch {
            // Plain scalars start at their first character, quoted ones one column earlier.
            let column = node.mark.column + (style == .quoted ? 1 : 0) + error.offset
            reader.error(SourceMark(line: node.mark.line, column: column), entity, field: "value", error.message)
            return nil
        }
    }

    private mutating func decodeCells(_ node: YAMLNode, _ reader: SpecReader, _ fileEntity: SpecEntity) {
        guard let items = reader.list(node, fileEntity, field: "cells") else { return }
        for (index, item) in items.enumerated() {
            var entity = SpecEntity("cell", "#\(index + 1)")
            guard let fields = reader.fields(item, entity, field: "cells", allowed: ["name", "doc", "size", "extends", "fields"]) else { continue }
            let name = fields.required("name").flatMap { reader.identifier($0, entity, field: "name", style: .pascalCase) }
            if let name { entity.name = name }
            let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
            let size = fields.required("size").flatMap { reader.integer($0, entity, field: "size", range: 8...65536) }
            var base: String?
            if let baseNode = fields.optional("extends"), let baseName = reader.string(baseNode, entity, field: "extends") {
                if cell(named: baseName) == nil {
                    let known = cells.map(\.name).joined(separator: ", ")
                    reader.error(baseNode.mark, entity, field: "extends", "'\(baseName)' is not a cell defined above; defined cells: \(known.isEmpty ? "none" : known)")
                } else {
                    base = baseName
                }
            }
            var own: [Field] = []
            if let list = fields.required("fields").flatMap({ reader.list($0, entity, field: "fields") }) {
                for fieldNode in list {
                    if let field = decodeField(fieldNode, reader, entity) { own.append(field) }
                }
            }
            guard let name, let doc, let size else { continue }
            if let earlier = cell(named: name) {
                reader.error(item.mark, entity, field: "name", "duplicate cell name; first defined at line \(earlier.line)")
                continue
            }
            if size % 8 != 0 {
                reader.error(fields.optional("size")!.mark, entity, field: "size", "\(size) is not a multiple of 8; cells are 8-byte aligned")
            }
            let cellSpec = Cell(name: name, doc: doc, size: Int(size), base: base, fields: own, line: item.mark.line, sizeMark: fields.optional("size")!.mark)
            checkFieldPlacement(cellSpec, reader, entity)
            cells.append(cellSpec)
        }
    }

    private func decodeField(_ node: YAMLNode, _ reader: SpecReader, _ cell: SpecEntity) -> Field? {
        guard let fields = reader.fields(node, cell, field: "fields", allowed: ["name", "offset", "width", "doc"]) else { return nil }
        let name = fields.required("name").flatMap { reader.identifier($0, cell, field: "fields", style: .camelCase) }
        let fieldLabel = "fields.\(name ?? "?")"
        let offset = fields.required("offset").flatMap { reader.integer($0, cell, field: fieldLabel + ".offset", range: 0...65535) }
        var width = fields.required("width").flatMap { reader.integer($0, cell, field: fieldLabel + ".width", range: 1...8) }
        if let w = width, ![1, 2, 4, 8].contains(w) {
            reader.error(fields.optional("width")!.mark, cell, field: fieldLabel + ".width", "\(w) is not a machine width; allowed: 1, 2, 4, 8")
            width = nil
        }
        let doc = fields.required("doc").flatMap { reader.string($0, cell, field: fieldLabel + ".doc") }
        guard let name, let offset, let width, let doc else { return nil }
        if offset % width != 0 {
            reader.error(fields.optional("offset")!.mark, cell, field: fieldLabel + ".offset", "offset \(offset) is not aligned to the field's width \(width)")
            return nil
        }
        return Field(name: name, offset: Int(offset), width: Int(width), doc: doc, line: node.mark.line, column: node.mark.column)
    }

    /// Fields (own and inherited) must fit in the cell and never overlap or share a name.
    private func checkFieldPlacement(_ cell: Cell, _ reader: SpecReader, _ entity: SpecEntity) {
        if let base = cell.base, let baseCell = self.cell(named: base), baseCell.size > cell.size {
            reader.error(cell.sizeMark, entity, field: "size", "\(cell.size) is smaller than the size \(baseCell.size) of '\(base)' it extends")
        }
        let inherited = cell.base.flatMap { self.cell(named: $0) }.map { allFields(of: $0) } ?? []
        var placed = inherited
        for field in cell.fields {
            let mark = SourceMark(line: field.line, column: field.column)
            if field.offset + field.width > cell.size {
                reader.error(mark, entity, field: "fields.\(field.name)", "bytes \(field.offset)..<\(field.offset + field.width) do not fit in the cell's size \(cell.size)")
            }
            if let twin = placed.first(where: { $0.name == field.name }) {
                reader.error(mark, entity, field: "fields.\(field.name)", "duplicate field name; first defined at line \(twin.line)")
            } else if let clash = placed.first(where: { field.offset < $0.offset + $0.width && $0.offset < field.offset + field.width }) {
                reader.error(mark, entity, field: "fields.\(field.name)", "bytes \(field.offset)..<\(field.offset + field.width) overlap field '\(clash.name)' (line \(clash.line))")
            }
            placed.append(field)
        }
    }

    private mutating func decodePinnedRegisters(_ node: YAMLNode, _ reader: SpecReader, _ fileEntity: SpecEntity) {
        guard let items = reader.list(node, fileEntity, field: "pinned_registers") else { return }
        // Pinned registers must survive calls into runtime helpers: only callee-saved ones will.
        let allowedNames = (0..<16).map { Reg(UInt8($0), .qword) }.filter(\.isCalleeSaved).map(\.description)
        for (index, item) in items.enumerated() {
            var entity = SpecEntity("pinned register", "#\(index + 1)")
            guard let fields = reader.fields(item, entity, field: "pinned_registers", allowed: ["name", "register", "holds", "doc"]) else { continue }
            let name = fields.required("name").flatMap { reader.identifier($0, entity, field: "name", style: .camelCase) }
            if let name { entity.name = name }
            let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
            var machine: (name: String, encoding: Int)?
            if let regNode = fields.required("register"), let regName = reader.string(regNode, entity, field: "register") {
                if let gpr = Reg.named(regName), gpr.size == .qword, gpr.isCalleeSaved {
                    if let taken = pinnedRegisters.first(where: { $0.register == regName }) {
                        reader.error(regNode.mark, entity, field: "register", "\(regName) is already pinned for '\(taken.name)' (line \(taken.line))")
                    } else {
                        machine = (gpr.description, Int(gpr.number))
                    }
                } else {
                    reader.error(regNode.mark, entity, field: "register", "'\(regName)' is not a callee-saved x86-64 register; allowed: \(allowedNames.joined(separator: ", "))")
                }
            }
            var holds: String?
            if let holdsNode = fields.optional("holds"), let constantName = reader.string(holdsNode, entity, field: "holds") {
                if constant(named: constantName) == nil {
                    reader.error(holdsNode.mark, entity, field: "holds", "'\(constantName)' is not a constant defined in 'constants'")
                } else {
                    holds = constantName
                }
            }
            guard let name, let doc, let machine else { continue }
            if let twin = pinnedRegisters.first(where: { $0.name == name }) {
                reader.error(item.mark, entity, field: "name", "duplicate pinned register name; first defined at line \(twin.line)")
                continue
            }
            pinnedRegisters.append(PinnedRegister(name: name, register: machine.name, encoding: machine.encoding, holds: holds, doc: doc, line: item.mark.line))
        }
    }

    private mutating func decodeFrame(_ node: YAMLNode, _ reader: SpecReader, _ fileEntity: SpecEntity) {
        let entity = SpecEntity("frame", "header")
        guard let fields = reader.fields(node, fileEntity, field: "frame", allowed: ["header"]),
              let list = fields.required("header").flatMap({ reader.list($0, entity, field: "header") })
        else { return }
        for item in list {
            guard let slot = reader.fields(item, entity, field: "header", allowed: ["name", "doc"]) else { continue }
            let name = slot.required("name").flatMap { reader.identifier($0, entity, field: "header", style: .camelCase) }
            let doc = slot.required("doc").flatMap { reader.string($0, entity, field: "header.\(name ?? "?").doc") }
            guard let name, let doc else { continue }
            if let twin = frameHeader.first(where: { $0.name == name }) {
                reader.error(item.mark, entity, field: "header.\(name)", "duplicate frame slot name; first defined at line \(twin.line)")
                continue
            }
            frameHeader.append(FrameSlot(name: name, index: frameHeader.count, doc: doc, line: item.mark.line))
        }
    }
}

/// The last path component without Foundation: `Specs/opcodes.yaml` → `opcodes.yaml`.
func lastPathComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

extension LayoutSpec {
    /// The names a baseline template may use, with their values: every constant (`NumberTag`),
    /// every cell field's byte offset (`ObjectCell.inlineSlots`), every frame header slot's index
    /// (`Frame.callee`) and the header's size in slots (`Frame.headerSlotCount`). The same
    /// values the generated `Layout` gives the runtime, so code and runtime cannot disagree.
    public var templateSymbols: [String: Int64] {
        var symbols: [String: Int64] = [:]
        for constant in constants { symbols[constant.name] = Int64(bitPattern: constant.value) }
        for cell in cells {
            for field in allFields(of: cell) { symbols["\(cell.name).\(field.name)"] = Int64(field.offset) }
        }
        for slot in frameHeader { symbols["Frame.\(slot.name)"] = Int64(slot.index) }
        symbols["Frame.headerSlotCount"] = Int64(frameHeader.count)
        return symbols
    }
}
