import BenchKit
import Foundation

/// One way of running jsjit: the options that go before the program's path.
public struct Configuration: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let arguments: [String]

    public init(name: String, arguments: [String]) {
        self.name = name
        self.arguments = arguments
    }

    public var description: String { name }

    /// Every tier, every transition as early as possible, and collections at every allocation
    /// and at every fifth.
    public static let all: [Configuration] = [
        Configuration(name: "interpreter", arguments: ["--tier", "interpreter"]),
        Configuration(name: "baseline", arguments: ["--tier", "baseline"]),
        Configuration(name: "auto", arguments: ["--tier", "auto"]),
        Configuration(name: "optimizing", arguments: ["--tier", "optimizing"]),
        Configuration(name: "jit-stress", arguments: ["--jit-stress"]),
        Configuration(name: "gc-stress", arguments: ["--gc-stress"]),
        Configuration(name: "gc-stress-5", arguments: ["--gc-stress", "--gc-stress-interval", "5"]),
    ]

    /// The configurations a comma-separated list names (`interpreter,jit-stress`).
    public static func named(_ list: String) throws -> [Configuration] {
        try list.split(separator: ",").map { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let configuration = all.first(where: { $0.name == name }) else {
                throw FuzzError("no configuration named '\(name)'; there are: \(all.map(\.name).joined(separator: ", "))")
            }
            return configuration
        }
    }
}

public struct FuzzError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Runs a program file with node (the oracle) and with jsjit in each configuration, and says
/// which configurations differ from node and how.
public struct Runner: Sendable {
    public var jsjit: String
    public var node: String
    public var configurations: [Configuration]
    /// Seconds after which a run is killed (and counts as timed out).
    public var timeout: Double

    public init(jsjit: String, node: String, configurations: [Configuration] = Configuration.all, timeout: Double = 20) {
        self.jsjit = jsjit
        self.node = node
        self.configurations = configurations
        self.timeout = timeout
    }

    public func runNode(_ file: String) throws -> Outcome {
        try Self.outcome(of: node, [file], timeout: timeout)
    }

    public func run(_ configuration: Configuration, _ file: String) throws -> Outcome {
        try Self.outcome(of: jsjit, configuration.arguments + [file], timeout: timeout)
    }

    /// Each configuration's difference from node's run of `file` (only those that differ).
    public func compare(_ file: String, expected: Outcome) throws -> [(Configuration, Difference)] {
        try configurations.compactMap { configuration in
            Difference.between(expected: expected, actual: try run(configuration, file)).map { (configuration, $0) }
        }
    }

    static func outcome(of executable: String, _ arguments: [String], timeout: Double) throws -> Outcome {
        let result: ProcessResult
        do {
            result = try ProcessRunner.run(executable, arguments, timeout: timeout)
        } catch {
            throw FuzzError("\(error)")
        }
        let termination: Outcome.Termination
        if result.timedOut {
            termination = .timedOut
        } else {
            switch result.status {
            case .exited(let status): termination = .exited(status)
            case .signaled(let signal): termination = .signaled(signal)
            }
        }
        return Outcome(termination: termination, stdout: result.stdout, stderr: result.stderr)
    }
}
