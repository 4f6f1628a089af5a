/// Where cells live: memory the runtime manages itself, at fixed layouts JIT code can read.
///
/// For now a bump allocator over large blocks: allocation is a pointer increment and nothing is
/// freed. The mark-and-sweep collector (a later issue) replaces it with size-classed free lists
/// without changing any cell layout; every allocation already goes through `allocate`.
final class Heap {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0
    private(set) var bytesAllocated = 0
    static let blockSize = 1 << 20

    deinit {
        for block in blocks { block.deallocate() }
    }

    /// A zeroed cell of `size` bytes (rounded to 8) with its header's kind set.
    func allocate(_ size: Int, kind: Int) -> UnsafeMutableRawPointer {
        let rounded = (size + 7) & ~7
        if rounded > remaining {
            let blockBytes = max(Self.blockSize, rounded)
            let block = UnsafeMutableRawPointer.allocate(byteCount: blockBytes, alignment: 16)
            blocks.append(block)
            cursor = block
            remaining = blockBytes
        }
        let cell = cursor.unsafelyUnwrapped
        cursor = cell + rounded
        remaining -= rounded
        bytesAllocated += rounded
        cell.initializeMemory(as: UInt8.self, repeating: 0, count: rounded)
        cell.storeBytes(of: UInt8(kind), toByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        return cell
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
