/// How big and how hot generated programs are. The defaults make programs that a debug build
/// runs in a fraction of a second per configuration, each with at least one hot loop.
public struct GeneratorOptions: Sendable {
    /// Statements at the top level, after the globals and the first functions.
    public var topLevelStatements = 6...12
    public var functionStatements = 1...4
    public var expressionDepth = 3
    /// How deep `if`s and loops nest.
    public var blockDepth = 3
    /// Iterations of an ordinary loop (at most).
    public var smallLoopIterations = 5
    /// Iterations of a hot loop: past the auto tier's thresholds (500 for baseline code, 1000
    /// for optimized code).
    public var hotIterations = [1200, 2000, 3000]
    /// Hot loops mostly change types after this many iterations: past the optimizing tier's
    /// threshold, so optimized code deoptimizes.
    public var lateSwitch = 1050
    /// About how many statements a whole program may run, and one call of a function.
    public var programBudget = 40_000
    public var functionBudget = 120
    /// The most a function called from a hot loop may run per call.
    public var hotFunctionBudget = 12
    /// About how many cells a program, and one call of a function, may allocate: with
    /// --gc-stress each allocation is a whole collection.
    public var allocationBudget = 3000
    public var functionAllocationBudget = 30
    /// console.log only where a statement runs at most this many times per run of its function.
    public var printingMultiplier = 10
    /// How often a program ends by throwing on purpose.
    public var errorChance = 0.05

    public init() {}
}

/// Writes random JavaScript programs in the language the engine supports, one per seed:
/// deterministic (no time, no randomness of their own), terminating (every loop counts in its
/// header; recursion is bounded by a literal depth), not throwing unless they end with an
/// error on purpose, and printing what they compute (console.log along the way, every global
/// at the end). The productions are tables (`Generation.expressionTable`,
/// `Generation.statementTable`): a new feature of the engine is a new row.
public struct ProgramGenerator: Sendable {
    public var options: GeneratorOptions

    public init(options: GeneratorOptions = GeneratorOptions()) {
        self.options = options
    }

    public func program(seed: UInt64) -> String {
        let g = Generation(seed: seed, options: options)
        g.emit("// jsjit-fuzz program, seed \(seed)")
        for _ in 0..<g.random.int(in: 3...5) { _ = g.declaration() }
        for _ in 0..<g.random.int(in: 1...2) { g.functionDeclaration(maxCost: options.functionBudget) }
        // Every program gets a hot loop: half of them first, while all the budget is left.
        if g.random.chance(0.5) { _ = g.hotCallLoop() }
        g.statements(g.random.int(in: options.topLevelStatements))
        let fewest = options.hotIterations.min() ?? 1200
        if g.hotLoops == 0 && !g.hotCallLoop(iterations: fewest) { _ = g.hotLoop(iterations: fewest) }
        epilogue(g)
        return g.lines.joined(separator: "\n") + "\n"
    }

    /// Prints every global, then perhaps throws on purpose.
    private func epilogue(_ g: Generation) {
        let globals = g.scopes[0].filter { $0.kind != .function }.map(\.name)
        for start in stride(from: 0, to: globals.count, by: 4) {
            g.emit("console.log(\(globals[start..<Swift.min(start + 4, globals.count)].joined(separator: ", ")));")
        }
        guard g.random.chance(options.errorChance) else { return }
        let objects = g.variables(of: .object)
        let numbers = g.variables(of: .number)
        switch g.random.int(in: 0...3) {
        case 0 where !objects.isEmpty: g.emit("console.log(\(g.random.pick(objects).name).missing.deeper);")
        case 1 where !numbers.isEmpty: g.emit("\(g.random.pick(numbers).name)();")
        case 2:
            g.emit("const fixed = 1;")
            g.emit("fixed = 2;")
        default: g.emit("console.log(notDeclared + 1);")
        }
    }
}
