import CYAML

/// Reads YAML text with libyaml's event parser into a `YAMLNode` tree.
///
/// Only what specs need is accepted: one document, no anchors or aliases (a spec row should
/// say everything about itself), no duplicate mapping keys (YAML says they are an error;
/// libyaml does not check).
public enum YAMLLoader {
    public static func load(_ text: String, file: String) throws(Diagnostic) -> YAMLNode {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw yamlError(file, SourceMark(line: 1, column: 1), "malformed YAML: libyaml could not start")
        }
        defer { yaml_parser_delete(&parser) }

        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Diagnostic) -> YAMLNode in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = TreeBuilder(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false))
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw parseError(parser, file: file)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.consume(event)
            }
            return try builder.finish()
        }
    }

    private static func parseError(_ parser: yaml_parser_t, file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        var message = "malformed YAML: \(problem)"
        if let context = parser.context {
            let contextMark = parser.context_mark
            message += " (\(String(cString: context)) at line \(contextMark.line + 1), column \(contextMark.column + 1))"
        }
        let mark = SourceMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        return yamlError(file, mark, message)
    }
}

/// A YAML-level error in the same `spec '<file>': field '<field>': ...` form as every other
/// diagnostic; `field` is the mapping key involved, or `(yaml)` for the file's syntax.
func yamlError(_ file: String, _ mark: SourceMark, field: String = "(yaml)", _ what: String) -> Diagnostic {
    Diagnostic(file: file, mark: mark, message: "spec '\(lastPathComponent(file))': field '\(field)': \(what)")
}

/// Turns the flat event stream into nested nodes with an explicit stack.
private struct TreeBuilder {
    enum Frame {
        case sequence(SourceMark, [YAMLNode])
        case mapping(SourceMark, [(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?)
    }

    let file: String
    /// The source, to find where a block scalar's text sits.
    let lines: [Substring]
    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0

    init(file: String, lines: [Substring]) {
        self.file = file
        self.lines = lines
    }

    /// A block's text starts on the line after its indicator, indented as its first non-blank line.
    func blockContentMark(indicator: SourceMark) -> SourceMark {
        let first = lines.dropFirst(indicator.line).first { !$0.allSatisfy { $0 == " " } }
        let indentation = first.map { $0.prefix { $0 == " " }.count } ?? 0
        return SourceMark(line: indicator.line + 1, column: indentation + 1)
    }

    mutating func consume(_ event: yaml_event_t) throws(Diagnostic) {
        let mark = SourceMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw yamlError(file, mark, "malformed YAML: a spec file holds exactly one document")
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if scalar.anchor != nil { throw anchorError(mark) }
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: YAMLNode.ScalarStyle
            switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .quoted
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
            default: style = .plain
            }
            try add(YAMLNode(.scalar(text, style), at: mark, contentMark: style == .block ? blockContentMark(indicator: mark) : nil))
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil { throw anchorError(mark) }
            stack.append(.sequence(mark, []))
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil { throw anchorError(mark) }
            stack.append(.mapping(mark, [], pendingKey: nil))
        case YAML_SEQUENCE_END_EVENT:
            guard case .sequence(let start, let items)? = stack.popLast() else { return }
            try add(YAMLNode(.sequence(items), at: start))
        case YAML_MAPPING_END_EVENT:
            guard case .mapping(let start, let pairs, _)? = stack.popLast() else { return }
            try add(YAMLNode(.mapping(pairs), at: start))
        case YAML_ALIAS_EVENT:
            throw anchorError(mark)
        default:
            break
        }
    }

    private func anchorError(_ mark: SourceMark) -> Diagnostic {
        yamlError(file, mark, "malformed YAML: anchors and aliases are not allowed in specs; write each entry out in full")
    }

    private mutating func add(_ node: YAMLNode) throws(Diagnostic) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let start, var items):
            items.append(node)
            stack.append(.sequence(start, items))
        case .mapping(let start, var pairs, let pendingKey):
            if let key = pendingKey {
                pairs.append((key: key, value: node))
                stack.append(.mapping(start, pairs, pendingKey: nil))
            } else {
                guard let keyText = node.scalar else {
                    throw yamlError(file, node.mark, "malformed YAML: mapping keys must be plain strings, found \(node.kindDescription)")
                }
                if let earlier = pairs.first(where: { $0.key.scalar == keyText }) {
                    throw yamlError(
                        file, node.mark, field: keyText,
                        "malformed YAML: duplicate key; first written at line \(earlier.key.mark.line), column \(earlier.key.mark.column)")
                }
                stack.append(.mapping(start, pairs, pendingKey: node))
            }
        }
    }

    func finish() throws(Diagnostic) -> YAMLNode {
        root ?? YAMLNode(.scalar("", .plain), at: SourceMark(line: 1, column: 1))
    }
}
