/// The cache at one property access site: which shapes were seen there and where the property
/// lives for each (monomorphic → polymorphic up to four shapes → megamorphic). Plain data with
/// its entries inline, so the interpreter and JIT code read it without allocation or reference
/// counting; the optimizing JIT specializes on it.
public struct InlineCache: @unchecked Sendable {
    public enum State: UInt8, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
        case uninitialized, monomorphic, polymorphic, megamorphic

        /// JSON keys are the states' names.
        public var codingKey: any CodingKey { StateKey(stringValue: "\(self)") }

        public init?<T: CodingKey>(codingKey: T) {
            guard let state = Self.allCases.first(where: { "\($0)" == codingKey.stringValue }) else { return nil }
            self = state
        }

        private struct StateKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    /// One cached shape: the property is in `slot` of the object itself, or of `holder` (a
    /// hidden prototype) when set. For a store that adds a property, `newShape` is the shape after it.
    /// A load of `length` that is not a slot caches `stringLength` or `arrayLength` as its slot.
    public struct Entry: Equatable, @unchecked Sendable {
        /// The slot of a string's length (its cell's aux) and of an array's (its length field).
        public static let stringLength: Int32 = -1, arrayLength: Int32 = -2

        public var shape: UnsafeMutableRawPointer
        public var slot: Int32
        public var holder: UnsafeMutableRawPointer?
        public var newShape: UnsafeMutableRawPointer?

        public init(shape: UnsafeMutableRawPointer, slot: Int32, holder: UnsafeMutableRawPointer? = nil, newShape: UnsafeMutableRawPointer? = nil) {
            self.shape = shape
            self.slot = slot
            self.holder = holder
            self.newShape = newShape
        }
    }

    public static let maxEntries = 4

    public private(set) var state: State = .uninitialized
    private var count = 0
    // Baseline code reads e0 at fixed offsets (Specs/layout.yaml's FeedbackCacheEntry): keep it first.
    private(set) var e0, e1, e2, e3: Entry?

    public init() {}

    /// The cached shapes, oldest first.
    public var entries: [Entry] { [e0, e1, e2, e3].prefix(count).compactMap { $0 } }

    @inline(__always) func lookup(_ shape: UnsafeMutableRawPointer) -> Entry? {
        if let e = e0, e.shape == shape { return e }
        guard count > 1 else { return nil }
        if let e = e1, e.shape == shape { return e }
        if let e = e2, e.shape == shape { return e }
        if let e = e3, e.shape == shape { return e }
        return nil
    }

    /// Forgets every shape: a global variable's site keeps only the global object's current one
    /// (its shapes only move forward, as globals are added), so it never goes polymorphic.
    public mutating func reset() { self = InlineCache() }

    /// Records a shape seen at this site; past four shapes the site goes megamorphic for good.
    public mutating func record(_ entry: Entry) {
        guard state != .megamorphic, lookup(entry.shape) == nil else { return }
        switch count {
        case 0: e0 = entry
        case 1: e1 = entry
        case 2: e2 = entry
        case 3: e3 = entry
        default:
            state = .megamorphic
            (e0, e1, e2, e3) = (nil, nil, nil, nil)
            count = 0
            return
        }
        count += 1
        state = count == 1 ? .monomorphic : .polymorphic
    }
}

/// Operand types seen at an arithmetic or comparison site.
public struct TypeFeedback: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let int32 = TypeFeedback(rawValue: 1 << 0)
    public static let double = TypeFeedback(rawValue: 1 << 1)
    public static let string = TypeFeedback(rawValue: 1 << 2)
    public static let other = TypeFeedback(rawValue: 1 << 3)
    /// An int32 operation whose result overflowed int32.
    public static let overflow = TypeFeedback(rawValue: 1 << 4)
}

/// The profile of one feedback slot: type feedback, an inline cache, or call targets,
/// depending on the opcode that owns the slot.
public struct FeedbackSlotProfile: @unchecked Sendable {
    public var types: TypeFeedback = []
    public var cache = InlineCache()
    /// The one function called from this site so far, or nil (never called, or several).
    public var callTarget: UnsafeMutableRawPointer?
    public var callCount: UInt32 = 0
    public var polymorphicCall = false

    /// Notes a call of `target` (a function cell) from this site.
    @inline(__always) mutating func recordCall(_ target: UnsafeMutableRawPointer) {
        callCount &+= 1
        if callTarget == target || polymorphicCall { return }
        if callTarget == nil && callCount == 1 {
            callTarget = target
        } else {
            callTarget = nil
            polymorphicCall = true
        }
    }
}
