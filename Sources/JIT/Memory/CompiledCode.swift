/// Where an instruction's code starts: bytecode offset ↔ native offset (OSR and deopt use these).
public struct CodeOffset: Hashable, Sendable {
    public let bytecodeOffset: Int
    public let nativeOffset: Int

    public init(bytecodeOffset: Int, nativeOffset: Int) {
        self.bytecodeOffset = bytecodeOffset
        self.nativeOffset = nativeOffset
    }
}

/// A place where a running frame can enter compiled code in the middle of a function: the loop
/// header at `bytecodeOffset` starts at `nativeOffset` in the code.
public typealias OSREntry = CodeOffset

/// Machine code for one function, in executable memory it owns (W^X: written, then sealed
/// read+execute; unmapped when this object is released). Immutable once made, so it may be
/// shared between threads.
public final class CompiledCode: @unchecked Sendable {
    private let memory: ExecutableMemory

    /// The code's bytes, as sealed in executable memory.
    public let code: UnsafeRawBufferPointer
    /// Length of the code in bytes.
    public var size: Int { code.count }
    /// Where a normal call enters the code.
    public let entryPoint: UnsafeRawPointer
    /// Entries at loop headers for on-stack replacement, in bytecode order.
    public let osrEntries: [OSREntry]
    /// For code compiled from bytecode: where each instruction's code starts, in order.
    public let bytecodeOffsets: [CodeOffset]

    /// Places `bytes` in fresh executable memory. `entryOffset` and every OSR entry's native
    /// offset must lie inside the code.
    public init(bytes: [UInt8], entryOffset: Int = 0, osrEntries: [OSREntry] = [], bytecodeOffsets: [CodeOffset] = []) throws(ExecutableMemoryError) {
        guard !bytes.isEmpty else { throw ExecutableMemoryError(message: "compiled code cannot be empty") }
        guard (0..<bytes.count).contains(entryOffset) else {
            throw ExecutableMemoryError(message: "entry offset \(entryOffset) is outside the \(bytes.count) bytes of code")
        }
        if let bad = osrEntries.first(where: { !(0..<bytes.count).contains($0.nativeOffset) }) {
            throw ExecutableMemoryError(message: "OSR entry at native offset \(bad.nativeOffset) is outside the \(bytes.count) bytes of code")
        }
        memory = try ExecutableMemory(copying: bytes)
        code = UnsafeRawBufferPointer(start: memory.base, count: bytes.count)
        entryPoint = UnsafeRawPointer(memory.base + entryOffset)
        self.osrEntries = osrEntries.sorted { $0.bytecodeOffset < $1.bytecodeOffset }
        self.bytecodeOffsets = bytecodeOffsets
    }

    /// The code's address at `nativeOffset` (e.g. an OSR entry's), or nil outside the code.
    public func address(at nativeOffset: Int) -> UnsafeRawPointer? {
        guard (0..<size).contains(nativeOffset), let start = code.baseAddress else { return nil }
        return start + nativeOffset
    }
}
