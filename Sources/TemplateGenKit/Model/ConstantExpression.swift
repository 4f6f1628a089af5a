/// Evaluates the small integer expressions layout constants are written in, e.g.
/// `NumberTag | OtherTag` or `1 << 49`. 64-bit two's-complement arithmetic, C precedence:
/// `|` < `^` < `&` < `<< >>` < `+ -` < unary `~ -` < literals, names and parentheses.
struct ConstantExpression {
    struct Failure: Error {
        /// Offset in UTF-8 bytes from the start of the expression text.
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private let lookup: (String) -> UInt64?

    /// `lookup` resolves a name to its value, or nil when it is not defined.
    static func evaluate(_ text: String, lookup: @escaping (String) -> UInt64?) throws(Failure) -> UInt64 {
        var parser = ConstantExpression(bytes: Array(text.utf8), lookup: lookup)
        let value = try parser.parseBinary(level: 0)
        parser.skipSpaces()
        if parser.position < parser.bytes.count {
            throw Failure(offset: parser.position, message: "unexpected '\(parser.rest)' in expression")
        }
        return value
    }

    private init(bytes: [UInt8], lookup: @escaping (String) -> UInt64?) {
        self.bytes = bytes
        self.lookup = lookup
    }

    private static let levels: [[String]] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"]]

    private var rest: String { String(decoding: bytes[position...], as: UTF8.self) }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }

    private mutating func take(_ op: String) -> Bool {
        let opBytes = Array(op.utf8)
        guard position + opBytes.count <= bytes.count, Array(bytes[position..<position + opBytes.count]) == opBytes else { return false }
        position += opBytes.count
        return true
    }

    private mutating func parseBinary(level: Int) throws(Failure) -> UInt64 {
        if level == Self.levels.count { return try parseUnary() }
        var value = try parseBinary(level: level + 1)
        while true {
            skipSpaces()
            let operatorOffset = position
            guard let op = Self.levels[level].first(where: { take($0) }) else { return value }
            let rhs = try parseBinary(level: level + 1)
            switch op {
            case "|": value |= rhs
            case "^": value ^= rhs
            case "&": value &= rhs
            case "+": value &+= rhs
            case "-": value &-= rhs
            default:
                guard rhs < 64 else { throw Failure(offset: operatorOffset, message: "shift by \(rhs) is out of range; allowed: 0 to 63") }
                value = op == "<<" ? value << rhs : value >> rhs
            }
        }
    }

    private mutating func parseUnary() throws(Failure) -> UInt64 {
        skipSpaces()
        if take("~") { return ~(try parseUnary()) }
        if take("-") { return 0 &- (try parseUnary()) }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(Failure) -> UInt64 {
        skipSpaces()
        let start = position
        guard position < bytes.count else { throw Failure(offset: start, message: "expression ends where a value was expected") }
        if take("(") {
            let value = try parseBinary(level: 0)
            skipSpaces()
            guard take(")") else { throw Failure(offset: position, message: "expected ')'") }
            return value
        }
        while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
        guard position > start else {
            throw Failure(offset: start, message: "unexpected '\(rest)' where a number or constant name was expected")
        }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        if let first = word.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            guard let value = parseInteger(word) else { throw Failure(offset: start, message: "'\(word)' is not a valid integer") }
            return value
        }
        guard let value = lookup(word) else {
            throw Failure(offset: start, message: "'\(word)' is not defined; constants may refer only to constants defined above them")
        }
        return value
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
}
