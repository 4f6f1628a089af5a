#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `--print-code` prints for a compiled function: its machine code, disassembled by GNU
/// objdump when one is on the PATH (raw hex otherwise), with each bytecode instruction's listing
/// line above the code compiled from it, and the prologue, epilogue and exit stub named.
public enum CodeListing {
    /// Renders `code`, compiled from `chunk` by the baseline JIT (or, with `optimized`, by the
    /// optimizing JIT, whose code follows the bytecode less closely: an instruction's line is
    /// above each piece of code compiled from it). `objdump` is the disassembler to run (see
    /// `findObjdump`); nil prints the bytes as hex.
    public static func render(_ code: CompiledCode, chunk: BytecodeChunk, objdump: String? = findObjdump(), optimized: Bool = false) -> String {
        let name = chunk.name.isEmpty ? "(anonymous)" : chunk.name
        var text = "\(optimized ? "optimized" : "baseline") code for function \(name) (\(chunk.file)): \(code.size) bytes at 0x\(String(UInt(bitPattern: code.entryPoint), radix: 16))\n"
        let bytecode = Dictionary(uniqueKeysWithValues: Disassembler.listing(chunk.code).split(separator: "\n").compactMap { line -> (Int, String)? in
            guard let offset = Int(line.prefix { $0 != " " }) else { return nil }
            return (offset, String(line))
        })
        // Where each part starts, in native offsets: the lines to print above the code there.
        var labels: [Int: [String]] = [0: ["prologue:"]]
        for entry in code.bytecodeOffsets { labels[entry.nativeOffset, default: []].append(bytecode[entry.bytecodeOffset] ?? "\(entry.bytecodeOffset)") }
        for entry in code.osrEntries { labels[entry.nativeOffset, default: []].insert("OSR entry (loop header):", at: 0) }
        if !code.bytecodeOffsets.isEmpty && !optimized {
            // The epilogue and the exit stub end the code.
            labels[code.size - BaselineJIT.tailSize, default: []].append("epilogue:")
            labels[code.size - BaselineJIT.tailSize + BaselineJIT.epilogue.count, default: []].append("exit stub:")
        }
        let bytes = [UInt8](code.code)
        let lines = objdump.flatMap { disassemble(bytes, at: UInt(bitPattern: code.entryPoint), with: $0) }
            ?? hexLines(bytes, breaks: Set(labels.keys))
        for line in lines {
            for label in labels[line.offset] ?? [] { text += "                    ; \(label)\n" }
            text += line.text + "\n"
        }
        return text
    }

    /// GNU objdump on the PATH, if any (llvm-objdump does not read raw bytes).
    public static func findObjdump() -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/objdump"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// One line per instruction from objdump (address, bytes, Intel syntax), with its offset in
    /// the code; nil when objdump fails.
    static func disassemble(_ bytes: [UInt8], at address: UInt, with objdump: String) -> [(offset: Int, text: String)]? {
        var template = Array("/tmp/jsjit-code-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return nil }
        let file = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(file) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count,
              let output = runCapturingOutput(objdump, ["-D", "-b", "binary", "-mi386:x86-64", "-M", "intel", "--adjust-vma=0x\(String(address, radix: 16))", file])
        else { return nil }
        var lines: [(Int, String)] = []
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            // "  7f12:\t48 83 ec 08          \tsub    rsp,0x8"
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = UInt(parts[0].trimmingSpaces, radix: 16),
                  value >= address, parts[1].hasPrefix("\t") else { continue }
            lines.append((Int(value - address), "  " + line.trimmingSpaces.replacing("\t", with: "  ")))
        }
        return lines.isEmpty ? nil : lines
    }

    /// What `executable` writes to stdout (its stderr discarded); nil when it cannot start or
    /// exits with a failure.
    static func runCapturingOutput(_ executable: String, _ arguments: [String]) -> [UInt8]? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var child = pid_t()
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { return nil }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if count > 0 { output += buffer[..<count] } else if count == 0 || errno != EINTR { break }
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // Exited (no signal) with status 0.
        return status == 0 ? output : nil
    }

    /// The bytes as hex, a line per piece between consecutive `breaks`.
    static func hexLines(_ bytes: [UInt8], breaks: Set<Int>) -> [(offset: Int, text: String)] {
        let starts = Set(breaks.filter { $0 < bytes.count } + [0]).sorted()
        var lines: [(Int, String)] = []
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            var offset = start
            while offset < end {
                let chunk = bytes[offset..<min(offset + 16, end)]
                lines.append((offset, "  " + hex(offset, width: 4) + ":  " + chunk.map { hex(Int($0), width: 2) }.joined(separator: " ")))
                offset += 16
            }
        }
        return lines
    }

    /// `value` in lower-case hex, zero-padded to `width` digits.
    static func hex(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
