/// A YAML document as a tree whose every node remembers where it was written, so any later
/// validation error can point at the exact line and column.
public struct YAMLNode: Sendable {
    public enum ScalarStyle: Sendable, Equatable {
        case plain
        case quoted
        case block
    }

    public indirect enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// Pairs in document order; duplicate keys are rejected by the loader.
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public var content: Content
    public var mark: SourceMark
    /// For a block scalar (`key: |`): where its text's line 1, column 1 is in the file (the
    /// line after the indicator, at the block's indentation), so errors found inside the text,
    /// such as a template's, can point into the file.
    public var contentMark: SourceMark?

    public init(_ content: Content, at mark: SourceMark, contentMark: SourceMark? = nil) {
        self.content = content
        self.mark = mark
        self.contentMark = contentMark
    }

    /// The text of a scalar node, nil for collections.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var isPlainScalar: Bool {
        if case .scalar(_, .plain) = content { return true }
        return false
    }

    /// The mapping's pairs, nil for other nodes.
    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A YAML plain scalar that means "nothing": empty, `~` or `null`.
    public var isNull: Bool {
        if case .scalar(let text, .plain) = content { return text.isEmpty || text == "~" || text == "null" }
        return false
    }

    /// What kind of node this is, in words for error messages.
    public var kindDescription: String {
        switch content {
        case .scalar(let text, let style):
            if isNull { return "an empty value" }
            if style == .plain, Int64(text) != nil || parseInteger(text) != nil { return "an integer" }
            if style == .plain, text == "true" || text == "false" { return "a boolean" }
            return "a string"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// Parses a YAML integer literal as the specs write them: decimal, `0x` hex or `0b` binary,
/// optional sign, `_` separators. Values are 64-bit patterns, so hex up to 0xFFFF_FFFF_FFFF_FFFF
/// is accepted.
public func parseInteger(_ text: String) -> UInt64? {
    var digits = Substring(text)
    var negative = false
    if digits.hasPrefix("-") { negative = true; digits = digits.dropFirst() }
    else if digits.hasPrefix("+") { digits = digits.dropFirst() }
    var radix = 10
    if digits.hasPrefix("0x") || digits.hasPrefix("0X") { radix = 16; digits = digits.dropFirst(2) }
    else if digits.hasPrefix("0b") || digits.hasPrefix("0B") { radix = 2; digits = digits.dropFirst(2) }
    guard !digits.isEmpty, digits.first != "_", digits.last != "_" else { return nil }
    let cleaned = digits.filter { $0 != "_" }
    guard let magnitude = UInt64(cleaned, radix: radix) else { return nil }
    if negative {
        guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
        return 0 &- magnitude
    }
    return magnitude
}
