import BenchKit
import Foundation

/// Runs a program built by this package and captures what it prints.
struct ProgramRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Build products sit next to the test bundle (`.build/<triple>/debug/`).
    static let productsDirectory: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // The test executable may live inside `<name>.xctest/` on some layouts.
        while directory.path != "/" && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("jsjit").path) {
            directory = directory.deletingLastPathComponent()
        }
        return directory
    }()

    /// Through the benchmark harness's process runner, so the tests and the harness start
    /// programs one way.
    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        let result = try ProcessRunner.run(productsDirectory.appendingPathComponent(program).path, arguments)
        let status: Int32
        switch result.status {
        case .exited(let code): status = code
        case .signaled(let signal): status = 128 + signal  // as a shell reports a killed program
        }
        return Output(status: status, stdout: result.stdout, stderr: result.stderr)
    }
}
