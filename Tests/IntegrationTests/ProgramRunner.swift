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

    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent(program)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
