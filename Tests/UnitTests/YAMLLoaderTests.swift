import Testing
@testable import TemplateGenKit

struct YAMLLoaderTests {
    @Test func everyNodeKeepsItsLineAndColumn() throws {
        let text = """
            top:
              - name: Add
                list: [a, "b", {k: v}]
            other: |
              block
            """
        let root = try YAMLLoader.load(text, file: "t.yaml")
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar } == ["top", "other"])
        #expect(pairs[0].key.mark == SourceMark(line: 1, column: 1))
        let item = try #require(pairs[0].value.sequence?.first)
        #expect(item.mark == SourceMark(line: 2, column: 5))
        let list = try #require(item.mapping?[1].value.sequence)
        #expect(list.map(\.mark.column) == [12, 15, 20])
        #expect(list[0].isPlainScalar)
        #expect(list[1].content.isQuoted)
        #expect(list[2].mapping?.first?.value.mark == SourceMark(line: 3, column: 24))
        #expect(pairs[1].value.scalar == "block")  // clip chomping: no final newline at end of input
        #expect(pairs[1].value.kindDescription == "a string")
    }

    @Test func describesNodeKindsForErrorMessages() throws {
        let root = try YAMLLoader.load("a: 12\nb: true\nc: ~\nd: [1]\ne: {x: 1}\nf: 0x1F\ng: '12'\n", file: "t.yaml")
        let kinds = root.mapping!.map(\.value.kindDescription)
        #expect(kinds == ["an integer", "a boolean", "an empty value", "a list", "a mapping", "an integer", "a string"])
    }

    @Test func anEmptyDocumentIsAnEmptyScalar() throws {
        let root = try YAMLLoader.load("", file: "t.yaml")
        #expect(root.isNull)
    }

    @Test func rejectsMoreThanOneDocument() {
        #expect(throws: Diagnostic(file: "t.yaml", mark: SourceMark(line: 2, column: 1), message: "spec 't.yaml': field '(yaml)': malformed YAML: a spec file holds exactly one document")) {
            try YAMLLoader.load("a: 1\n---\nb: 2\n", file: "t.yaml")
        }
    }

    @Test func rejectsAliasesAndNonScalarKeys() {
        #expect(throws: Diagnostic.self) { try YAMLLoader.load("a: &x 1\nb: *x\n", file: "t.yaml") }
        #expect(throws: Diagnostic(file: "t.yaml", mark: SourceMark(line: 1, column: 3), message: "spec 't.yaml': field '(yaml)': malformed YAML: mapping keys must be plain strings, found a list")) {
            try YAMLLoader.load("? [a]\n: 1\n", file: "t.yaml")
        }
    }

    @Test func reportsLibyamlErrorsWithPositions() {
        do {
            _ = try YAMLLoader.load("a: [1, 2\n", file: "t.yaml")
            Issue.record("accepted an unclosed flow sequence")
        } catch {
            #expect(error.description.hasPrefix("t.yaml:2:1: error: spec 't.yaml': field '(yaml)': malformed YAML: did not find expected ',' or ']'"))
        }
        do {
            _ = try YAMLLoader.load("a: \"unterminated\n", file: "t.yaml")
            Issue.record("accepted an unterminated string")
        } catch {
            #expect(error.description == "t.yaml:2:1: error: spec 't.yaml': field '(yaml)': malformed YAML: found unexpected end of stream (while scanning a quoted scalar at line 1, column 4)")
        }
    }

    @Test func parsesIntegerLiteralsAsSpecsWriteThem() {
        #expect(parseInteger("42") == 42)
        #expect(parseInteger("0xFFFE_0000_0000_0000") == 0xFFFE_0000_0000_0000)
        #expect(parseInteger("0b101") == 5)
        #expect(parseInteger("+7") == 7)
        #expect(parseInteger("-1") == UInt64.max)
        #expect(parseInteger("-9223372036854775808") == 1 << 63)
        #expect(parseInteger("-9223372036854775809") == nil)
        #expect(parseInteger("0x") == nil)
        #expect(parseInteger("_1") == nil)
        #expect(parseInteger("1_") == nil)
        #expect(parseInteger("12abc") == nil)
        #expect(parseInteger("0x1_0000_0000_0000_0000") == nil)
    }
}

extension YAMLNode.Content {
    var isQuoted: Bool {
        if case .scalar(_, .quoted) = self { return true }
        return false
    }
}
