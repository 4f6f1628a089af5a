/// A place in a JavaScript source file, 1-based.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// An error a program or an API call can raise: a JavaScript error (`SyntaxError`, `TypeError`,
/// `ReferenceError`, `RangeError`) with its message and where it happened, or malformed input
/// handed to the API (`BytecodeError`).
public struct JsError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case syntaxError = "SyntaxError"
        case typeError = "TypeError"
        case referenceError = "ReferenceError"
        case rangeError = "RangeError"
        /// A chunk given to the API failed verification; never raised by JavaScript code.
        case bytecodeError = "BytecodeError"
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// `TypeError: x is not a function`, as the first line node prints for an uncaught error.
    public var headline: String { "\(kind.rawValue): \(message)" }

    /// The headline, then the location on its own line, as the command line prints it.
    public var description: String {
        guard let location else { return headline }
        return "\(headline)\n    at \(location)"
    }
}
