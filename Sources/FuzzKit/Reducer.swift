/// Shrinks a program while a predicate (it still fails the same way) holds: delta debugging
/// over statements (a line, or a line that opens a block through the line that closes it, with
/// everything inside), then unwrapping blocks into their bodies, then simplifying
/// parenthesized expressions and shrinking numbers, repeated until nothing more goes. The
/// predicate is all it knows of the engines, so tests can give it a closure.
public struct Reducer {
    /// The most candidates to try (each is a run of the failing configuration and node).
    public var maxTests: Int
    private let stillFails: (String) throws -> Bool

    public init(maxTests: Int = 600, stillFails: @escaping (String) throws -> Bool) {
        self.maxTests = maxTests
        self.stillFails = stillFails
    }

    /// The smallest program found that still fails; `source` itself when nothing smaller does.
    public func reduce(_ source: String) throws -> String {
        var state = State(lines: source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), tests: 0)
        if state.lines.last == "" { state.lines.removeLast() }
        var changed = true
        while changed && state.tests < maxTests {
            changed = false
            if try removeStatements(&state) { changed = true }
            if try unwrapBlocks(&state) { changed = true }
            if try simplifyExpressions(&state) { changed = true }
        }
        return Self.reindented(state.lines).joined(separator: "\n") + "\n"
    }

    /// The lines indented two spaces per open block again (unwrapping a block leaves its body
    /// indented as it was).
    static func reindented(_ lines: [String]) -> [String] {
        var depth = 0
        return lines.map { line in
            let text = line.drop(while: { $0 == " " })
            let closesFirst = text.hasPrefix("}")
            let indented = String(repeating: "  ", count: Swift.max(depth - (closesFirst ? 1 : 0), 0)) + text
            depth = Swift.max(depth + StatementTree.balance(String(text)), 0)
            return indented
        }
    }

    private struct State {
        var lines: [String]
        var tests: Int
    }

    /// Tries `candidate`; keeps it when it still fails.
    private func attempt(_ candidate: [String], _ state: inout State) throws -> Bool {
        guard state.tests < maxTests, candidate != state.lines else { return false }
        state.tests += 1
        guard try stillFails(candidate.joined(separator: "\n") + "\n") else { return false }
        state.lines = candidate
        return true
    }

    // MARK: Statements

    /// Removes runs of sibling statements, halving the run length down to one.
    private func removeStatements(_ state: inout State) throws -> Bool {
        var changed = false
        var size = Swift.max(1, (StatementTree(state.lines).groups.map(\.count).max() ?? 1) / 2)
        while true {
            // Groups before the current one never change when statements of the current one
            // go (a removed statement's own groups come after it), so the walk goes on in place.
            var group = 0
            var index = 0
            while state.tests < maxTests {
                let groups = StatementTree(state.lines).groups
                guard group < groups.count else { break }
                let siblings = groups[group]
                guard index < siblings.count else {
                    group += 1
                    index = 0
                    continue
                }
                let removed = siblings[index..<Swift.min(index + size, siblings.count)]
                let lines = Set(removed.flatMap { Array($0.lines) })
                let candidate = state.lines.enumerated().filter { !lines.contains($0.offset) }.map(\.element)
                if try attempt(candidate, &state) { changed = true } else { index += size }
            }
            if size <= 1 || state.tests >= maxTests { return changed }
            size /= 2
        }
    }

    /// Replaces a block statement by the statements inside it (both branches of an if).
    private func unwrapBlocks(_ state: inout State) throws -> Bool {
        var changed = false
        var index = 0
        while true {
            let blocks = StatementTree(state.lines).nodes.filter { $0.lines.count > 1 }
            guard index < blocks.count else { return changed }
            let block = blocks[index]
            let inner = Set(block.children.flatMap { Array($0.lines) })
            let candidate = state.lines.enumerated().filter { !block.lines.contains($0.offset) || inner.contains($0.offset) }.map(\.element)
            if try attempt(candidate, &state) { changed = true } else { index += 1 }
            if state.tests >= maxTests { return changed }
        }
    }

    // MARK: Expressions

    /// Replaces parenthesized expressions by `0` and `1`, and halves integer literals (loop
    /// counts come down this way), line by line. Headers of while and do-while loops keep their
    /// conditions: without them a loop could run forever.
    private func simplifyExpressions(_ state: inout State) throws -> Bool {
        var changed = false
        for line in state.lines.indices {
            var position = 0
            while state.tests < maxTests {
                let text = state.lines[line]
                let trimmed = text.drop(while: { $0 == " " })
                if trimmed.hasPrefix("//") || trimmed.hasPrefix("while") || trimmed.hasPrefix("} while") || trimmed.contains(": while") { break }
                let edits = Self.edits(of: text)
                guard position < edits.count else { break }
                var accepted = false
                for replacement in edits[position].replacements {
                    var candidate = state.lines
                    candidate[line] = String(text[..<edits[position].range.lowerBound]) + replacement + String(text[edits[position].range.upperBound...])
                    if try attempt(candidate, &state) {
                        accepted = true
                        break
                    }
                }
                if accepted { changed = true } else { position += 1 }
            }
        }
        return changed
    }

    struct Edit {
        let range: Range<String.Index>
        let replacements: [String]
    }

    /// What may replace what in a line: parenthesized expressions and calls (outermost
    /// first; not the conditions of `if` and loops, not a declaration's parameters), then
    /// integer literals of 2 or more.
    static func edits(of line: String) -> [Edit] {
        var open: [(start: String.Index, callee: String?)] = []
        var groups: [(range: Range<String.Index>, level: Int)] = []
        var inString: Character?
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let quote = inString {
                if character == "\\" {
                    index = line.index(after: index)
                    if index == line.endIndex { break }
                } else if character == quote {
                    inString = nil
                }
            } else if character == "'" || character == "\"" {
                inString = character
            } else if character == "(" {
                if isNamePart(previous) || previous == ")" || previous == "]" {
                    // A call: the callee is the name (with dots) right before the parenthesis.
                    var start = index
                    while start > line.startIndex && (isNamePart(line[line.index(before: start)]) || line[line.index(before: start)] == ".") {
                        start = line.index(before: start)
                    }
                    open.append((start, String(line[start..<index])))
                } else {
                    open.append((index, nil))
                }
            } else if character == ")", let group = open.popLast() {
                let range = group.start..<line.index(after: index)
                let keywords: Set<String> = ["", "if", "for", "while", "function", "return", "typeof"]
                if group.callee.map({ !keywords.contains($0) && !$0.hasSuffix(".") && !$0.hasPrefix("function") }) ?? true {
                    groups.append((range, open.count))
                }
            }
            if character != " " || inString != nil { previous = character }
            index = line.index(after: index)
        }
        let trimmed = line.drop(while: { $0 == " " })
        let declaresFunction = trimmed.hasPrefix("function") || line.contains("= function") || line.contains("=> (")
        var edits: [Edit] = []
        for group in groups.sorted(by: { ($0.level, $0.range.lowerBound) < ($1.level, $1.range.lowerBound) }) where line[group.range] != "(0)" && line[group.range] != "(1)" {
            if declaresFunction && group.level == 0 && !line[group.range].hasPrefix("(") { continue }
            edits.append(Edit(range: group.range, replacements: ["0", "1"]))
        }
        var digits = line.startIndex
        while digits < line.endIndex {
            let follows = digits == line.startIndex ? " " : line[line.index(before: digits)]
            guard line[digits].isNumber, !isNamePart(follows), follows != "." else {
                digits = line.index(after: digits)
                continue
            }
            var end = digits
            while end < line.endIndex && line[end].isNumber { end = line.index(after: end) }
            let partOfNumber = end < line.endIndex && (line[end] == "." || isNamePart(line[end]))
            if !partOfNumber, let value = Int(line[digits..<end]), value >= 2 {
                edits.append(Edit(range: digits..<end, replacements: value > 2 ? ["1", String(value / 2)] : ["1"]))
            }
            digits = end
        }
        return edits
    }

    private static func isNamePart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "$"
    }
}

/// A program's lines as a tree of statements: a line that opens more braces than it closes
/// starts a block that ends at the line that closes it; lines in between are its children
/// (`} else {` stays inside). Braces in strings are not counted: the generator writes none.
struct StatementTree {
    struct Node {
        var lines: Range<Int>
        var children: [Node]
    }

    let roots: [Node]

    init(_ lines: [String]) {
        var index = 0
        roots = Self.parse(lines, &index, until: lines.count)
    }

    private static func parse(_ lines: [String], _ index: inout Int, until end: Int) -> [Node] {
        var nodes: [Node] = []
        while index < end {
            let start = index
            var depth = balance(lines[index])
            index += 1
            if depth <= 0 {
                nodes.append(Node(lines: start..<index, children: []))
                continue
            }
            // The block's last line is where the depth comes back to zero.
            var close = index
            while close < end {
                depth += balance(lines[close])
                if depth <= 0 { break }
                close += 1
            }
            var children: [Node] = []
            var inner = index
            while inner < Swift.min(close, end) {
                // `} else {` lines belong to the block, not to any child.
                if lines[inner].drop(while: { $0 == " " }).hasPrefix("}") {
                    inner += 1
                    continue
                }
                var cursor = inner
                let limit = Self.nextContinuation(lines, from: inner, before: Swift.min(close, end))
                children += parse(lines, &cursor, until: limit)
                inner = limit
            }
            index = Swift.min(close + 1, end)
            nodes.append(Node(lines: start..<index, children: children))
        }
        return nodes
    }

    /// The next line from `start` on that continues the enclosing block at its own level.
    private static func nextContinuation(_ lines: [String], from start: Int, before end: Int) -> Int {
        var depth = 0
        var line = start
        while line < end {
            if depth == 0 && lines[line].drop(while: { $0 == " " }).hasPrefix("}") { return line }
            depth += balance(lines[line])
            line += 1
        }
        return end
    }

    /// Braces opened minus braces closed, outside strings and `//` comments.
    static func balance(_ line: String) -> Int {
        var depth = 0
        var inString: Character?
        var escaped = false
        var previous: Character = " "
        for character in line {
            if let quote = inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == quote { inString = nil }
            } else if character == "'" || character == "\"" {
                inString = character
            } else if character == "/" && previous == "/" {
                break
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
            }
            previous = character
        }
        return depth
    }

    /// Every node, parents before their children.
    var nodes: [Node] {
        var all: [Node] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                all.append(node)
                walk(node.children)
            }
        }
        walk(roots)
        return all
    }

    /// The lists of sibling statements: the top level first, then each block's, in order.
    var groups: [[Node]] {
        [roots] + nodes.map(\.children).filter { !$0.isEmpty }
    }
}
