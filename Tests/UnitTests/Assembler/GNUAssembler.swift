import Foundation

/// GNU `as` (binutils) as an encoding oracle: assembles Intel-syntax text and returns the bytes
/// of its .text section.
enum GNUAssembler {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func assemble(_ lines: [String]) throws -> [UInt8] {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("in.s")
        try ([".intel_syntax noprefix", ".text"] + lines).joined(separator: "\n").appending("\n").write(to: source, atomically: true, encoding: .utf8)
        try run("as", ["--64", "-o", work.appendingPathComponent("in.o").path, source.path])
        try run("objcopy", ["-O", "binary", "-j", ".text", work.appendingPathComponent("in.o").path, work.appendingPathComponent("out.bin").path])
        return Array(try Data(contentsOf: work.appendingPathComponent("out.bin")))
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "\(tool) failed:\n\(message.prefix(4000))") }
    }
}
