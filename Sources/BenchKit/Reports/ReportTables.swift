import Foundation

/// The report's tables, shared by the Markdown and text writers: time ratios, median times,
/// peak memory and compile figures.
enum ReportTables {
    enum Style { case markdown, text }

    static func make(_ report: BenchmarkReport, style: Style) -> [Table] {
        var tables: [Table] = []
        if !report.nodeEngines.isEmpty && !report.ourEngines.isEmpty { tables.append(ratios(report, style)) }
        tables.append(times(report, style))
        tables.append(memory(report))
        if report.programs.contains(where: { program in program.engines.contains { $0.compile != nil } }) { tables.append(compile(report)) }
        return tables
    }

    static func ratios(_ report: BenchmarkReport, _ style: Style) -> Table {
        let pairs = report.ratioPairs
        var rows = report.programs.map { program in
            [program.name] + pairs.map { pair in report.ratio(program, pair.ours, pair.node).map(ratio) ?? (program.failed ? "FAILED" : "—") }
        }
        let means = pairs.map { report.geometricMean($0.ours, $0.node).map(ratio) ?? "—" }
        rows.append((["geometric mean"] + means).map { style == .markdown ? "**\($0)**" : $0 })
        return Table(title: "Time ratios: our median time ÷ node's (below 1: ours is faster)",
                     headers: ["program"] + pairs.map { "\($0.ours.tierName) ÷ \($0.node.tierName)" },
                     alignments: [.left] + pairs.map { _ in .right }, rows: rows)
    }

    static func times(_ report: BenchmarkReport, _ style: Style) -> Table {
        let rows = report.programs.map { program in
            let failed = style == .markdown ? "**FAILED**: " : "FAILED: "
            let outcome = program.failed ? failed + program.failures.joined(separator: "; ") : program.checksum
            return [program.name] + report.engines.map { engine in
                (program.failed ? nil : program.result(for: engine)?.medianSeconds).map { String(format: "%.3f", $0) } ?? "—"
            } + [outcome]
        }
        return Table(title: "Median wall time (s)", headers: ["program"] + report.engines.map(\.label) + ["output"],
                     alignments: [.left] + report.engines.map { _ in .right } + [.left], rows: rows)
    }

    static func memory(_ report: BenchmarkReport) -> Table {
        let rows = report.programs.map { program in
            [program.name] + report.engines.map { engine in
                (program.failed ? nil : program.result(for: engine)?.medianPeakResidentBytes).map { "\(Int((Double($0) / 1048576).rounded()))" } ?? "—"
            }
        }
        return Table(title: "Peak resident memory (MB, median of runs)", headers: ["program"] + report.engines.map(\.label),
                     alignments: [.left] + report.engines.map { _ in .right }, rows: rows)
    }

    static func compile(_ report: BenchmarkReport) -> Table {
        var rows: [[String]] = []
        for program in report.programs {
            for result in program.engines {
                guard let figures = result.compile else { continue }
                let compilers = [figures.bytecode, figures.baseline, figures.optimizing]
                rows.append([program.name, result.engine.label]
                    + compilers.map { $0.map { "\($0.functions)" } ?? "—" }
                    + compilers.map { $0?.bytecodesPerSecond.map(rate) ?? "—" }
                    + [String(format: "%.1f", figures.totalCompileSeconds * 1000), figures.osrEntries.map(String.init) ?? "—", figures.deopts.map(String.init) ?? "—"])
            }
        }
        return Table(title: "Compile figures of our tiers (from the output-check run)",
                     headers: ["program", "tier", "functions: bytecode", "baseline", "optimizing", "bytecodes/s: bytecode", "baseline", "optimizing",
                               "compile ms", "OSR entries", "deopts"],
                     alignments: [.left, .left] + Array(repeating: .right, count: 9), rows: rows)
    }

    static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }

    /// 950, 4.5k, 120k, 3.2M, 45M.
    static func rate(_ value: Double) -> String {
        switch value {
        case ..<1e3: return String(format: "%.0f", value)
        case ..<1e4: return String(format: "%.1fk", value / 1e3)
        case ..<1e6: return String(format: "%.0fk", value / 1e3)
        case ..<1e7: return String(format: "%.1fM", value / 1e6)
        default: return String(format: "%.0fM", value / 1e6)
        }
    }
}

/// The report as Markdown: the file `results.md`, and the README's benchmark section.
public enum MarkdownReport {
    /// - Parameter chart: where the SVG chart is, relative to the Markdown file; nil for none.
    public static func render(_ report: BenchmarkReport, chart: String? = nil) -> String {
        var text = "Machine: \(report.machine); \(report.date).\n\n"
        text += "Command: `\(report.command)`, \(report.runs) timed runs per engine, interleaved; medians.\n"
        if !report.nodeEngines.isEmpty { text += "\nNode's tiers: \(report.nodeLegend).\n" }
        for (index, table) in ReportTables.make(report, style: .markdown).enumerated() {
            text += "\n#### \(table.title)\n\n" + table.markdown
            if index == 0, let chart, !report.nodeEngines.isEmpty { text += "\n![time ratios of our tiers to node's](\(chart))\n" }
        }
        return text
    }
}

/// The report as the terminal shows it, failures repeated at the end so they cannot be missed.
public enum TextReport {
    public static func render(_ report: BenchmarkReport) -> String {
        var text = "Machine: \(report.machine)\n"
        if !report.nodeEngines.isEmpty { text += "Node's tiers: \(report.nodeLegend.replacingOccurrences(of: "`", with: ""))\n" }
        for table in ReportTables.make(report, style: .text) {
            text += "\n\(table.title)\n" + table.text
        }
        for program in report.programs where program.failed {
            for failure in program.failures { text += "\nFAILED \(program.name): \(failure)" }
        }
        return text + (report.programs.contains(where: \.failed) ? "\n" : "")
    }
}

/// The report as one CSV table: a row per program with every engine's median time and peak
/// memory and every ratio, then the geometric means.
public enum CSVReport {
    public static func render(_ report: BenchmarkReport) -> String {
        let pairs = report.ratioPairs
        let header = ["program", "status", "checksum"] + report.engines.map { "\($0.label) seconds" } + report.engines.map { "\($0.label) peak MB" }
            + pairs.map { "\($0.ours.tierName) / \($0.node.tierName)" }
        var lines = [header]
        for program in report.programs {
            let results = report.engines.map { program.failed ? nil : program.result(for: $0) }
            lines.append([program.name, program.failed ? "failed: " + program.failures.joined(separator: "; ") : "ok", program.checksum]
                + results.map { number($0?.medianSeconds) }
                + results.map { number($0?.medianPeakResidentBytes.map { Double($0) / 1048576 }) }
                + pairs.map { number(report.ratio(program, $0.ours, $0.node)) })
        }
        lines.append(["geometric mean", "", ""] + Array(repeating: "", count: 2 * report.engines.count) + pairs.map { number(report.geometricMean($0.ours, $0.node)) })
        return lines.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Full precision; whole numbers without a fraction; empty for none.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
