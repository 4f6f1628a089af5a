import Foundation

/// The machine a report was measured on, as the README states it.
public struct Machine: Equatable, Sendable, CustomStringConvertible {
    public var cpu: String
    public var cores: Int
    public var memoryBytes: Int
    public var system: String
    /// nil when node is absent.
    public var nodeVersion: String?
    /// "release" or "debug": the build the harness (and the engine beside it) came from.
    public var buildConfiguration: String

    public init(cpu: String, cores: Int, memoryBytes: Int, system: String, nodeVersion: String?, buildConfiguration: String) {
        self.cpu = cpu
        self.cores = cores
        self.memoryBytes = memoryBytes
        self.system = system
        self.nodeVersion = nodeVersion
        self.buildConfiguration = buildConfiguration
    }

    /// This machine, read from /proc/cpuinfo, /etc/os-release and the process info.
    public static func current(nodeVersion: String?) -> Machine {
        func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        func value(_ text: String, _ key: String, separator: Character) -> String? {
            text.split(separator: "\n").first { $0.hasPrefix(key) }.flatMap { line in
                line.split(separator: separator, maxSplits: 1).last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"")) }
            }
        }
        let cpu = value(read("/proc/cpuinfo"), "model name", separator: ":") ?? ProcessInfo.processInfo.hostName
        let system = value(read("/etc/os-release"), "PRETTY_NAME=", separator: "=") ?? ProcessInfo.processInfo.operatingSystemVersionString
        #if DEBUG
        let configuration = "debug"
        #else
        let configuration = "release"
        #endif
        return Machine(cpu: cpu, cores: ProcessInfo.processInfo.activeProcessorCount, memoryBytes: Int(ProcessInfo.processInfo.physicalMemory),
                       system: system, nodeVersion: nodeVersion, buildConfiguration: configuration)
    }

    public var description: String {
        let gibibytes = Int((Double(memoryBytes) / Double(1 << 30)).rounded())
        return "\(cpu), \(cores) cores, \(gibibytes) GiB, \(system), \(nodeVersion.map { "node \($0)" } ?? "node absent"); \(buildConfiguration) build"
    }
}

/// Everything a run of the harness measured, and the ratios the writers show.
public struct BenchmarkReport: Sendable {
    public var engines: [Engine]
    public var programs: [ProgramResult]
    public var machine: Machine
    /// The command that produced the figures, as typed.
    public var command: String
    public var runs: Int
    public var date: String

    public init(engines: [Engine], programs: [ProgramResult], machine: Machine, command: String, runs: Int, date: String) {
        self.engines = engines
        self.programs = programs
        self.machine = machine
        self.command = command
        self.runs = runs
        self.date = date
    }

    public var ourEngines: [Engine] { engines.filter { $0.family == .ours } }
    public var nodeEngines: [Engine] { engines.filter { $0.family == .node } }

    /// Our median time over node's: below 1 we are faster. nil for a failed row.
    public func ratio(_ program: ProgramResult, _ ours: Engine, _ node: Engine) -> Double? {
        guard !program.failed, let mine = program.result(for: ours)?.medianSeconds,
              let theirs = program.result(for: node)?.medianSeconds, theirs > 0 else { return nil }
        return mine / theirs
    }

    /// Over the rows that did not fail.
    public func geometricMean(_ ours: Engine, _ node: Engine) -> Double? {
        Statistics.geometricMean(programs.compactMap { ratio($0, ours, node) })
    }

    /// The pairs of the ratio columns: each of our tiers against each of node's.
    public var ratioPairs: [(ours: Engine, node: Engine)] {
        ourEngines.flatMap { ours in nodeEngines.map { (ours, $0) } }
    }

    /// "Ignition = `node --max-opt=0`, …": what the tier names in headings stand for.
    public var nodeLegend: String {
        nodeEngines.map { "\($0.tierName) = `\($0.label)`" }.joined(separator: ", ")
    }
}
