import X64Assembler

/// Where an SSA value lives for its whole life in optimized code.
enum ValueLocation: Hashable, CustomStringConvertible {
    case gpr(Reg)
    case xmm(XMM)
    /// A slot after the bytecode registers in the frame in the VM register file: boxed values
    /// and cells, which the collector must see (DESIGN §4).
    case taggedSlot(Int)
    /// A slot in the function's native stack frame, `[rsp + 8 * index]`: int32s, booleans and
    /// doubles, which the collector must not see.
    case stackSlot(Int)

    var description: String {
        switch self {
        case .gpr(let reg): return "\(reg)"
        case .xmm(let xmm): return "\(xmm)"
        case .taggedSlot(let index): return "tagged\(index)"
        case .stackSlot(let index): return "stack\(index)"
        }
    }

    var isRegister: Bool {
        switch self {
        case .gpr, .xmm: return true
        default: return false
        }
    }
}

/// Linear-scan register allocation (Poletto and Sarkar, on SSA in the linear block order, as in
/// Wimmer and Franz): each value's live interval is the hull of the positions where it is
/// defined, used or live across a block boundary; intervals are visited by start, and when no
/// register is free the one that lives longest is spilled, to a slot for its whole life. A
/// call clobbers every allocatable register, so what lives across a call lives in a slot; a
/// rule's fixed clobbers (`rcx` for a shift) keep values out of that register at that op.
///
/// The scratch registers of Specs/lowering.x86_64.yaml are never allocated: the emitter uses
/// them to load spilled operands and store spilled results around a rule's code.
struct LinearScan {
    struct Interval {
        var value: ValueID
        var start: Int
        var end: Int
        var registerClass: MachineRegisterClass
    }

    private(set) var locations: [ValueID: ValueLocation] = [:]
    private(set) var taggedSlotCount = 0
    private(set) var stackSlotCount = 0
    private(set) var intervals: [ValueID: Interval] = [:]

    init(_ lowered: LoweredFunction) {
        let function = lowered.function
        intervals = Self.buildIntervals(lowered)
        // Blocked positions: every allocatable register at a call's clobber point, fixed
        // clobbers at their op.
        var blocked: [MachineRegister: [Int]] = [:]
        var callPoints: [Int] = []
        for block in lowered.order {
            for value in function[block].ops where lowered.emitted.contains(value) {
                let p = lowered.position[value]!
                if lowered.calls(value) {
                    callPoints.append(p + 1)
                } else if let match = lowered.matches[value] {
                    for register in match.rule.info.clobbers { blocked[register, default: []].append(p) }
                }
            }
        }
        func isBlocked(_ register: MachineRegister, _ interval: Interval) -> Bool {
            if callPoints.contains(where: { $0 >= interval.start && $0 <= interval.end }) { return true }
            return blocked[register]?.contains { $0 >= interval.start && $0 <= interval.end } ?? false
        }

        let gprs = LoweringRegisters.allocatableGPR.map { MachineRegister.gpr($0) }
        let xmms = LoweringRegisters.allocatableXMM.map { MachineRegister.xmm($0) }
        var active: [(interval: Interval, register: MachineRegister)] = []
        var freeTagged: [Int] = [], freeStack: [Int] = []
        var slotOf: [ValueID: ValueLocation] = [:]
        var slotEnds: [(end: Int, location: ValueLocation)] = []

        func spill(_ interval: Interval) {
            // Reuse a slot whose value died before this one starts.
            slotEnds.sort { $0.end < $1.end }
            while let first = slotEnds.first, first.end < interval.start {
                switch first.location {
                case .taggedSlot(let index): freeTagged.append(index)
                case .stackSlot(let index): freeStack.append(index)
                default: break
                }
                slotEnds.removeFirst()
            }
            let tagged = function[interval.value].type.map { $0 == .boxed || $0 == .cell } ?? false
            let location: ValueLocation
            if tagged {
                location = .taggedSlot(freeTagged.popLast() ?? { defer { taggedSlotCount += 1 }; return taggedSlotCount }())
            } else {
                location = .stackSlot(freeStack.popLast() ?? { defer { stackSlotCount += 1 }; return stackSlotCount }())
            }
            slotOf[interval.value] = location
            slotEnds.append((interval.end, location))
        }

        for interval in intervals.values.sorted(by: { ($0.start, $0.value) < ($1.start, $1.value) }) {
            active.removeAll { $0.interval.end < interval.start }
            let candidates = interval.registerClass == .gpr ? gprs : xmms
            let taken = Set(active.map(\.register))
            if let free = candidates.first(where: { !taken.contains($0) && !isBlocked($0, interval) }) {
                locations[interval.value] = Self.location(free)
                active.append((interval, free))
                continue
            }
            // Spill what lives longest: the new interval, or an active one whose register it can use.
            let victims = active.enumerated().filter { $0.element.interval.registerClass == interval.registerClass && !isBlocked($0.element.register, interval) }
            if let victim = victims.max(by: { $0.element.interval.end < $1.element.interval.end }), victim.element.interval.end > interval.end {
                let register = victim.element.register
                spill(victim.element.interval)
                locations[victim.element.interval.value] = nil
                active.remove(at: victim.offset)
                locations[interval.value] = Self.location(register)
                active.append((interval, register))
            } else {
                spill(interval)
            }
        }
        for (value, location) in slotOf { locations[value] = location }
    }

    static func location(_ register: MachineRegister) -> ValueLocation {
        switch register {
        case .gpr(let reg): return .gpr(reg)
        case .xmm(let xmm): return .xmm(xmm)
        }
    }

    /// Live intervals from block-level liveness iterated to a fixed point (loops make values
    /// live around their back edges), then the hull of each value's positions.
    static func buildIntervals(_ lowered: LoweredFunction) -> [ValueID: Interval] {
        let function = lowered.function
        var liveIn: [BlockID: Set<ValueID>] = [:]
        // Uses of a value in a block (besides phis): register uses and guard frame states.
        func uses(_ value: ValueID) -> [ValueID] {
            var result = lowered.registerUses(value)
            if let state = function[value].frameState, function[value].info.isGuard || function[value].info.control == .deopt {
                result += function.frameStates[state].registers.compactMap { $0 }.filter { !LoweredFunction.isConstant(function[$0].opcode) }
            }
            return result.filter { lowered.emitted.contains($0) }
        }
        func phiInputs(from block: BlockID, to successor: BlockID) -> [ValueID] {
            guard let index = function[successor].predecessors.firstIndex(of: block) else { return [] }
            return function[successor].ops.filter { function.isPhi($0) && lowered.emitted.contains($0) }.map { function[$0].inputs[index] }
        }
        var changed = true
        while changed {
            changed = false
            for block in lowered.order.reversed() {
                var live = Set<ValueID>()
                for successor in function[block].successors {
                    live.formUnion(liveIn[successor] ?? [])
                    live.formUnion(phiInputs(from: block, to: successor))
                }
                for value in function[block].ops.reversed() where lowered.emitted.contains(value) {
                    live.remove(value)
                    if !function.isPhi(value) { live.formUnion(uses(value)) }
                }
                if liveIn[block] != live {
                    liveIn[block] = live
                    changed = true
                }
            }
        }
        var hull: [ValueID: (Int, Int)] = [:]
        func cover(_ value: ValueID, _ position: Int) {
            if let (low, high) = hull[value] { hull[value] = (min(low, position), max(high, position)) } else { hull[value] = (position, position) }
        }
        for block in lowered.order {
            let start = lowered.blockStart[block]!, end = lowered.blockEnd[block]!
            for value in liveIn[block] ?? [] { cover(value, start) }
            var liveOut = Set<ValueID>()
            for successor in function[block].successors {
                liveOut.formUnion(liveIn[successor] ?? [])
                // A phi is written at the end of each predecessor, and its input read there.
                for (phi, input) in zip(function[successor].ops.filter { function.isPhi($0) && lowered.emitted.contains($0) }, phiInputs(from: block, to: successor)) {
                    cover(phi, end)
                    cover(input, end)
                }
            }
            for value in liveOut { cover(value, end) }
            for value in function[block].ops where lowered.emitted.contains(value) {
                let p = lowered.position[value]!
                if function[value].type != nil { cover(value, lowered.calls(value) ? p + 2 : p) }
                if !function.isPhi(value) { for use in uses(value) { cover(use, p) } }
            }
        }
        var intervals: [ValueID: Interval] = [:]
        for (value, (start, end)) in hull {
            guard let type = function[value].type else { continue }
            intervals[value] = Interval(value: value, start: start, end: end, registerClass: type == .double ? .xmm : .gpr)
        }
        return intervals
    }
}
