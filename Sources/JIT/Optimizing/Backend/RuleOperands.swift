import X64Assembler

/// A machine register an IR value is in while a lowering rule's code runs.
public enum MachineRegister: Hashable, Sendable, CustomStringConvertible {
    case gpr(Reg)
    case xmm(XMM)

    public var description: String {
        switch self {
        case .gpr(let reg): return "\(reg)"
        case .xmm(let xmm): return "\(xmm)"
        }
    }
}

/// The register class of an IR value: doubles live in SSE registers, everything else in
/// general-purpose ones.
public enum MachineRegisterClass: UInt8, Hashable, Sendable {
    case gpr, xmm
}

/// What the code of one lowering rule (Specs/lowering.x86_64.yaml) is emitted with: a register
/// for each value the rule's pattern binds, for its result and for each temporary it asks for;
/// the attributes the pattern binds; and the labels it may jump to. The backend fills it in
/// after register allocation; the generated `LoweringRule.emit` reads it.
public struct RuleOperands: Sendable {
    /// Registers of the pattern's value binders, in binding order.
    public var operands: [MachineRegister] = []
    public var result: MachineRegister?
    public var temps: [MachineRegister] = []
    /// The pattern's attribute binders, in binding order.
    public var attributes: [Int64] = []
    /// Where a guard goes when its check fails: the op's deoptimization exit.
    public var deopt: X64Assembler.Label?
    /// A branch's successors, and which of them (if either) is the next block in the code, so
    /// `branch` jumps only where it must.
    public var trueTarget: X64Assembler.Label?
    public var falseTarget: X64Assembler.Label?
    public var `fallthrough`: Fallthrough = .none
    /// Where a rule's code after `cold:` goes: the code generator's, which it emits after the
    /// function's code (a rule with such code needs one).
    public var outOfLine: OutOfLineCode?
    /// The spill slots of operands the rule may read from memory (`memory:`), by operand index.
    public var memory: [Int: Memory] = [:]

    public enum Fallthrough: Sendable { case none, trueTarget, falseTarget }

    public init() {}

    public func gpr(_ index: Int) -> Reg {
        guard case .gpr(let reg) = operands[index] else { preconditionFailure("operand \(index) is not in a general-purpose register") }
        return reg
    }

    /// A `memory:` operand as the instruction takes it: its register, or its spill slot.
    public func registerOrMemory(_ index: Int, _ size: OperandSize) -> Operand {
        if let slot = memory[index] { return .mem(slot, size) }
        return .reg(gpr(index).sized(size))
    }

    /// Keeps a rule's code after `cold:` for `outOfLine`.
    public func addOutOfLine(_ part: @escaping OutOfLineCode.Part) {
        guard let outOfLine else { preconditionFailure("a rule has code after cold: but no RuleOperands.outOfLine to keep it") }
        outOfLine.add(part)
    }

    public func xmmOrMemory(_ index: Int) -> Operand {
        if let slot = memory[index] { return .mem(slot, .qword) }
        return .xmm(xmm(index))
    }

    public func xmm(_ index: Int) -> XMM {
        guard case .xmm(let xmm) = operands[index] else { preconditionFailure("operand \(index) is not in an SSE register") }
        return xmm
    }

    public var resultGPR: Reg {
        guard case .gpr(let reg)? = result else { preconditionFailure("the result is not in a general-purpose register") }
        return reg
    }

    public var resultXMM: XMM {
        guard case .xmm(let xmm)? = result else { preconditionFailure("the result is not in an SSE register") }
        return xmm
    }

    public func tempGPR(_ index: Int) -> Reg {
        guard case .gpr(let reg) = temps[index] else { preconditionFailure("temporary \(index) is not a general-purpose register") }
        return reg
    }

    public func tempXMM(_ index: Int) -> XMM {
        guard case .xmm(let xmm) = temps[index] else { preconditionFailure("temporary \(index) is not an SSE register") }
        return xmm
    }

    public var deoptLabel: X64Assembler.Label {
        guard let deopt else { preconditionFailure("a rule jumps to {deopt} but its op has no deoptimization exit") }
        return deopt
    }

    /// A branch's successors, where a rule's `{true}` and `{false}` jump.
    public var trueLabel: X64Assembler.Label {
        guard let trueTarget else { preconditionFailure("a rule jumps to {true} but its op has no successors") }
        return trueTarget
    }

    public var falseLabel: X64Assembler.Label {
        guard let falseTarget else { preconditionFailure("a rule jumps to {false} but its op has no successors") }
        return falseTarget
    }
}

extension Assembler {
    /// A rule's `branch cc`: goes to the true successor when `condition` holds, else to the false
    /// one, jumping only where the block layout needs it.
    public mutating func branch(_ condition: Condition, _ o: RuleOperands) throws(AssemblerError) {
        guard let whenTrue = o.trueTarget, let whenFalse = o.falseTarget else {
            throw AssemblerError("`branch` in a rule whose op has no successors")
        }
        switch o.`fallthrough` {
        case .trueTarget:
            try emit(.j(condition.negated), .label(whenFalse))
        case .falseTarget:
            try emit(.j(condition), .label(whenTrue))
        case .none:
            try emit(.j(condition), .label(whenTrue))
            try emit(.jmp, .label(whenFalse))
        }
    }
}

/// The out-of-line parts of rules' code (after `cold:` in Specs/lowering.x86_64.yaml), kept
/// until the function's code is done and then emitted after it: a rare path costs the common
/// one no jump over it.
public final class OutOfLineCode: @unchecked Sendable {
    public typealias Part = (inout Assembler) throws(AssemblerError) -> Void
    private(set) var parts: [Part] = []

    public init() {}

    public func add(_ part: @escaping Part) { parts.append(part) }

    /// Emits every part, in the order they were added.
    public func emit(into assembler: inout Assembler) throws(AssemblerError) {
        for part in parts { try part(&assembler) }
        parts = []
    }
}
