import X64Assembler

/// Where an SSA value lives over part of its life in optimized code.
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

/// Linear-scan register allocation with interval splitting (Wimmer and Franz, "Linear Scan
/// Register Allocation on SSA Form", 2010), on the linear block order of a `LoweredFunction`.
///
/// Each value's lifetime is a list of ranges (with holes where it is dead) and the positions
/// that read or write it. Intervals are visited by start; one gets the register that stays
/// free longest, split where that register is needed again; when none is free, the interval
/// whose next use is furthest away gives way: it is split and its middle goes to a spill slot
/// until shortly before it is used again. So a value can be in a register in a hot loop and in
/// memory across a call around it. Calls clobber every register (what lives across one is in a
/// slot there), and a rule's fixed clobbers (rcx for a shift) keep values out of that register
/// at that op.
///
/// A value has one spill slot for its whole life (an SSA value never changes, so a copy
/// there stays valid): tagged slots in the frame for boxed values and cells (the collector
/// scans them), native stack slots for the rest. Splits inside a block become moves before the
/// op at the split; where a value's location differs across a control edge, the code generator
/// adds moves on the edge (with the phi moves).
///
/// Correctness never depends on a use getting a register: a rule's operand or result found in
/// a slot goes through the scratch registers of Specs/lowering.x86_64.yaml, which are never
/// allocated.
struct LinearScan {
    /// One piece of a value's life and where it is then.
    final class Interval {
        let value: ValueID
        let registerClass: MachineRegisterClass
        /// Half-open ranges [start, end), sorted and disjoint.
        var ranges: [(start: Int, end: Int)]
        /// Positions that read or write the value, sorted; `prefersRegister` for a rule's
        /// operands and results (others, frame states and custom code, read slots as well), and
        /// what a register there is worth (ten times more per enclosing loop).
        var uses: [Use]
        var register: MachineRegister?
        /// Kept in memory for its whole stretch: a value a loop uses too little to give it one
        /// of the registers the loop is short of.
        var inMemory = false

        init(value: ValueID, registerClass: MachineRegisterClass, ranges: [(start: Int, end: Int)], uses: [Use]) {
            self.value = value
            self.registerClass = registerClass
            self.ranges = ranges
            self.uses = uses
        }

        var start: Int { ranges.first?.start ?? 0 }
        var end: Int { ranges.last?.end ?? 0 }

        func covers(_ position: Int) -> Bool { ranges.contains { $0.start <= position && position < $0.end } }

        /// The first position at or after `position` where both intervals are live, or nil.
        func nextIntersection(with other: Interval, from position: Int = 0) -> Int? {
            var i = 0, j = 0
            let a = ranges, b = other.ranges
            while i < a.count && j < b.count {
                let start = max(a[i].start, b[j].start, position), end = min(a[i].end, b[j].end)
                if start < end { return start }
                if a[i].end < b[j].end { i += 1 } else { j += 1 }
            }
            return nil
        }

        /// The first use at or after `position` that wants a register.
        func nextRegisterUse(from position: Int) -> Int? {
            uses.first { $0.position >= position && $0.prefersRegister }?.position
        }

        /// What keeping the value in a register from `position` on is worth.
        func registerValue(from position: Int) -> Double {
            uses.reduce(0) { $1.position >= position && $1.prefersRegister ? $0 + $1.weight : $0 }
        }

        /// Cuts this interval at `position`: the part from `position` on becomes a new interval.
        func split(at position: Int) -> Interval {
            var before: [(start: Int, end: Int)] = [], after: [(start: Int, end: Int)] = []
            for range in ranges {
                if range.end <= position { before.append(range) }
                else if range.start >= position { after.append(range) }
                else {
                    before.append((range.start, position))
                    after.append((position, range.end))
                }
            }
            ranges = before
            let child = Interval(value: value, registerClass: registerClass, ranges: after, uses: uses.filter { $0.position >= position })
            uses = uses.filter { $0.position < position }
            return child
        }
    }

    struct Use {
        var position: Int
        var prefersRegister: Bool
        var weight: Double
    }

    /// Every interval of each value (the first, then its split children), by value.
    private(set) var intervalsOf: [ValueID: [Interval]] = [:]
    /// Each value's spill slot, when some part of it is not in a register.
    private(set) var spillSlots: [ValueID: ValueLocation] = [:]
    private(set) var taggedSlotCount = 0
    private(set) var stackSlotCount = 0
    /// Moves that splits need inside blocks, before the op at each position.
    private(set) var moves: [Int: [(value: ValueID, from: ValueLocation, to: ValueLocation)]] = [:]
    /// Values live on entry to each block (for the moves on control edges).
    private(set) var liveIn: [BlockID: [ValueID]] = [:]

    /// Each value's pieces and where they are, for debugging the allocator.
    var listing: String {
        intervalsOf.keys.sorted().map { value in
            "\(value): " + intervalsOf[value]!.sorted { $0.start < $1.start }.map { piece in
                piece.ranges.map { "[\($0.start),\($0.end))" }.joined() + "→\(location(of: piece))"
            }.joined(separator: " ")
        }.joined(separator: "\n") + "\nmoves: " + moves.keys.sorted().map { "\($0): " + moves[$0]!.map { "\($0.value) \($0.from)→\($0.to)" }.joined(separator: ", ") }.joined(separator: "; ")
    }

    /// Where `value` is at `position` (a use, a definition, or a block boundary).
    func location(of value: ValueID, at position: Int) -> ValueLocation? {
        guard let intervals = intervalsOf[value] else { return nil }
        for interval in intervals where interval.covers(position) { return location(of: interval) }
        // Just past the end of a range (a definition's own position, a use ending it).
        for interval in intervals where interval.ranges.contains(where: { $0.end == position }) { return location(of: interval) }
        return spillSlots[value] ?? intervals.first.map(location(of:))
    }

    func location(of interval: Interval) -> ValueLocation {
        if let register = interval.register { return Self.location(register) }
        return spillSlots[interval.value] ?? .stackSlot(0)
    }

    static func location(_ register: MachineRegister) -> ValueLocation {
        switch register {
        case .gpr(let reg): return .gpr(reg)
        case .xmm(let xmm): return .xmm(xmm)
        }
    }

    init(_ lowered: LoweredFunction) {
        let function = lowered.function
        let roots = Self.buildIntervals(lowered, liveIn: &liveIn)
        // Fixed positions: a call clobbers every register just after its operands are read; a
        // rule's clobbers are busy at its op.
        var callPoints: [Int] = []
        var blocked: [MachineRegister: [Int]] = [:]
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
        callPoints.sort()
        for key in blocked.keys { blocked[key]!.sort() }
        /// The first fixed position of `register` at or after `position`.
        func nextBlocked(_ register: MachineRegister, from position: Int) -> Int? {
            func first(_ points: [Int]) -> Int? {
                var low = 0, high = points.count
                while low < high {
                    let middle = (low + high) / 2
                    if points[middle] < position { low = middle + 1 } else { high = middle }
                }
                return low < points.count ? points[low] : nil
            }
            return [first(callPoints), blocked[register].flatMap(first)].compactMap { $0 }.min()
        }

        for interval in roots { intervalsOf[interval.value] = [interval] }
        // Phis and their inputs, which would rather share a register.
        var hints: [ValueID: [ValueID]] = [:]
        for block in lowered.order {
            for phi in function[block].ops where function.isPhi(phi) && lowered.emitted.contains(phi) {
                for input in function[phi].inputs where input != phi {
                    hints[phi, default: []].append(input)
                    hints[input, default: []].append(phi)
                }
            }
        }
        // Results whose rule `reuses` an operand (Specs/lowering.x86_64.yaml): they may take its
        // register where it dies at their op. Not where the op's frame state holds it: a deopt
        // there reads it after the result is written.
        var reusable: [ValueID: ValueID] = [:]
        for block in lowered.order {
            for value in function[block].ops where lowered.emitted.contains(value) && lowered.definesLocation(value) && !lowered.calls(value) {
                guard let match = lowered.matches[value], let index = match.rule.info.reusedOperand else { continue }
                let operand = ValueID(match.operands[index])
                if let state = function[value].frameState, function.frameStates[state].registers.contains(operand) { continue }
                reusable[value] = operand
            }
        }
        /// The register of the operand `current` may reuse: the operand's piece there holds it,
        /// and its range there ends at the op (it may live again later, past a hole).
        func reusableRegister(for current: Interval, at position: Int) -> (MachineRegister, Interval)? {
            guard let operand = reusable[current.value], position == lowered.position[current.value],
                  let piece = intervalsOf[operand]?.first(where: { $0.covers(position) }), let register = piece.register,
                  piece.ranges.contains(where: { $0.start <= position && $0.end == position + 1 }) else { return nil }
            return (register, piece)
        }
        let pieces = Self.spillAroundLoops(roots, lowered, &intervalsOf)
        var unhandled = pieces.sorted { ($0.start, $0.value) > ($1.start, $1.value) }   // popped from the end
        func enqueue(_ interval: Interval) {
            guard !interval.ranges.isEmpty else { return }
            let index = unhandled.firstIndex { ($0.start, $0.value) <= (interval.start, interval.value) } ?? unhandled.endIndex
            unhandled.insert(interval, at: index)
        }
        var active: [Interval] = [], inactive: [Interval] = []

        func spillSlot(for value: ValueID) -> ValueLocation {
            if let slot = spillSlots[value] { return slot }
            let tagged = function[value].type.map { $0 == .boxed || $0 == .cell } ?? false
            let slot: ValueLocation
            if tagged { slot = .taggedSlot(taggedSlotCount); taggedSlotCount += 1 } else { slot = .stackSlot(stackSlotCount); stackSlotCount += 1 }
            spillSlots[value] = slot
            return slot
        }

        /// A split position on an op boundary in (after, before]: at most `before`, rounded down.
        func splitPosition(before position: Int, after start: Int) -> Int? {
            let rounded = position & ~3
            return rounded > start ? rounded : nil
        }

        /// Cuts `interval` at `position`; the part from there on is recorded as one of the
        /// value's pieces and answered.
        func splitOff(_ interval: Interval, at position: Int) -> Interval {
            let rest = interval.split(at: position)
            intervalsOf[interval.value]!.append(rest)
            return rest
        }

        /// Sends `interval` to its spill slot until its next register use (from which on it is
        /// queued again).
        func spill(_ interval: Interval) {
            _ = spillSlot(for: interval.value)
            interval.register = nil
            if let next = interval.nextRegisterUse(from: interval.start + 1), let at = splitPosition(before: next, after: interval.start) {
                enqueue(splitOff(interval, at: at))
            }
        }

        while let current = unhandled.popLast() {
            let position = current.start
            if current.inMemory {
                _ = spillSlot(for: current.value)
                continue
            }
            active.removeAll { interval in
                if interval.end <= position { return true }
                if !interval.covers(position) { inactive.append(interval); return true }
                return false
            }
            inactive.removeAll { interval in
                if interval.end <= position { return true }
                if interval.covers(position) { active.append(interval); return true }
                return false
            }
            let candidates = current.registerClass == .gpr ? LoweringRegisters.allocatableGPR.map { MachineRegister.gpr($0) }
                : LoweringRegisters.allocatableXMM.map { MachineRegister.xmm($0) }
            let sameClassActive = active.filter { $0.registerClass == current.registerClass }
            let sameClassInactive = inactive.filter { $0.registerClass == current.registerClass }

            // Try a free register: the one free for longest.
            var freeUntil: [MachineRegister: Int] = [:]
            for register in candidates { freeUntil[register] = nextBlocked(register, from: position) ?? .max }
            for interval in sameClassActive { if let register = interval.register { freeUntil[register] = 0 } }
            for interval in sameClassInactive {
                guard let register = interval.register, let meet = interval.nextIntersection(with: current, from: position) else { continue }
                freeUntil[register] = min(freeUntil[register] ?? .max, meet)
            }
            // The register of an operand that dies here, when nothing else needs it meanwhile.
            if let (register, operandPiece) = reusableRegister(for: current, at: position) {
                var until = nextBlocked(register, from: position) ?? .max
                for interval in sameClassActive where interval !== operandPiece && interval.register == register { until = 0 }
                if let meet = operandPiece.nextIntersection(with: current, from: position + 1) { until = min(until, meet) }
                for interval in sameClassInactive where interval.register == register {
                    if let meet = interval.nextIntersection(with: current, from: position) { until = min(until, meet) }
                }
                if until >= current.end {
                    current.register = register
                    active.append(current)
                    continue
                }
            }
            // A phi and its inputs in one register need no move on the edge: take a related
            // value's register if it is free for the whole interval.
            for related in hints[current.value] ?? [] {
                guard let register = intervalsOf[related]?.first(where: { $0.register != nil })?.register,
                      candidates.contains(register), (freeUntil[register] ?? 0) >= current.end else { continue }
                current.register = register
                break
            }
            if current.register != nil {
                active.append(current)
                continue
            }
            if let best = candidates.max(by: { freeUntil[$0]! < freeUntil[$1]! }), freeUntil[best]! > position {
                let until = freeUntil[best]!
                if until >= current.end {
                    current.register = best
                    active.append(current)
                    continue
                }
                if let at = splitPosition(before: until, after: position) {
                    enqueue(splitOff(current, at: at))
                    current.register = best
                    active.append(current)
                    continue
                }
            }

            // All busy: the register whose holders lose least by going to memory from here
            // (their remaining uses, weighted by loop depth), if that is less than what this
            // interval gains; a register blocked before this interval's first use is no use.
            let firstUse = current.nextRegisterUse(from: position) ?? .max
            var loss: [MachineRegister: Double] = [:]
            for register in candidates { loss[register] = (nextBlocked(register, from: position).map { $0 <= firstUse } ?? false) ? .infinity : 0 }
            for interval in sameClassActive {
                guard let register = interval.register else { continue }
                loss[register]! += interval.registerValue(from: position)
            }
            for interval in sameClassInactive {
                guard let register = interval.register, interval.nextIntersection(with: current, from: position) != nil else { continue }
                loss[register]! += interval.registerValue(from: position)
            }
            let gain = current.registerValue(from: position)
            guard firstUse != .max, let best = candidates.min(by: { loss[$0]! < loss[$1]! }), loss[best]! < gain else {
                // Everything else is worth more in a register: this one waits in memory.
                spill(current)
                continue
            }
            // Take the register: whoever holds it moves to memory from here (from the op
            // boundary at or before here; all of it, if it started there).
            current.register = best
            for interval in sameClassActive + sameClassInactive where interval.register == best && interval.nextIntersection(with: current, from: position) != nil {
                active.removeAll { $0 === interval }
                inactive.removeAll { $0 === interval }
                let at = position & ~3
                if at > interval.start {
                    spill(splitOff(interval, at: at))
                } else {
                    spill(interval)
                }
            }
            // A fixed use of the register inside the interval splits it there.
            if let blockedAt = nextBlocked(best, from: position), blockedAt < current.end {
                if let at = splitPosition(before: blockedAt, after: position) {
                    enqueue(splitOff(current, at: at))
                } else {
                    current.register = nil
                    spill(current)
                    continue
                }
            }
            active.append(current)
        }

        // Moves where a value's location changes inside a block (edges are the code
        // generator's): from each piece to the next, at the next one's start.
        var blockStarts = Set<Int>()
        for block in lowered.order { blockStarts.insert(lowered.blockStart[block]!) }
        for (value, pieces) in intervalsOf {
            let ordered = pieces.sorted { $0.start < $1.start }
            for (previous, next) in zip(ordered, ordered.dropFirst()) where !blockStarts.contains(next.start) {
                let from = location(of: previous), to = location(of: next)
                // Only where the value is live across the split (a hole means nothing to carry).
                guard previous.end == next.start, from != to else { continue }
                moves[next.start, default: []].append((value, from, to))
            }
        }
    }

    /// Where a loop needs more registers than there are, the values it carries through and
    /// uses least (their uses in it weighted by depth; not used at all, first) stay in memory
    /// for the whole loop: split at the loop's start and end, so their stores and reloads are
    /// on its entry and exit edges and nothing moves inside it. Inner loops first. Answers every
    /// piece to allocate.
    static func spillAroundLoops(_ roots: [Interval], _ lowered: LoweredFunction, _ intervalsOf: inout [ValueID: [Interval]]) -> [Interval] {
        let function = lowered.function
        var pieces = roots
        let flow = lowered.flow
        // Op positions in code order, for measuring pressure.
        var positions: [Int] = []
        for block in lowered.order {
            for value in function[block].ops where lowered.emitted.contains(value) {
                let p = lowered.position[value]!
                positions.append(p)
                if lowered.calls(value) { positions.append(p + 2) }
            }
        }
        for loop in flow.loops.sorted(by: { $0.depth > $1.depth }) {
            let starts = loop.blocks.compactMap { lowered.blockStart[$0] }, ends = loop.blocks.compactMap { lowered.blockEnd[$0] }
            guard let loopStart = lowered.blockStart[loop.header], let first = starts.min(), let last = ends.max(), first == loopStart else { continue }
            let loopEnd = last + 2
            // The stretch must be the loop's alone (the order keeps loops contiguous).
            let inside = lowered.order.filter { lowered.blockStart[$0].map { $0 >= loopStart && $0 < loopEnd } ?? false }
            guard Set(inside) == loop.blocks else { continue }
            let loopPositions = positions.filter { $0 >= loopStart && $0 < loopEnd }
            for registerClass in [MachineRegisterClass.gpr, .xmm] {
                let capacity = registerClass == .gpr ? LoweringRegisters.allocatableGPR.count : LoweringRegisters.allocatableXMM.count
                while true {
                    let live = pieces.filter { $0.registerClass == registerClass && !$0.inMemory && $0.start < loopEnd && $0.end > loopStart }
                    let pressure = loopPositions.map { p in live.reduce(0) { $0 + ($1.covers(p) ? 1 : 0) } }.max() ?? 0
                    guard pressure > capacity else { break }
                    let through = live.filter { $0.covers(loopStart) && $0.covers(loopEnd - 1) }
                    func weight(_ piece: Interval) -> Double {
                        piece.uses.reduce(0) { $1.prefersRegister && $1.position >= loopStart && $1.position < loopEnd ? $0 + $1.weight : $0 }
                    }
                    guard let victim = through.min(by: { (weight($0), $0.value) < (weight($1), $1.value) }) else { break }
                    // before | in the loop (in memory) | after
                    var middle = victim
                    if victim.start < loopStart {
                        middle = victim.split(at: loopStart)
                        pieces.append(middle)
                        intervalsOf[victim.value]!.append(middle)
                    }
                    if middle.end > loopEnd {
                        let after = middle.split(at: loopEnd)
                        pieces.append(after)
                        intervalsOf[victim.value]!.append(after)
                    }
                    middle.inMemory = true
                }
            }
        }
        return pieces
    }

    /// Live ranges from block-level liveness iterated to a fixed point (loops make values live
    /// around their back edges). A value live out of a block is live to its end; one defined
    /// in it from its definition; one read in it to its last read there.
    static func buildIntervals(_ lowered: LoweredFunction, liveIn liveInByBlock: inout [BlockID: [ValueID]]) -> [Interval] {
        let function = lowered.function
        let valueCount = function.ops.count
        let order = lowered.order
        var blockIndex = [Int](repeating: -1, count: function.blocks.count)
        for (index, block) in order.enumerated() { blockIndex[block.index] = index }
        // The uses of each emitted op: a rule's operands prefer registers; frame states, custom
        // code and backend ops read any location.
        var uses: [[(ValueID, Bool)]] = Array(repeating: [], count: valueCount)
        for block in order {
            for value in function[block].ops where lowered.emitted.contains(value) && !function.isPhi(value) {
                let op = function[value]
                var result: [(ValueID, Bool)] = []
                if let match = lowered.matches[value] {
                    // A custom rule's operands and a rule's `memory:` ones read a slot as well.
                    let prefers = !match.rule.info.isCustom, memory = match.rule.info.memoryOperands
                    result = match.operands.enumerated().map { (ValueID($1), prefers && !memory.contains($0)) }
                } else {
                    result = op.inputs.map { ($0, false) }
                }
                if let state = op.frameState, op.info.isGuard || op.info.control == .deopt {
                    for case let input? in function.frameStates[state].registers where !LoweredFunction.isConstant(function[input].opcode) {
                        result.append((input, false))
                    }
                }
                uses[value.index] = result.filter { lowered.emitted.contains($0.0) }
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
                    for use in uses[value.index] { live.insert(use.0.index) }
                }
                if live != liveIn[index] {
                    liveIn[index] = live
                    changed = true
                }
            }
        }
        var ranges = [[(start: Int, end: Int)]](repeating: [], count: valueCount)
        var usePositions = [[Use]](repeating: [], count: valueCount)
        // Loop depth of each block: a use in a loop is worth ten times one outside it.
        let flow = lowered.flow
        var depth = [Int](repeating: 0, count: function.blocks.count)
        for loop in flow.loops { for block in loop.blocks { depth[block.index] = max(depth[block.index], loop.depth) } }
        func weight(_ block: BlockID) -> Double { (0..<min(depth[block.index], 6)).reduce(1.0) { result, _ in result * 10 } }
        func add(_ value: Int, _ start: Int, _ end: Int) {
            guard start < end else { return }
            ranges[value].append((start, end))
        }
        for (index, block) in order.enumerated() {
            let start = lowered.blockStart[block]!, end = lowered.blockEnd[block]! + 2   // live out: past the terminator
            var liveOut = BitSet(count: valueCount)
            for successor in function[block].successors where blockIndex[successor.index] >= 0 { liveOut.formUnion(liveIn[blockIndex[successor.index]]) }
            for pair in edges[index] { liveOut.insert(pair.input.index) }
            // Walk backwards: where each value's range in this block starts and ends.
            var rangeEnd = [Int: Int]()
            liveOut.forEach { rangeEnd[$0] = end }
            for value in function[block].ops.reversed() where lowered.emitted.contains(value) {
                let p = lowered.position[value]!
                if lowered.definesLocation(value) {
                    let definition = function.isPhi(value) ? start : (lowered.calls(value) ? p + 2 : p)
                    let until = rangeEnd.removeValue(forKey: value.index) ?? definition + 1
                    add(value.index, definition, max(until, definition + 1))
                    usePositions[value.index].append(Use(position: definition, prefersRegister: !function.isPhi(value) && !(lowered.matches[value]?.rule.info.isCustom ?? true),
                                                         weight: weight(block)))
                }
                for (use, prefers) in uses[value.index] {
                    if rangeEnd[use.index] == nil { rangeEnd[use.index] = p + 1 }
                    usePositions[use.index].append(Use(position: p, prefersRegister: prefers, weight: weight(block)))
                }
            }
            // Still open: live on entry.
            for (value, until) in rangeEnd { add(value, start, until) }
            liveInByBlock[block] = []
            liveIn[index].forEach { liveInByBlock[block]!.append(ValueID($0)) }
        }
        // A value a loop uses from a register and carries around it is used again after the
        // back edge: so a use at the end of each latch (where the next iteration starts).
        for loop in flow.loops {
            guard let header = blockIndex[loop.header.index] >= 0 ? loop.header : nil else { continue }
            let inLoop = Set(loop.blocks)
            for value in liveInByBlock[header] ?? [] {
                let usedInLoop = usePositions[value.index].contains { use in
                    use.prefersRegister && lowered.order.contains { inLoop.contains($0) && lowered.blockStart[$0]! <= use.position && use.position <= lowered.blockEnd[$0]! }
                }
                guard usedInLoop else { continue }
                for latch in loop.latches where blockIndex[latch.index] >= 0 {
                    usePositions[value.index].append(Use(position: lowered.blockEnd[latch]!, prefersRegister: true, weight: weight(latch)))
                }
            }
        }
        var intervals: [Interval] = []
        for index in 0..<valueCount where !ranges[index].isEmpty {
            let value = ValueID(index)
            guard let type = function[value].type else { continue }
            // Merge touching ranges (a block's end and the next block's start).
            var merged: [(start: Int, end: Int)] = []
            for range in ranges[index].sorted(by: { $0.start < $1.start }) {
                if let last = merged.last, range.start <= last.end {
                    merged[merged.count - 1].end = max(last.end, range.end)
                } else {
                    merged.append(range)
                }
            }
            intervals.append(Interval(value: value, registerClass: type == .double ? .xmm : .gpr, ranges: merged,
                                      uses: usePositions[index].sorted { $0.position < $1.position }))
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
