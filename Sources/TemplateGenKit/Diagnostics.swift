/// A position in a spec file, 1-based, as editors count lines and columns.
public struct SourceMark: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceMark, b: SourceMark) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// One problem found in a spec, printed in the `path:line:column: error: message` form that
/// editors and `swift build` make clickable.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var mark: SourceMark
    public var message: String

    public init(file: String, mark: SourceMark, message: String) {
        self.file = file
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(file):\(mark.line):\(mark.column): error: \(message)" }
}

/// Collects every problem of a run so they are all reported at once, in file order.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { !diagnostics.isEmpty }

    public func error(_ file: String, _ mark: SourceMark, _ message: String) {
        diagnostics.append(Diagnostic(file: file, mark: mark, message: message))
    }

    public func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Diagnostics sorted by file, then position, so output is deterministic.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            if a.element.mark != b.element.mark { return a.element.mark < b.element.mark }
            return a.offset < b.offset
        }.map(\.element)
    }
}
