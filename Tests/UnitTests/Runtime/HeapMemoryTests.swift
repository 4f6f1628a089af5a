@testable import JIT
import Testing

/// Where the heap's memory comes from: 2 MiB-aligned mappings the kernel may back with huge
/// pages, for large cells and for the 64 KiB pages of small cells.
@Suite struct HeapMemoryTests {
    @Test func aLargeCellOfHugePagesIsAlignedAndWritableToItsEnd() {
        let bytes = 3 << 20
        var memory = LargeCellMemory()
        let cell = memory.allocate(bytes, alignment: 16)
        #expect(Int(bitPattern: cell) % LargeCellMemory.hugePageSize == 0)
        #expect(LargeCellMemory.mappedSize(bytes) == 4 << 20)
        cell.storeBytes(of: 7, toByteOffset: 0, as: UInt64.self)
        cell.storeBytes(of: 9, toByteOffset: bytes - 8, as: UInt64.self)
        #expect(cell.load(fromByteOffset: bytes - 8, as: UInt64.self) == 9)
        #expect(cell.load(fromByteOffset: 8, as: UInt64.self) == 0, "fresh mappings read as zero")
        memory.deallocate(cell, bytes: bytes)
    }

    @Test func aSmallerLargeCellComesFromTheSystemAllocator() {
        var memory = LargeCellMemory()
        let cell = memory.allocate(100_000, alignment: 16)
        #expect(Int(bitPattern: cell) % 16 == 0)
        cell.storeBytes(of: 1, toByteOffset: 99_992, as: UInt64.self)
        memory.deallocate(cell, bytes: 100_000)
    }

    @Test func pagesAreCarvedFromChunksAndAChunkGoesBackWhenAllItsPagesDo() {
        var source = HeapPageSource(pageSize: 64 << 10)
        let perChunk = HeapPageSource.chunkSize / (64 << 10)
        let pages = (0..<perChunk + 1).map { _ in source.take() }
        #expect(Set(pages).count == pages.count)
        #expect(pages.allSatisfy { Int(bitPattern: $0) % (64 << 10) == 0 })
        #expect(source.mappedChunks == 2)
        let chunk = { (page: UnsafeMutableRawPointer) in Int(bitPattern: page) & ~(HeapPageSource.chunkSize - 1) }
        #expect(Set(pages.prefix(perChunk).map(chunk)).count == 1, "one chunk's pages first")
        pages.last!.storeBytes(of: 5, toByteOffset: (64 << 10) - 8, as: UInt64.self)

        source.give(pages[3])
        #expect(source.take() == pages[3], "a page given back is taken first")
        for page in pages.prefix(perChunk) { source.give(page) }
        #expect(source.mappedChunks == 1, "the chunk with no page in use went back to the system")
        #expect(source.freePages == perChunk - 1, "its pages are no longer offered; the other chunk's are")
        source.give(pages.last!)
        #expect(source.mappedChunks == 0)
        #expect(source.freePages == 0)
    }

    @Test func theHeapTakesItsPagesFromChunks() {
        let heap = Heap()
        // 40 pages' worth of 512-byte cells.
        for _ in 0..<(40 * (Heap.pageSize / 512)) { _ = heap.allocate(512, kind: 1) }
        #expect(heap.pages.count == 40)
        #expect(heap.pageSource.mappedChunks == 2)
    }
}
