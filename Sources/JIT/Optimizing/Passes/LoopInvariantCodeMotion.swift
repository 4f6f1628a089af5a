/// Moves ops whose value is the same in every iteration out of their loop, into its preheader:
/// movable ops (Specs/ir.yaml's `movable`) whose inputs are defined outside the loop and whose
/// reads no op in the loop writes (a call in the loop writes everything). Inner loops first, so
/// an op can leave several loops.
///
/// Guards move too, when they run in every iteration (their block dominates every back edge):
/// a hoisted guard checks once, before the loop, and deoptimizes to the loop header with the
/// values entering it (the preheader's frame state), where the interpreter starts the loop
/// over. If it fails where the loop would not have run it, the speculation log remembers the
/// instruction and the next compilation leaves its guards in the loop.
public enum LoopInvariantCodeMotion: IRPass {
    public static let name = "loop-invariant code motion"

    public static func run(_ function: IRFunction, _ context: PassContext) {
        let flow = ControlFlowGraph(function)
        for loop in flow.loops.sorted(by: { $0.depth > $1.depth }) {
            guard let preheader = loop.preheader else { continue }
            var written: IRRegions = []
            for block in loop.blocks {
                for value in function[block].ops {
                    let info = function[value].info
                    written.formUnion(info.calls ? .all : info.writes)
                }
            }
            let everyIteration = Set(loop.blocks.filter { block in loop.latches.allSatisfy { flow.dominates(block, $0) } })
            let preheaderState = function.terminator(of: preheader).flatMap { function[$0].frameState }
            let order = flow.reversePostorder.filter { loop.blocks.contains($0) }
            var moved = true
            while moved {
                moved = false
                for block in order {
                    for value in function[block].ops {
                        let op = function[value]
                        guard op.info.isMovable, !op.opcode.isPhi, op.info.reads.isDisjoint(with: written),
                              op.inputs.allSatisfy({ !loop.blocks.contains(function[$0].block) }) else { continue }
                        if op.info.isGuard {
                            guard everyIteration.contains(block), let preheaderState,
                                  context.speculationLog.mayHoist(at: op.bytecodeOffset) else { continue }
                            function[value].frameState = preheaderState
                        }
                        function.move(value, beforeTerminatorOf: preheader)
                        moved = true
                    }
                }
            }
        }
    }
}
