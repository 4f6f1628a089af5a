@testable import FuzzKit
import Testing

@Suite struct ReducerTests {
    /// A synthetic failure: the program "fails" while it still sets `bad` and logs it, so
    /// everything else can go, blocks included.
    @Test func shrinksToWhatTheFailureNeeds() throws {
        let source = """
        let a = 1;
        let bad = 7;
        function f(p) {
          let q = p * 2;
          return q;
        }
        for (let i = 0; i < 3000; i++) {
          if (i > 5) {
            a = f(i);
          } else {
            bad = bad + 0;
          }
        }
        console.log(a, bad);
        console.log(bad);
        """
        var tests = 0
        let reducer = Reducer { candidate in
            tests += 1
            return candidate.contains("let bad = 7;") && candidate.contains("console.log(bad)") && Self.balanced(candidate)
        }
        let reduced = try reducer.reduce(source)
        #expect(reduced == "let bad = 7;\nconsole.log(bad);\n")
        #expect(tests < 200)
    }

    /// Only whole statements go: a block's lines never come apart.
    @Test func keepsBlocksWhole() throws {
        let source = "let x = 0;\nwhile (x++ < 3) {\n  console.log(x);\n}\nconsole.log('end');\n"
        let reducer = Reducer { candidate in Self.balanced(candidate) && candidate.contains("console.log(x)") && candidate.contains("while") }
        #expect(try reducer.reduce(source) == "while (x++ < 3) {\n  console.log(x);\n}\n")
    }

    @Test func simplifiesExpressionsAndNumbers() throws {
        let source = "for (let i = 0; i < 3000; i++) {\n  total = (total + (i * 3)) | 0;\n}\n"
        let reducer = Reducer { candidate in candidate.contains("| 0") && candidate.contains("total =") && candidate.contains("< ") }
        let reduced = try reducer.reduce(source)
        #expect(reduced == "for (let i = 0; i < 1; i++) {\n  total = 0 | 0;\n}\n")
    }

    @Test func stopsAfterItsTestBudget() throws {
        var tests = 0
        let reducer = Reducer(maxTests: 5) { _ in
            tests += 1
            return false
        }
        let source = (0..<50).map { "console.log(\($0));" }.joined(separator: "\n") + "\n"
        #expect(try reducer.reduce(source) == source)
        #expect(tests == 5)
    }

    @Test func theStatementTreeKeepsElseAndClosingLinesInTheirBlock() {
        let lines = ["if (a) {", "  x = 1;", "} else {", "  y = 2;", "  if (b) {", "    z();", "  }", "}", "w();",
                     "do {", "  v();", "} while (++i < 3);"]
        let tree = StatementTree(lines)
        #expect(tree.roots.map(\.lines) == [0..<8, 8..<9, 9..<12])
        #expect(tree.roots[0].children.map(\.lines) == [1..<2, 3..<4, 4..<7])
        #expect(tree.roots[2].children.map(\.lines) == [10..<11])
    }

    /// Calls and parenthesized expressions, outermost first, then numbers; never what is in a
    /// string, the condition of an if or a function's parameters.
    @Test func editsReplaceCallsAndGroupsButNotStrings() {
        let line = "x = f(a, (b + 1)) + ('(s)' + 40);"
        #expect(Reducer.edits(of: line).map { String(line[$0.range]) } == ["f(a, (b + 1))", "('(s)' + 40)", "(b + 1)", "40"])
        let condition = "if (g(x) > 2) y = 0;"
        #expect(Reducer.edits(of: condition).map { String(condition[$0.range]) } == ["g(x)", "2"])
        let declaration = "function f1(p2, p3) {"
        #expect(Reducer.edits(of: declaration).isEmpty)
    }

    @Test func reducedProgramsAreIndentedByTheirBlocks() {
        let lines = ["    a();", "if (x) {", "      b();", "} else {", "c();", "    }", "do {", "d();", "} while (++i < 2);"]
        #expect(Reducer.reindented(lines) == ["a();", "if (x) {", "  b();", "} else {", "  c();", "}", "do {", "  d();", "} while (++i < 2);"])
    }

    static func balanced(_ text: String) -> Bool {
        text.filter { $0 == "{" }.count == text.filter { $0 == "}" }.count
    }
}
