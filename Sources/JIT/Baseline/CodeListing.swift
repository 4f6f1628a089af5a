import Foundation

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
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/objdump"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// One line per instruction from objdump (address, bytes, Intel syntax), with its offset in
    /// the code; nil when objdump fails.
    static func disassemble(_ bytes: [UInt8], at address: UInt, with objdump: String) -> [(offset: Int, text: String)]? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-code-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        guard (try? Data(bytes).write(to: file)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: objdump)
        process.arguments = ["-D", "-b", "binary", "-mi386:x86-64", "-M", "intel", "--adjust-vma=0x\(String(address, radix: 16))", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var lines: [(Int, String)] = []
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            // "  7f12:\t48 83 ec 08          \tsub    rsp,0x8"
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = UInt(parts[0].trimmingCharacters(in: .whitespaces), radix: 16),
                  value >= address, parts[1].hasPrefix("\t") else { continue }
            lines.append((Int(value - address), "  " + line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\t", with: "  ")))
        }
        return lines.isEmpty ? nil : lines
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
                lines.append((offset, "  " + String(format: "%04x", offset) + ":  " + chunk.map { String(format: "%02x", $0) }.joined(separator: " ")))
                offset += 16
            }
        }
        return lines
    }
}
