/// What a generated expression evaluates to, as far as the generator keeps track. It is what
/// keeps programs from throwing: only an `array` gets `push`, only a `function` is called, a
/// member is read only from a value that cannot be null or undefined.
enum Kind: CaseIterable, Sendable {
    case number, string, boolean, array, object, function
    /// Anything but null and undefined: members can be read from it.
    case value
    /// Anything at all, null and undefined included: only operators and console.log use it.
    case any
}

/// How a function can be called: its parameters' kinds, what it returns, and about how many
/// statements one call runs (so a hot loop only calls what it can afford).
struct Signature: Sendable {
    var parameters: [Kind]
    var returns: Kind
    var cost: Int
    /// About how many heap cells one call allocates (under --gc-stress each is a collection).
    var allocations = 0
    /// The first parameter is a recursion depth: calls pass a small literal.
    var recursive = false
    /// A call may print (so a hot loop does not call it: thousands of lines say no more).
    var prints = false
}

struct Variable: Sendable {
    let name: String
    let kind: Kind
    let mutable: Bool
    /// For functions: how to call it.
    var signature: Signature?
}

/// The state of one program being written: the random source, the lines so far, the
/// variables in scope, the enclosing loops, and the cost of what runs.
final class Generation {
    var random: SplitMix64
    let options: GeneratorOptions
    private(set) var lines: [String] = []
    private var indentation = 0
    private var nextName = 0

    /// Innermost last. `scopes[0]` holds the globals; a function sees the globals and its own
    /// scopes from `functionStart` on (never an enclosing function's locals: the engine has no
    /// closures yet, and a block's `let` at the top level counts as such a local).
    private(set) var scopes: [[Variable]] = [[]]
    private var functionStart = 0
    /// The enclosing function's return kind; nil at the top level.
    private(set) var returnKind: Kind?
    /// Labels of the enclosing loops of the current function, and whether any loop encloses.
    private(set) var loopLabels: [String?] = []
    /// How many times the current statement runs per run of the enclosing function (or
    /// program): the product of the enclosing loops' iteration counts.
    private(set) var multiplier = 1
    /// Statements run so far by the function (or program) being written, by that measure.
    private(set) var cost = 0
    /// Nesting of statements, so bodies stay small.
    private(set) var depth = 0
    /// Cells allocated so far by the function (or program) being written, by that measure.
    private(set) var allocations = 0
    /// The cost and allocation limits of the function being written, when they are not the
    /// options' defaults (a function for a hot loop must be cheap).
    private var budgetOverride: Int?
    private var allocationOverride: Int?
    /// Hot loops written so far: every program gets at least one.
    var hotLoops = 0
    /// Whether the function being written prints (by console.log or through a call).
    private(set) var prints = false
    /// Writing a function for a hot loop: nothing in it may print.
    private var quiet = false

    /// Whether a console.log may go here: not in a quiet function, not in a hot loop.
    var mayPrint: Bool { !quiet && multiplier <= options.printingMultiplier }

    func notePrinting() { prints = true }

    init(seed: UInt64, options: GeneratorOptions) {
        random = SplitMix64(seed: seed)
        self.options = options
    }

    var atTopLevel: Bool { returnKind == nil }
    var inLoop: Bool { !loopLabels.isEmpty }
    /// Only straight at the top level (not in a block): where hot loops and function
    /// declarations go.
    var atTopLevelStatement: Bool { atTopLevel && scopes.count == 1 && depth == 0 }

    // MARK: Output

    func emit(_ line: String) {
        lines.append(String(repeating: "  ", count: indentation) + line)
        cost += multiplier
    }

    /// Takes back the lines from `start` on (a function expression written to be inlined).
    func dropLines(from start: Int) {
        lines.removeSubrange(start...)
    }

    /// `header {` … `}`: the body indented, in a scope of its own.
    func block(_ header: String, close: String = "}", _ body: () -> Void) {
        open(header)
        body()
        self.close(close)
    }

    /// `if (c) {` … `} else {` … `}`.
    func ifElse(_ condition: String, then: () -> Void, otherwise: (() -> Void)?) {
        open("if (\(condition))")
        then()
        if let otherwise {
            close("} else {")
            open(nil)
            otherwise()
        }
        close("}")
    }

    /// Writes `header {` (nothing when the line was written already) and enters its body.
    private func open(_ header: String?) {
        if let header { emit(header.isEmpty ? "{" : header + " {") }
        indentation += 1
        depth += 1
        scopes.append([])
    }

    private func close(_ line: String) {
        scopes.removeLast()
        depth -= 1
        indentation -= 1
        lines.append(String(repeating: "  ", count: indentation) + line)
    }

    // MARK: Names and scopes

    func freshName(_ prefix: String) -> String {
        nextName += 1
        return "\(prefix)\(nextName)"
    }

    func declare(_ variable: Variable) {
        scopes[scopes.count - 1].append(variable)
    }

    /// Every variable this point of the program may use.
    var visible: [Variable] {
        functionStart == 0 ? scopes.flatMap { $0 } : scopes[0] + scopes[functionStart...].flatMap { $0 }
    }

    func variables(of kind: Kind, mutable: Bool = false) -> [Variable] {
        visible.filter { $0.kind == kind && (!mutable || $0.mutable) }
    }

    func pickVariable(of kind: Kind, mutable: Bool = false) -> Variable? {
        let candidates = variables(of: kind, mutable: mutable)
        return candidates.isEmpty ? nil : random.pick(candidates)
    }

    // MARK: Functions and loops

    /// Writes a function's body in a scope that sees only the globals and `parameters`;
    /// returns the body's cost (statements one call runs).
    func functionBody(parameters: [Variable], returns: Kind, budget: Int? = nil, allocationBudget: Int? = nil, quiet: Bool = false,
                      _ body: () -> Void) -> Signature {
        let saved = (scopes, functionStart, returnKind, loopLabels, multiplier, cost, depth, budgetOverride, prints, self.quiet)
        let savedAllocations = (allocations, allocationOverride)
        prints = false
        allocations = 0
        allocationOverride = allocationBudget
        self.quiet = quiet || self.quiet
        scopes = [scopes[0], parameters]
        functionStart = 1
        returnKind = returns
        loopLabels = []
        multiplier = 1
        cost = 0
        depth = 0
        budgetOverride = budget
        body()
        let result = Signature(parameters: parameters.map(\.kind), returns: returns, cost: Swift.max(cost, 1), allocations: allocations, prints: prints)
        (scopes, functionStart, returnKind, loopLabels, multiplier, cost, depth, budgetOverride, prints, self.quiet) = saved
        (allocations, allocationOverride) = savedAllocations
        cost += multiplier
        return result
    }

    /// Runs `body` (the generation of a loop's body) with the loop counted `iterations` times.
    func loop(label: String?, iterations: Int, _ body: () -> Void) {
        loopLabels.append(label)
        multiplier *= Swift.max(iterations, 1)
        body()
        multiplier /= Swift.max(iterations, 1)
        loopLabels.removeLast()
    }

    /// The most statements the function (or program) being written may run.
    var budget: Int { atTopLevel ? options.programBudget : budgetOverride ?? options.functionBudget }

    var allocationBudget: Int { atTopLevel ? options.allocationBudget : allocationOverride ?? options.functionAllocationBudget }

    /// Whether a call of `callee` (its statements and allocations) fits here; if it does,
    /// counts it.
    func afford(_ callee: Signature) -> Bool {
        let total = multiplier * callee.cost
        let allocated = multiplier * callee.allocations
        guard cost + total <= budget, allocations + allocated <= allocationBudget else { return false }
        cost += total
        allocations += allocated
        return true
    }

    var canAllocate: Bool { allocations + multiplier <= allocationBudget }

    /// Whether an expression that allocates a cell fits here; if it does, counts it.
    func allocates() -> Bool {
        guard allocations + multiplier <= allocationBudget else { return false }
        allocations += multiplier
        return true
    }
}
