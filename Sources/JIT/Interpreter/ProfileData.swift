/// What the interpreter observed while running one function: invocation and back-edge counters
/// (for tier-up) and one `FeedbackSlotProfile` per feedback operand of its bytecode. The data
/// lives in fixed memory so that the interpreter (and later JIT code) update it in place.
public final class ProfileData: @unchecked Sendable {
    struct Counters {
        var invocations: UInt64 = 0
        var backEdges: UInt64 = 0
        /// Baseline code calls its loop hook at a back edge once `backEdges` reaches this (never,
        /// unless the runtime wants frames of this function back at their loop headers).
        var loopHook: UInt64 = .max
        /// Baseline code's prologue asks for optimized code once `invocations` reaches this.
        var optimizeAt: UInt64 = .max
        /// A frame at a loop header enters optimized code once `backEdges` reaches this.
        var optimizeBackEdgesAt: UInt64 = .max
    }

    let counters: UnsafeMutablePointer<Counters>
    let slots: UnsafeMutablePointer<FeedbackSlotProfile>
    public let slotCount: Int

    init(slotCount: Int) {
        self.slotCount = slotCount
        counters = .allocate(capacity: 1)
        counters.initialize(to: Counters())
        slots = .allocate(capacity: max(slotCount, 1))
        slots.initialize(repeating: FeedbackSlotProfile(), count: max(slotCount, 1))
    }

    deinit {
        slots.deinitialize(count: max(slotCount, 1))
        slots.deallocate()
        counters.deallocate()
    }

    public var invocationCount: UInt64 { counters.pointee.invocations }
    public var backEdgeCount: UInt64 { counters.pointee.backEdges }

    /// The profile of feedback slot `index`.
    public subscript(index: Int) -> FeedbackSlotProfile {
        precondition(index >= 0 && index < slotCount, "feedback slot \(index) out of range")
        return slots[index]
    }
}
