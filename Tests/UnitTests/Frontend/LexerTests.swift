@testable import JIT
import Testing

/// A string token's kind from Swift text.
private func string(_ text: String) -> Token.Kind { .string(Array(text.utf16)) }

@Suite("Lexer") struct LexerTests {
    // MARK: Numbers

    @Test("decimal literals", arguments: [
        ("0", 0.0), ("42", 42), ("3.25", 3.25), (".5", 0.5), ("5.", 5), ("1e3", 1000), ("1E-2", 0.01),
        ("2e+2", 200), ("1.5e3", 1500), ("1.e2", 100), (".5e1", 5), ("0.0", 0), ("1e400", .infinity),
        ("9007199254740993", 9007199254740992), ("123456789012345678901234567890", 1.2345678901234568e29),
    ])
    func decimalLiteral(source: String, value: Double) throws {
        #expect(try Frontend.kinds(source) == [.number(value)])
    }

    @Test("hex, octal and binary literals", arguments: [
        ("0x1F", 31.0), ("0XfF", 255), ("0x0", 0), ("0o17", 15), ("0O7", 7), ("0b101", 5), ("0B1", 1),
        ("0x1fffffffffffff", 9007199254740991),
        // Beyond 2^53 the value rounds to nearest, ties to even, like node.
        ("0x20000000000001", 9007199254740992), ("0x20000000000003", 9007199254740996),
        ("0x200000000000018", 144115188075855904),
    ])
    func radixLiteral(source: String, value: Double) throws {
        #expect(try Frontend.kinds(source) == [.number(value)])
    }

    @Test("numeric separators", arguments: [
        ("1_000_000", 1_000_000.0), ("0x1_F", 31), ("0b1010_1010", 170), ("0o7_7", 63),
        ("1_000.0_1e1_0", 10000100000000), ("1_0e1_0", 1e11),
    ])
    func separators(source: String, value: Double) throws {
        #expect(try Frontend.kinds(source) == [.number(value)])
    }

    @Test("a leading zero makes a legacy octal literal unless an 8 or 9 follows", arguments: [
        ("010", 8.0), ("0777", 511), ("00", 0), ("08", 8), ("019", 19), ("09.5", 9.5),
    ])
    func leadingZero(source: String, value: Double) throws {
        #expect(try Frontend.kinds(source) == [.number(value)])
    }

    @Test func numberFollowedByMemberAccess() throws {
        #expect(try Frontend.kinds("5..toString") == [.number(5), .punctuator("."), .identifier("toString")])
        #expect(try Frontend.kinds("010 .x") == [.number(8), .punctuator("."), .identifier("x")])
        #expect(try Frontend.kinds("1+2") == [.number(1), .punctuator("+"), .number(2)])
    }

    @Test("malformed numbers", arguments: [
        ("x = 1__0", "Only one underscore is allowed as numeric separator", 7),
        ("x = 1_", "Numeric separators are not allowed at the end of numeric literals", 6),
        ("x = 1_.5", "Numeric separators are not allowed at the end of numeric literals", 6),
        ("x = 0_1", "Numeric separator can not be used after leading 0.", 6),
        ("x = 0x_1", "Invalid or unexpected token", 5),
        ("x = 1._5", "Invalid or unexpected token", 5),
        ("x = 1e_5", "Invalid or unexpected token", 5),
        ("x = 08_1", "Invalid or unexpected token", 7),
        ("x = 01_0", "Invalid or unexpected token", 5),
        ("x = 0x", "Invalid or unexpected token", 5),
        ("x = 0b12", "Invalid or unexpected token", 5),
        ("x = 0o8", "Invalid or unexpected token", 5),
        ("x = 0xg", "Invalid or unexpected token", 5),
        ("x = 1e", "Invalid or unexpected token", 5),
        ("x = 1e+", "Invalid or unexpected token", 5),
        ("x = 3in y", "Invalid or unexpected token", 5),
        ("x = 1.toString()", "Invalid or unexpected token", 5),
        ("x = 10n", "BigInt literals are not supported by this engine yet", 5),
    ])
    func malformedNumber(source: String, message: String, column: Int) {
        let error = Frontend.lexError(source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message == message)
        #expect(error?.location == Frontend.location(1, column))
    }

    // MARK: Strings

    @Test func simpleEscapes() throws {
        #expect(try Frontend.kinds(#"'\n\t\r\b\f\v\0'"#) == [.string([10, 9, 13, 8, 12, 11, 0])])
        #expect(try Frontend.kinds(#"'\'\"\\'"#) == [string(#"'"\"#)])
        // Any other character after a backslash stands for itself.
        #expect(try Frontend.kinds(#""\a\q\$""#) == [string("aq$")])
    }

    @Test func hexAndUnicodeEscapes() throws {
        #expect(try Frontend.kinds(#""\x41\x7a""#) == [string("Az")])
        #expect(try Frontend.kinds(#""\u0041\u00e9""#) == [string("Aé")])
        #expect(try Frontend.kinds(#""\u{41}\u{0000E9}""#) == [string("Aé")])
        #expect(try Frontend.kinds(#""\u{1F600}""#) == [.string([0xD83D, 0xDE00])])
        #expect(try Frontend.kinds(#""\u{10FFFF}""#) == [.string([0xDBFF, 0xDFFF])])
        // A lone surrogate is a valid code unit of a JavaScript string.
        #expect(try Frontend.kinds(#""\uD800""#) == [.string([0xD800])])
        #expect(try Frontend.kinds(#""\u{DC00}""#) == [.string([0xDC00])])
    }

    @Test func quotesAndRawCharacters() throws {
        #expect(try Frontend.kinds(#""it's""#) == [string("it's")])
        #expect(try Frontend.kinds(#"'say "hi"'"#) == [string(#"say "hi""#)])
        #expect(try Frontend.kinds("'😀é'") == [.string([0xD83D, 0xDE00, 0xE9])])
        #expect(try Frontend.kinds("''") == [string("")])
        // U+2028 and U+2029 may appear in string literals.
        #expect(try Frontend.kinds("'a\u{2028}b'") == [string("a\u{2028}b")])
    }

    @Test func lineContinuation() throws {
        let tokens = try Frontend.tokens("'ab\\\ncd' x")
        #expect(tokens.map(\.kind) == [string("abcd"), .identifier("x"), .end])
        #expect((tokens[1].line, tokens[1].column) == (2, 5))
        #expect(tokens[1].newlineBefore == false)
        // CR LF is one line terminator.
        let crlf = try Frontend.tokens("'a\\\r\nb'\ny")
        #expect(crlf.map(\.kind) == [string("ab"), .identifier("y"), .end])
        #expect(crlf[1].line == 3)
    }

    @Test("malformed strings", arguments: [
        ("x = 'abc", "Invalid or unexpected token", 1, 5),
        ("x = 'abc\ny'", "Invalid or unexpected token", 1, 5),
        ("x = \"abc\\", "Invalid or unexpected token", 1, 5),
        ("x = '\\x4'", "Invalid hexadecimal escape sequence", 1, 6),
        ("x = '\\xG0'", "Invalid hexadecimal escape sequence", 1, 6),
        ("x = '\\u00G1'", "Invalid Unicode escape sequence", 1, 6),
        ("x = '\\u{}'", "Invalid Unicode escape sequence", 1, 6),
        ("x = '\\u{41'", "Invalid Unicode escape sequence", 1, 6),
        ("x = '\\u{110000}'", "Undefined Unicode code-point", 1, 6),
        ("x = '\\u{FFFFFFFFFFFF}'", "Undefined Unicode code-point", 1, 6),
        ("x = 'ok' + '\\1'", "Octal escape sequences are not allowed in this engine", 1, 13),
        ("x = `abc`", "template literals are not supported", 1, 5),
    ])
    func malformedString(source: String, message: String, line: Int, column: Int) {
        let error = Frontend.lexError(source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message == message)
        #expect(error?.location == Frontend.location(line, column))
    }

    // MARK: Names

    @Test func identifiersAndKeywords() throws {
        #expect(try Frontend.kinds("foo _bar $baz a1 café π if iffy let letter of undefined") == [
            .identifier("foo"), .identifier("_bar"), .identifier("$baz"), .identifier("a1"), .identifier("café"),
            .identifier("π"), .keyword("if"), .identifier("iffy"), .keyword("let"), .identifier("letter"),
            .identifier("of"), .identifier("undefined"),
        ])
        #expect(try Frontend.kinds("true false null typeof new function return") == [
            .keyword("true"), .keyword("false"), .keyword("null"), .keyword("typeof"), .keyword("new"),
            .keyword("function"), .keyword("return"),
        ])
        // Reserved words the engine does not support are still keywords, never names.
        #expect(try Frontend.kinds("class this") == [.keyword("class"), .keyword("this")])
    }

    /// `\\u0061` and `\\u{61}` spell the same name as `a` (node accepts them anywhere a name goes).
    @Test func unicodeEscapesSpellIdentifiers() throws {
        #expect(try Frontend.kinds(#"\u0061 \u{61}b a\u{0000062}\u0063 \u{10400}x \u0024\u005F"#) == [
            .identifier("a"), .identifier("ab"), .identifier("abc"), .identifier("\u{10400}x"), .identifier("$_"),
        ])
        // A reserved word spelled with an escape is a name only where any identifier name goes
        // (after a dot, as a key); the parser refuses it elsewhere. `let` and `yield` are names
        // in sloppy code.
        #expect(try Frontend.kinds(#"v\u0061r l\u0065t \u0079ield"#) == [.escapedKeyword("var"), .identifier("let"), .identifier("yield")])
    }

    @Test("malformed escapes in identifiers", arguments: [
        (#"var a\u00 = 1;"#, "Invalid Unicode escape sequence", 6),
        (#"var a\u = 1;"#, "Invalid Unicode escape sequence", 6),
        (#"var a\u{61 = 1;"#, "Invalid Unicode escape sequence", 6),
        (#"var a\u{} = 1;"#, "Invalid Unicode escape sequence", 6),
        (#"var a\u{110000} = 1;"#, "Undefined Unicode code-point", 6),
        (#"var \u0030abc = 1;"#, "Invalid or unexpected token", 5),
        (#"var a\u002Db = 1;"#, "Invalid or unexpected token", 5),
        (#"var \u{1F600} = 1;"#, "Invalid or unexpected token", 5),
        (#"var \x61 = 1;"#, "Invalid or unexpected token", 5),
        (#"var ab\x61 = 1;"#, "Invalid or unexpected token", 5),
    ])
    func malformedIdentifierEscape(source: String, message: String, column: Int) {
        let error = Frontend.lexError(source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message == message)
        #expect(error?.location == Frontend.location(1, column))
    }

    // MARK: Punctuators

    @Test func longestMatchWins() throws {
        #expect(try Frontend.kinds("a>>>=b") == [.identifier("a"), .punctuator(">>>="), .identifier("b")])
        #expect(try Frontend.kinds("a**=b") == [.identifier("a"), .punctuator("**="), .identifier("b")])
        #expect(try Frontend.kinds("a===b!==c") == [.identifier("a"), .punctuator("==="), .identifier("b"), .punctuator("!=="), .identifier("c")])
        #expect(try Frontend.kinds(">>>>") == [.punctuator(">>>"), .punctuator(">")])
        #expect(try Frontend.kinds("a+++b") == [.identifier("a"), .punctuator("++"), .punctuator("+"), .identifier("b")])
        #expect(try Frontend.kinds("x=>x") == [.identifier("x"), .punctuator("=>"), .identifier("x")])
        #expect(try Frontend.kinds("a<<=b>>=c") == [.identifier("a"), .punctuator("<<="), .identifier("b"), .punctuator(">>="), .identifier("c")])
        #expect(try Frontend.kinds("...a?.b??c") == [.punctuator("..."), .identifier("a"), .punctuator("?."), .identifier("b"), .punctuator("??"), .identifier("c")])
    }

    @Test func everyPunctuatorLexesAsItself() throws {
        for punctuator in Lexer.punctuators {
            #expect(try Frontend.kinds(punctuator) == [.punctuator(punctuator)], "\(punctuator)")
        }
    }

    // MARK: Trivia and positions

    @Test func commentsAreSkipped() throws {
        let tokens = try Frontend.tokens("a // one\nb /* two */ c /* three\n */ d/**/e // end")
        #expect(tokens.map(\.kind) == [.identifier("a"), .identifier("b"), .identifier("c"), .identifier("d"), .identifier("e"), .end])
        // A line break inside a multi-line comment counts as one for ASI.
        #expect(tokens.map(\.newlineBefore) == [false, true, false, true, false, true])
        #expect(try Frontend.kinds("a / b") == [.identifier("a"), .punctuator("/"), .identifier("b")])
    }

    @Test func tokensCarryLineAndColumn() throws {
        let tokens = try Frontend.tokens("let x = 1;\n  foo('s')\r\n\n\t bar\u{2028}baz")
        let positions = tokens.map { "\($0.display)@\($0.line):\($0.column)" }
        #expect(positions == [
            "let@1:1", "x@1:5", "=@1:7", "1@1:9", ";@1:10",
            "foo@2:3", "(@2:6", "string@2:7", ")@2:10",
            "bar@4:3", "baz@5:1", "end of input@5:4",
        ])
        #expect(tokens.map(\.newlineBefore) == [false, false, false, false, false, true, false, false, false, true, true, true])
    }

    /// Columns count UTF-16 code units, as node's do: a character outside the Basic
    /// Multilingual Plane takes two.
    @Test func columnsCountUTF16CodeUnits() throws {
        let tokens = try Frontend.tokens("'😀' x é 𝑥y\n'😀😀' z")
        #expect(tokens.map(\.column) == [1, 6, 8, 10, 1, 8, 9])
        #expect(Frontend.lexError("'😀' #")?.location == Frontend.location(1, 6))
    }

    @Test func emptySourceIsJustTheEnd() throws {
        let tokens = try Frontend.tokens("  \n // only a comment")
        #expect(tokens.count == 1)
        #expect(tokens[0].kind == .end)
        #expect((tokens[0].line, tokens[0].column) == (2, 19))
    }

    @Test("stray characters and unterminated comments", arguments: [
        ("var m = n # 2;", 1, 11),
        ("a\n  @b", 2, 3),
        ("x = 1; /* never closed", 1, 8),
        ("x\n/* spans\nlines", 2, 1),
    ])
    func invalidToken(source: String, line: Int, column: Int) {
        let error = Frontend.lexError(source)
        #expect(error?.kind == .syntaxError)
        #expect(error?.message == "Invalid or unexpected token")
        #expect(error?.location == Frontend.location(line, column))
    }

    @Test func errorsNameTheFile() {
        let error = Frontend.error { () throws(JsError) in
            var lexer = Lexer(source: "'open", file: "dir/prog.js"); _ = try lexer.tokenize() }
        #expect(error?.location?.description == "dir/prog.js:1:1")
        #expect(error?.headline == "SyntaxError: Invalid or unexpected token")
    }
}
