/// Turns JavaScript source into tokens, each with its line and column. Errors are SyntaxErrors
/// naming `file:line:column`.
struct Lexer {
    static let keywords: Set<String> = [
        "var", "let", "const", "function", "if", "else", "while", "do", "for", "break", "continue",
        "return", "new", "typeof", "true", "false", "null",
        // Reserved: recognised so the parser can say they are not supported, not misread as names.
        "class", "switch", "case", "default", "try", "catch", "finally", "throw", "this", "delete",
        "in", "instanceof", "void", "with", "yield", "async", "await", "import", "export", "super",
        "extends", "debugger", "enum",
    ]

    /// Longest first, so `>>>=` wins over `>>>`, `>>=` and `>>`.
    static let punctuators: [String] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
        "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^",
        "!", "~", "?", ":", "=", ".",
    ].sorted { $0.count > $1.count }

    let file: String
    private let chars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var sawNewline = false

    init(source: String, file: String) {
        self.file = file
        self.chars = Array(source.unicodeScalars)
    }

    private func error(_ message: String, line: Int? = nil, column: Int? = nil) -> JsError {
        JsError(.syntaxError, message, at: SourceLocation(file: file, line: line ?? self.line, column: column ?? (position - lineStart + 1)))
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < chars.count ? chars[position + offset] : nil
    }

    static func isLineTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}"
    }

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\t", "\u{0B}", "\u{0C}", " ", "\u{A0}", "\u{FEFF}", "\u{1680}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}": return true
        default: return false
        }
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "$" || c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || (c.value > 127 && c.properties.isIDStart)
    }

    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c) || (c.value > 127 && c.properties.isIDContinue) || c == "\u{200C}" || c == "\u{200D}"
    }

    private mutating func newline(consuming c: Unicode.Scalar) {
        position += 1
        if c == "\r" && peek() == "\n" { position += 1 }
        line += 1
        lineStart = position
        sawNewline = true
    }

    /// Skips whitespace and comments, noting whether a line terminator was crossed.
    private mutating func skipTrivia() throws(JsError) {
        while let c = peek() {
            if Self.isLineTerminator(c) {
                newline(consuming: c)
            } else if Self.isWhitespace(c) {
                position += 1
            } else if c == "/" && peek(1) == "/" {
                while let d = peek(), !Self.isLineTerminator(d) { position += 1 }
            } else if c == "/" && peek(1) == "*" {
                let (startLine, startColumn) = (line, position - lineStart + 1)
                position += 2
                while true {
                    guard let d = peek() else { throw error("unterminated comment", line: startLine, column: startColumn) }
                    if d == "*" && peek(1) == "/" { position += 2; break }
                    if Self.isLineTerminator(d) { newline(consuming: d) } else { position += 1 }
                }
            } else {
                return
            }
        }
    }

    mutating func tokenize() throws(JsError) -> [Token] {
        var tokens: [Token] = []
        while true {
            sawNewline = false
            try skipTrivia()
            let column = position - lineStart + 1
            let startLine = line
            let newlineBefore = sawNewline
            guard let c = peek() else {
                tokens.append(Token(kind: .end, line: line, column: column, newlineBefore: true))
                return tokens
            }
            let kind: Token.Kind
            if Self.isIdentifierStart(c) || c == "\\" {
                kind = try identifierOrKeyword()
            } else if ("0"..."9").contains(c) || (c == "." && peek(1).map { ("0"..."9").contains($0) } == true) {
                kind = .number(try number())
            } else if c == "\"" || c == "'" {
                kind = .string(try string(quote: c))
            } else if c == "`" {
                throw error("template literals are not supported")
            } else {
                guard let punctuator = Self.punctuators.first(where: { matches($0) }) else {
                    throw error("Invalid or unexpected token")
                }
                position += punctuator.unicodeScalars.count
                kind = .punctuator(punctuator)
            }
            tokens.append(Token(kind: kind, line: startLine, column: column, newlineBefore: newlineBefore))
        }
    }

    private func matches(_ text: String) -> Bool {
        var i = position
        for scalar in text.unicodeScalars {
            guard i < chars.count, chars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    private mutating func identifierOrKeyword() throws(JsError) -> Token.Kind {
        var name = String.UnicodeScalarView()
        while let c = peek() {
            if c == "\\" { throw error("unicode escapes in identifiers are not supported") }
            guard Self.isIdentifierPart(c) else { break }
            name.append(c)
            position += 1
        }
        let text = String(name)
        return Self.keywords.contains(text) ? .keyword(text) : .identifier(text)
    }

    private mutating func number() throws(JsError) -> Double {
        let start = position
        if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            let radix = "xX".unicodeScalars.contains(p) ? 16 : "oO".unicodeScalars.contains(p) ? 8 : 2
            position += 2
            var digits = ""
            while let c = peek(), Self.isIdentifierPart(c) {
                if c != "_" { digits.unicodeScalars.append(c) }
                position += 1
            }
            // Accumulate as a double: literals beyond 2^53 round like JS does (to nearest).
            var value = 0.0
            for d in digits.unicodeScalars {
                guard let digit = Int(String(d), radix: radix) else {
                    throw error("Invalid or unexpected token", column: start - lineStart + 1)
                }
                value = value * Double(radix) + Double(digit)
            }
            guard !digits.isEmpty else { throw error("Invalid or unexpected token", column: start - lineStart + 1) }
            return value
        }
        var text = ""
        func digits() {
            while let c = peek(), ("0"..."9").contains(c) || c == "_" {
                if c != "_" { text.unicodeScalars.append(c) }
                position += 1
            }
        }
        digits()
        if peek() == "." {
            text += "."
            position += 1
            digits()
        }
        if let e = peek(), e == "e" || e == "E" {
            text += "e"
            position += 1
            if let sign = peek(), sign == "+" || sign == "-" {
                text.unicodeScalars.append(sign)
                position += 1
            }
            let before = text.count
            digits()
            if text.count == before { throw error("Invalid or unexpected token", column: start - lineStart + 1) }
        }
        if let c = peek(), Self.isIdentifierStart(c) || ("0"..."9").contains(c) {
            throw error("Invalid or unexpected token", column: start - lineStart + 1)
        }
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasSuffix(".") { text += "0" }
        if text.contains(".e") { text = text.replacingDotE() }
        guard let value = Double(text) else { throw error("Invalid or unexpected token", column: start - lineStart + 1) }
        return value
    }

    private mutating func string(quote: Unicode.Scalar) throws(JsError) -> [UInt16] {
        let (startLine, startColumn) = (line, position - lineStart + 1)
        position += 1
        var units: [UInt16] = []
        while true {
            guard let c = peek(), !Self.isLineTerminator(c) || c == "\u{2028}" || c == "\u{2029}" else {
                throw error("Invalid or unexpected token", line: startLine, column: startColumn)
            }
            position += 1
            if c == quote { return units }
            if c != "\\" {
                units.append(contentsOf: String(c).utf16)
                continue
            }
            guard let e = peek() else { throw error("Invalid or unexpected token", line: startLine, column: startColumn) }
            position += 1
            switch e {
            case "n": units.append(10)
            case "t": units.append(9)
            case "r": units.append(13)
            case "b": units.append(8)
            case "f": units.append(12)
            case "v": units.append(11)
            case "0" where !(peek().map { ("0"..."9").contains($0) } ?? false): units.append(0)
            case "x":
                units.append(UInt16(try hexDigits(2)))
            case "u":
                if peek() == "{" {
                    position += 1
                    var value: UInt32 = 0
                    var count = 0
                    while let d = peek(), d != "}" {
                        guard let digit = UInt32(String(d), radix: 16), value <= 0x10FFFF else { throw error("Invalid Unicode escape sequence") }
                        value = value * 16 + digit
                        count += 1
                        position += 1
                    }
                    guard peek() == "}", count > 0, value <= 0x10FFFF else { throw error("Invalid Unicode escape sequence") }
                    position += 1
                    if let scalar = Unicode.Scalar(value) {
                        units.append(contentsOf: String(scalar).utf16)
                    } else {
                        units.append(UInt16(value))  // a lone surrogate is still a valid code unit
                    }
                } else {
                    units.append(UInt16(try hexDigits(4)))
                }
            default:
                if Self.isLineTerminator(e) {
                    // A line continuation: the backslash and the line terminator vanish.
                    if e == "\r" && peek() == "\n" { position += 1 }
                    line += 1
                    lineStart = position
                } else if ("1"..."9").contains(e) || e == "0" {
                    throw error("Octal escape sequences are not allowed in this engine")
                } else {
                    units.append(contentsOf: String(e).utf16)
                }
            }
        }
    }

    private mutating func hexDigits(_ count: Int) throws(JsError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard let c = peek(), let digit = Int(String(c), radix: 16) else { throw error("Invalid hexadecimal escape sequence") }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}

private extension String {
    /// "1.e5" → "1.0e5" (Swift's Double(String) wants a digit after the point).
    func replacingDotE() -> String {
        var result = ""
        var previous: Character = " "
        for c in self {
            if c == "e" && previous == "." { result += "0" }
            result.append(c)
            previous = c
        }
        return result
    }
}
