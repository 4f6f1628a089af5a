/// A JavaScript value, NaN-boxed in 64 bits with JavaScriptCore's encoding (Specs/layout.yaml):
/// int32 = NumberTag | bits, double = bits + DoubleEncodeOffset, cell = pointer, and the small
/// constants null, false, true, undefined and empty. JIT code reads and writes the same bits.
public struct Value: Hashable, Sendable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    public static let undefined = Value(bits: Layout.valueUndefined)
    public static let null = Value(bits: Layout.valueNull)
    public static let `true` = Value(bits: Layout.valueTrue)
    public static let `false` = Value(bits: Layout.valueFalse)
    /// Not a JavaScript value: an uninitialised let/const binding, or an array hole.
    public static let empty = Value(bits: Layout.valueEmpty)

    @inline(__always) public init(int32: Int32) {
        bits = Layout.numberTag | UInt64(UInt32(bitPattern: int32))
    }

    /// A number, stored as int32 when it is one (and not -0), else as a boxed double.
    @inline(__always) public init(number: Double) {
        // A range check and a truncating conversion: `Int32(exactly:)` calls libm's trunc.
        if number >= -2147483648.0 && number <= 2147483647.0, Double(Int32(number)) == number,
           !(number == 0 && number.sign == .minus) {
            self.init(int32: Int32(number))
        } else {
            self.init(double: number)
        }
    }

    /// Always the double encoding, NaN canonicalised so no NaN can look like another tag.
    @inline(__always) public init(double: Double) {
        let raw = double.isNaN ? Layout.canonicalNaN : double.bitPattern
        bits = raw &+ Layout.doubleEncodeOffset
    }

    @inline(__always) public init(bool: Bool) { bits = bool ? Layout.valueTrue : Layout.valueFalse }

    @inline(__always) init(cell: UnsafeMutableRawPointer) { bits = UInt64(UInt(bitPattern: cell)) }

    @inline(__always) public var isInt32: Bool { bits >= Layout.numberTag }
    @inline(__always) public var isNumber: Bool { bits & Layout.numberTag != 0 }
    @inline(__always) public var isDouble: Bool { isNumber && !isInt32 }
    @inline(__always) public var isCell: Bool { bits & Layout.notCellMask == 0 && bits != 0 }
    @inline(__always) public var isUndefined: Bool { bits == Layout.valueUndefined }
    @inline(__always) public var isNull: Bool { bits == Layout.valueNull }
    @inline(__always) public var isEmpty: Bool { bits == 0 }
    @inline(__always) public var isBoolean: Bool { bits & ~1 == Layout.valueFalse }
    @inline(__always) public var isUndefinedOrNull: Bool { bits & ~Layout.undefinedTag == Layout.valueNull }

    @inline(__always) public var asInt32: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: bits)) }
    @inline(__always) public var asDouble: Double { Double(bitPattern: bits &- Layout.doubleEncodeOffset) }
    @inline(__always) public var asBool: Bool { bits == Layout.valueTrue }
    /// The number as a double, for a value known to be a number.
    @inline(__always) public var asNumber: Double { isInt32 ? Double(asInt32) : asDouble }
    @inline(__always) var asCell: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: UInt(bits)).unsafelyUnwrapped }

    /// The kind byte of a cell value (one of the Kind* constants).
    @inline(__always) var cellKind: UInt8 {
        let kind = asCell.load(fromByteOffset: Layout.CellHeader.kind.offset, as: UInt8.self)
        // Kind 0 is a free cell: the value was held unrooted across an allocation that freed it
        // (under --gc-stress, debug builds keep freed cells free for a collection to catch this).
        assert(kind != 0, "a value refers to a freed cell at \(asCell): it was held across an allocation without being rooted")
        return kind
    }
    @inline(__always) var isString: Bool { isCell && (cellKind == UInt8(Layout.kindString) || cellKind == UInt8(Layout.kindRope)) }
    @inline(__always) var isObjectLike: Bool { isCell && !isString }
    /// A JavaScript array, dense or sparse.
    @inline(__always) var isArray: Bool { isCell && (cellKind == UInt8(Layout.kindArray) || cellKind == UInt8(Layout.kindSparseArray)) }
    /// An array with dense elements, which the fast paths of every tier handle.
    @inline(__always) var isDenseArray: Bool { isCell && cellKind == UInt8(Layout.kindArray) }
    @inline(__always) var isFunction: Bool { isCell && cellKind == UInt8(Layout.kindFunction) }
}
