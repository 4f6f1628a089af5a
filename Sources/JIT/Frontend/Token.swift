/// A token of JavaScript source.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        case keyword(String)
        /// A reserved word spelled with a `\\u` escape (`v\\u0061r`): a property name after `.` or
        /// as a key, a SyntaxError anywhere else ("Keyword must not contain escaped characters").
        case escapedKeyword(String)
        case number(Double)
        /// A string literal's value as UTF-16 code units (JavaScript strings are code units).
        case string([UInt16])
        case punctuator(String)
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int
    /// A line terminator comes between this token and the one before: what automatic semicolon
    /// insertion and the restricted productions (`return`, postfix `++`) look at.
    var newlineBefore: Bool

    func isPunctuator(_ text: String) -> Bool { kind == .punctuator(text) }
    func isKeyword(_ text: String) -> Bool { kind == .keyword(text) }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .identifier(let name), .keyword(let name), .escapedKeyword(let name): return name
        case .number(let value): return JSNumber.toString(value)
        case .string: return "string"
        case .punctuator(let text): return text
        case .end: return "end of input"
        }
    }
}
