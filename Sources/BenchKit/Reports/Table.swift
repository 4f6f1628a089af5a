/// A titled table of text cells, rendered as Markdown or as aligned plain text.
public struct Table: Equatable, Sendable {
    public enum Alignment: Sendable { case left, right }

    public var title: String
    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(title: String, headers: [String], alignments: [Alignment], rows: [[String]]) {
        self.title = title
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
    }

    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return line(headers) + "|" + alignments.map { $0 == .left ? ":--" : "--:" }.joined(separator: "|") + "|\n" + rows.map(line).joined()
    }

    /// Columns padded to their widest cell (in characters, so "÷" and "—" count as one).
    public var text: String {
        let widths = headers.indices.map { column in ([headers] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + padding : padding + cell
            }
            // Trailing blanks of a left-aligned last column would be invisible noise.
            var text = padded.joined(separator: "  ")
            while text.hasSuffix(" ") && alignments.last == .left { text.removeLast() }
            return text + "\n"
        }
        return line(headers) + rows.map(line).joined()
    }
}
