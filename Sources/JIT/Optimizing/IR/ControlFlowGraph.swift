/// Control-flow facts of an IR function: reverse postorder, dominators (Cooper, Harvey and
/// Kennedy's iterative algorithm, over a virtual root above every entry, since OSR entries are
/// entries too) and natural loops. Computed from the function as it is; recompute after a pass
/// changes edges.
public struct ControlFlowGraph {
    /// Reachable blocks, each before its successors except along back edges.
    public let reversePostorder: [BlockID]
    /// Each reachable block's immediate dominator; an entry's is nil.
    public let immediateDominator: [BlockID: BlockID]
    /// Position of each reachable block in `reversePostorder`.
    public let order: [BlockID: Int]
    public let loops: [Loop]

    /// A natural loop: the header, every block that reaches a back edge without passing the
    /// header, and the blocks jumping back to it.
    public struct Loop {
        public let header: BlockID
        public let blocks: Set<BlockID>
        public let latches: [BlockID]
        /// The one block outside the loop that enters it, when it ends in a plain jump to the
        /// header (the graph builder always makes one): where hoisted code goes.
        public let preheader: BlockID?
        /// Loops nested inside this one have a greater depth.
        public var depth = 1
    }

    public init(_ function: IRFunction) {
        // Depth-first from every entry, successors in order; the function's entry last, so
        // that it and what only it reaches come first in reverse postorder (code starts there).
        var visited = Set<BlockID>()
        var postorder: [BlockID] = []
        for entry in function.entries.reversed() where !visited.contains(entry) {
            var stack: [(BlockID, Int)] = [(entry, 0)]
            visited.insert(entry)
            while let (block, next) = stack.popLast() {
                let successors = function[block].successors
                if next < successors.count {
                    stack.append((block, next + 1))
                    let successor = successors[next]
                    if visited.insert(successor).inserted { stack.append((successor, 0)) }
                } else {
                    postorder.append(block)
                }
            }
        }
        let rpo = Array(postorder.reversed())
        var order: [BlockID: Int] = [:]
        for (index, block) in rpo.enumerated() { order[block] = index }
        reversePostorder = rpo
        self.order = order

        // Dominators; -1 is the virtual root above the entries.
        let entries = Set(function.entries)
        var idom = [Int](repeating: -2, count: rpo.count)
        for (index, block) in rpo.enumerated() where entries.contains(block) { idom[index] = -1 }
        func intersect(_ a: Int, _ b: Int) -> Int {
            var (x, y) = (a, b)
            while x != y {
                if x == -1 || y == -1 { return -1 }
                while x > y { x = idom[x]; if x == -1 { return -1 } }
                while y > x { y = idom[y]; if y == -1 { return -1 } }
            }
            return x
        }
        var changed = true
        while changed {
            changed = false
            for (index, block) in rpo.enumerated() where !entries.contains(block) {
                var candidate: Int?
                for predecessor in function[block].predecessors {
                    guard let p = order[predecessor], idom[p] != -2 else { continue }
                    candidate = candidate.map { intersect($0, p) } ?? p
                }
                if let candidate, idom[index] != candidate {
                    idom[index] = candidate
                    changed = true
                }
            }
        }
        var immediate: [BlockID: BlockID] = [:]
        for (index, block) in rpo.enumerated() where idom[index] >= 0 { immediate[block] = rpo[idom[index]] }
        immediateDominator = immediate

        // Natural loops, one per header (back edges to the same header merge).
        var bodies: [BlockID: (Set<BlockID>, [BlockID])] = [:]
        for block in rpo {
            for successor in function[block].successors where Self.dominates(successor, block, immediate) {
                var body: Set<BlockID> = [successor]
                var work = [block]
                while let next = work.popLast() {
                    if body.insert(next).inserted { work.append(contentsOf: function[next].predecessors.filter { order[$0] != nil }) }
                }
                let existing = bodies[successor] ?? ([], [])
                bodies[successor] = (existing.0.union(body), existing.1 + [block])
            }
        }
        var loops: [Loop] = []
        for header in rpo {
            guard let (body, latches) = bodies[header] else { continue }
            let outside = function[header].predecessors.filter { !body.contains($0) }
            var preheader: BlockID?
            if outside.count == 1, let only = outside.first, function[only].successors == [header] { preheader = only }
            loops.append(Loop(header: header, blocks: body, latches: latches, preheader: preheader))
        }
        for index in loops.indices {
            loops[index].depth = loops.filter { $0.blocks.contains(loops[index].header) }.count
        }
        self.loops = loops
    }

    /// Whether `a` dominates `b` (every block dominates itself).
    public func dominates(_ a: BlockID, _ b: BlockID) -> Bool { Self.dominates(a, b, immediateDominator) }

    static func dominates(_ a: BlockID, _ b: BlockID, _ idom: [BlockID: BlockID]) -> Bool {
        var current: BlockID? = b
        while let block = current {
            if block == a { return true }
            current = idom[block]
        }
        return false
    }

    /// The dominator tree's children of each block, in reverse postorder.
    public var dominatorChildren: [BlockID: [BlockID]] {
        var children: [BlockID: [BlockID]] = [:]
        for block in reversePostorder { if let parent = immediateDominator[block] { children[parent, default: []].append(block) } }
        return children
    }

    /// The blocks that no dominator is above: the entries that are reachable.
    public var roots: [BlockID] { reversePostorder.filter { immediateDominator[$0] == nil } }

    /// The innermost loop containing `block`, if any.
    public func innermostLoop(containing block: BlockID) -> Loop? {
        loops.filter { $0.blocks.contains(block) }.max { $0.depth < $1.depth }
    }
}
