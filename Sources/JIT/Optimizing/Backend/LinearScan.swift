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
    /// How much keeping each value in a register saves: its uses by code (not by frame states,
    /// which only a deoptimization reads), ten times more per loop level they sit in.
    private(set) var weights: [ValueID: Double] = [:]

    init(_ lowered: LoweredFunction) {
        let function = lowered.function
        intervals = Self.buildIntervals(lowered)
        let flow = ControlFlowGraph(function)
        for block in lowered.order {
            let depth = flow.innermostLoop(containing: block)?.depth ?? 0
            let weight = pow10(depth)
            for value in function[block].ops where lowered.emitted.contains(value) {
                for use in lowered.registerUses(value) { weights[use, default: 0] += weight }
                weights[value, default: 0] += weight
            }
            // Phi inputs are moved at the end of their predecessor.
            for successor in function[block].successors {
                guard let index = function[successor].predecessors.firstIndex(of: block) else { continue }
                for phi in function[successor].ops where function.isPhi(phi) { weights[function[phi].inputs[index], default: 0] += weight }
            }
        }
        let weights = self.weights
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
        // Sorted, so "is any point inside an interval" is one binary search.
        callPoints.sort()
        for key in blocked.keys { blocked[key]!.sort() }
        func anyPoint(_ points: [Int], in interval: Interval) -> Bool {
            var lowIndex = 0, highIndex = points.count
            while lowIndex < highIndex {
                let middle = (lowIndex + highIndex) / 2
                if points[middle] < interval.start { lowIndex = middle + 1 } else { highIndex = middle }
            }
            return lowIndex < points.count && points[lowIndex] <= interval.end
        }
        func isBlocked(_ register: MachineRegister, _ interval: Interval) -> Bool {
            anyPoint(callPoints, in: interval) || blocked[register].map { anyPoint($0, in: interval) } ?? false
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
            // Spill what a register helps least: the new interval, or an active one whose
            // register it can use (the least used per position it occupies; the longest on a tie).
            func cost(_ i: Interval) -> Double { (weights[i.value] ?? 0) / Double(i.end - i.start + 1) }
            let victims = active.enumerated().filter { $0.element.interval.registerClass == interval.registerClass && !isBlocked($0.element.register, interval) }
            if let victim = victims.min(by: { (cost($0.element.interval), -$0.element.interval.end) < (cost($1.element.interval), -$1.element.interval.end) }),
               (cost(victim.element.interval), -victim.element.interval.end) < (cost(interval), -interval.end) {
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

    private func pow10(_ n: Int) -> Double { (0..<min(n, 6)).reduce(1.0) { result, _ in result * 10 } }

    static func location(_ register: MachineRegister) -> ValueLocation {
        switch register {
        case .gpr(let reg): return .gpr(reg)
        case .xmm(let xmm): return .xmm(xmm)
        }
    }

    /// Live intervals from block-level liveness iterated to a fixed point (loops make values
    /// live around their back edges), then the hull of each value's positions. Sets of values
    /// are bit sets over value indices.
    static func buildIntervals(_ lowered: LoweredFunction) -> [ValueID: Interval] {
        let function = lowered.function
        let valueCount = function.ops.count
        let order = lowered.order
        var blockIndex = [Int](repeating: -1, count: function.blocks.count)
        for (index, block) in order.enumerated() { blockIndex[block.index] = index }
        // Per block: the uses of each emitted op (register uses and guard frame states), and
        // for each successor edge the phi inputs read at its end (phi, input).
        var uses: [[ValueID]] = Array(repeating: [], count: valueCount)
        for block in order {
            for value in function[block].ops where lowered.emitted.contains(value) && !function.isPhi(value) {
                var result = lowered.registerUses(value)
                let op = function[value]
                if let state = op.frameState, op.info.isGuard || op.info.control == .deopt {
                    for case let input? in function.frameStates[state].registers where !LoweredFunction.isConstant(function[input].opcode) { result.append(input) }
                }
                uses[value.index] = result.filter { lowered.emitted.contains($0) }
            }
        }
        func phiPairs(from block: BlockID, to successor: BlockID) -> [(phi: ValueID, input: ValueID)] {
            guard let index = function[successor].predecessors.firstIndex(of: block) else { return [] }
            return function[successor].ops.filter { function.isPhi($0) && lowered.emitted.contains($0) }.map { ($0, function[$0].inputs[index]) }
        }
        let edges: [[(phi: ValueID, input: ValueID)]] = order.map { block in function[block].successors.flatMap { phiPairs(from: block, to: $0) } }
        var liveIn = [BitSet](repeating: BitSet(count: valueCount), count: order.count)
        var changed = true
        while changed {
            changed = false
            for (index, block) in order.enumerated().reversed() {
                var live = BitSet(count: valueCount)
                for successor in function[block].successors where blockIndex[successor.index] >= 0 { live.formUnion(liveIn[blockIndex[successor.index]]) }
                for pair in edges[index] { live.insert(pair.input.index) }
                for value in function[block].ops.reversed() where lowered.emitted.contains(value) {
                    live.remove(value.index)
                    for use in uses[value.index] { live.insert(use.index) }
                }
                if live != liveIn[index] {
                    liveIn[index] = live
                    changed = true
                }
            }
        }
        var low = [Int](repeating: .max, count: valueCount), high = [Int](repeating: -1, count: valueCount)
        func cover(_ value: Int, _ position: Int) {
            if position < low[value] { low[value] = position }
            if position > high[value] { high[value] = position }
        }
        for (index, block) in order.enumerated() {
            let start = lowered.blockStart[block]!, end = lowered.blockEnd[block]!
            liveIn[index].forEach { cover($0, start) }
            var liveOut = BitSet(count: valueCount)
            for successor in function[block].successors where blockIndex[successor.index] >= 0 { liveOut.formUnion(liveIn[blockIndex[successor.index]]) }
            // A phi is written at the end of each predecessor, and its input read there.
            for pair in edges[index] {
                cover(pair.phi.index, end)
                cover(pair.input.index, end)
            }
            liveOut.forEach { cover($0, end) }
            for value in function[block].ops where lowered.emitted.contains(value) {
                let p = lowered.position[value]!
                if function[value].type != nil { cover(value.index, lowered.calls(value) ? p + 2 : p) }
                for use in uses[value.index] { cover(use.index, p) }
            }
        }
        var intervals: [ValueID: Interval] = [:]
        for index in 0..<valueCount where high[index] >= 0 {
            let value = ValueID(index)
            guard let type = function[value].type else { continue }
            intervals[value] = Interval(value: value, start: low[index], end: high[index], registerClass: type == .double ? .xmm : .gpr)
        }
        return intervals
    }
}

/// A set of small integers (value indices), as bits.
struct BitSet: Equatable {
    private var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
    mutating func remove(_ i: Int) { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    mutating func formUnion(_ other: BitSet) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    func forEach(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                body(w * 64 + bit)
                bits &= bits - 1
            }
        }
    }

}
