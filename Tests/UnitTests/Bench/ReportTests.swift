import BenchKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A fixed report: two of our tiers against two of node's, one program that ran and one whose
/// output differed.
enum SampleReport {
    static let interpreter = Engine(label: "interpreter", tierName: "interpreter", family: .ours, executable: "jsjit", arguments: ["--tier", "interpreter"])
    static let auto = Engine(label: "auto", tierName: "auto", family: .ours, executable: "jsjit", arguments: ["--tier", "auto"])
    static let ignition = Engine(label: "node --max-opt=0", tierName: "Ignition", family: .node, executable: "node", arguments: ["--max-opt=0"])
    static let turbofan = Engine(label: "node", tierName: "TurboFan", family: .node, executable: "node", arguments: [])

    static func result(_ engine: Engine, _ seconds: [Double], megabytes: Int, compile: CompileFigures? = nil) -> EngineResult {
        EngineResult(engine: engine, samples: seconds.map { Sample(wallSeconds: $0, peakResidentBytes: megabytes << 20) }, compile: compile)
    }

    static let figures = CompileFigures(bytecode: .init(functions: 3, bytecodes: 120, seconds: 0.001), baseline: .init(functions: 0, bytecodes: 0, seconds: 0),
                                        optimizing: nil, osrEntries: 0, deopts: nil)

    static let report = BenchmarkReport(
        engines: [interpreter, auto, ignition, turbofan],
        programs: [
            ProgramResult(name: "fib", checksum: "fib 832040", failures: [], engines: [
                result(interpreter, [2.1, 1.9, 2.0], megabytes: 30, compile: figures),
                result(auto, [1.0, 1.0, 1.0], megabytes: 31, compile: figures),
                result(ignition, [1.0, 1.1, 0.9], megabytes: 40),
                result(turbofan, [0.5, 0.5, 0.5], megabytes: 45),
            ]),
            ProgramResult(name: "sieve", checksum: "sieve 1", failures: ["auto printed \"sieve 2\" at line 1 where node printed \"sieve 1\""], engines: []),
            ProgramResult(name: "loops", checksum: "loops 7", failures: [], engines: [
                result(interpreter, [0.5], megabytes: 20),
                result(auto, [0.25], megabytes: 20),
                result(ignition, [1.0], megabytes: 30),
                result(turbofan, [0.25], megabytes: 35),
            ]),
        ],
        machine: Machine(cpu: "Test CPU @ 3.00GHz", cores: 2, memoryBytes: 24 << 30, system: "Debian GNU/Linux 12", nodeVersion: "v20.20.2", buildConfiguration: "release"),
        command: "swift run -c release jsjit-bench",
        runs: 3,
        date: "2026-11-24")
}

@Suite struct ReportTests {
    let report = SampleReport.report

    @Test func ratiosAreOurMedianOverNodes() throws {
        let fib = report.programs[0]
        #expect(report.ratio(fib, SampleReport.interpreter, SampleReport.ignition) == 2)
        #expect(report.ratio(fib, SampleReport.auto, SampleReport.turbofan) == 2)
        #expect(report.ratio(report.programs[1], SampleReport.auto, SampleReport.turbofan) == nil, "a failed row has no ratios")
    }

    @Test func theGeometricMeanLeavesFailedRowsOut() throws {
        // fib: 2.0 / 1.0 = 2; loops: 0.5 / 1.0 = 0.5; sieve failed.
        #expect(report.geometricMean(SampleReport.interpreter, SampleReport.ignition) == 1)
        #expect(abs(try #require(report.geometricMean(SampleReport.auto, SampleReport.turbofan)) - 2.0.squareRoot()) < 1e-12)
    }

    @Test func markdownHasTheTimeRatioMemoryAndCompileTables() {
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("Machine: Test CPU @ 3.00GHz, 2 cores, 24 GiB, Debian GNU/Linux 12, node v20.20.2; release build; 2026-11-24."))
        #expect(markdown.contains("Command: `swift run -c release jsjit-bench`, 3 timed runs per engine, interleaved; medians."))
        #expect(markdown.contains("| program | interpreter | auto | node --max-opt=0 | node | output |\n|:--|--:|--:|--:|--:|:--|\n"))
        #expect(markdown.contains("| fib | 2.000 | 1.000 | 1.000 | 0.500 | fib 832040 |\n"))
        #expect(markdown.contains("| sieve | — | — | — | — | **FAILED**: auto printed \"sieve 2\" at line 1 where node printed \"sieve 1\" |\n"))
        #expect(markdown.contains("| program | interpreter ÷ Ignition | interpreter ÷ TurboFan | auto ÷ Ignition | auto ÷ TurboFan |\n"))
        #expect(markdown.contains("| fib | 2.00 | 4.00 | 1.00 | 2.00 |\n"))
        #expect(markdown.contains("| sieve | FAILED | FAILED | FAILED | FAILED |\n"))
        #expect(markdown.contains("| **geometric mean** | **1.00** | **2.83** | **0.50** | **1.41** |\n"))
        #expect(markdown.contains("| fib | 30 | 31 | 40 | 45 |\n"), "peak memory in MB")
        #expect(markdown.contains("| program | tier | functions: bytecode | baseline | optimizing | bytecodes/s: bytecode | baseline | optimizing | compile ms | OSR entries | deopts |\n"))
        #expect(markdown.contains("| fib | interpreter | 3 | 0 | — | 120k | — | — | 1.0 | 0 | — |\n"))
        #expect(markdown.contains("Ignition = `node --max-opt=0`, TurboFan = `node`"))
    }

    @Test func textTablesAlignTheirColumns() {
        let text = TextReport.render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try! #require(lines.first { $0.hasPrefix("program") && $0.contains("interpreter ÷ Ignition") })
        let fib = try! #require(lines.first { $0.hasPrefix("fib ") && $0.contains("4.00") })
        #expect(header.count == fib.count, "right-aligned cells pad every row to the same width")
        #expect(text.contains("FAILED sieve: auto printed \"sieve 2\""), "failures are repeated loudly after the tables")
    }

    @Test func csvHasOneRowPerProgramAndAGeometricMeanRow() {
        let csv = CSVReport.render(report)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "program,status,checksum,interpreter seconds,auto seconds,node --max-opt=0 seconds,node seconds,"
            + "interpreter peak MB,auto peak MB,node --max-opt=0 peak MB,node peak MB,"
            + "interpreter / Ignition,interpreter / TurboFan,auto / Ignition,auto / TurboFan")
        #expect(lines[1] == "fib,ok,fib 832040,2,1,1,0.5,30,31,40,45,2,4,1,2")
        #expect(lines[2] == "sieve,\"failed: auto printed \"\"sieve 2\"\" at line 1 where node printed \"\"sieve 1\"\"\",sieve 1,,,,,,,,,,,,")
        #expect(lines[4].hasPrefix("geometric mean,,,,,,,,,,,1,2.82842712474619"))
        #expect(lines.count == 5)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(CSVReport.field("plain") == "plain")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
    }

    @Test func theChartIsWellFormedSVGWithABarPerRatio() throws {
        let svg = SVGChart.render(report)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "the chart parses as XML")
        // Two panels (interpreter, auto); rows fib, loops, geometric mean; a bar per node tier.
        #expect(counter.bars == 2 * 3 * 2)
        #expect(svg.contains(">interpreter ÷ node<"))
        #expect(svg.contains(">geometric mean<"))
        #expect(svg.contains(">sieve: failed<"))
        #expect(svg.contains(">1×<"), "the parity line is labelled")
        #expect(svg.contains(">2.83×<"), "each bar carries its value")
    }

    @Test func theChartsScaleCoversEveryRatio() {
        let scale = SVGChart.LogScale(values: [0.3, 7])
        #expect(scale.lower == 0.25)
        #expect(scale.upper == 8)
        #expect(SVGChart.LogScale(values: []).lower == 0.5, "an empty chart still has a scale around 1×")
    }
}

/// Counts the chart's bars (rects with a class of "bar").
final class ElementCounter: NSObject, XMLParserDelegate {
    var bars = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "rect" && attributes["class"] == "bar" { bars += 1 }
    }
}

@Suite struct ReadmeSectionTests {
    @Test func theSectionBetweenTheMarkersIsReplacedWhole() throws {
        let readme = "# x\n\n<!-- jsjit-bench:begin -->\nold table\n<!-- jsjit-bench:end -->\n\nmore\n"
        #expect(try ReadmeSection.replacing(in: readme, with: "new table\n") == "# x\n\n<!-- jsjit-bench:begin -->\nnew table\n<!-- jsjit-bench:end -->\n\nmore\n")
    }

    @Test func aReadmeWithoutMarkersIsAClearError() {
        #expect(throws: BenchmarkError("the README has no benchmark section: add the lines <!-- jsjit-bench:begin --> and <!-- jsjit-bench:end -->")) {
            try ReadmeSection.replacing(in: "# x\n", with: "t")
        }
    }
}
