import Foundation
import JIT
import Testing
import X64Assembler

struct CompiledCodeTests {
    struct Mapping {
        var start: UInt
        var end: UInt
        var permissions: String
    }

    /// Every mapping of this process. Read with FileHandle to the end: procfs files report size 0,
    /// and `String(contentsOfFile:)` stops after one page, which would hide mappings.
    static func mappings() throws -> [Mapping] {
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
        defer { try? handle.close() }
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2 else { return nil }
            let range = fields[0].split(separator: "-")
            guard range.count == 2, let start = UInt(range[0], radix: 16), let end = UInt(range[1], radix: 16) else { return nil }
            return Mapping(start: start, end: end, permissions: String(fields[1]))
        }
    }

    /// W^X: while compiled code exists, no mapping of the process is writable and executable.
    @Test func noPageIsEverWritableAndExecutable() throws {
        let codes = try (0..<8).map { i in try CompiledCode(bytes: [0xB8, UInt8(i), 0, 0, 0, 0xC3]) }
        let maps = try Self.mappings()
        #expect(maps.count > 20, "a Swift test process has dozens of mappings; reading /proc/self/maps failed")
        let writableAndExecutable = maps.filter { $0.permissions.contains("w") && $0.permissions.contains("x") }
        #expect(writableAndExecutable.isEmpty, "w+x mappings: \(writableAndExecutable.map { String($0.start, radix: 16) + " " + $0.permissions })")
        for code in codes {
            let address = UInt(bitPattern: code.entryPoint)
            let mapping = maps.first { $0.start <= address && address < $0.end }
            #expect(mapping?.permissions.hasPrefix("r-x") == true)
        }
        for (i, code) in codes.enumerated() {
            #expect(unsafeBitCast(code.entryPoint, to: (@convention(c) () -> Int32).self)() == Int32(i))
        }
    }

    @Test func releasingCodeUnmapsIt() throws {
        var code: CompiledCode? = try CompiledCode(bytes: Array(repeating: 0xC3, count: 3 * 4096 + 1))
        let address = UInt(bitPattern: code!.entryPoint)
        #expect(try Self.mappings().contains { $0.start <= address && address < $0.end && $0.permissions.hasPrefix("r-x") })
        code = nil
        #expect(!(try Self.mappings().contains { $0.start <= address && address < $0.end && $0.permissions.hasPrefix("r-x") }))
    }

    @Test func exposesCodeSizeEntryPointAndOSREntries() throws {
        let bytes: [UInt8] = [0x90, 0x90, 0xB8, 7, 0, 0, 0, 0xC3]
        let code = try CompiledCode(bytes: bytes, entryOffset: 2, osrEntries: [OSREntry(bytecodeOffset: 30, nativeOffset: 1), OSREntry(bytecodeOffset: 10, nativeOffset: 0)])
        #expect(code.size == bytes.count)
        #expect(Array(code.code) == bytes)
        #expect(code.entryPoint == UnsafeRawPointer(code.code.baseAddress!) + 2)
        #expect(code.osrEntries.map(\.bytecodeOffset) == [10, 30])
        #expect(code.address(at: 1) == UnsafeRawPointer(code.code.baseAddress!) + 1)
        #expect(code.address(at: bytes.count) == nil)
        #expect(code.address(at: -1) == nil)
        #expect(unsafeBitCast(code.entryPoint, to: (@convention(c) () -> Int32).self)() == 7)
    }

    @Test func rejectsBadCodeInsteadOfCrashing() {
        let empty = #expect(throws: ExecutableMemoryError.self) { try CompiledCode(bytes: []) }
        #expect(empty?.message == "compiled code cannot be empty")
        let entry = #expect(throws: ExecutableMemoryError.self) { try CompiledCode(bytes: [0xC3], entryOffset: 3) }
        #expect(entry?.description == "entry offset 3 is outside the 1 bytes of code")
        let osr = #expect(throws: ExecutableMemoryError.self) {
            try CompiledCode(bytes: [0xC3], osrEntries: [OSREntry(bytecodeOffset: 0, nativeOffset: 9)])
        }
        #expect(osr?.message == "OSR entry at native offset 9 is outside the 1 bytes of code")
    }

    @Test func holePatchingChecksRanges() throws {
        var bytes: [UInt8] = [0, 0, 0, 0]
        let hole = Hole(name: "x", kind: .imm32, offset: 0)
        try hole.patch(&bytes, with: -2)
        #expect(bytes == [0xFE, 0xFF, 0xFF, 0xFF])
        #expect(throws: AssemblerError("value 4294967296 for imm32 hole 'x' does not fit 32 bits")) { try hole.patch(&bytes, with: 1 << 32) }
        #expect(throws: AssemblerError("hole 'y' at offset 2 lies outside the 4 bytes of code")) {
            try Hole(name: "y", kind: .imm32, offset: 2).patch(&bytes, with: 0)
        }
    }
}
