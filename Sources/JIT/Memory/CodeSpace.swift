#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where machine code lives: chunks of pages mapped once (1 MB, or as much as one piece of
/// code needs), carved into whole pages per piece of code. A piece's pages are its own, so
/// sealing them never touches another function's code, and W^X holds page by page: a free page
/// is read+write and never executable, a page holding code is read+execute and never written.
///
/// Compiling a function costs one `mprotect` (no `mmap`; a page is faulted in the first time
/// code is written to it, not again when it is reused); releasing it costs one more and returns
/// its pages for reuse, next to their free neighbours. Before, each function had a mapping of
/// its own: three system calls and fresh page faults per compile, and one kernel mapping each,
/// of which a process may have about 65,000.
final class CodeSpace: Sendable {
    static let shared = CodeSpace()
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Pages holding one piece of code: `size` bytes (whole pages) from `base`.
    struct Piece {
        let base: UnsafeMutableRawPointer
        let size: Int
    }

    let chunkSize: Int
    /// Free runs of pages, by address, neighbours merged; and every chunk mapped (unmapped
    /// with the space: the shared one lives as long as the process).
    private let state = Mutex(State())

    private struct State: ~Copyable {
        var free: [(start: Int, size: Int)] = []
        var chunks: [(start: Int, size: Int)] = []
    }

    init(chunkSize: Int = 1 << 20) {
        self.chunkSize = (chunkSize + Self.pageSize - 1) / Self.pageSize * Self.pageSize
    }

    deinit {
        state.withLock { state in
            for chunk in state.chunks { munmap(UnsafeMutableRawPointer(bitPattern: chunk.start), chunk.size) }
        }
    }

    /// Whole pages holding `bytes` (the rest of the last page int3, so a stray jump past the
    /// code traps), sealed read+execute.
    func allocate(copying bytes: [UInt8]) throws(ExecutableMemoryError) -> Piece {
        let size = max(1, (bytes.count + Self.pageSize - 1) / Self.pageSize) * Self.pageSize
        let piece = try take(size)
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress { piece.base.copyMemory(from: from, byteCount: source.count) }
        }
        (piece.base + bytes.count).initializeMemory(as: UInt8.self, repeating: 0xCC, count: size - bytes.count)
        guard mprotect(piece.base, size, PROT_READ | PROT_EXEC) == 0 else {
            let reason = String(cString: strerror(errno))
            give(back: piece)
            throw ExecutableMemoryError(message: "cannot make machine code executable: \(reason)")
        }
        return piece
    }

    /// Returns the piece's pages: writable again (never executable), free for the next code.
    func release(_ piece: Piece) {
        // Sealed pages made writable again cannot fail for lack of memory: they stay mapped.
        _ = mprotect(piece.base, piece.size, PROT_READ | PROT_WRITE)
        give(back: piece)
    }

    /// Free read+write pages: the first free run that fits, or a new chunk.
    private func take(_ size: Int) throws(ExecutableMemoryError) -> Piece {
        let start = state.withLock { state -> Int? in
            if let index = state.free.firstIndex(where: { $0.size >= size }) {
                let run = state.free[index]
                if run.size == size { state.free.remove(at: index) } else { state.free[index] = (run.start + size, run.size - size) }
                return run.start
            }
            return nil
        }
        if let start { return Piece(base: UnsafeMutableRawPointer(bitPattern: start)!, size: size) }
        // A new chunk, mapped outside the lock; what the piece leaves of it is free.
        let chunkSize = max(self.chunkSize, size)
        let mapping = mmap(nil, chunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let mapping, mapping != MAP_FAILED else {
            throw ExecutableMemoryError(message: "cannot map \(chunkSize) bytes for machine code: \(String(cString: strerror(errno)))")
        }
        let base = Int(bitPattern: mapping)
        state.withLock { state in
            state.chunks.append((base, chunkSize))
            if chunkSize > size { Self.insert(&state.free, (base + size, chunkSize - size)) }
        }
        return Piece(base: mapping, size: size)
    }

    private func give(back piece: Piece) {
        state.withLock { state in Self.insert(&state.free, (Int(bitPattern: piece.base), piece.size)) }
    }

    /// Adds a run to the address-ordered free list, merged with the runs it touches.
    private static func insert(_ free: inout [(start: Int, size: Int)], _ run: (start: Int, size: Int)) {
        var low = 0, high = free.count
        while low < high {
            let middle = (low + high) / 2
            if free[middle].start < run.start { low = middle + 1 } else { high = middle }
        }
        var merged = run, index = low
        if index < free.count, merged.start + merged.size == free[index].start {
            merged.size += free[index].size
            free.remove(at: index)
        }
        if index > 0, free[index - 1].start + free[index - 1].size == merged.start {
            index -= 1
            merged = (free[index].start, free[index].size + merged.size)
            free.remove(at: index)
        }
        free.insert(merged, at: index)
    }
}
