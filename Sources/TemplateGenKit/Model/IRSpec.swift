/// `Specs/ir.yaml`: the optimizing tier's IR — the types its values and attributes have, the
/// abstract heap regions effects name, and every IR op.
public struct IRSpec: Sendable {
    public enum TypeKind: String, CaseIterable, Sendable {
        /// An SSA value: computed by an op, kept in a machine register or a stack slot.
        case value
        /// Fixed when the op is built and stored in it: a slot index, a shape, a constant.
        case attribute
    }

    /// How an attribute prints in IR text.
    public enum AttributeFormat: String, CaseIterable, Sendable {
        case decimal, hex, double, value, condition
    }

    public enum Control: String, CaseIterable, Sendable {
        /// Falls through to the next op in its block.
        case next
        /// Ends a block: always goes to one successor.
        case jump
        /// Ends a block: goes to one of two successors.
        case branch
        /// Ends a block: leaves the function with a value.
        case `return`
        /// Ends a block: leaves optimized code for the interpreter, always.
        case deopt
    }

    public struct IRType: Sendable {
        public var name: String
        public var kind: TypeKind
        public var format: AttributeFormat?
        public var doc: String
        public var line: Int
    }

    public struct Region: Sendable {
        public var name: String
        public var doc: String
        public var line: Int
    }

    public struct Operand: Sendable {
        public var name: String
        public var type: String
        public var line: Int
    }

    /// The regions an op reads or writes; `all` stands for every region (`any` in the spec).
    public struct RegionSet: Sendable, Equatable {
        public var all = false
        public var names: [String] = []

        public var isEmpty: Bool { !all && names.isEmpty }
    }

    public struct Effects: Sendable {
        public var reads = RegionSet()
        public var writes = RegionSet()
        /// May call into the runtime: anything may happen there, and the collector may run.
        public var calls = false
        /// Allocates on the heap (so the collector may run).
        public var allocates = false

        public var isPure: Bool { reads.isEmpty && writes.isEmpty && !calls && !allocates }
    }

    public struct Op: Sendable {
        public var name: String
        public var doc: String
        public var operands: [Operand]
        /// After the fixed operands, any number of values of one type (phi inputs, call arguments).
        public var variadic: Operand?
        /// A value type, or nil for an op without a result.
        public var result: String?
        public var effects: Effects
        public var isMovable: Bool
        public var isGuard: Bool
        /// The value operand whose bits the result is, unchanged (a guard that checks it): the
        /// backend hands that operand to the op's users, so the result costs no register or copy.
        public var forwards: String?
        public var control: Control
        public var print: String
        public var line: Int
    }

    public var file: String
    public var types: [IRType] = []
    public var regions: [Region] = []
    public var ops: [Op] = []

    public func type(named name: String) -> IRType? { types.first { $0.name == name } }

    /// The most regions the generated region set (a 64-bit option set) can hold.
    public static let maxRegions = 64
}

extension IRSpec {
    static let topLevelKeys = ["types", "regions", "ops"]
    static let typeKeys = ["name", "kind", "format", "doc"]
    static let regionKeys = ["name", "doc"]
    static let opKeys = ["name", "doc", "operands", "variadic", "result", "effects", "movable", "guard", "forwards", "control", "print"]
    static let effectKeys = ["reads", "writes", "calls", "allocates"]
    /// In `reads:`/`writes:`, every region.
    static let anyRegion = "any"

    public static func decode(_ root: YAMLNode, file: String, sink: DiagnosticSink) -> IRSpec {
        let reader = SpecReader(file: file, sink: sink)
        var spec = IRSpec(file: file)
        let fileEntity = SpecEntity("spec", lastPathComponent(file))
        guard let top = reader.fields(root, fileEntity, field: "(top level)", allowed: topLevelKeys) else { return spec }
        if let node = top.required("types"), let items = reader.list(node, fileEntity, field: "types") {
            for (index, item) in items.enumerated() { spec.decodeType(item, index: index, reader) }
        }
        if let node = top.required("regions"), let items = reader.list(node, fileEntity, field: "regions") {
            for (index, item) in items.enumerated() { spec.decodeRegion(item, index: index, reader) }
            if items.count > maxRegions, let extra = items.dropFirst(maxRegions).first {
                reader.error(extra.mark, fileEntity, field: "regions", "\(items.count) regions do not fit a 64-bit region set; at most \(maxRegions) are allowed")
            }
        }
        if let node = top.required("ops"), let items = reader.list(node, fileEntity, field: "ops") {
            for (index, item) in items.enumerated() { spec.decodeOp(item, index: index, reader) }
        }
        return spec
    }

    private mutating func decodeType(_ item: YAMLNode, index: Int, _ reader: SpecReader) {
        var entity = SpecEntity("type", "#\(index + 1)")
        guard let fields = reader.fields(item, entity, field: "types", allowed: Self.typeKeys) else { return }
        let nameNode = fields.required("name")
        let name = nameNode.flatMap { reader.identifier($0, entity, field: "name", style: .camelCase) }
        if let name { entity.name = name }
        let kind = fields.required("kind").flatMap { reader.choice($0, entity, field: "kind", TypeKind.allCases.map { ($0.rawValue, $0) }) }
        let formatNode = fields.optional("format")
        let format = formatNode.flatMap { reader.choice($0, entity, field: "format", AttributeFormat.allCases.map { ($0.rawValue, $0) }) }
        let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
        guard let name, let kind, let doc, formatNode == nil || format != nil else { return }
        if let twin = types.first(where: { $0.name == name }) {
            reader.error(nameNode!.mark, entity, field: "name", "duplicate type name; first defined at line \(twin.line)")
            return
        }
        if kind == .attribute && format == nil {
            reader.error(item.mark, entity, field: "format", "an attribute type says how it prints; allowed: \(AttributeFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            return
        }
        if kind == .value, let formatNode {
            reader.error(formatNode.mark, entity, field: "format", "only attribute types have a format; a value prints as its SSA name")
            return
        }
        types.append(IRType(name: name, kind: kind, format: format, doc: doc, line: item.mark.line))
    }

    private mutating func decodeRegion(_ item: YAMLNode, index: Int, _ reader: SpecReader) {
        var entity = SpecEntity("region", "#\(index + 1)")
        guard let fields = reader.fields(item, entity, field: "regions", allowed: Self.regionKeys) else { return }
        let nameNode = fields.required("name")
        // `any` is checked first: as a Swift keyword it would only be "not a valid name".
        let name = nameNode.flatMap { node -> String? in
            if node.scalar == Self.anyRegion {
                reader.error(node.mark, entity, field: "name", "'\(Self.anyRegion)' stands for every region in effects; choose another name")
                return nil
            }
            return reader.identifier(node, entity, field: "name", style: .camelCase)
        }
        if let name { entity.name = name }
        let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
        guard let name, let doc else { return }
        if let twin = regions.first(where: { $0.name == name }) {
            reader.error(nameNode!.mark, entity, field: "name", "duplicate region name; first defined at line \(twin.line)")
            return
        }
        regions.append(Region(name: name, doc: doc, line: item.mark.line))
    }

    private mutating func decodeOp(_ item: YAMLNode, index: Int, _ reader: SpecReader) {
        var entity = SpecEntity("op", "#\(index + 1)")
        guard let fields = reader.fields(item, entity, field: "ops", allowed: Self.opKeys) else { return }
        let nameNode = fields.required("name")
        let name = nameNode.flatMap { reader.identifier($0, entity, field: "name", style: .pascalCase) }
        if let name { entity.name = name }
        let doc = fields.required("doc").flatMap { reader.string($0, entity, field: "doc") }
        let operands = fields.optional("operands").map { decodeOperands($0, reader, entity) } ?? []
        let variadicNode = fields.optional("variadic")
        let variadic = variadicNode.flatMap { decodeOperand($0, reader, entity, field: "variadic") }
        let resultNode = fields.required("result")
        let result = resultNode.flatMap { reader.string($0, entity, field: "result") }
        let effects = fields.optional("effects").map { decodeEffects($0, reader, entity) } ?? Effects()
        let movableNode = fields.optional("movable")
        let isMovable = movableNode.flatMap { reader.bool($0, entity, field: "movable") } ?? false
        let isGuard = fields.optional("guard").flatMap { reader.bool($0, entity, field: "guard") } ?? false
        let forwardsNode = fields.optional("forwards")
        let forwards = forwardsNode.flatMap { reader.string($0, entity, field: "forwards") }
        let controlNode = fields.optional("control")
        let control = controlNode.map { reader.choice($0, entity, field: "control", Control.allCases.map { ($0.rawValue, $0) }) } ?? Control.next
        let printNode = fields.required("print")
        let print = printNode.flatMap { reader.string($0, entity, field: "print") }
        guard let name, let doc, let operands, let result, let effects, let control, let print else { return }
        if variadicNode != nil && variadic == nil { return }
        if forwardsNode != nil && forwards == nil { return }

        if let twin = ops.first(where: { $0.name == name }) {
            reader.error(nameNode!.mark, entity, field: "name", "duplicate op name; first defined at line \(twin.line)")
            return
        }
        if let variadic, operands.contains(where: { $0.name == variadic.name }) {
            reader.error(variadicNode!.mark, entity, field: "variadic", "'\(variadic.name)' is already the name of an operand")
            return
        }
        if let variadic, type(named: variadic.type)?.kind != .value {
            reader.error(variadicNode!.mark, entity, field: "variadic", "'\(variadic.type)' is an attribute type; variadic operands are values")
            return
        }
        var resultType: String?
        if result != "none" {
            guard let type = type(named: result) else {
                reader.error(resultNode!.mark, entity, field: "result", "unknown type '\(result)'; use none or one of the value types: \(valueTypeNames)")
                return
            }
            guard type.kind == .value else {
                reader.error(resultNode!.mark, entity, field: "result", "'\(result)' is an attribute type; a result is a value: \(valueTypeNames)")
                return
            }
            resultType = result
        }
        if control != .next && (resultType != nil || isMovable) {
            reader.error(controlNode!.mark, entity, field: "control", "'\(control.rawValue)' ends a block: such an op has result none and is not movable")
            return
        }
        if isMovable && (!effects.writes.isEmpty || effects.calls || effects.allocates) {
            reader.error(movableNode!.mark, entity, field: "movable", "an op that writes, calls or allocates cannot move; only pure ops and reads can")
            return
        }
        if let forwards, !checkForwards(forwards, operands: operands, result: resultType, mark: forwardsNode!.mark, reader, entity) { return }
        let printed = operands + (variadic.map { [$0] } ?? [])
        guard checkPrint(print, printed, mark: printNode!.mark, reader, entity) else { return }
        ops.append(Op(name: name, doc: doc, operands: operands, variadic: variadic, result: resultType, effects: effects,
                      isMovable: isMovable, isGuard: isGuard, forwards: forwards, control: control, print: print, line: item.mark.line))
    }

    /// `forwards:` names a value operand whose bits the result keeps: same type, except that a
    /// boxed value and a cell are both a pointer's bits.
    private func checkForwards(_ name: String, operands: [Operand], result: String?, mark: SourceMark, _ reader: SpecReader, _ entity: SpecEntity) -> Bool {
        let values = operands.filter { type(named: $0.type)?.kind == .value }
        guard let operand = operands.first(where: { $0.name == name }) else {
            reader.error(mark, entity, field: "forwards", "'\(name)' names no operand; the value operands are: \(values.map(\.name).joined(separator: ", "))")
            return false
        }
        guard values.contains(where: { $0.name == name }) else {
            reader.error(mark, entity, field: "forwards", "'\(name)' is an attribute, fixed when the op is built; only a value operand can be forwarded")
            return false
        }
        guard let result else {
            reader.error(mark, entity, field: "forwards", "the op has no result to stand for its operand")
            return false
        }
        let pointerBits: Set<String> = ["boxed", "cell"]
        guard operand.type == result || (pointerBits.contains(operand.type) && pointerBits.contains(result)) else {
            reader.error(mark, entity, field: "forwards", "'\(name)' is \(article(operand.type)) \(operand.type) and the result \(article(result)) \(result); forwarding keeps the bits, so the types must match (boxed and cell count as one)")
            return false
        }
        return true
    }

    private var valueTypeNames: String { types.filter { $0.kind == .value }.map(\.name).joined(separator: ", ") }

    /// `operands:` is a list of one-pair mappings, `- lhs: int32`, as in opcodes.yaml.
    private func decodeOperands(_ node: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity) -> [Operand]? {
        guard let items = reader.list(node, entity, field: "operands") else { return nil }
        var operands: [Operand] = []
        var ok = true
        for item in items {
            guard let operand = decodeOperand(item, reader, entity, field: "operands") else { ok = false; continue }
            if operands.contains(where: { $0.name == operand.name }) {
                reader.error(item.mark, entity, field: "operands", "duplicate operand name '\(operand.name)'")
                ok = false
                continue
            }
            operands.append(operand)
        }
        return ok ? operands : nil
    }

    private func decodeOperand(_ item: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity, field: String) -> Operand? {
        guard let pairs = item.mapping, pairs.count == 1, let name = pairs[0].key.scalar else {
            reader.error(item.mark, entity, field: field, "each operand is written 'name: type', found \(item.kindDescription)")
            return nil
        }
        let (keyNode, typeNode) = pairs[0]
        guard IdentifierStyle.camelCase.accepts(name) else {
            reader.error(keyNode.mark, entity, field: field, "'\(name)' is not a valid operand name; expected \(IdentifierStyle.camelCase.description)")
            return nil
        }
        guard let typeName = reader.string(typeNode, entity, field: field) else { return nil }
        guard type(named: typeName) != nil else {
            reader.error(typeNode.mark, entity, field: field, "operand '\(name)' has unknown type '\(typeName)'; known types are: \(types.map(\.name).joined(separator: ", "))")
            return nil
        }
        return Operand(name: name, type: typeName, line: keyNode.mark.line)
    }

    private func decodeEffects(_ node: YAMLNode, _ reader: SpecReader, _ entity: SpecEntity) -> Effects? {
        guard let fields = reader.fields(node, entity, field: "effects", allowed: Self.effectKeys) else { return nil }
        var effects = Effects()
        var ok = true
        for (key, path) in [("reads", \Effects.reads), ("writes", \Effects.writes)] {
            guard let listNode = fields.optional(key), let items = reader.list(listNode, entity, field: key) else { continue }
            var set = RegionSet()
            for item in items {
                guard let region = reader.string(item, entity, field: key) else { ok = false; continue }
                if region == Self.anyRegion {
                    set.all = true
                } else if regions.contains(where: { $0.name == region }) {
                    if set.names.contains(region) {
                        reader.error(item.mark, entity, field: key, "'\(region)' is listed twice")
                        ok = false
                    }
                    set.names.append(region)
                } else {
                    reader.error(item.mark, entity, field: key, "unknown region '\(region)'; known regions are: \((regions.map(\.name) + [Self.anyRegion]).joined(separator: ", "))")
                    ok = false
                }
            }
            if set.all && !set.names.isEmpty {
                reader.error(listNode.mark, entity, field: key, "'\(Self.anyRegion)' already names every region; list it alone")
                ok = false
            }
            effects[keyPath: path] = set
        }
        effects.calls = fields.optional("calls").flatMap { reader.bool($0, entity, field: "calls") } ?? false
        effects.allocates = fields.optional("allocates").flatMap { reader.bool($0, entity, field: "allocates") } ?? false
        return ok ? effects : nil
    }

    /// A print format names each operand once, as `{name}`, and nothing else in braces.
    private func checkPrint(_ format: String, _ operands: [Operand], mark: SourceMark, _ reader: SpecReader, _ entity: SpecEntity) -> Bool {
        guard let holes = Self.printHoles(format) else {
            reader.error(mark, entity, field: "print", "unbalanced '{' or '}' in \(swiftLiteral(format)); operands are written {name}")
            return false
        }
        var ok = true
        for hole in holes where !operands.contains(where: { $0.name == hole }) {
            reader.error(mark, entity, field: "print", "{\(hole)} names no operand; the operands are: \(operands.isEmpty ? "(none)" : operands.map(\.name).joined(separator: ", "))")
            ok = false
        }
        for operand in operands {
            let count = holes.filter { $0 == operand.name }.count
            if count != 1 {
                reader.error(mark, entity, field: "print", "operand '\(operand.name)' must be printed exactly once, as {\(operand.name)}; it appears \(count) times")
                ok = false
            }
        }
        return ok
    }

    /// The names in `{...}` holes, in order; nil when braces do not pair up.
    public static func printHoles(_ format: String) -> [String]? {
        var holes: [String] = []
        var current: String?
        for character in format {
            switch character {
            case "{":
                if current != nil { return nil }
                current = ""
            case "}":
                guard let name = current else { return nil }
                holes.append(name)
                current = nil
            default:
                current?.append(character)
            }
        }
        return current == nil ? holes : nil
    }
}
