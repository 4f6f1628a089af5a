import Foundation

/// The time ratios as an SVG bar chart: a panel per tier of ours, a row per program, a bar per
/// node tier drawn from the 1× line on a log scale, so bars to the left are where we are faster.
public enum SVGChart {
    /// A base-2 logarithmic axis from a power of two below every value (and 0.5) to one above
    /// every value (and 2).
    public struct LogScale: Sendable {
        public let lower: Double
        public let upper: Double

        public init(values: [Double]) {
            let positive = values.filter { $0 > 0 && $0.isFinite }
            lower = min(0.5, exp2(floor(log2(positive.min() ?? 1))))
            upper = max(2, exp2(ceil(log2(positive.max() ?? 1))))
        }

        /// The position of `value` along `width`, clamped to the axis.
        public func position(_ value: Double, width: Double) -> Double {
            let clamped = min(max(value, lower), upper)
            return width * (log2(clamped) - log2(lower)) / (log2(upper) - log2(lower))
        }

        /// The powers of two from lower to upper.
        var ticks: [Double] { stride(from: log2(lower), through: log2(upper), by: 1).map { exp2($0) } }
    }

    static let colors = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2"]
    static let width = 920.0, labelWidth = 170.0, plotWidth = 620.0
    static let barHeight = 9.0, barGap = 2.0

    public static func render(_ report: BenchmarkReport) -> String {
        let nodeEngines = report.nodeEngines
        let values = report.ratioPairs.flatMap { pair in report.programs.compactMap { report.ratio($0, pair.ours, pair.node) } }
        let scale = LogScale(values: values)
        var body = ""
        var y = 24.0
        body += text("Time of our tiers ÷ node's tiers (log scale; left of 1× ours is faster)", x: 10, y: y, size: 16, weight: "bold")
        y += 24
        if nodeEngines.isEmpty || report.ourEngines.isEmpty {
            body += text("node was not found: no ratios to draw", x: 10, y: y, size: 13)
            return document(body, height: y + 20)
        }
        var legendX = 10.0
        for (index, engine) in nodeEngines.enumerated() {
            body += "<rect x=\"\(legendX)\" y=\"\(y - 10)\" width=\"12\" height=\"12\" fill=\"\(colors[index % colors.count])\"/>\n"
            let label = "÷ \(engine.tierName) (\(engine.label))"
            body += text(label, x: legendX + 16, y: y, size: 12)
            legendX += 16 + Double(label.count) * 6.5 + 18
        }
        y += 14
        let rowHeight = Double(nodeEngines.count) * (barHeight + barGap) + 8
        for ours in report.ourEngines {
            y += 26
            body += text("\(ours.tierName) ÷ node", x: 10, y: y, size: 14, weight: "bold")
            y += 18
            let panelTop = y
            let rows = report.programs.filter { !$0.failed }.count + 1
            let failedRows = report.programs.filter(\.failed).count
            let panelBottom = panelTop + 6 + Double(rows) * rowHeight + Double(failedRows) * 16
            for tick in scale.ticks {
                let x = labelWidth + scale.position(tick, width: plotWidth)
                let parity = tick == 1
                body += "<line x1=\"\(x)\" y1=\"\(panelTop)\" x2=\"\(x)\" y2=\"\(panelBottom)\" stroke=\"\(parity ? "#333" : "#ddd")\" stroke-width=\"\(parity ? 1.5 : 1)\"/>\n"
                body += text(tickLabel(tick), x: x, y: panelTop - 3, size: 10, anchor: "middle")
            }
            y = panelTop + 6
            for program in report.programs {
                if program.failed {
                    body += text("\(program.name): failed", x: labelWidth - 8, y: y + 11, size: 12, anchor: "end", fill: "#c00")
                    y += 16
                    continue
                }
                body += bars(label: program.name, bold: false, y: y, scale: scale, ratios: nodeEngines.map { report.ratio(program, ours, $0) },
                             titles: nodeEngines.map { "\(ours.tierName) ÷ \($0.tierName) on \(program.name)" })
                y += rowHeight
            }
            body += "<line x1=\"\(labelWidth - 160)\" y1=\"\(y - 1)\" x2=\"\(labelWidth + plotWidth)\" y2=\"\(y - 1)\" stroke=\"#999\"/>\n"
            body += bars(label: "geometric mean", bold: true, y: y + 2, scale: scale, ratios: nodeEngines.map { report.geometricMean(ours, $0) },
                         titles: nodeEngines.map { "\(ours.tierName) ÷ \($0.tierName), geometric mean" })
            y = panelBottom + 4
        }
        return document(body, height: y + 16)
    }

    private static func bars(label: String, bold: Bool, y: Double, scale: LogScale, ratios: [Double?], titles: [String]) -> String {
        let middle = y + Double(ratios.count) * (barHeight + barGap) / 2
        var svg = text(label, x: labelWidth - 8, y: middle + 4, size: 12, anchor: "end", weight: bold ? "bold" : nil)
        let parity = labelWidth + scale.position(1, width: plotWidth)
        for (index, ratio) in ratios.enumerated() {
            guard let ratio else { continue }
            let top = y + Double(index) * (barHeight + barGap)
            let end = labelWidth + scale.position(ratio, width: plotWidth)
            let x = min(end, parity), barWidth = max(abs(end - parity), 1)
            svg += "<rect class=\"bar\" x=\"\(format(x))\" y=\"\(format(top))\" width=\"\(format(barWidth))\" height=\"\(barHeight)\" fill=\"\(colors[index % colors.count])\">"
            svg += "<title>\(escape(titles[index])): \(String(format: "%.2f", ratio))×</title></rect>\n"
            svg += text(String(format: "%.2f×", ratio), x: max(end, parity) + 4, y: top + barHeight - 1, size: 9, fill: "#444")
        }
        return svg
    }

    private static func tickLabel(_ value: Double) -> String {
        value >= 1 ? "\(Int(value))×" : "\(value)×"
    }

    private static func document(_ body: String, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "font-family=\"Helvetica, Arial, sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n"
    }

    private static func text(_ content: String, x: Double, y: Double, size: Int, anchor: String? = nil, weight: String? = nil, fill: String? = nil) -> String {
        var attributes = "x=\"\(format(x))\" y=\"\(format(y))\" font-size=\"\(size)\""
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        return "<text \(attributes)>\(escape(content))</text>\n"
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
