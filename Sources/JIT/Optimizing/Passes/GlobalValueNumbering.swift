/// Replaces an op by an equal one that dominates it: same opcode, inputs and attributes, and,
/// for an op that reads memory, no write to what it reads in between (JavaScriptCore's abstract
/// heaps: each region of Specs/ir.yaml has a version, bumped by every op that writes it; an op
/// that calls writes every region). Guards take part: a guard equal to a dominating one has
/// already passed. Walks the dominator tree with a scoped table, so a value is reused only
/// where its definition dominates.
///
/// Memory versions flow into a block from its single predecessor when that is its immediate
/// dominator (nothing else can run in between); at merges and loop headers every region starts
/// a fresh version, which is conservative and always right.
public enum GlobalValueNumbering: IRPass {
    public static let name = "global value numbering"

    struct Key: Hashable {
        var opcode: IROpcode
        var inputs: [ValueID]
        var attributes: [Int64]
        var memory: [Int]
    }

    static let regions = IRRegions.names.map(\.0)

    /// Whether the op computes a value from its inputs and memory alone.
    static func isNumberable(_ op: IROp) -> Bool {
        let info = op.info
        return info.control == .next && !op.opcode.isPhi && info.writes.isEmpty && !info.calls && !info.allocates && info.result != nil
    }

    public static func run(_ function: IRFunction, _ context: PassContext) {
        let flow = ControlFlowGraph(function)
        let children = flow.dominatorChildren
        var nextVersion = 0
        func freshMemory() -> [Int] {
            defer { nextVersion += regions.count }
            return (0..<regions.count).map { nextVersion + $0 }
        }
        var endMemory: [BlockID: [Int]] = [:]
        var table: [Key: ValueID] = [:]
        var replacements: [ValueID: ValueID] = [:]

        // Iterative preorder walk; each frame undoes its table insertions when left.
        enum Step { case enter(BlockID), leave([Key]) }
        var stack: [Step] = flow.roots.reversed().map { .enter($0) }
        while let step = stack.popLast() {
            switch step {
            case .leave(let keys):
                for key in keys { table[key] = nil }
            case .enter(let block):
                let predecessors = function[block].predecessors
                var memory: [Int]
                if predecessors.count == 1, let only = predecessors.first, flow.immediateDominator[block] == only, let inherited = endMemory[only] {
                    memory = inherited
                } else {
                    memory = freshMemory()
                }
                var inserted: [Key] = []
                for value in function[block].ops {
                    let op = function[value]
                    if !op.info.writes.isEmpty || op.info.calls {
                        let written = op.info.calls ? IRRegions.all : op.info.writes
                        for (index, region) in regions.enumerated() where written.contains(region) {
                            memory[index] = nextVersion
                            nextVersion += 1
                        }
                    }
                    guard isNumberable(op) else { continue }
                    let inputs = op.inputs.map { replacements[$0] ?? $0 }
                    let reads = op.info.reads
                    let key = Key(opcode: op.opcode, inputs: inputs, attributes: op.attributes,
                                  memory: reads.isEmpty ? [] : regions.enumerated().map { reads.contains($0.element) ? memory[$0.offset] : -1 })
                    if let existing = table[key] {
                        replacements[value] = existing
                    } else {
                        table[key] = value
                        inserted.append(key)
                    }
                }
                endMemory[block] = memory
                stack.append(.leave(inserted))
                for child in (children[block] ?? []).reversed() { stack.append(.enter(child)) }
            }
        }
        function.replaceUses(replacements)
        function.remove(all: replacements.keys)
    }
}
