/// The fixed-address record a function cell points at: everything the interpreter (and JIT
/// code) needs to run a function, as raw pointers, so calls touch no reference counts.
struct FunctionRecord {
    var code: UnsafePointer<UInt8>
    var constants: UnsafeMutablePointer<Value>
    var slots: UnsafeMutablePointer<FeedbackSlotProfile>
    var counters: UnsafeMutablePointer<ProfileData.Counters>
    /// Records of the nested functions, by `NewFunction`'s operand.
    var functions: UnsafeMutablePointer<UnsafeMutablePointer<FunctionRecord>>
    var registerCount: Int
    var parameterCount: Int
    var info: Unmanaged<FunctionInfo>
    /// Where calls enter the function's compiled code (optimized if it has some, else baseline),
    /// or nil while it runs in the interpreter.
    var baselineEntry: UnsafeRawPointer? = nil
}

/// A bytecode function loaded into a runtime: its chunk, its constants as values, its profile
/// and its nested functions. Lives as long as the runtime.
final class FunctionInfo {
    let chunk: BytecodeChunk
    let profile: ProfileData
    let constants: UnsafeMutablePointer<Value>
    let code: UnsafeMutablePointer<UInt8>
    let functions: [FunctionInfo]
    let record: UnsafeMutablePointer<FunctionRecord>
    /// The runtime the function is loaded in: compiled code embeds addresses of its global
    /// object, register file, native stack limit and `typeof` answers.
    unowned let runtime: Runtime
    /// The baseline JIT's code for this function (kept alive here; the record has its entry).
    var baselineCode: CompiledCode? {
        didSet { updateEntry() }
    }
    /// The baseline JIT could not compile this function: it stays in the interpreter.
    var baselineFailed = false
    /// The optimizing JIT's code, while it is valid: calls enter it rather than baseline code.
    var optimized: OptimizedCodeInfo? {
        didSet { updateEntry() }
    }
    /// Optimized code that deoptimized: no call enters it again, but frames may still be
    /// running in it (recursion), so it stays mapped, and its cells rooted, for the run.
    var retiredOptimized: [OptimizedCodeInfo] = []
    /// The root shape of the objects `new` of this function allocates (DESIGN §9's initial map):
    /// it records the constructor, so console.log prints `Point { x: 1 }`, and objects of
    /// different constructors never share a shape. (node prints no name for an anonymous
    /// constructor or one named Object.)
    /// Grown in the runtime's registry, so these objects go to dictionary mode and their shapes
    /// are counted and collected; the root itself lives as long as this function.
    private(set) lazy var initialShape = Shape(registry: runtime.shapes,
                                               constructorName: chunk.name.isEmpty || chunk.name == "Object" ? nil : chunk.name)
    /// Where this function's optimized code failed, for the next compilation.
    var speculationLog = SpeculationLog()
    /// Times this function's optimized code was discarded.
    var deoptimizations = 0
    /// The optimizing JIT could not compile this function, or it deoptimized too often: it stays
    /// in the lower tiers.
    var optimizationFailed = false

    /// Calls (from every tier) enter the best code the function has.
    private func updateEntry() {
        record.pointee.baselineEntry = optimized?.code.entryPoint ?? baselineCode?.entryPoint
    }
    private let functionRecords: UnsafeMutablePointer<UnsafeMutablePointer<FunctionRecord>>

    init(chunk: BytecodeChunk, runtime: Runtime) {
        self.chunk = chunk
        self.runtime = runtime
        profile = ProfileData(slotCount: chunk.feedbackSlotCount)
        constants = .allocate(capacity: max(chunk.constants.count, 1))
        for (index, constant) in chunk.constants.enumerated() {
            switch constant {
            case .number(let value): constants[index] = Value(number: value)
            case .string(let units): constants[index] = Value(cell: runtime.intern(units))
            }
        }
        code = .allocate(capacity: max(chunk.code.count, 1))
        code.initialize(from: chunk.code, count: chunk.code.count)
        functions = chunk.functions.map { FunctionInfo(chunk: $0, runtime: runtime) }
        functionRecords = .allocate(capacity: max(functions.count, 1))
        for (index, function) in functions.enumerated() { functionRecords[index] = function.record }
        record = .allocate(capacity: 1)
        record.initialize(to: FunctionRecord(code: UnsafePointer(code), constants: constants, slots: profile.slots, counters: profile.counters,
                                             functions: functionRecords, registerCount: chunk.registerCount,
                                             parameterCount: chunk.parameterCount, info: Unmanaged.passUnretained(self)))
    }

    deinit {
        constants.deallocate()
        code.deallocate()
        functionRecords.deallocate()
        record.deallocate()
    }

    /// This function and every function nested in it.
    var allFunctions: [FunctionInfo] { [self] + functions.flatMap(\.allFunctions) }
}

/// The state of one JavaScript world: heap, interned strings, shapes, globals, builtins and the
/// VM register file. Single-threaded.
final class Runtime {
    let heap: Heap
    /// Values Swift code keeps alive across allocations (see `withHandleScope`).
    @exclusivity(unchecked) var handles: [Value] = []
    /// Register-file index of the frame the interpreter is running, or -1: the collector
    /// scans the register file up to its top.
    @exclusivity(unchecked) var activeFrame = -1
    var collectorStatistics = CollectorStatistics()
    // Read on hot paths (builtins, property names, the global object): the runtime is
    // single-threaded, and a dynamic exclusivity check costs more than the read.
    @exclusivity(unchecked) var atoms: [[UInt16]: UnsafeMutableRawPointer] = [:]
    /// The one-code-unit strings of the Latin-1 range, made on first use (empty until then), in
    /// fixed memory: Call's template returns String.fromCharCode's answer from it.
    let characterTable: UnsafeMutablePointer<Value> = {
        let table = UnsafeMutablePointer<Value>.allocate(capacity: 256)
        table.initialize(repeating: .empty, count: 256)
        return table
    }()
    /// The shapes grown from the roots below, which the collector frees (ShapeRegistry.swift).
    let shapes: ShapeRegistry
    let emptyObjectShape: Shape
    let emptyArrayShape: Shape
    /// The root of sparse arrays' shapes: apart from dense arrays', so that no inline cache
    /// recorded on a dense array (its length load above all) matches a sparse one.
    let emptySparseArrayShape: Shape
    let emptyFunctionShape: Shape
    /// Math's own tree: its tag makes console.log print `Object [Math] {}`.
    let mathShape: Shape
    /// The shape of every string and rope: strings have no own properties, but an inline
    /// cache keyed on it finds string methods in the string prototype.
    let stringShape: Shape
    @exclusivity(unchecked) var globalObject: UnsafeMutableRawPointer!
    /// Where string and array methods live; never visible to (or changed by) programs, so
    /// inline caches may remember a method's slot in them.
    @exclusivity(unchecked) var stringPrototype: UnsafeMutableRawPointer!
    @exclusivity(unchecked) var arrayPrototype: UnsafeMutableRawPointer!
    @exclusivity(unchecked) var lengthAtom: UnsafeMutableRawPointer!
    /// An error a baseline helper threw, waiting for the Swift code that entered compiled code.
    @exclusivity(unchecked) var pendingError: JsError?
    /// What the baseline JIT has compiled.
    var baselineCompiler = CompilerStatistics()
    /// Told about every function the baseline JIT compiles (`--print-code`, `--perf-map`).
    var compiledCodeObserver: ((BytecodeChunk, CompiledCode) -> Void)?
    /// When the interpreter stops to consider compiling (the lower of the baseline and
    /// optimizing thresholds): read on every call and back edge, so kept as one value.
    @exclusivity(unchecked) var tierUp = TierUpThresholds.never
    /// When interpreted functions move to baseline code (never, outside `Tier.auto`).
    var baselineTierUp = TierUpThresholds.never {
        didSet { updateTierUpGate() }
    }
    /// When functions move to optimized code.
    var optimizingThresholds = OptimizingThresholds.never {
        didSet {
            updateTierUpGate()
            for function in loaded.flatMap(\.allFunctions) { armOptimizingCounters(function) }
        }
    }
    /// Why functions could not be optimized (for `--stats`).
    var optimizationFailures: [String] = []

    private func updateTierUpGate() {
        tierUp = TierUpThresholds(invocations: min(baselineTierUp.invocations, optimizingThresholds.invocations),
                                  backEdges: min(baselineTierUp.backEdges, optimizingThresholds.backEdges))
    }
    /// Frames moved between the tiers at loop headers, in order (the first `OSREvent.logLimit`).
    var osrLog: [OSREvent] = []
    var osrEntries = 0, osrExits = 0
    /// Set by baseline code's loop hook when its frame goes on elsewhere from a loop header.
    @exclusivity(unchecked) var pendingHandoff: Handoff?

    /// Where a baseline frame that left at a loop header goes on.
    enum Handoff {
        /// In the interpreter, at this bytecode offset.
        case interpreter(Int)
        /// In optimized code, entered at this OSR entry.
        case optimized(UnsafeRawPointer)
    }

    /// What the optimizing JIT has compiled, and how its code left.
    var optimizingCompiler = CompilerStatistics()
    @exclusivity(unchecked) var deoptCount = 0
    var deoptReasons: [String: Int] = [:]
    /// Frames that entered optimized code at a loop header.
    var optimizedOSREntries = 0
    /// Told about every function the optimizing JIT compiles (`--print-code`, `--perf-map`).
    var optimizedCodeObserver: ((BytecodeChunk, CompiledCode) -> Void)?
    /// Told about every deoptimization: the function, the offset it resumes at, and the
    /// registers rebuilt for the interpreter (tests compare them with the interpreter's own).
    var deoptObserver: ((FunctionInfo, Int, [Value]) -> Void)?
    /// Told the IR of every function the optimizing JIT compiles, after each pass (`--print-ir`).
    var irObserver: ((String, String) -> Void)?
    /// Stress and test hooks: OSR into baseline code only where this answers true; baseline
    /// frames handed to the interpreter at the loop headers where this answers true.
    var osrEntryFilter: ((FunctionInfo, Int) -> Bool)?
    var interpreterHandoffFilter: ((FunctionInfo, Int) -> Bool)? {
        didSet { for function in loaded.flatMap(\.allFunctions) { armLoopHook(function) } }
    }
    /// Compiled code is not entered below this native stack address (0: no limit known), so
    /// deep recursion through compiled frames is a RangeError, never a crash. It lives in fixed
    /// memory because baseline code's native calls compare the stack pointer with it.
    var nativeStackLimit: UInt {
        get { nativeStackLimitCell.pointee }
        set { nativeStackLimitCell.pointee = newValue }
    }
    /// The end of the innermost running optimized frame's tagged spill slots (an address in
    /// the register file), or nil: optimized code sets it in its prologue and restores it when it
    /// leaves. The collector scans the register file up to here too, and a callee's frame goes
    /// no lower, so spill slots are roots and never overwritten (DESIGN §4). In fixed memory,
    /// for the code to write.
    let scanTopCell: UnsafeMutablePointer<UnsafeMutableRawPointer?> = {
        let cell = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
        cell.initialize(to: nil)
        return cell
    }()

    /// `scanTopCell` as a register-file index (0 when unset).
    @inline(__always) var scanTop: Int {
        scanTopCell.pointee.map { $0.assumingMemoryBound(to: Value.self) - registerFile } ?? 0
    }

    let nativeStackLimitCell: UnsafeMutablePointer<UInt> = {
        let cell = UnsafeMutablePointer<UInt>.allocate(capacity: 1)
        cell.initialize(to: 0)
        return cell
    }()
    /// What `typeof` answers, interned once (interned strings are roots), in layout.yaml's
    /// TypeName* order, in fixed memory: the interpreter and compiled code read it.
    let typeNameTable = UnsafeMutablePointer<Value>.allocate(capacity: TypeNames.count)
    /// Arrays being joined, so that a cycle joins as the empty string.
    @exclusivity(unchecked) var joining: Set<UnsafeMutableRawPointer> = []
    /// Loaded functions, kept alive for the cells that point at them.
    var loaded: [FunctionInfo] = []
    let output: (String) -> Void
    @exclusivity(unchecked) var outputBuffer: [UInt8] = []

    /// The VM register file: every frame of every tier lives here (DESIGN §5).
    let registerFile: UnsafeMutablePointer<Value>
    let registerFileSize: Int
    /// First register-file slot above every live frame: where a call from Swift puts its frame.
    @exclusivity(unchecked) var stackTop = 0
    @exclusivity(unchecked) var instructionsExecuted: UInt64 = 0
    /// Slow paths baseline code took through a runtime helper.
    @exclusivity(unchecked) var baselineHelperCalls: UInt64 = 0
    /// Calls from Call's template to `builtinCall`: the builtin calls its inline paths leave.
    @exclusivity(unchecked) var baselineBuiltinCalls: UInt64 = 0

    init(output: @escaping (String) -> Void, registerFileSize: Int = 1 << 20, maxHeapBytes: Int = 2048 << 20, gcStressInterval: Int? = nil) {
        self.output = output
        heap = Heap(maxBytes: maxHeapBytes)
        shapes = ShapeRegistry(heap: heap)
        emptyObjectShape = Shape(registry: shapes)
        emptyArrayShape = Shape(registry: shapes)
        emptySparseArrayShape = Shape(registry: shapes)
        emptyFunctionShape = Shape(registry: shapes)
        stringShape = Shape(registry: shapes)
        mathShape = Shape(registry: shapes, tag: "Math")
        self.registerFileSize = registerFileSize
        // Reserved, not written: the kernel's zero pages read as the empty value, which the
        // collector skips, and every frame writes its registers before it reads them.
        registerFile = ReservedMemory.reserve(registerFileSize * MemoryLayout<Value>.stride)
            .bindMemory(to: Value.self, capacity: registerFileSize)
        globalObject = newObject().asCell
        stringPrototype = newObject().asCell
        arrayPrototype = newObject().asCell
        lengthAtom = intern("length")
        for (name, index) in TypeNames.indices { (typeNameTable + index).initialize(to: Value(cell: intern(name))) }
        installBuiltins()
        // From here on every cell is reachable from a root, so allocation may collect.
        heap.stressInterval = gcStressInterval
        #if DEBUG
        heap.verifiesRoots = gcStressInterval != nil
        #endif
        heap.collect = { [unowned self] in self.collectGarbage() }
        heap.collectionsEnabled = true
    }

    /// The error a program gets when the heap limit is reached.
    var outOfMemory: JsError {
        JsError(.rangeError, "out of memory (heap limit \(heap.maxBytes >> 20) MB)")
    }

    deinit {
        ReservedMemory.release(registerFile, registerFileSize * MemoryLayout<Value>.stride)
        nativeStackLimitCell.deallocate()
        scanTopCell.deallocate()
        typeNameTable.deallocate()
        characterTable.deallocate()
    }

    func load(_ chunk: BytecodeChunk) -> FunctionInfo {
        let info = FunctionInfo(chunk: chunk, runtime: self)
        loaded.append(info)
        for function in info.allFunctions { armOptimizingCounters(function) }
        return info
    }

    // MARK: Output

    func write(_ text: String) {
        outputBuffer.append(contentsOf: text.utf8)
        if outputBuffer.count > 1 << 16 { flush() }
    }

    func flush() {
        guard !outputBuffer.isEmpty else { return }
        output(String(decoding: outputBuffer, as: UTF8.self))
        outputBuffer.removeAll(keepingCapacity: true)
    }

    // MARK: Globals

    /// A builtin global: non-enumerable, as node's are.
    func setGlobal(_ name: String, _ value: Value) { setOwn(globalObject, intern(name), value, attributes: []) }
}
