@testable import JIT
import Testing

/// `--print-code`'s listing: machine code with the bytecode it came from.
@Suite struct CodeListingTests {
    static func compiled(_ source: String) throws -> (chunk: BytecodeChunk, code: CompiledCode) {
        let runtime = Runtime(output: { _ in })
        let chunk = try ExecutionContext.compile(source: source, file: "listing.js")
        let info = runtime.load(chunk)
        return (chunk, try BaselineJIT.compile(info))
    }

    static let loop = "var s = 0; for (var i = 0; i < 3; i++) s = s + i;"

    @Test func withoutObjdumpTheBytesAreHexUnderTheirBytecode() throws {
        let (chunk, code) = try Self.compiled(Self.loop)
        let text = CodeListing.render(code, chunk: chunk, objdump: nil)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("baseline code for function (program) (listing.js): \(code.size) bytes at 0x"))
        #expect(lines[1].hasSuffix("; prologue:"))
        #expect(lines[2].hasPrefix("  0000:  48 83 ec 08 49 c7 85"), "sub rsp, 8, then clearing the locals")
        for (offset, instruction) in chunk.instructions {
            let line = "\(String(format: "%04d", offset))  \(instruction.text(at: offset))"
            #expect(lines.contains { $0.hasSuffix("; " + line) }, "\(line) is listed")
        }
        #expect(lines.contains { $0.hasSuffix("; OSR entry (loop header):") })
        #expect(lines.contains { $0.hasSuffix("; epilogue:") } && lines.contains { $0.hasSuffix("; exit stub:") })
        // Every byte is printed once.
        let hex = lines.filter { $0.hasPrefix("  ") && $0.contains(":  ") }.flatMap { $0.split(separator: ":", maxSplits: 1)[1].split(separator: " ") }
        #expect(hex.count == code.size)
    }

    @Test func objdumpDisassemblesAtTheCodesAddress() throws {
        guard let objdump = CodeListing.findObjdump() else { return }   // the hex fallback is tested above
        let (chunk, code) = try Self.compiled(Self.loop)
        let text = CodeListing.render(code, chunk: chunk, objdump: objdump)
        let address = String(UInt(bitPattern: code.entryPoint), radix: 16)
        #expect(text.contains("  \(address):  48 83 ec 08"), "the first instruction at the code's address")
        #expect(text.contains("sub    rsp,0x8"), "Intel syntax")
        #expect(text.contains("; 0000  LoadInt r0, #0") || text.contains("; 0000  "))
        #expect(text.contains("; epilogue:"))
        #expect(CodeListing.render(code, chunk: chunk, objdump: "/nonexistent/objdump").contains("  0000:  48 83 ec 08"),
                "a disassembler that cannot run falls back to hex")
    }

    @Test func aSubprocessGivesItsStdoutOnlyWhenItSucceeds() {
        #expect(CodeListing.runCapturingOutput("/bin/sh", ["-c", "printf 'out\\n'; echo err >&2"]) == Array("out\n".utf8),
                "stdout captured, stderr dropped")
        let large = CodeListing.runCapturingOutput("/bin/sh", ["-c", "head -c 200000 /dev/zero"])
        #expect(large?.count == 200_000, "more than a pipe's buffer")
        #expect(CodeListing.runCapturingOutput("/bin/sh", ["-c", "echo partial; exit 3"]) == nil, "a failing exit")
        #expect(CodeListing.runCapturingOutput("/nonexistent/tool", []) == nil, "cannot start")
    }

    @Test func hexIsLowerCaseAndPadded() {
        #expect(CodeListing.hex(0x1f, width: 4) == "001f")
        #expect(CodeListing.hex(0xab, width: 2) == "ab")
        #expect(CodeListing.hex(0x12345, width: 4) == "12345", "never cut")
    }
}
