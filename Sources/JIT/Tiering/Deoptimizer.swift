/// One place where optimized code may leave for the interpreter: a guard's check failed, or
/// control reached code the profile never saw run.
public struct DeoptExit: Sendable {
    public var mapping: FrameMapping
    /// The guard op (or `Deopt`) that left: the reason `--stats` counts.
    public var guardOp: IROpcode
    /// The bytecode instruction the guard was built for.
    public var origin: Int
    /// The guard was hoisted out of a loop (it resumes at the loop header, not at its origin).
    public var hoisted: Bool

    public var reason: String {
        guardOp == .deopt ? "never run before (Deopt)" : "\(guardOp.info.name) failed"
    }
}

/// What the runtime keeps of a function's optimized code besides its bytes: the exits, the
/// frame's size (bytecode registers and tagged spill slots), and the cells the code embeds,
/// which the collector keeps alive as long as the code exists.
final class OptimizedCodeInfo: @unchecked Sendable {
    /// Set once the code is placed (the code embeds this object's address, so it exists first).
    private(set) var code: CompiledCode!
    let exits: [DeoptExit]
    /// Slots from the frame base to the first slot past the tagged spill slots: where callees'
    /// frames go, and how far the collector scans while a helper runs.
    let frameSlots: Int
    let taggedSlotCount: Int
    let stackSlotCount: Int
    /// Cells the code compares with or loads: call targets and constants.
    private(set) var roots: [Value] = []
    /// Shapes the code compares with or stores (the collector keeps them).
    private(set) var shapes: [UnsafeMutableRawPointer] = []
    unowned let function: FunctionInfo

    init(exits: [DeoptExit], frameSlots: Int, taggedSlotCount: Int, stackSlotCount: Int, function: FunctionInfo) {
        self.exits = exits
        self.frameSlots = frameSlots
        self.taggedSlotCount = taggedSlotCount
        self.stackSlotCount = stackSlotCount
        self.function = function
    }

    func place(_ code: CompiledCode, roots: [Value], shapes: [UnsafeMutableRawPointer] = []) {
        self.code = code
        self.roots = roots
        self.shapes = shapes
    }
}

/// Rebuilds interpreter frames from optimized code's machine state (DESIGN §6): for each live
/// register, its value is read where the `FrameMapping` says and boxed as the interpreter holds
/// values (int32 as int32, doubles as `Value(number:)` boxes them, booleans as true or false);
/// every other register becomes undefined. The runtime then resumes the interpreter at the
/// mapping's offset.
public enum Deoptimizer {
    /// The interpreter's registers at `mapping`'s offset, given the machine state at the exit.
    public static func rebuildRegisters(_ mapping: FrameMapping, registerCount: Int, machine: MachineState) -> [Value] {
        var registers = [Value](repeating: .undefined, count: registerCount)
        for entry in mapping.entries where entry.register < registerCount {
            let bits: UInt64
            switch entry.location {
            case .gpr(let n): bits = machine.gprs[Int(n)]
            case .xmm(let n): bits = machine.xmms[Int(n)]
            case .stackSlot(let i): bits = i < machine.stackSlots.count ? machine.stackSlots[i] : 0
            case .taggedSlot(let i): bits = i < machine.taggedSlots.count ? machine.taggedSlots[i] : Value.undefined.bits
            case .constant(let c): bits = c
            }
            registers[entry.register] = box(bits, entry.representation)
        }
        return registers
    }

    static func box(_ bits: UInt64, _ representation: FrameMapping.Representation) -> Value {
        switch representation {
        case .boxed: return Value(bits: bits)
        case .int32: return Value(int32: Int32(truncatingIfNeeded: bits))
        case .double: return Value(number: Double(bitPattern: bits))
        case .boolean: return Value(bool: bits & 1 != 0)
        }
    }
}

extension Runtime {
    /// The exit stub's helper: `exit` of `info`'s code failed with the machine state saved at
    /// `saveArea` (16 general-purpose registers, then 16 SSE registers; the function's native
    /// stack slots right above it). Rebuilds the frame, notes the failure, retires the code, and
    /// runs the frame in the interpreter to its return: answers its result, or 0 with the error
    /// pending (as compiled code's callers expect).
    func deoptimize(frame: UnsafeMutablePointer<Value>, info: OptimizedCodeInfo, exit index: Int, saveArea: UnsafeRawPointer) -> UInt64 {
        let exit = info.exits[index]
        let function = info.function
        let registerCount = function.chunk.registerCount
        let saved = saveArea.assumingMemoryBound(to: UInt64.self)
        let stackSlots = (0..<info.stackSlotCount).map { saved[32 + $0] }
        let taggedBase = frame + Self.headerSlots + registerCount
        let tagged = (0..<info.taggedSlotCount).map { taggedBase[$0].bits }
        let machine = MachineState(gprs: (0..<16).map { saved[$0] }, xmms: (0..<16).map { saved[16 + $0] }, stackSlots: stackSlots, taggedSlots: tagged)
        let registers = Deoptimizer.rebuildRegisters(exit.mapping, registerCount: registerCount, machine: machine)
        for (i, value) in registers.enumerated() { frame[Self.headerSlots + i] = value }
        deoptObserver?(function, exit.mapping.bytecodeOffset, registers)

        deoptCount += 1
        deoptReasons[exit.reason, default: 0] += 1
        // Frames of older code may still be running (recursion): only the installed code
        // retires, and only its first failure is news for the next compilation.
        if function.optimized === info {
            function.speculationLog.record(exit.guardOp, at: exit.origin, hoisted: exit.hoisted)
            retireOptimizedCode(function)
        }
        do {
            return try interpret(entryFrame: frame - registerFile, at: exit.mapping.bytecodeOffset).bits
        } catch {
            pendingError = error
            return 0
        }
    }
}
