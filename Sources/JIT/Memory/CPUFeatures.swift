import X64Assembler

/// What the processor running us supports, from the `cpuid` instruction, so code generation
/// uses an instruction (such as SSE4.1's `roundsd`) only where it exists.
public struct CPUFeatures: Sendable {
    public let sse2: Bool
    public let sse41: Bool
    public let sse42: Bool
    public let popcnt: Bool

    /// The features of this machine, detected once.
    public static let host: CPUFeatures = detect()

    static func detect() -> CPUFeatures {
        let leaf1 = cpuid(leaf: 1)
        let ecx = UInt32(truncatingIfNeeded: leaf1)
        let edx = UInt32(truncatingIfNeeded: leaf1 >> 32)
        return CPUFeatures(sse2: edx & (1 << 26) != 0, sse41: ecx & (1 << 19) != 0, sse42: ecx & (1 << 20) != 0, popcnt: ecx & (1 << 23) != 0)
    }

    /// Runs `cpuid` for `leaf` and returns edx:ecx. Swift cannot issue cpuid itself, so this
    /// assembles a seven-instruction function into executable memory and calls it.
    static func cpuid(leaf: UInt32) -> UInt64 {
        var a = Assembler()
        do {
            try a.emit(.push, .reg(.rbx))                 // cpuid clobbers rbx, which is callee-saved
            try a.emit(.mov, .reg(.eax), .reg(.edi))
            try a.emit(.xor, .reg(.ecx), .reg(.ecx))
            a.append([0x0F, 0xA2])                        // cpuid
            try a.emit(.mov, .reg(.eax), .reg(.ecx))
            try a.emit(.shl, .reg(.rdx), .imm(32))
            try a.emit(.or, .reg(.rax), .reg(.rdx))
            try a.emit(.pop, .reg(.rbx))
            try a.emit(.ret)
            let code = try CompiledCode(bytes: try a.finish())
            let function = unsafeBitCast(code.entryPoint, to: (@convention(c) (UInt32) -> UInt64).self)
            return withExtendedLifetime(code) { function(leaf) }
        } catch {
            // Only a failure to map memory can land here; report no optional features.
            return 0
        }
    }
}
