#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why machine code could not be placed in memory.
public struct ExecutableMemoryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Pages holding machine code under W^X: mapped read+write, filled, then switched to
/// read+execute before anything can run them, so no page is ever writable and executable at
/// once. The pages are unmapped when this object goes away.
final class ExecutableMemory {
    let base: UnsafeMutableRawPointer
    /// Bytes mapped: the code's size rounded up to whole pages.
    let mappedSize: Int

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    init(copying bytes: [UInt8]) throws(ExecutableMemoryError) {
        let size = max(1, (bytes.count + Self.pageSize - 1) / Self.pageSize) * Self.pageSize
        let mapping = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let mapping, mapping != MAP_FAILED else {
            throw ExecutableMemoryError(message: "cannot map \(size) bytes for machine code: \(String(cString: strerror(errno)))")
        }
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress { mapping.copyMemory(from: from, byteCount: source.count) }
        }
        // Fill the rest of the page with int3, so a stray jump past the code traps at once.
        (mapping + bytes.count).initializeMemory(as: UInt8.self, repeating: 0xCC, count: size - bytes.count)
        guard mprotect(mapping, size, PROT_READ | PROT_EXEC) == 0 else {
            let reason = String(cString: strerror(errno))
            munmap(mapping, size)
            throw ExecutableMemoryError(message: "cannot make machine code executable: \(reason)")
        }
        base = mapping
        mappedSize = size
    }

    deinit {
        munmap(base, mappedSize)
    }
}
