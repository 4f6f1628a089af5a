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

    /// Indices in `chars` of the scalars outside the Basic Multilingual Plane, in order: each is
    /// two UTF-16 code units, and columns count code units, as node's do.
    private let astralIndices: [Int]

    init(source: String, file: String) {
        self.file = file
        let chars = Array(source.unicodeScalars)
        self.chars = chars
        astralIndices = chars.indices.filter { chars[$0].value > 0xFFFF }
    }

    /// The 1-based column of the scalar at `index` on the current line, in UTF-16 code units.
    private func column(_ index: Int) -> Int {
        var astral = 0
        if !astralIndices.isEmpty {
            // Astral scalars in lineStart..<index: a binary search for each end.
            func firstAtOrAfter(_ target: Int) -> Int {
                var low = 0, high = astralIndices.count
                while low < high {
                    let middle = (low + high) / 2
                    if astralIndices[middle] < target { low = middle + 1 } else { high = middle }
                }
                return low
            }
            astral = firstAtOrAfter(index) - firstAtOrAfter(lineStart)
        }
        return index - lineStart + 1 + astral
    }

    private func error(_ message: String, line: Int? = nil, column: Int? = nil) -> JsError {
        JsError(.syntaxError, message, at: SourceLocation(file: file, line: line ?? self.line, column: column ?? self.column(position)))
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
                let (startLine, startColumn) = (line, column(position))
                position += 2
                while true {
                    guard let d = peek() else { throw error("Invalid or unexpected token", line: startLine, column: startColumn) }  // an unterminated comment, as V8 says
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
            let tokenColumn = column(position)
            let startLine = line
            let newlineBefore = sawNewline
            guard let c = peek() else {
                tokens.append(Token(kind: .end, line: line, column: tokenColumn, newlineBefore: true))
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
            tokens.append(Token(kind: kind, line: startLine, column: tokenColumn, newlineBefore: newlineBefore))
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

    /// Reserved words in sloppy code: spelled with an escape, they cannot name a binding.
    /// (`let`, `yield`, `async` and `await` are ordinary names there.)
    static let reservedWords = keywords.subtracting(["let", "yield", "async", "await"])

    /// A name or a keyword; `\\u0061` and `\\u{61}` escapes spell code points of the name, which
    /// must be identifier characters themselves.
    private mutating func identifierOrKeyword() throws(JsError) -> Token.Kind {
        let startColumn = column(position)
        var name = String.UnicodeScalarView()
        var escaped = false
        while let c = peek() {
            if c == "\\" {
                let escapeColumn = column(position)
                guard peek(1) == "u" else { throw error("Invalid or unexpected token", column: startColumn) }
                position += 2
                let value = try unicodeEscapeValue(column: escapeColumn)
                guard let scalar = Unicode.Scalar(value),
                      name.isEmpty ? Self.isIdentifierStart(scalar) : Self.isIdentifierPart(scalar) else {
                    throw error("Invalid or unexpected token", column: startColumn)
                }
                name.append(scalar)
                escaped = true
                continue
            }
            guard Self.isIdentifierPart(c) else { break }
            name.append(c)
            position += 1
        }
        let text = String(name)
        if escaped { return Self.reservedWords.contains(text) ? .escapedKeyword(text) : .identifier(text) }
        return Self.keywords.contains(text) ? .keyword(text) : .identifier(text)
    }

    private mutating func number() throws(JsError) -> Double {
        let start = position
        let startColumn = column(start)
        let invalid = error("Invalid or unexpected token", column: startColumn)
        if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            let radix = "xX".unicodeScalars.contains(p) ? 16 : "oO".unicodeScalars.contains(p) ? 8 : 2
            position += 2
            var digits = ""
            try self.digits(radix: radix, into: &digits, numberColumn: startColumn)
            guard !digits.isEmpty else { throw invalid }
            try rejectLiteralSuffix(invalid)
            return Self.radixValue(digits, radix: radix)
        }
        var allowSeparators = true
        if peek() == "0", let next = peek(1), Self.isDecimalDigit(next) || next == "_" {
            if next == "_" { throw error("Numeric separator can not be used after leading 0.", column: startColumn + 1) }
            var end = position + 1
            while end < chars.count, Self.isDecimalDigit(chars[end]) { end += 1 }
            if chars[(position + 1)..<end].allSatisfy({ $0.value <= 0x37 }) {
                // A legacy octal literal (sloppy mode): 017 is 15. No fraction, exponent or separator.
                var value = 0.0
                for d in chars[(position + 1)..<end] { value = value * 8 + Double(d.value - 0x30) }
                position = end
                if peek() == "_" { throw invalid }
                try rejectLiteralSuffix(invalid)
                return value
            }
            // 08 and 09.5 are decimal despite the leading zero, but take no separators.
            allowSeparators = false
        }
        var text = ""
        try digits(radix: 10, into: &text, numberColumn: startColumn, allowSeparators: allowSeparators)
        if peek() == "." {
            position += 1
            text += text.isEmpty ? "0." : "."
            let before = text.unicodeScalars.count
            try digits(radix: 10, into: &text, numberColumn: startColumn, allowSeparators: allowSeparators)
            if text.unicodeScalars.count == before { text += "0" }  // "5." is 5
        }
        if let e = peek(), e == "e" || e == "E" {
            text += "e"
            position += 1
            if let sign = peek(), sign == "+" || sign == "-" {
                text.unicodeScalars.append(sign)
                position += 1
            }
            let before = text.unicodeScalars.count
            try digits(radix: 10, into: &text, numberColumn: startColumn, allowSeparators: allowSeparators)
            if text.unicodeScalars.count == before { throw invalid }
        }
        try rejectLiteralSuffix(invalid)
        guard let value = Double(text) else { throw invalid }
        return value
    }

    static func isDecimalDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// The value of a 0x, 0o or 0b literal's digits rounded as JS does (to nearest, ties to
    /// even), which accumulating in a Double is not once there are more than 53 significant bits.
    static func radixValue(_ digits: String, radix: Int) -> Double {
        let bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1
        var bits: [Bool] = []
        for d in digits.unicodeScalars {
            let value = Int(String(d), radix: radix)!
            for shift in stride(from: bitsPerDigit - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        guard let first = bits.firstIndex(of: true) else { return 0 }
        let significant = bits[first...]
        func integer<C: Collection<Bool>>(_ bits: C) -> UInt64 { bits.reduce(0) { $0 << 1 | ($1 ? 1 : 0) } }
        if significant.count <= 53 { return Double(integer(significant)) }
        var mantissa = integer(significant.prefix(53))
        let rest = significant.dropFirst(53)
        if rest.first!, rest.dropFirst().contains(true) || mantissa & 1 == 1 { mantissa += 1 }
        return Double(sign: .plus, exponent: rest.count, significand: Double(mantissa))
    }

    /// A run of digits of `radix`, appended to `text` without the `_` separators, which may
    /// only stand one at a time between two digits (`1_000`, not `1__0`, `1_` or `0x_1`).
    private mutating func digits(radix: Int, into text: inout String, numberColumn: Int, allowSeparators: Bool = true) throws(JsError) {
        var sawDigit = false
        while let c = peek() {
            if c.isASCII, Int(String(c), radix: radix) != nil {
                text.unicodeScalars.append(c)
                sawDigit = true
                position += 1
                continue
            }
            guard c == "_" else { return }
            guard allowSeparators else { throw error("Invalid or unexpected token") }
            guard sawDigit else { throw error("Invalid or unexpected token", column: numberColumn) }
            if peek(1) == "_" { throw error("Only one underscore is allowed as numeric separator", column: column(position) + 1) }
            guard let next = peek(1), next.isASCII, Int(String(next), radix: radix) != nil else {
                throw error("Numeric separators are not allowed at the end of numeric literals")
            }
            position += 1
        }
    }

    /// A numeric literal may not run straight into a name or another digit (`3in`, `0b12`, `1n`).
    private func rejectLiteralSuffix(_ invalid: JsError) throws(JsError) {
        guard let c = peek() else { return }
        if c == "n" { throw error("BigInt literals are not supported by this engine yet", column: invalid.location?.column) }
        if Self.isIdentifierStart(c) || Self.isDecimalDigit(c) || c == "\\" { throw invalid }
    }

    private mutating func string(quote: Unicode.Scalar) throws(JsError) -> [UInt16] {
        let (startLine, startColumn) = (line, column(position))
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
            let escapeColumn = column(position - 1)  // the backslash's column: escape errors point there
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
                units.append(UInt16(try hexDigits(2, orThrow: "Invalid hexadecimal escape sequence", column: escapeColumn)))
            case "u":
                let value = try unicodeEscapeValue(column: escapeColumn)
                if let scalar = Unicode.Scalar(value) {
                    units.append(contentsOf: String(scalar).utf16)
                } else {
                    units.append(UInt16(value))  // a lone surrogate is still a valid code unit
                }
            default:
                if Self.isLineTerminator(e) {
                    // A line continuation: the backslash and the line terminator vanish.
                    if e == "\r" && peek() == "\n" { position += 1 }
                    line += 1
                    lineStart = position
                } else if ("1"..."9").contains(e) || e == "0" {
                    throw error("Octal escape sequences are not allowed in this engine", column: escapeColumn)
                } else {
                    units.append(contentsOf: String(e).utf16)
                }
            }
        }
    }

    /// After `\\u`: four hex digits or `{` hex digits `}` (at most 0x10FFFF), in strings and names.
    private mutating func unicodeEscapeValue(column: Int) throws(JsError) -> UInt32 {
        guard peek() == "{" else { return UInt32(try hexDigits(4, orThrow: "Invalid Unicode escape sequence", column: column)) }
        position += 1
        var value: UInt32 = 0
        var count = 0
        while let d = peek(), d != "}" {
            guard d.isASCII, let digit = UInt32(String(d), radix: 16) else { throw error("Invalid Unicode escape sequence", column: column) }
            value = min(value * 16 + digit, 0x110000)  // saturate: anything above 0x10FFFF is out of range
            count += 1
            position += 1
        }
        guard peek() == "}", count > 0 else { throw error("Invalid Unicode escape sequence", column: column) }
        guard value <= 0x10FFFF else { throw error("Undefined Unicode code-point", column: column) }
        position += 1
        return value
    }

    /// Exactly `count` hex digits of a `\x` or `\u` escape.
    private mutating func hexDigits(_ count: Int, orThrow message: String, column: Int) throws(JsError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard let c = peek(), c.isASCII, let digit = Int(String(c), radix: 16) else { throw error(message, column: column) }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}
