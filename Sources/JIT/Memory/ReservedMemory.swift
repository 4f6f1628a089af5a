#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zeroed memory reserved from the kernel and not written up front: a page becomes resident only
/// when something first touches it. For the register file, whose megabytes most runs never reach.
enum ReservedMemory {
    /// `byteCount` zero bytes. A mapping the kernel refuses stops the process, as a failed
    /// allocation of the same size would.
    static func reserve(_ byteCount: Int) -> UnsafeMutableRawPointer {
        let mapping = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let mapping, mapping != MAP_FAILED else {
            fatalError("cannot reserve \(byteCount) bytes: \(String(cString: strerror(errno)))")
        }
        return mapping
    }

    static func release(_ memory: UnsafeMutableRawPointer, _ byteCount: Int) {
        munmap(memory, byteCount)
    }
}
