/// An optimization pass over IR: a separate unit with IR-level tests (DESIGN §6).
public protocol IRPass: Sendable {
    /// The name `--print-ir` shows after the pass.
    static var name: String { get }
    static func run(_ function: IRFunction, _ context: PassContext)
}

/// What passes may consult besides the IR: where speculation failed before.
public struct PassContext: Sendable {
    public var speculationLog: SpeculationLog
    public init(speculationLog: SpeculationLog = SpeculationLog()) { self.speculationLog = speculationLog }
}

/// Removes what cannot matter: blocks no entry reaches, phis that merge one value (the builder
/// makes a phi for every live register at a loop header), and ops whose result nobody uses and
/// whose running has no effect (pure ops and reads; guards stay, since their check is an effect).
public enum DeadCodeElimination: IRPass {
    public static let name = "dead code elimination"

    public static func run(_ function: IRFunction, _ context: PassContext) {
        removeUnreachableBlocks(function)
        removeTrivialPhis(function)
        removeUnusedOps(function)
    }

    static func removeUnreachableBlocks(_ function: IRFunction) {
        var reachable = [Bool](repeating: false, count: function.blocks.count)
        var work = function.entries
        for entry in work { reachable[entry.index] = true }
        while let block = work.popLast() {
            for successor in function[block].successors where !reachable[successor.index] {
                reachable[successor.index] = true
                work.append(successor)
            }
        }
        for block in function.liveBlocks where !reachable[block.index] { function.removeBlock(block) }
    }

    /// The value `value` is a checked copy of: a check of a boxed value (ir.yaml `forwards`,
    /// CheckBounds' int32 index aside) has its input's bits.
    static func unchecked(_ value: ValueID, _ function: IRFunction) -> ValueID {
        var current = value
        while let operand = function[current].info.forwardedOperand, function[current].info.result != .int32 {
            current = function[current].inputs[operand]
        }
        return current
    }

    /// A phi whose inputs are all one value (or the phi itself, around a loop, maybe checked
    /// in the loop: a loop that checks a variable's shape brings the checked cell back) is
    /// that value.
    public static func removeTrivialPhis(_ function: IRFunction) {
        var changed = true
        while changed {
            changed = false
            var replacements: [ValueID: ValueID] = [:]
            for block in function.liveBlocks {
                for phi in function[block].ops where function.isPhi(phi) {
                    let others = Set(function[phi].inputs.map { unchecked($0, function) }.filter { $0 != phi })
                    guard others.count == 1, var only = others.first else { continue }
                    while let next = replacements[only] { only = next }
                    if only != phi { replacements[phi] = only }
                }
            }
            guard !replacements.isEmpty else { break }
            function.replaceUses(replacements)
            function.remove(all: replacements.keys)
            changed = true
        }
    }

    /// Whether an op may be removed when its result is unused.
    static func isRemovable(_ op: IROp) -> Bool {
        let info = op.info
        return info.control == .next && !info.isGuard && info.writes.isEmpty && !info.calls && !info.allocates
    }

    static func removeUnusedOps(_ function: IRFunction) {
        // Mark from the ops that must stay, through inputs and frame states.
        var live = Set<ValueID>()
        var work: [ValueID] = []
        for block in function.liveBlocks {
            for value in function[block].ops where !isRemovable(function[value]) {
                live.insert(value)
                work.append(value)
            }
        }
        while let value = work.popLast() {
            var used = function[value].inputs
            if let state = function[value].frameState { used += function.frameStates[state].registers.compactMap { $0 } }
            for input in used where live.insert(input).inserted { work.append(input) }
        }
        function.remove(all: function.liveBlocks.flatMap { function[$0].ops }.filter { !live.contains($0) })
    }
}
