/// The text form of a template, as written in `Specs/opcodes.yaml`: one Intel-syntax instruction
/// per line, `$name` for a hole patched with operand `name`, layout constants by name, and local
/// labels.
///
///     ; comments start with ';' or '#'
///     mov rax, [r13 + $src]        ; a disp32 hole
///     cmp rax, NumberTag           ; a constant from the symbol table
///     jb .slow                     ; a local label (names start with '.')
///     add eax, $imm                ; an imm32 hole
///     movabs r11, $helper          ; an imm64 hole
///     jmp $target                  ; a rel32 hole
///   .slow:
///     mov rcx, [rax + 8*ObjectCell.inlineSlots - 4]
///
/// Immediates and displacements are integer expressions: numbers (decimal, 0x, 0b, `_`
/// separators), symbol names, `+ - *`, unary minus and parentheses. A memory operand is a sum of
/// at most one base register, at most one `index*scale` (or `scale*index`), at most one `$hole`
/// (as its displacement), and constant terms; `rip` may be the base.
public enum TemplateText {
    /// Parses and assembles `text`. Positions in errors are `file:(lineOffset + line):(columnOffset
    /// + column)`, so text taken from inside a YAML file reports where it is in that file.
    public static func assemble(_ text: String, file: String, lineOffset: Int = 0, columnOffset: Int = 0,
                                symbols: [String: Int64]) throws(TemplateErrors) -> AssembledTemplate {
        var parser = TemplateParser(file: file, lineOffset: lineOffset, columnOffset: columnOffset, symbols: symbols)
        let statements = parser.parse(text)
        var errors = parser.errors
        // Each instruction alone first, so an encoding error names its own line.
        var labels: [String: TemplateStatement] = [:]
        for statement in statements {
            switch statement.kind {
            case .label(let name):
                if let first = labels[name] {
                    errors.append(parser.error(statement.line, statement.column, "label '\(name)' is defined twice (first at line \(first.line + lineOffset))"))
                } else {
                    labels[name] = statement
                }
            case .instruction(let mnemonic, let operands):
                var scratch = Assembler()
                let dummy = scratch.newLabel()
                do {
                    try scratch.bind(dummy)
                    try scratch.emit(mnemonic, operands.map { $0.operand(label: { _ in dummy }) })
                } catch {
                    errors.append(parser.error(statement.line, statement.column, error.message))
                }
            }
        }
        for statement in statements {
            guard case .instruction(_, let operands) = statement.kind else { continue }
            for case .label(let name, let column) in operands where labels[name] == nil {
                errors.append(parser.error(statement.line, column, "label '\(name)' is not defined in this template"))
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors: errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }

        do {
            let assembled = try Assembler.assembleRelaxed { (a: inout Assembler) throws(AssemblerError) in
                var bound: [String: Label] = [:]
                for name in labels.keys.sorted() { bound[name] = a.newLabel() }
                for statement in statements {
                    switch statement.kind {
                    case .label(let name): try a.bind(bound[name]!)
                    case .instruction(let mnemonic, let operands):
                        try a.emit(mnemonic, operands.map { $0.operand(label: { bound[$0]! }) })
                    }
                }
            }
            return AssembledTemplate(bytes: assembled.bytes, holes: assembled.holes)
        } catch {
            throw TemplateErrors(errors: [parser.error(1, 1, error.message)])
        }
    }
}

/// A template's machine code with its holes, ready to copy and patch.
public struct AssembledTemplate: Hashable, Sendable {
    public var bytes: [UInt8]
    public var holes: [Hole]
}

/// One problem in template text, at a position in the file it came from.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Every problem found in one template.
public struct TemplateErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [TemplateError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

struct TemplateStatement {
    enum Kind {
        case label(String)
        case instruction(Mnemonic, [TemplateOperand])
    }

    var kind: Kind
    /// Line and column in the template text (1-based), before offsets.
    var line: Int
    var column: Int
}

enum TemplateOperand {
    case plain(Operand)
    case label(String, column: Int)

    func operand(label: (String) -> Label) -> Operand {
        switch self {
        case .plain(let operand): return operand
        case .label(let name, _): return .label(label(name))
        }
    }
}

private struct Token {
    enum Kind: Equatable {
        case word(String)      // mnemonics, registers, symbols, labels, `ptr`, sizes
        case number(Int64)
        case hole(String)      // $name
        case punct(Character)  // [ ] + - * , : ( )
    }

    var kind: Kind
    var column: Int
}

struct TemplateParser {
    let file: String
    let lineOffset: Int
    let columnOffset: Int
    let symbols: [String: Int64]
    var errors: [TemplateError] = []

    init(file: String, lineOffset: Int, columnOffset: Int, symbols: [String: Int64]) {
        self.file = file
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
        self.symbols = symbols
    }

    func error(_ line: Int, _ column: Int, _ message: String) -> TemplateError {
        TemplateError(file: file, line: line + lineOffset, column: column + columnOffset, message: message)
    }

    struct Failure: Error {
        var column: Int
        var message: String
    }

    mutating func parse(_ text: String) -> [TemplateStatement] {
        var statements: [TemplateStatement] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            do throws(Failure) {
                var tokens = try tokenize(Substring(rawLine))
                // `name:` at the start of a line defines a label; an instruction may follow it.
                if tokens.count >= 2, case .word(let name) = tokens[0].kind, tokens[1].kind == .punct(":") {
                    guard name.hasPrefix("."), name.count > 1 else {
                        throw Failure(column: tokens[0].column, message: "label '\(name)' must start with '.' so it cannot be mistaken for a symbol")
                    }
                    statements.append(TemplateStatement(kind: .label(name), line: line, column: tokens[0].column))
                    tokens.removeFirst(2)
                }
                guard !tokens.isEmpty else { continue }
                statements.append(try instruction(tokens, line: line))
            } catch {
                errors.append(self.error(line, error.column, error.message))
            }
        }
        return statements
    }

    private func tokenize(_ line: Substring) throws(Failure) -> [Token] {
        let chars = Array(line)
        var tokens: [Token] = []
        var i = 0
        func isWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == ".") }
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if c == ";" || c == "#" { break }
            if "[]+-*,:()".contains(c) {
                tokens.append(Token(kind: .punct(c), column: column))
                i += 1
            } else if c == "$" {
                var j = i + 1
                while j < chars.count, isWord(chars[j]), chars[j] != "." { j += 1 }
                let name = String(chars[(i + 1)..<j])
                guard let first = name.first, first.isLetter else { throw Failure(column: column, message: "'$' must be followed by an operand name") }
                tokens.append(Token(kind: .hole(name), column: column))
                i = j
            } else if c.isASCII && c.isNumber {
                var j = i
                while j < chars.count, isWord(chars[j]) { j += 1 }
                let text = String(chars[i..<j])
                guard let value = parseNumber(text) else { throw Failure(column: column, message: "'\(text)' is not a number") }
                tokens.append(Token(kind: .number(value), column: column))
                i = j
            } else if isWord(c) {
                var j = i
                while j < chars.count, isWord(chars[j]) { j += 1 }
                tokens.append(Token(kind: .word(String(chars[i..<j])), column: column))
                i = j
            } else {
                throw Failure(column: column, message: "unexpected character '\(c)'")
            }
        }
        return tokens
    }

    private func parseNumber(_ text: String) -> Int64? {
        var digits = Substring(text.filter { $0 != "_" })
        var radix = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { radix = 16; digits = digits.dropFirst(2) }
        else if digits.hasPrefix("0b") || digits.hasPrefix("0B") { radix = 2; digits = digits.dropFirst(2) }
        guard let value = UInt64(digits, radix: radix) else { return nil }
        return Int64(bitPattern: value)
    }

    private func instruction(_ tokens: [Token], line: Int) throws(Failure) -> TemplateStatement {
        guard case .word(let name) = tokens[0].kind else { throw Failure(column: tokens[0].column, message: "expected an instruction or a label") }
        guard let mnemonic = Mnemonic(name: name) else {
            throw Failure(column: tokens[0].column, message: "unknown instruction '\(name)'")
        }
        var operands: [TemplateOperand] = []
        var position = 1
        while position < tokens.count {
            let (operand, next) = try self.operand(tokens, position)
            operands.append(operand)
            position = next
            if position < tokens.count {
                guard tokens[position].kind == .punct(",") else { throw Failure(column: tokens[position].column, message: "expected ',' between operands") }
                position += 1
                if position == tokens.count { throw Failure(column: tokens[position - 1].column, message: "expected an operand after ','") }
            }
        }
        return TemplateStatement(kind: .instruction(mnemonic, operands), line: line, column: tokens[0].column)
    }

    private static let sizes: [String: OperandSize] = ["byte": .byte, "word": .word, "dword": .dword, "qword": .qword]

    private func operand(_ tokens: [Token], _ start: Int) throws(Failure) -> (TemplateOperand, Int) {
        var i = start
        let token = tokens[i]
        if case .word(let word) = token.kind, let size = Self.sizes[word.lowercased()] {
            guard i + 1 < tokens.count, tokens[i + 1].kind == .word("ptr") else { throw Failure(column: token.column, message: "expected 'ptr' after '\(word)'") }
            guard i + 2 < tokens.count, tokens[i + 2].kind == .punct("[") else { throw Failure(column: token.column, message: "expected a memory operand after '\(word) ptr'") }
            let (memory, next) = try self.memory(tokens, i + 2)
            return (.plain(.mem(memory, size)), next)
        }
        switch token.kind {
        case .punct("["):
            let (memory, next) = try self.memory(tokens, i)
            return (.plain(.mem(memory, nil)), next)
        case .hole(let name):
            return (.plain(.hole(name)), i + 1)
        case .word(let word) where word.hasPrefix("."):
            return (.label(word, column: token.column), i + 1)
        case .word(let word):
            if let reg = Reg.named(word) { return (.plain(.reg(reg)), i + 1) }
            if let xmm = XMM.named(word) { return (.plain(.xmm(xmm)), i + 1) }
            fallthrough
        default:
            let value = try expression(tokens, &i)
            return (.plain(.imm(value)), i)
        }
    }

    /// `[ term (+|- term)* ]` with registers, `index*scale`, one `$hole`, and constant terms.
    private func memory(_ tokens: [Token], _ open: Int) throws(Failure) -> (Memory, Int) {
        var i = open + 1
        var base: Reg?
        var index: Reg?
        var scale: UInt8 = 1
        var rip = false
        var hole: String?
        var displacement: Int64 = 0
        var negative = false
        func register(_ t: Token) -> Reg? { if case .word(let w) = t.kind { return Reg.named(w) } else { return nil } }
        while true {
            guard i < tokens.count else { throw Failure(column: tokens[open].column, message: "missing ']'") }
            let t = tokens[i]
            if t.kind == .word("rip") {
                guard !negative, base == nil, !rip else { throw Failure(column: t.column, message: "rip must be the only base") }
                rip = true
                i += 1
            } else if case .hole(let name) = t.kind {
                guard hole == nil, !negative else { throw Failure(column: t.column, message: "a memory operand takes at most one $hole, added") }
                hole = name
                i += 1
            } else if let reg = register(t) {
                guard reg.size == .qword else { throw Failure(column: t.column, message: "'\(reg)' cannot address memory; use a 64-bit register") }
                guard !negative else { throw Failure(column: t.column, message: "a register cannot be subtracted") }
                if i + 2 < tokens.count, tokens[i + 1].kind == .punct("*") {
                    guard index == nil else { throw Failure(column: t.column, message: "a memory operand takes at most one index register") }
                    var j = i + 2
                    scale = try scaleValue(tokens, &j)
                    index = reg
                    i = j
                } else if base == nil && !rip {
                    base = reg
                    i += 1
                } else {
                    guard index == nil else { throw Failure(column: t.column, message: "a memory operand takes at most one base and one index register") }
                    index = reg
                    i += 1
                }
            } else if case .number(let n) = t.kind, i + 2 < tokens.count, tokens[i + 1].kind == .punct("*"), let reg = register(tokens[i + 2]) {
                guard index == nil, !negative else { throw Failure(column: t.column, message: "a memory operand takes at most one index register") }
                guard [1, 2, 4, 8].contains(n) else { throw Failure(column: t.column, message: "scale must be 1, 2, 4 or 8") }
                index = reg
                scale = UInt8(n)
                i += 3
            } else {
                let value = try expression(tokens, &i, stopAtPlusMinus: true)
                displacement = negative ? displacement &- value : displacement &+ value
            }
            guard i < tokens.count else { throw Failure(column: tokens[open].column, message: "missing ']'") }
            switch tokens[i].kind {
            case .punct("]"):
                guard let disp = Int32(exactly: displacement) else { throw Failure(column: tokens[open].column, message: "displacement \(displacement) does not fit 32 bits") }
                var memory = rip ? Memory.rip(disp, hole: hole) : Memory(base: base, index: index, scale: scale, displacement: disp, displacementHole: hole)
                if let index, index.number == 4 { throw Failure(column: tokens[open].column, message: "rsp cannot be an index register") }
                if rip, index != nil { throw Failure(column: tokens[open].column, message: "rip-relative addressing takes no index register") }
                memory.scale = scale
                return (memory, i + 1)
            case .punct("+"): negative = false
            case .punct("-"): negative = true
            default: throw Failure(column: tokens[i].column, message: "expected '+', '-' or ']' in a memory operand")
            }
            i += 1
        }
    }

    /// The scale after `index*`: a number or a constant such as `SlotSize`.
    private func scaleValue(_ tokens: [Token], _ i: inout Int) throws(Failure) -> UInt8 {
        let column = tokens[min(i, tokens.count - 1)].column
        let n = try unary(tokens, &i)
        guard [1, 2, 4, 8].contains(n) else { throw Failure(column: column, message: "scale must be 1, 2, 4 or 8") }
        return UInt8(n)
    }

    /// `sum := product (('+'|'-') product)*`, `product := unary ('*' unary)*`,
    /// `unary := '-' unary | number | symbol | '(' sum ')'`. Inside a memory operand the top-level
    /// sum stops at '+'/'-' so registers can follow.
    private func expression(_ tokens: [Token], _ i: inout Int, stopAtPlusMinus: Bool = false) throws(Failure) -> Int64 {
        var value = try product(tokens, &i)
        while !stopAtPlusMinus, i < tokens.count, tokens[i].kind == .punct("+") || tokens[i].kind == .punct("-") {
            let minus = tokens[i].kind == .punct("-")
            i += 1
            let rhs = try product(tokens, &i)
            value = minus ? value &- rhs : value &+ rhs
        }
        return value
    }

    private func product(_ tokens: [Token], _ i: inout Int) throws(Failure) -> Int64 {
        var value = try unary(tokens, &i)
        while i < tokens.count, tokens[i].kind == .punct("*") {
            i += 1
            value = value &* (try unary(tokens, &i))
        }
        return value
    }

    private func unary(_ tokens: [Token], _ i: inout Int) throws(Failure) -> Int64 {
        guard i < tokens.count else { throw Failure(column: (tokens.last?.column ?? 0) + 1, message: "expected a value") }
        let t = tokens[i]
        switch t.kind {
        case .punct("-"):
            i += 1
            return 0 &- (try unary(tokens, &i))
        case .punct("("):
            i += 1
            let value = try expression(tokens, &i)
            guard i < tokens.count, tokens[i].kind == .punct(")") else { throw Failure(column: t.column, message: "missing ')'") }
            i += 1
            return value
        case .number(let n):
            i += 1
            return n
        case .word(let name):
            guard let value = symbols[name] else {
                if Reg.named(name) != nil || XMM.named(name) != nil {
                    throw Failure(column: t.column, message: "register '\(name)' cannot appear in an expression")
                }
                throw Failure(column: t.column, message: "unknown name '\(name)'; not a register or a known constant")
            }
            i += 1
            return value
        case .hole:
            throw Failure(column: t.column, message: "a $hole cannot be part of an expression")
        default:
            throw Failure(column: t.column, message: "expected a value")
        }
    }
}
