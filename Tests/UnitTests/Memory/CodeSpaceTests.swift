@testable import JIT
import Testing

/// Executable memory is carved from shared chunks: whole pages per function, reused when code
/// is released, sealed read+execute while code is in them.
struct CodeSpaceTests {
    let page = CodeSpace.pageSize

    @Test func releasedPagesAreReusedAndRunTheNewCode() throws {
        let space = CodeSpace(chunkSize: 16 * page)
        let first = try space.allocate(copying: [0xB8, 1, 0, 0, 0, 0xC3])   // mov eax, 1; ret
        #expect(unsafeBitCast(first.base, to: (@convention(c) () -> Int32).self)() == 1)
        space.release(first)
        let second = try space.allocate(copying: [0xB8, 2, 0, 0, 0, 0xC3])
        #expect(second.base == first.base, "the released page is taken again")
        #expect(unsafeBitCast(second.base, to: (@convention(c) () -> Int32).self)() == 2, "it runs what was written last")
        space.release(second)
    }

    @Test func eachPieceHasWholePagesOfItsOwnAndNeighboursCoalesceWhenReleased() throws {
        let space = CodeSpace(chunkSize: 16 * page)
        let pieces = try (0..<3).map { _ in try space.allocate(copying: [0xC3]) }
        #expect(pieces.allSatisfy { $0.size == page })
        #expect(Set(pieces.map { Int(bitPattern: $0.base) / page }).count == 3, "no two pieces share a page")
        for piece in pieces { space.release(piece) }
        let lowest = pieces.map(\.base).min()!
        let large = try space.allocate(copying: [UInt8](repeating: 0xC3, count: 2 * page + 1))
        #expect(large.size == 3 * page)
        #expect(large.base == lowest, "three released neighbouring pages make room for three pages")
        space.release(large)
    }

    @Test func codeLargerThanAChunkGetsAChunkOfItsOwn() throws {
        let space = CodeSpace(chunkSize: 4 * page)
        let big = try space.allocate(copying: [UInt8](repeating: 0x90, count: 10 * page) + [0xB8, 9, 0, 0, 0, 0xC3])
        #expect(big.size == 11 * page)
        #expect(unsafeBitCast(big.base, to: (@convention(c) () -> Int32).self)() == 9)
        space.release(big)
    }

    @Test func manyFunctionsShareFewMappings() throws {
        let before = try CompiledCodeTests.mappings().count
        let codes = try (0..<2000).map { i in try CompiledCode(bytes: [0xB8, UInt8(i & 0xFF), 0, 0, 0, 0xC3]) }
        let after = try CompiledCodeTests.mappings().count
        #expect(after - before < 200, "2000 functions, \(after - before) more mappings (the kernel allows about 65,000 per process)")
        #expect(unsafeBitCast(codes[1999].entryPoint, to: (@convention(c) () -> Int32).self)() == Int32(1999 & 0xFF))
    }
}
