import Testing
@testable import TemplateGenKit

struct ConstantExpressionTests {
    let names: [String: UInt64] = ["NumberTag": 0xFFFE_0000_0000_0000, "OtherTag": 2, "Bit": 49]

    func eval(_ text: String) throws(ConstantExpression.Failure) -> UInt64 {
        let names = self.names
        return try ConstantExpression.evaluate(text) { names[$0] }
    }

    @Test func evaluatesWithCPrecedence() throws {
        #expect(try eval("NumberTag | OtherTag") == 0xFFFE_0000_0000_0002)
        #expect(try eval("1 << Bit") == 1 << 49)
        #expect(try eval("1 | 2 ^ 3 & 4 << 1 + 1") == 1 | (2 ^ (3 & (4 << (1 + 1)))))
        #expect(try eval("(1 | 2) & 2") == 2)
        #expect(try eval("~0") == UInt64.max)
        #expect(try eval("-1") == UInt64.max)
        #expect(try eval("10 - 3 - 2") == 5)
        #expect(try eval("0x8000_0000_0000_0000 >> 63") == 1)
        #expect(try eval("  7  ") == 7)
        #expect(try eval("0 - 1 + 2") == 1)
    }

    @Test(arguments: [
        ("Missing | 1", 0, "'Missing' is not defined; constants may refer only to constants defined above them"),
        ("1 << 64", 2, "shift by 64 is out of range; allowed: 0 to 63"),
        ("(1 | 2", 6, "expected ')'"),
        ("1 +", 3, "expression ends where a value was expected"),
        ("1 2", 2, "unexpected '2' in expression"),
        ("1 + * 2", 4, "unexpected '* 2' where a number or constant name was expected"),
        ("0xZZ", 0, "'0xZZ' is not a valid integer"),
    ])
    func reportsWhereAnExpressionGoesWrong(_ text: String, _ offset: Int, _ message: String) {
        do {
            _ = try eval(text)
            Issue.record("'\(text)' evaluated")
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
        }
    }
}
