/// Where a function's optimized code deoptimized: which guards failed at which bytecode
/// instruction, and which failed only because loop-invariant code motion had hoisted them. The
/// next compilation of the function reads it so that it does not speculate the same way again
/// (DESIGN §6): most failures also change the profile (an overflow is recorded, a new shape is
/// cached), but a `>>>` whose result left int32 does not, and a hoisted guard may fail on a path
/// that never ran the loop body.
public struct SpeculationLog: Sendable, Equatable {
    /// Failures by bytecode offset and guard op.
    public private(set) var failures: [Int: [IROpcode: Int]] = [:]
    /// Bytecode offsets whose guards failed after being hoisted out of a loop.
    public private(set) var hoistFailures: Set<Int> = []

    /// A site that failed this often gets the generic path, whatever its profile says.
    public static let failuresBeforeGeneric = 2

    public init() {}

    /// Notes a failure. Reaching code the profile never saw run (`Deopt`) is not one: the
    /// interpreter runs that code next and fills its profile.
    public mutating func record(_ guardOp: IROpcode, at offset: Int, hoisted: Bool) {
        if guardOp == .deopt { return }
        if hoisted {
            hoistFailures.insert(offset)
        } else {
            failures[offset, default: [:]][guardOp, default: 0] += 1
        }
    }

    /// Whether the instruction at `offset` may still be speculated on.
    public func speculates(at offset: Int) -> Bool {
        (failures[offset]?.values.reduce(0, +) ?? 0) < Self.failuresBeforeGeneric
    }

    public func failed(_ guardOp: IROpcode, at offset: Int) -> Bool { failures[offset]?[guardOp] != nil }

    /// Whether guards of the instruction at `offset` may move out of loops.
    public func mayHoist(at offset: Int) -> Bool { !hoistFailures.contains(offset) }
}
