/// Where cells live: memory the runtime manages itself, at fixed layouts JIT code can read, and
/// never moved (DESIGN §4), so raw pointers in registers stay valid.
///
/// Small cells (up to `maxSmallCellSize` bytes) come from size classes 16 bytes apart; each
/// class carves 64 KiB pages into equal cells and keeps a free list threaded through the free
/// ones (a free cell has kind 0 and its next pointer where the shape would be). Larger cells are
/// allocated one by one. The collector (Collector.swift) marks through `CellHeader.gcBits` and
/// `sweep` frees what is unmarked (pages left empty stay, free, up to a limit; the rest go back
/// to the system).
///
/// A collection starts inside `allocate` when the bytes allocated since the last one reach the
/// threshold, which grows with the live set (`growthFactor` × live, at least `minimumThreshold`),
/// so the heap stays proportional to what the program keeps. Whoever holds a cell only in a
/// Swift local across an allocation must root it first (a handle, or a register-file slot).
///
/// Allocation has a fast path that baseline code inlines too (NewObject's template): pop the
/// size class's free list while the bytes since the last collection stay under the
/// allocation limit. Everything it touches is in fixed memory at the `Heap*` offsets of
/// Specs/layout.yaml (`allocationState`). The limit is the collection threshold, lowered so that
/// crossing the heap limit, a `--gc-stress` interval or an empty free list always takes the
/// slow path, which collects, adds pages and notices exhaustion.
// Hot counters are `@exclusivity(unchecked)`: the runtime is single-threaded and the dynamic
// exclusivity checks cost more than the allocation itself.
final class Heap {
    static let granule = 16
    static let maxSmallCellSize = 512
    static let sizeClassCount = maxSmallCellSize / granule
    static let pageSize = 64 * 1024
    static let minimumThreshold = 16 << 20
    static let growthFactor = 1.0

    struct Page {
        let base: UnsafeMutableRawPointer
        let cellSize: Int
    }

    private(set) var pages: [Page] = []
    /// At most this many pages with no live cell (a minimum threshold's worth) stay after a
    /// sweep, free, in their size classes: a program that drops what it allocates reuses them
    /// instead of going back to the system allocator every cycle.
    static let maxEmptyPages = minimumThreshold / pageSize
    /// At most this many bytes of freed large cells wait for reuse.
    static let maxSpareLargeBytes = 32 << 20
    /// Page base addresses (pages are aligned to their size), for `contains`.
    private var pageBases: [UnsafeMutableRawPointer: Int] = [:]
    /// The fast path's state, in fixed memory: the free-list heads, the bytes allocated since
    /// the last collection, the allocation limit and the count of allocations.
    let allocationState: UnsafeMutableRawPointer = {
        let state = UnsafeMutableRawPointer.allocate(byteCount: Int(Layout.heapStateSize), alignment: 8)
        state.initializeMemory(as: UInt8.self, repeating: 0, count: Int(Layout.heapStateSize))
        return state
    }()
    /// The first free cell of each size class (cells of 16, 32, ... 512 bytes); a free cell's
    /// first word is the next one.
    private var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?> {
        (allocationState + Int(Layout.heapFreeLists)).assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    }
    private var bytesSinceCollection: Int {
        get { allocationState.load(fromByteOffset: Int(Layout.heapBytesSinceCollection), as: Int.self) }
        set { allocationState.storeBytes(of: newValue, toByteOffset: Int(Layout.heapBytesSinceCollection), as: Int.self) }
    }
    private var allocationLimit: Int {
        get { allocationState.load(fromByteOffset: Int(Layout.heapAllocationLimit), as: Int.self) }
        set { allocationState.storeBytes(of: newValue, toByteOffset: Int(Layout.heapAllocationLimit), as: Int.self) }
    }
    /// Cells ever allocated.
    private(set) var allocations: Int {
        get { allocationState.load(fromByteOffset: Int(Layout.heapAllocationCount), as: Int.self) }
        set { allocationState.storeBytes(of: newValue, toByteOffset: Int(Layout.heapAllocationCount), as: Int.self) }
    }
    /// Where pages and large cells come from (HeapMemory.swift).
    @exclusivity(unchecked) private(set) var pageSource = HeapPageSource(pageSize: pageSize)
    @exclusivity(unchecked) private var largeCellMemory = LargeCellMemory()
    @exclusivity(unchecked) private(set) var largeCells: [UnsafeMutableRawPointer: Int] = [:]
    /// Large cells the last sweep freed, by size, kept for the next allocation of that size: an
    /// array dropped and made again (a sieve per call) reuses memory already faulted in instead
    /// of new pages from the kernel. What no allocation takes by the next sweep goes back.
    @exclusivity(unchecked) private var spareLargeCells: [Int: [UnsafeMutableRawPointer]] = [:]
    @exclusivity(unchecked) private(set) var spareLargeBytes = 0

    /// Bytes in cells that survived the last collection, and every byte allocated before it.
    @exclusivity(unchecked) private var liveAfterCollection = 0
    @exclusivity(unchecked) private var allocatedBeforeCollection = 0
    @exclusivity(unchecked) private var peakBeforeCollection = 0
    /// Bytes in cells not yet freed (live, or dead and not yet swept).
    var bytesInUse: Int { liveAfterCollection + bytesSinceCollection }
    var peakBytesInUse: Int { max(peakBeforeCollection, bytesInUse) }
    /// Every byte ever allocated.
    var bytesAllocated: Int { allocatedBeforeCollection + bytesSinceCollection }
    private(set) var threshold = minimumThreshold { didSet { updateAllocationLimit() } }
    /// The heap limit; past it (after a collection) `exhausted` is set and the engine throws
    /// "RangeError: out of memory" at its next check.
    var maxBytes: Int { didSet { updateAllocationLimit() } }
    @exclusivity(unchecked) private(set) var exhausted = false
    /// Collect at every `stressInterval`-th allocation (`--gc-stress`); nil: only by volume.
    var stressInterval: Int? { didSet { updateAllocationLimit() } }
    @exclusivity(unchecked) private var allocationsSinceCollection = 0
    /// Off while the runtime builds its builtins (their cells are not rooted yet).
    var collectionsEnabled = false
    /// The check of the rooting rule (on in debug builds under `--gc-stress`): a cell a
    /// collection frees is overwritten and handed out again only after the next collection,
    /// and marking reports every reference to a freed cell. Without the quarantine a stale
    /// Swift local would point at whatever the next allocation put in its place, and the
    /// mistake would show only as a wrong value.
    var verifiesRoots = false
    /// With `verifiesRoots`: record stale references in `staleReferences` instead of stopping
    /// the process (for tests of the check itself).
    var recordsStaleReferences = false
    private(set) var staleReferences: [UnsafeMutableRawPointer] = []
    /// Large cells the last sweep freed under verification, given back at the next one.
    private var quarantinedLargeCells: [(cell: UnsafeMutableRawPointer, size: Int)] = []
    /// Runs a full collection: set by the runtime, which knows the roots.
    var collect: (() -> Void)?

    init(maxBytes: Int = 2048 << 20) {
        self.maxBytes = maxBytes
        updateAllocationLimit()
    }

    deinit {
        allocationState.deallocate()
        pageSource.releaseAll()
        for (cell, size) in largeCells { largeCellMemory.deallocate(cell, bytes: size) }
        for (cell, size) in quarantinedLargeCells { largeCellMemory.deallocate(cell, bytes: size) }
        releaseSpareLargeCells()
    }

    /// Gives the spare large cells back to the system.
    private func releaseSpareLargeCells() {
        for (size, cells) in spareLargeCells { for cell in cells { largeCellMemory.deallocate(cell, bytes: size) } }
        spareLargeCells.removeAll(keepingCapacity: true)
        spareLargeBytes = 0
    }

    /// The fast path may allocate while the bytes since the last collection stay at or under
    /// this: the collection threshold, the room left under the heap limit, or nothing when
    /// every allocation counts toward a stress interval.
    private func updateAllocationLimit() {
        allocationLimit = stressInterval == nil ? max(0, min(threshold, maxBytes - liveAfterCollection)) : 0
    }

    /// A zeroed cell of `size` bytes with its header's kind set. May collect first.
    func allocate(_ size: Int, kind: Int) -> UnsafeMutableRawPointer {
        allocate(size, kind: kind, zeroing: Int.max)
    }

    /// A cell whose first `zeroing` bytes (at least its header) are zeroed, its kind set: the
    /// caller writes the rest before anything can allocate, so the collector never reads it.
    /// For storage that is filled at once, where zeroing would write it twice.
    @inline(__always) func allocate(_ size: Int, kind: Int, zeroing: Int) -> UnsafeMutableRawPointer {
        let rounded = (size + Self.granule - 1) & ~(Self.granule - 1)
        let since = bytesSinceCollection + rounded
        if rounded <= Self.maxSmallCellSize && since <= allocationLimit, let cell = freeLists[rounded / Self.granule - 1] {
            freeLists[rounded / Self.granule - 1] = cell.load(as: UnsafeMutableRawPointer?.self)
            bytesSinceCollection = since
            allocations += 1
            return initialize(cell, min(rounded, zeroing), kind)
        }
        return initialize(allocateSlowly(rounded), min(rounded, zeroing), kind)
    }

    @inline(__always) private func initialize(_ cell: UnsafeMutableRawPointer, _ size: Int, _ kind: Int) -> UnsafeMutableRawPointer {
        cell.initializeMemory(as: UInt8.self, repeating: 0, count: max(size, Layout.CellHeader.size))
        cell.storeBytes(of: UInt8(kind), toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        return cell
    }

    /// What the fast path leaves: collecting when due, adding pages, large cells, and the
    /// heap limit.
    private func allocateSlowly(_ rounded: Int) -> UnsafeMutableRawPointer {
        allocationsSinceCollection += 1
        // The closure is touched only when collecting: copying it out costs reference counting.
        // Crossing the heap limit collects first: the limit is on what stays live, so it is
        // exhausted only when a collection cannot make room.
        if collectionsEnabled && (bytesSinceCollection + rounded > threshold || bytesInUse + rounded > maxBytes
                                  || stressInterval.map({ allocationsSinceCollection >= $0 }) == true) {
            collect?()
        }
        let cell: UnsafeMutableRawPointer
        if rounded <= Self.maxSmallCellSize {
            let sizeClass = rounded / Self.granule - 1
            if freeLists[sizeClass] == nil { addPage(cellSize: rounded) }
            cell = freeLists[sizeClass].unsafelyUnwrapped
            freeLists[sizeClass] = cell.load(as: UnsafeMutableRawPointer?.self)
        } else {
            if let spare = spareLargeCells[rounded]?.popLast() {
                cell = spare
                spareLargeBytes -= rounded
            } else {
                cell = largeCellMemory.allocate(rounded, alignment: Self.granule)
            }
            largeCells[cell] = rounded
        }
        bytesSinceCollection += rounded
        allocations += 1
        if bytesInUse > maxBytes { exhausted = true }
        return cell
    }

    /// A root or a traced field refers to a cell that is not allocated: some code held it
    /// unrooted across an allocation (see `verifiesRoots`).
    func reportStaleReference(_ cell: UnsafeMutableRawPointer) {
        guard recordsStaleReferences else {
            preconditionFailure("a reference to a freed cell at \(cell): a value was held across an allocation without being rooted")
        }
        staleReferences.append(cell)
    }

    /// Whether `bytes` more fit under the heap limit (for a large request checked up front),
    /// collecting first when they would not: like an allocation, it may collect, so the caller
    /// holds only rooted cells.
    func canAllocate(_ bytes: Int) -> Bool {
        if bytesInUse + bytes > maxBytes && collectionsEnabled { collect?() }
        return bytesInUse + bytes <= maxBytes
    }

    /// A new page for `cellSize` cells, all free. Only each cell's first two words are written
    /// (the next free cell, and a zero kind so sweeps see it free): allocation zeroes the rest.
    private func addPage(cellSize: Int) {
        let base = pageSource.take()
        pages.append(Page(base: base, cellSize: cellSize))
        pageBases[base] = cellSize
        let sizeClass = cellSize / Self.granule - 1
        var offset = (Self.pageSize / cellSize - 1) * cellSize
        while offset >= 0 {
            let cell = base + offset
            cell.storeBytes(of: freeLists[sizeClass], as: UnsafeMutableRawPointer?.self)
            cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.kind.offset, as: UInt64.self)
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
        peakBeforeCollection = peakBytesInUse
        allocatedBeforeCollection = bytesAllocated
        freeLists.update(repeating: nil, count: Self.sizeClassCount)
        var kept: [Page] = []
        kept.reserveCapacity(pages.count)
        var live = 0, emptyPagesKept = 0
        let kindOffset = Layout.CellHeader.kind.offset, gcBitsOffset = Layout.CellHeader.gcBits.offset
        let quarantine = verifiesRoots
        for page in pages {
            let cellSize = page.cellSize
            let sizeClass = cellSize / Self.granule - 1
            // Free cells are threaded from the top of the page down, so the list runs upward.
            var first = freeLists[sizeClass]
            var pageLive = 0, pageQuarantined = 0
            var cell = page.base + (Self.pageSize / cellSize - 1) * cellSize
            while cell >= page.base {
                let kind = cell.load(fromByteOffset: kindOffset, as: UInt8.self)
                if kind != 0 && Self.isMarked(cell) {
                    cell.storeBytes(of: 0, toByteOffset: gcBitsOffset, as: UInt8.self)
                    pageLive += 1
                } else if quarantine && kind != 0 {
                    // Freed now: zapped, and threaded by the next sweep (it is free by then).
                    Self.zap(cell, cellSize)
                    pageQuarantined += 1
                } else {
                    // Dead or already free: kind 0 marks it free for the next sweep.
                    cell.storeBytes(of: 0, toByteOffset: kindOffset, as: UInt8.self)
                    cell.storeBytes(of: first, as: UnsafeMutableRawPointer?.self)
                    first = cell
                }
                cell -= cellSize
            }
            // A page with nothing live stays in its size class, its cells already threaded
            // (threading them again in addPage cost a pass over memory), while the heap keeps
            // fewer than `maxEmptyPages` of them; past that it goes back to the system.
            if pageLive == 0 && pageQuarantined == 0 {
                if emptyPagesKept == Self.maxEmptyPages {
                    pageBases[page.base] = nil
                    pageSource.give(page.base)
                    continue
                }
                emptyPagesKept += 1
            }
            freeLists[sizeClass] = first
            kept.append(page)
            live += pageLive * cellSize
        }
        pages = kept
        releaseSpareLargeCells()
        let released = quarantinedLargeCells
        quarantinedLargeCells.removeAll()
        for (cell, size) in released { largeCellMemory.deallocate(cell, bytes: size) }
        for (cell, size) in largeCells {
            if Self.isMarked(cell) {
                cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.gcBits.offset, as: UInt8.self)
                live += size
            } else {
                largeCells[cell] = nil
                if quarantine {
                    Self.zap(cell, size)
                    quarantinedLargeCells.append((cell, size))
                } else if spareLargeBytes + size <= Self.maxSpareLargeBytes {
                    spareLargeCells[size, default: []].append(cell)
                    spareLargeBytes += size
                } else {
                    largeCellMemory.deallocate(cell, bytes: size)
                }
            }
        }
        live += externalBytes // what the shapes that survived their own sweep take
        liveAfterCollection = live
        bytesSinceCollection = 0
        allocationsSinceCollection = 0
        exhausted = bytesInUse > maxBytes
        threshold = max(Self.minimumThreshold, Int(Double(live) * Self.growthFactor))
    }

    /// Overwrites a freed cell: kind 0 (free), no shape, and a pattern in the rest, so a stale
    /// reference reads as garbage (strings as huge lengths) rather than as a plausible value.
    private static func zap(_ cell: UnsafeMutableRawPointer, _ size: Int) {
        cell.initializeMemory(as: UInt8.self, repeating: 0xDB, count: size)
        cell.storeBytes(of: 0, as: UInt.self)
        cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        cell.storeBytes(of: 0, toByteOffset: Layout.CellHeader.gcBits.offset, as: UInt8.self)
    }

    // MARK: External memory

    /// Bytes outside cells that the runtime's objects own (shapes and their property tables).
    /// As V8 counts external memory, they count as allocated (bringing the next collection
    /// nearer) and, while alive, as live: against the heap limit like cells.
    @exclusivity(unchecked) private(set) var externalBytes = 0

    /// Past the heap limit the next allocation collects first, as for cells, and the heap is
    /// exhausted only if what stays live does not fit.
    func addExternalBytes(_ bytes: Int) {
        externalBytes += bytes
        bytesSinceCollection += bytes
    }

    /// External bytes freed by the collector, before `sweep` counts what is live.
    func removeExternalBytes(_ bytes: Int) {
        externalBytes -= bytes
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
