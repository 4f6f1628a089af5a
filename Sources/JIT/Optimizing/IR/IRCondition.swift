import X64Assembler

/// The comparison an `Int32Compare` or `DoubleCompare` makes (the `condition` attribute of
/// Specs/ir.yaml), stored in the op as its raw value and printed by name.
public enum IRCondition: Int64, CaseIterable, Sendable {
    case eq, ne, lt, le, gt, ge

    public var name: String { "\(self)" }

    public init?(name: String) {
        guard let condition = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = condition
    }

    /// The x86 condition code after `cmp lhs, rhs` on signed integers, or, with `unsigned`, on
    /// unsigned integers and after `ucomisd` (which sets the flags as an unsigned compare does).
    public func x86(unsigned: Bool) -> Condition {
        switch self {
        case .eq: return .e
        case .ne: return .ne
        case .lt: return unsigned ? .b : .l
        case .le: return unsigned ? .be : .le
        case .gt: return unsigned ? .a : .g
        case .ge: return unsigned ? .ae : .ge
        }
    }
}

extension Condition {
    /// The x86 condition for the IR condition stored as `attribute` (rules write `{cond}` or
    /// `{cond:unsigned}` where a condition code goes). An attribute out of range is a bug in the
    /// IR: the verifier rejects it before code is generated.
    public init(irCondition attribute: Int64, unsigned: Bool) {
        self = (IRCondition(rawValue: attribute) ?? .eq).x86(unsigned: unsigned)
    }
}
