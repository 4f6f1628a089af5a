import Foundation

/// Where cells live: memory the runtime manages itself, at fixed layouts JIT code can read, and
/// never moved (DESIGN §4), so raw pointers in registers stay valid.
///
/// Small cells (up to `maxSmallCellSize` bytes) come from size classes 16 bytes apart; each
/// class carves 64 KiB pages into equal cells and keeps a free list threaded through the free
/// ones (a free cell has kind 0 and its next pointer where the shape would be). Larger cells are
/// allocated one by one. The collector (Collector.swift) marks through `CellHeader.gcBits` and
/// `sweep` frees what is unmarked, returning pages that became empty to the system.
///
/// A collection starts inside `allocate` when the bytes allocated since the last one reach the
/// threshold, which grows with the live set (`growthFactor` × live, at least `minimumThreshold`),
/// so the heap stays proportional to what the program keeps. Whoever holds a cell only in a
/// Swift local across an allocation must root it first (a handle, or a register-file slot).
// Hot counters are `@exclusivity(unchecked)`: the runtime is single-threaded and the dynamic
// exclusivity checks cost more than the allocation itself.
final class Heap {
    static let granule = 16
    static let maxSmallCellSize = 512
    static let pageSize = 64 * 1024
    static let minimumThreshold = 8 << 20
    static let growthFactor = 1.0

    struct Page {
        let base: UnsafeMutableRawPointer
        let cellSize: Int
    }

    private(set) var pages: [Page] = []
    /// Page base addresses (pages are aligned to their size), for `contains`.
    private var pageBases: [UnsafeMutableRawPointer: Int] = [:]
    /// The first free cell of each size class. Fixed memory, not an array: allocation is the
    /// hottest path of helper-heavy code, and an array pays a uniqueness check per store.
    private let freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?> = {
        let lists = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: maxSmallCellSize / granule)
        lists.initialize(repeating: nil, count: maxSmallCellSize / granule)
        return lists
    }()
    @exclusivity(unchecked) private(set) var largeCells: [UnsafeMutableRawPointer: Int] = [:]

    /// Bytes in cells not yet freed (live, or dead and not yet swept).
    @exclusivity(unchecked) private(set) var bytesInUse = 0
    @exclusivity(unchecked) private(set) var peakBytesInUse = 0
    /// Every byte ever allocated, and the number of cells.
    @exclusivity(unchecked) private(set) var bytesAllocated = 0
    @exclusivity(unchecked) private(set) var allocations = 0
    @exclusivity(unchecked) private var bytesSinceCollection = 0
    private(set) var threshold = minimumThreshold
    /// The heap limit; past it (after a collection) `exhausted` is set and the engine throws
    /// "RangeError: out of memory" at its next check.
    var maxBytes: Int
    @exclusivity(unchecked) private(set) var exhausted = false
    /// Collect at every `stressInterval`-th allocation (`--gc-stress`); nil: only by volume.
    var stressInterval: Int?
    @exclusivity(unchecked) private var allocationsSinceCollection = 0
    /// Off while the runtime builds its builtins (their cells are not rooted yet).
    var collectionsEnabled = false
    /// Runs a full collection: set by the runtime, which knows the roots.
    var collect: (() -> Void)?

    init(maxBytes: Int = 2048 << 20) {
        self.maxBytes = maxBytes
    }

    deinit {
        freeLists.deallocate()
        for page in pages { page.base.deallocate() }
        for (cell, _) in largeCells { cell.deallocate() }
    }

    /// A zeroed cell of `size` bytes with its header's kind set. May collect first.
    func allocate(_ size: Int, kind: Int) -> UnsafeMutableRawPointer {
        let rounded = (size + Self.granule - 1) & ~(Self.granule - 1)
        allocationsSinceCollection += 1
        allocations += 1
        // The closure is touched only when collecting: copying it out costs reference counting.
        if collectionsEnabled && (bytesSinceCollection + rounded > threshold || stressInterval.map({ allocationsSinceCollection >= $0 }) == true) {
            collect?()
        }
        let cell: UnsafeMutableRawPointer
        if rounded <= Self.maxSmallCellSize {
            let sizeClass = rounded / Self.granule - 1
            if freeLists[sizeClass] == nil { addPage(cellSize: rounded) }
            cell = freeLists[sizeClass].unsafelyUnwrapped
            freeLists[sizeClass] = cell.load(as: UnsafeMutableRawPointer?.self)
        } else {
            cell = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: Self.granule)
            largeCells[cell] = rounded
        }
        cell.initializeMemory(as: UInt8.self, repeating: 0, count: rounded)
        cell.storeBytes(of: UInt8(kind), toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        bytesInUse += rounded
        bytesAllocated += rounded
        bytesSinceCollection += rounded
        peakBytesInUse = max(peakBytesInUse, bytesInUse)
        if bytesInUse > maxBytes { exhausted = true }
        return cell
    }

    /// Whether `bytes` more fit under the heap limit (for a large request checked up front).
    func canAllocate(_ bytes: Int) -> Bool { bytesInUse + bytes <= maxBytes }

    private func addPage(cellSize: Int) {
        let base = UnsafeMutableRawPointer.allocate(byteCount: Self.pageSize, alignment: Self.pageSize)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: Self.pageSize)
        pages.append(Page(base: base, cellSize: cellSize))
        pageBases[base] = cellSize
        let sizeClass = cellSize / Self.granule - 1
        var offset = (Self.pageSize / cellSize - 1) * cellSize
        while offset >= 0 {
            let cell = base + offset
            cell.storeBytes(of: freeLists[sizeClass], as: UnsafeMutableRawPointer?.self)
            freeLists[sizeClass] = cell
            offset -= cellSize
        }
    }

    // MARK: Collection support

    @inline(__always) static func isMarked(_ cell: UnsafeMutableRawPointer) -> Bool {
        cell.load(fromByteOffset: Layout.CellHeader.gcBits.offset, as: UInt8.self) != 0
    }

    /// Sets the mark bit; false when it was already set.
    @inline(__always) static func mark(_ cell: UnsafeMutableRawPointer) -> Bool {
        if isMarked(cell) { return false }
        cell.storeBytes(of: 1, toByteOffset: Layout.CellHeader.gcBits.offset, as: UInt8.self)
        return true
    }

    /// Frees every unmarked cell, clears the marks, and sets the next threshold from what survived.
    func sweep() {
        freeLists.update(repeating: nil, count: Self.maxSmallCellSize / Self.granule)
        var kept: [Page] = []
        var live = 0
        for page in pages {
            let count = Self.pageSize / page.cellSize
            let sizeClass = page.cellSize / Self.granule - 1
            var pageLive = 0
            var freeCells: [UnsafeMutableRawPointer] = []
            for i in 0..<count {
                let cell = page.base + i * page.cellSize
                if cell.load(fromByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self) != 0 && Self.isMarked(cell) {
                    cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.gcBits.offset, as: UInt8.self)
                    pageLive += 1
                } else {
                    // Dead or already free: kind 0 marks it free for the next sweep.
                    cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
                    freeCells.append(cell)
                }
            }
            if pageLive == 0 {
                pageBases[page.base] = nil
                page.base.deallocate()
                continue
            }
            kept.append(page)
            live += pageLive * page.cellSize
            for cell in freeCells.reversed() {
                cell.storeBytes(of: freeLists[sizeClass], as: UnsafeMutableRawPointer?.self)
                freeLists[sizeClass] = cell
            }
        }
        pages = kept
        for (cell, size) in largeCells {
            if Self.isMarked(cell) {
                cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.gcBits.offset, as: UInt8.self)
                live += size
            } else {
                largeCells[cell] = nil
                cell.deallocate()
            }
        }
        bytesInUse = live
        bytesSinceCollection = 0
        allocationsSinceCollection = 0
        threshold = max(Self.minimumThreshold, Int(Double(live) * Self.growthFactor))
        exhausted = bytesInUse > maxBytes
    }

    /// Whether `pointer` is the start of a cell this heap allocated and has not freed (for
    /// tests and debug checks).
    func contains(_ pointer: UnsafeMutableRawPointer) -> Bool {
        if largeCells[pointer] != nil { return true }
        let base = UnsafeMutableRawPointer(bitPattern: UInt(bitPattern: pointer) & ~UInt(Self.pageSize - 1))!
        guard let cellSize = pageBases[base] else { return false }
        return (pointer - base) % cellSize == 0
            && pointer.load(fromByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self) != 0
    }
}

/// Typed access to cell fields at the offsets Specs/layout.yaml gives.
extension UnsafeMutableRawPointer {
    @inline(__always) func field<T>(_ field: CellField, as type: T.Type) -> T {
        load(fromByteOffset: field.offset, as: T.self)
    }

    @inline(__always) func setField<T>(_ field: CellField, _ value: T) {
        storeBytes(of: value, toByteOffset: field.offset, as: T.self)
    }

    @inline(__always) var kind: UInt8 { field(Layout.CellHeader.kind, as: UInt8.self) }
    @inline(__always) var aux: UInt32 {
        get { field(Layout.CellHeader.aux, as: UInt32.self) }
        nonmutating set { setField(Layout.CellHeader.aux, newValue) }
    }
}
