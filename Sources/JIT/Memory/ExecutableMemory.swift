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

/// Pages holding machine code under W^X, from the shared `CodeSpace`: written while
/// read+write, then switched to read+execute before anything can run them, so no page is ever
/// writable and executable at once. The pages go back to the code space (read+write, not
/// executable) when this object goes away.
final class ExecutableMemory {
    private let piece: CodeSpace.Piece
    var base: UnsafeMutableRawPointer { piece.base }

    init(copying bytes: [UInt8]) throws(ExecutableMemoryError) {
        piece = try CodeSpace.shared.allocate(copying: bytes)
    }

    deinit {
        CodeSpace.shared.release(piece)
    }
}
