import Glibc

/// Where the heap's memory comes from. Both kinds come in 2 MiB-aligned mappings advised
/// MADV_HUGEPAGE, so that where the kernel backs them with transparent huge pages, filling a
/// fresh page of cells or a big array takes one fault per 2 MiB instead of one per 4 KiB
/// (page faults were a tenth of a run that allocates a few MiB). Where the kernel does not,
/// they are ordinary anonymous memory.
enum HugePages {
    static let size = 2 << 20

    /// `bytes` (a multiple of `size`) of zeroed memory aligned to `size`, or nil.
    static func map(_ bytes: Int) -> UnsafeMutableRawPointer? {
        // Map one huge page more than needed and trim both ends to an aligned range.
        guard let raw = mmap(nil, bytes + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        let start = (Int(bitPattern: raw) + size - 1) & ~(size - 1)
        let head = start - Int(bitPattern: raw), tail = size - head
        if head > 0 { munmap(raw, head) }
        if tail > 0 { munmap(UnsafeMutableRawPointer(bitPattern: start + bytes), tail) }
        let base = UnsafeMutableRawPointer(bitPattern: start).unsafelyUnwrapped
        madvise(base, bytes, MADV_HUGEPAGE)
        return base
    }

    static func unmap(_ base: UnsafeMutableRawPointer, _ bytes: Int) { munmap(base, bytes) }
}

/// Memory for large cells: from `hugePageSize` up, a mapping of its own rounded up to whole
/// huge pages; below, the system allocator (a smaller cell would waste most of a huge page).
struct LargeCellMemory {
    static let hugePageSize = HugePages.size
    /// Large cells the system allocator gave because mapping failed.
    private var fallbacks: Set<UnsafeMutableRawPointer> = []

    static func mappedSize(_ bytes: Int) -> Int { (bytes + hugePageSize - 1) & ~(hugePageSize - 1) }

    mutating func allocate(_ bytes: Int, alignment: Int) -> UnsafeMutableRawPointer {
        if bytes >= Self.hugePageSize {
            if let base = HugePages.map(Self.mappedSize(bytes)) { return base }
            let cell = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: alignment)
            fallbacks.insert(cell)
            return cell
        }
        return UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: alignment)
    }

    mutating func deallocate(_ cell: UnsafeMutableRawPointer, bytes: Int) {
        if bytes >= Self.hugePageSize && fallbacks.remove(cell) == nil {
            HugePages.unmap(cell, Self.mappedSize(bytes))
        } else {
            cell.deallocate()
        }
    }
}

/// The 64 KiB pages of small cells, carved from 2 MiB chunks of huge pages. A page given back
/// is the next one taken; a chunk none of whose pages is in use goes back to the system.
struct HeapPageSource {
    static let chunkSize = HugePages.size
    let pageSize: Int
    private var free: [UnsafeMutableRawPointer] = []
    /// Each chunk's pages in use.
    private var inUse: [UnsafeMutableRawPointer: Int] = [:]
    /// Pages the system allocator gave because mapping a chunk failed.
    private var fallbacks: Set<UnsafeMutableRawPointer> = []

    init(pageSize: Int) { self.pageSize = pageSize }

    var mappedChunks: Int { inUse.count }
    var freePages: Int { free.count }

    private static func chunk(of page: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(bitPattern: page) & ~UInt(Self.chunkSize - 1)).unsafelyUnwrapped
    }

    mutating func take() -> UnsafeMutableRawPointer {
        if free.isEmpty {
            guard let base = HugePages.map(Self.chunkSize) else {
                let page = UnsafeMutableRawPointer.allocate(byteCount: pageSize, alignment: pageSize)
                fallbacks.insert(page)
                return page
            }
            inUse[base] = 0
            // Reversed, so pages are taken from the chunk's start up.
            free = stride(from: Self.chunkSize - pageSize, through: 0, by: -pageSize).map { base + $0 }
        }
        let page = free.removeLast()
        inUse[Self.chunk(of: page), default: 0] += 1
        return page
    }

    mutating func give(_ page: UnsafeMutableRawPointer) {
        if fallbacks.remove(page) != nil { page.deallocate(); return }
        let base = Self.chunk(of: page)
        let count = inUse[base, default: 1] - 1
        if count > 0 {
            inUse[base] = count
            free.append(page)
            return
        }
        inUse[base] = nil
        free.removeAll { Self.chunk(of: $0) == base }
        HugePages.unmap(base, Self.chunkSize)
    }

    /// Unmaps everything, pages in use included (the heap is going away).
    mutating func releaseAll() {
        for base in inUse.keys { HugePages.unmap(base, Self.chunkSize) }
        for page in fallbacks { page.deallocate() }
        inUse = [:]
        fallbacks = []
        free = []
    }
}
