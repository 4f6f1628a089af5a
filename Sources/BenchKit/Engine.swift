/// One way of running a program that the harness measures: a tier of ours (`jsjit --tier T`) or
/// a tier of node's (`node --max-opt=N`). Engines are only command lines, so tests can use fakes.
public struct Engine: Hashable, Sendable {
    public enum Family: String, Sendable {
        case ours, node
    }

    /// Column heading, e.g. "interpreter" or "node --max-opt=0".
    public var label: String
    /// The tier's usual name, used in ratio headings: "interpreter", "Ignition", "TurboFan".
    public var tierName: String
    public var family: Family
    public var executable: String
    /// Arguments before the program's path.
    public var arguments: [String]
    /// When set, the check run appends `flag PATH` and the engine writes its statistics as JSON
    /// there (jsjit's `--stats-json`).
    public var statisticsFlag: String?

    public init(label: String, tierName: String, family: Family, executable: String, arguments: [String], statisticsFlag: String? = nil) {
        self.label = label
        self.tierName = tierName
        self.family = family
        self.executable = executable
        self.arguments = arguments
        self.statisticsFlag = statisticsFlag
    }

    /// `jsjit --tier TIER`, reporting compile figures through `--stats-json`.
    public static func ours(tier: String, jsjit: String) -> Engine {
        Engine(label: tier, tierName: tier, family: .ours, executable: jsjit, arguments: ["--tier", tier], statisticsFlag: "--stats-json")
    }

    /// V8's four tiers as node exposes them: `--max-opt=0` stops at Ignition, `1` adds
    /// Sparkplug, `2` adds Maglev (node 20 runs Maglev only when `--maglev` is also given), and
    /// the default adds TurboFan.
    public static func nodeTiers(node: String) -> [Engine] {
        [
            Engine(label: "node --max-opt=0", tierName: "Ignition", family: .node, executable: node, arguments: ["--max-opt=0"]),
            Engine(label: "node --max-opt=1", tierName: "Sparkplug", family: .node, executable: node, arguments: ["--max-opt=1"]),
            Engine(label: "node --maglev --max-opt=2", tierName: "Maglev", family: .node, executable: node, arguments: ["--maglev", "--max-opt=2"]),
            Engine(label: "node", tierName: "TurboFan", family: .node, executable: node, arguments: []),
        ]
    }

    /// What the harness runs for `program`, as one would type it.
    public func commandLine(program: String) -> String {
        ([executable] + arguments + [program]).joined(separator: " ")
    }
}
