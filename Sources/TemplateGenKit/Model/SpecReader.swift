/// What an error is about: `opcode 'Add'`, `constant 'NumberTag'`, `spec 'opcodes.yaml'`.
public struct SpecEntity: Sendable, CustomStringConvertible {
    public var kind: String
    public var name: String

    public init(_ kind: String, _ name: String) {
        self.kind = kind
        self.name = name
    }

    public var description: String { "\(kind) '\(name)'" }
}

/// Strict decoding helpers shared by every spec file. Each problem becomes one diagnostic of the
/// form `<entity>: field '<field>': <what is wrong and what is allowed>`; decoding carries on
/// after an error so a single run reports everything.
final class SpecReader {
    let file: String
    let sink: DiagnosticSink

    init(file: String, sink: DiagnosticSink) {
        self.file = file
        self.sink = sink
    }

    func error(_ mark: SourceMark, _ entity: SpecEntity, field: String, _ what: String) {
        sink.error(file, mark, "\(entity): field '\(field)': \(what)")
    }

    /// Opens a mapping and rejects keys outside `allowed`, naming the keys that are allowed.
    func fields(_ node: YAMLNode, _ entity: SpecEntity, field: String, allowed: [String]) -> FieldSet? {
        var entity = entity
        // Name the row in every error, even those found before its `name` field is decoded.
        if let name = node.mapping?.first(where: { $0.key.scalar == "name" })?.value.scalar, !name.isEmpty {
            entity.name = name
        }
        guard let pairs = node.mapping else {
            error(node.mark, entity, field: field, "expected a mapping with keys \(allowed.joined(separator: ", ")), found \(node.kindDescription)")
            return nil
        }
        var values: [String: YAMLNode] = [:]
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            if allowed.contains(key) {
                values[key] = pair.value
            } else {
                error(pair.key.mark, entity, field: key, "unknown key; allowed keys are: \(allowed.joined(separator: ", "))")
            }
        }
        return FieldSet(reader: self, entity: entity, mark: node.mark, values: values)
    }

    func list(_ node: YAMLNode, _ entity: SpecEntity, field: String) -> [YAMLNode]? {
        if let items = node.sequence { return items }
        error(node.mark, entity, field: field, "expected a list, found \(node.kindDescription)")
        return nil
    }

    func string(_ node: YAMLNode, _ entity: SpecEntity, field: String) -> String? {
        if case .scalar(let text, _) = node.content, !node.isNull { return text }
        error(node.mark, entity, field: field, "expected a string, found \(node.kindDescription)")
        return nil
    }

    /// A name that must match an identifier pattern, e.g. PascalCase for opcodes.
    func identifier(_ node: YAMLNode, _ entity: SpecEntity, field: String, style: IdentifierStyle) -> String? {
        guard let text = string(node, entity, field: field) else { return nil }
        guard style.accepts(text) else {
            error(node.mark, entity, field: field, "'\(text)' is not a valid name; expected \(style.description)")
            return nil
        }
        return text
    }

    func integer(_ node: YAMLNode, _ entity: SpecEntity, field: String, range: ClosedRange<Int64>) -> Int64? {
        guard node.isPlainScalar, let text = node.scalar, let bits = parseInteger(text) else {
            error(node.mark, entity, field: field, "expected an integer, found \(node.kindDescription)")
            return nil
        }
        let negative = text.hasPrefix("-")
        let value = Int64(bitPattern: bits)
        guard negative == (value < 0), range.contains(value) else {
            error(node.mark, entity, field: field, "\(text) is out of range; allowed: \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    func bool(_ node: YAMLNode, _ entity: SpecEntity, field: String) -> Bool? {
        if node.isPlainScalar, let text = node.scalar {
            if text == "true" { return true }
            if text == "false" { return false }
        }
        error(node.mark, entity, field: field, "expected true or false, found \(node.kindDescription)")
        return nil
    }

    /// A string from a closed vocabulary, e.g. `control: branch`.
    func choice<T>(_ node: YAMLNode, _ entity: SpecEntity, field: String, _ options: [(String, T)]) -> T? {
        guard let text = string(node, entity, field: field) else { return nil }
        if let match = options.first(where: { $0.0 == text }) { return match.1 }
        error(node.mark, entity, field: field, "unknown value '\(text)'; allowed: \(options.map(\.0).joined(separator: ", "))")
        return nil
    }
}

/// The keys of one mapping, read once each.
struct FieldSet {
    let reader: SpecReader
    let entity: SpecEntity
    let mark: SourceMark
    let values: [String: YAMLNode]

    func optional(_ key: String) -> YAMLNode? { values[key] }

    func required(_ key: String) -> YAMLNode? {
        if let node = values[key] { return node }
        reader.error(mark, entity, field: key, "missing required field")
        return nil
    }
}

enum IdentifierStyle: CustomStringConvertible {
    /// `LoadConst`, `NumberTag`.
    case pascalCase
    /// `dst`, `argCount`.
    case camelCase
    /// `reg`, `r13`.
    case lowercase

    func accepts(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII else { return false }
        let rest = text.unicodeScalars.dropFirst()
        let alnum = rest.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        switch self {
        case .pascalCase: return ("A"..."Z").contains(first) && alnum
        case .camelCase: return ("a"..."z").contains(first) && alnum && !swiftKeywords.contains(text)
        case .lowercase:
            return ("a"..."z").contains(first)
                && rest.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
                && !swiftKeywords.contains(text)
        }
    }

    var description: String {
        switch self {
        case .pascalCase: return "PascalCase ASCII letters and digits, e.g. LoadConst"
        case .camelCase: return "camelCase ASCII letters and digits that are not a Swift keyword, e.g. argCount"
        case .lowercase: return "lowercase ASCII letters, digits and '_' that are not a Swift keyword, e.g. reg"
        }
    }
}

/// Names that cannot be generated as Swift identifiers or argument labels without escaping.
let swiftKeywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default",
    "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch",
    "where", "while", "as", "catch", "false", "is", "nil", "super", "self", "Self", "throw", "throws",
    "true", "try", "any", "some",
]

extension String {
    /// `NumberTag` → `numberTag`, `GCMark` → `gcMark`: the Swift spelling of a PascalCase spec name.
    var lowerCamel: String {
        let scalars = Array(self)
        var upperRun = 0
        while upperRun < scalars.count, scalars[upperRun].isUppercase { upperRun += 1 }
        if upperRun == 0 { return self }
        // In "GCMark" the run is "GCM": lower all but the last, which starts the next word.
        let lowered = upperRun == scalars.count || upperRun == 1 ? upperRun : upperRun - 1
        return String(scalars[..<lowered]).lowercased() + String(scalars[lowered...])
    }
}
