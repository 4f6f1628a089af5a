import Foundation
import JIT
import Testing
import X64Assembler

/// Generated machine code runs and returns the right values.
struct ExecutionTests {
    typealias IntFunction2 = @convention(c) (Int64, Int64) -> Int64
    typealias IntFunction1 = @convention(c) (Int64) -> Int64
    typealias DoubleFunction2 = @convention(c) (Double, Double) -> Double

    static func compile(_ text: String, values: [String: Int64] = [:]) throws -> CompiledCode {
        let template = try TemplateText.assemble(text, file: "test", symbols: [:])
        var bytes = template.bytes
        for hole in template.holes { try hole.patch(&bytes, with: values[hole.name]!) }
        return try CompiledCode(bytes: bytes)
    }

    @Test func integerAdd() throws {
        let code = try Self.compile("lea rax, [rdi + rsi]\nret")
        let add = unsafeBitCast(code.entryPoint, to: IntFunction2.self)
        #expect(add(2, 40) == 42)
        #expect(add(-7, 7) == 0)
        #expect(add(Int64.max, 1) == Int64.min)
    }

    @Test func loopSummingOneToN() throws {
        let code = try Self.compile("""
              xor eax, eax
              test rdi, rdi
              jle .done
            .loop:
              add rax, rdi
              sub rdi, 1
              jnz .loop
            .done:
              ret
            """)
        let sum = unsafeBitCast(code.entryPoint, to: IntFunction1.self)
        #expect(sum(0) == 0)
        #expect(sum(-5) == 0)
        #expect(sum(100) == 5050)
        #expect(sum(1_000_000) == 500_000_500_000)
    }

    @Test func doubleComputation() throws {
        // hypot(x, y) / 2, truncated toward zero and back: exercises mulsd, addsd, sqrtsd, divsd,
        // cvttsd2si, cvtsi2sd, movq, xorpd and ucomisd.
        let code = try Self.compile("""
              mulsd xmm0, xmm0
              mulsd xmm1, xmm1
              addsd xmm0, xmm1
              sqrtsd xmm0, xmm0
              mov rax, 2
              cvtsi2sd xmm2, rax
              divsd xmm0, xmm2
              cvttsd2si rcx, xmm0
              xorpd xmm3, xmm3
              ucomisd xmm0, xmm3
              jbe .negative
              cvtsi2sd xmm0, rcx
              ret
            .negative:
              movq rax, xmm3
              movq xmm0, rax
              ret
            """)
        let f = unsafeBitCast(code.entryPoint, to: DoubleFunction2.self)
        #expect(f(3, 4) == 2)   // 5 / 2 = 2.5 → 2
        #expect(f(6, 8) == 5)
        #expect(f(0, 0) == 0)
        #expect(f(0.5, 0) == 0)
    }

    @Test func roundsdWhereTheCPUHasSSE41() throws {
        guard CPUFeatures.host.sse41 else { return }
        let code = try Self.compile("roundsd xmm0, xmm0, 1\nret")  // mode 1: toward -infinity
        let floor = unsafeBitCast(code.entryPoint, to: (@convention(c) (Double) -> Double).self)
        #expect(floor(2.7) == 2)
        #expect(floor(-2.1) == -3)
    }

    @Test func cpuFeaturesAreDetected() {
        #expect(CPUFeatures.host.sse2, "every x86-64 processor has SSE2")
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        if let flags = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) {
            let words = Set(flags.split(separator: " ").map(String.init))
            #expect(CPUFeatures.host.sse41 == words.contains("sse4_1"))
            #expect(CPUFeatures.host.sse42 == words.contains("sse4_2"))
            #expect(CPUFeatures.host.popcnt == words.contains("popcnt"))
        }
    }

    /// The helper receives the stack pointer as it was at the `call`, so it can check the System V
    /// rule: rsp is 16-byte aligned at every call. It returns x*2 only when that holds.
    static let alignedHelper: IntFunction2 = { x, rspAtCall in rspAtCall % 16 == 0 ? x * 2 : -1 }

    @Test func callsASwiftHelperWithAnAlignedStack() throws {
        let helper = unsafeBitCast(Self.alignedHelper, to: Int64.self)
        let code = try Self.compile("""
              push rbx                 ; entry rsp is 8 mod 16; one push aligns it
              mov rbx, rdi             ; keep x in a callee-saved register across the call
              mov rsi, rsp             ; pass rsp as it is at the call
              movabs rax, $helper
              call rax
              add rax, rbx             ; 2x + x
              pop rbx
              ret
            """, values: ["helper": helper])
        let f = unsafeBitCast(code.entryPoint, to: IntFunction1.self)
        #expect(f(14) == 42)
        #expect(f(-3) == -9)
    }

    @Test func relativeCallThroughARel32Hole() throws {
        // A rel32 hole patched with the distance to a second function placed after the first.
        var a = Assembler()
        try a.emit(.push, .reg(.rbx))
        try a.emit(.call, .hole("callee"))
        try a.emit(.add, .reg(.rax), .imm(1))
        try a.emit(.pop, .reg(.rbx))
        try a.emit(.ret)
        let callee = a.offset
        try a.emit(.lea, .reg(.rax), .mem(Memory(base: .rdi, index: .rdi, scale: 2), nil))  // 3x
        try a.emit(.ret)
        var bytes = try a.finish()
        let hole = try #require(a.holes.first)
        try hole.patch(&bytes, with: Int64(callee - (hole.offset + hole.width)))
        let code = try CompiledCode(bytes: bytes)
        #expect(unsafeBitCast(code.entryPoint, to: IntFunction1.self)(5) == 16)
    }
}
