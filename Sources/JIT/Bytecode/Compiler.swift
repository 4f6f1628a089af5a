/// Compiles a parsed program into bytecode chunks (Specs/opcodes.yaml), one per function.
///
/// Names resolve at compile time: parameters, `var`s and block-scoped `let`/`const` of a
/// function live in its registers; top-level declarations are properties of the global object.
/// A function that refers to a local of an enclosing function would need a closure, which the
/// engine does not have yet: that is a SyntaxError naming the variable, never a wrong answer.
public enum BytecodeCompiler {
    public static func compile(source: String, file: String) throws(JsError) -> BytecodeChunk {
        try compile(Parser.parse(source: source, file: file))
    }

    static func compile(_ program: Program) throws(JsError) -> BytecodeChunk {
        let globals = GlobalScope()
        let compiler = FunctionCompiler(name: "(program)", file: program.file, parent: nil, globals: globals, node: nil)
        return try compiler.compileProgram(program.body)
    }
}

/// The kinds of binding a name can have.
enum BindingKind {
    case `var`, `let`, `const`, parameter, function
    /// The name of a named function expression, inside it: reads give the function itself,
    /// assignments are ignored (as in sloppy mode).
    case calleeName

    var isLexical: Bool { self == .let || self == .const }
}

/// A name declared in a function's registers.
final class Binding {
    let name: String
    let kind: BindingKind
    let register: UInt32
    /// False while the binding is in its temporal dead zone as far as the compiler can tell:
    /// reads then check for the empty value.
    var initialized: Bool
    /// For a function declaration: the function it declares (a self-reference needs no closure).
    var function: FunctionNode?

    init(name: String, kind: BindingKind, register: UInt32, initialized: Bool) {
        self.name = name
        self.kind = kind
        self.register = register
        self.initialized = initialized
    }
}

/// Top-level declarations, shared by every function of the program.
final class GlobalScope {
    struct Lexical {
        var isConst: Bool
        var initialized: Bool
    }
    var lexicals: [String: Lexical] = [:]
    /// Top-level var and function names.
    var variables: Set<String> = []
}

/// A block's (or a function body's) register bindings.
final class Scope {
    var bindings: [String: Binding] = [:]
    let isFunctionScope: Bool
    init(isFunctionScope: Bool) { self.isFunctionScope = isFunctionScope }
}

/// A place `break` or `continue` can go.
final class JumpTarget {
    let labels: [String]
    let isLoop: Bool
    let breakLabel = Label()
    let continueLabel = Label()
    init(labels: [String], isLoop: Bool) {
        self.labels = labels
        self.isLoop = isLoop
    }
}

/// A jump target in the code being emitted, bound once; jumps to it before then are patched.
final class Label {
    var offset: Int?
    /// Byte offsets of the jump operands to patch, each with its instruction's start.
    var uses: [(operand: Int, instruction: Int)] = []
}

final class FunctionCompiler {
    let name: String
    let file: String
    let parent: FunctionCompiler?
    let globals: GlobalScope
    let node: FunctionNode?

    private var code: [UInt8] = []
    private var constants: [BytecodeChunk.Constant] = []
    private var constantIndex: [BytecodeChunk.Constant: UInt32] = [:]
    private var lineTable: [BytecodeChunk.LineEntry] = []
    private var callSiteNames: [Int: String] = [:]
    private var functions: [BytecodeChunk] = []
    private var feedbackSlots = 0
    private var scopes: [Scope] = []
    private var targets: [JumpTarget] = []
    private var pendingLabels: [String] = []
    /// Next free register; registers below it are parameters, locals or live temporaries.
    private var top: Int = 0
    private var registerCount = 0
    private var parameterCount = 0
    /// Names the function body assigns anywhere (a nested function may only use its own
    /// declaration's name through LoadCallee when the body never reassigns it).
    private var assignedNames: Set<String> = []
    /// Where each `var` of the function body is first declared (for redeclaration errors).
    private var firstVarPosition: [String: Position] = [:]

    init(name: String, file: String, parent: FunctionCompiler?, globals: GlobalScope, node: FunctionNode?) {
        self.name = name
        self.file = file
        self.parent = parent
        self.globals = globals
        self.node = node
    }

    private var isProgram: Bool { parent == nil }

    // MARK: - Entry points

    func compileProgram(_ body: [Stmt]) throws(JsError) -> BytecodeChunk {
        // Hoisting: top-level var and function names become globals before anything runs;
        // top-level let/const are globals holding the empty value until their declaration.
        var varNames: [(String, Position)] = []
        collectVarNames(body, into: &varNames)
        var lexicalNames: [(String, Position, Bool)] = []
        var functionDeclarations: [FunctionNode] = []
        for statement in body {
            switch statement.kind {
            case .declaration(let kind, let declarators) where kind != .var:
                for declarator in declarators { lexicalNames.append((declarator.name, declarator.position, kind == .const)) }
            case .function(let function):
                functionDeclarations.append(function)
            default: break
            }
        }
        var firstVar: [String: Position] = [:], firstFunction: [String: Position] = [:]
        for (name, position) in varNames where firstVar[name] == nil { firstVar[name] = position }
        for function in functionDeclarations where firstFunction[function.name!] == nil { firstFunction[function.name!] = function.position }
        for (name, position, isConst) in lexicalNames {
            if globals.lexicals[name] != nil { throw redeclaration(name, at: position) }
            // A clash with a var or function declaration is reported where the second of the two stands.
            if let other = firstVar[name] ?? firstFunction[name] {
                throw redeclaration(name, at: Self.later(position, other))
            }
            globals.lexicals[name] = GlobalScope.Lexical(isConst: isConst, initialized: false)
        }
        for (name, _) in varNames { globals.variables.insert(name) }
        for function in functionDeclarations { globals.variables.insert(function.name!) }

        scopes = [Scope(isFunctionScope: true)]
        for name in orderedUnique(varNames.map(\.0) + functionDeclarations.map { $0.name! }) {
            emit(.declareGlobal(name: ConstantIndex(try constant(.string(Array(name.utf16))))))
        }
        if !lexicalNames.isEmpty {
            let temp = allocateTemp()
            emit(.loadEmpty(dst: Register(temp)))
            for (name, _, _) in lexicalNames { try storeGlobal(name, temp) }
            releaseTemps(to: Int(temp))
        }
        for function in functionDeclarations {
            let temp = allocateTemp()
            try emitNewFunction(function, name: function.name!, isDeclaration: true, into: temp)
            try storeGlobal(function.name!, temp)
            releaseTemps(to: Int(temp))
        }
        for statement in body { try compileStatement(statement, topLevel: true) }
        try emitReturnUndefined()
        return try finish(parameterCount: 0)
    }

    /// A declaration's own name belongs to the enclosing scope; only a named function
    /// expression sees its name as a binding of its own.
    func compileFunction(_ function: FunctionNode, isDeclaration: Bool) throws(JsError) -> BytecodeChunk {
        assignedNames = Self.assignedNames(in: function.body)
        let scope = Scope(isFunctionScope: true)
        scopes = [scope]
        for (name, _) in function.parameters {
            scope.bindings[name] = Binding(name: name, kind: .parameter, register: allocateTemp(), initialized: true)
        }
        parameterCount = function.parameters.count
        if !isDeclaration, let ownName = function.name, !function.isArrow, scope.bindings[ownName] == nil, !isDeclaredInBody(ownName, function.body) {
            let register = allocateTemp()
            scope.bindings[ownName] = Binding(name: ownName, kind: .calleeName, register: register, initialized: true)
            emit(.loadCallee(dst: Register(register)))
        }
        var varNames: [(String, Position)] = []
        collectVarNames(function.body, into: &varNames)
        for (name, position) in varNames where scope.bindings[name] == nil {
            scope.bindings[name] = Binding(name: name, kind: .var, register: allocateTemp(), initialized: true)
            firstVarPosition[name] = position
        }
        try declareBlock(function.body, scope: scope)
        for statement in function.body { try compileStatement(statement, topLevel: false) }
        if !endsWithReturn(function.body) { try emitReturnUndefined() }
        return try finish(parameterCount: function.parameters.count)
    }

    private func finish(parameterCount: Int) throws(JsError) -> BytecodeChunk {
        guard feedbackSlots <= Int(UInt32.max), functions.count <= Int(UInt32.max), constants.count <= Int(UInt32.max),
              code.count <= Int(Int32.max) else {
            throw JsError(.rangeError, "function '\(name)' is too large to compile", at: location(node?.position ?? Position(line: 1, column: 1)))
        }
        if registerCount > Self.maxRegisterCount {
            // More registers than an operand can name: like a V8 frame too large for its stack,
            // the function raises a RangeError when it is called (its nested functions stay).
            code = []
            lineTable = []
            callSiteNames = [:]
            registerCount = 1
            note(node?.position ?? Position(line: 1, column: 1))
            try emitThrow(.rangeError, "Maximum call stack size exceeded")
        }
        return BytecodeChunk(name: name, file: file, code: code, constants: constants, registerCount: registerCount,
                             parameterCount: parameterCount, feedbackSlotCount: feedbackSlots, lineTable: lineTable,
                             functions: functions, callSiteNames: callSiteNames)
    }

    // MARK: - Declarations

    /// `var` names of a function body (or the program), in order, not looking into nested functions.
    /// Also the names of functions declared inside nested blocks: in sloppy mode (Annex B.3.3)
    /// such a function is visible in the whole enclosing function, like a `var`.
    private func collectVarNames(_ statements: [Stmt], nested: Bool = false, into names: inout [(String, Position)]) {
        for statement in statements { collectVarNames(statement, nested: nested, into: &names) }
    }

    private func collectVarNames(_ statement: Stmt, nested: Bool, into names: inout [(String, Position)]) {
        switch statement.kind {
        case .declaration(.var, let declarators):
            for declarator in declarators { names.append((declarator.name, declarator.position)) }
        case .function(let function) where nested:
            names.append((function.name!, statement.position))
        case .block(let body): collectVarNames(body, nested: true, into: &names)
        case .if(_, let then, let otherwise):
            collectVarNames(then, nested: true, into: &names)
            if let otherwise { collectVarNames(otherwise, nested: true, into: &names) }
        case .while(_, let body), .doWhile(let body, _), .labeled(_, let body): collectVarNames(body, nested: true, into: &names)
        case .for(let initializer, _, _, let body):
            if let initializer { collectVarNames(initializer, nested: true, into: &names) }
            collectVarNames(body, nested: true, into: &names)
        default: break
        }
    }

    private func isDeclaredInBody(_ name: String, _ body: [Stmt]) -> Bool {
        var names: [(String, Position)] = []
        collectVarNames(body, into: &names)
        if names.contains(where: { $0.0 == name }) { return true }
        for statement in body {
            switch statement.kind {
            case .function(let f) where f.name == name: return true
            case .declaration(_, let declarators) where declarators.contains(where: { $0.name == name }): return true
            default: continue
            }
        }
        return false
    }

    /// Declares a block's let, const and function declarations in `scope` (registers, in their
    /// dead zone), and creates its functions (hoisted to the start of the block).
    private func declareBlock(_ statements: [Stmt], scope: Scope) throws(JsError) {
        var hoisted: [(FunctionNode, Binding)] = []
        // The first statement that mentions each name (nested functions included), found in
        // one walk when the block declares a let or const: a block of n declarations costs O(n).
        var firstMention: [String: Int]?
        func firstMentions() -> [String: Int] {
            if let firstMention { return firstMention }
            var found: [String: Int] = [:]
            for (index, statement) in statements.enumerated() {
                Self.visit(statement, functions: true) { e in
                    if case .identifier(let name) = e.kind, found[name] == nil { found[name] = index }
                }
            }
            firstMention = found
            return found
        }
        for (index, statement) in statements.enumerated() {
            switch statement.kind {
            case .declaration(let kind, let declarators) where kind != .var:
                for declarator in declarators {
                    if let existing = scope.bindings[declarator.name] {
                        // Against a var of the function body: where the second of the two stands.
                        let varPosition = existing.kind == .var ? firstVarPosition[declarator.name] : nil
                        throw redeclaration(declarator.name, at: varPosition.map { Self.later(declarator.position, $0) } ?? declarator.position)
                    }
                    let binding = Binding(name: declarator.name, kind: kind == .let ? .let : .const, register: allocateTemp(), initialized: false)
                    scope.bindings[declarator.name] = binding
                    // A dead zone needs marking only when the name is used before its declaration.
                    let usedBefore = firstMentions()[declarator.name].map { $0 < index } ?? false
                    if usedBefore || declarators.contains(where: { d in d.initializer.map { Self.mentions(declarator.name, in: $0) } ?? false }) {
                        emit(.loadEmpty(dst: Register(binding.register)))
                    } else {
                        binding.initialized = true
                    }
                }
            case .function(let function):
                let name = function.name!
                if let existing = scope.bindings[name], existing.kind.isLexical { throw redeclaration(name, at: statement.position) }
                let binding = scope.bindings[name] ?? Binding(name: name, kind: .function, register: allocateTemp(), initialized: true)
                binding.function = function
                scope.bindings[name] = binding
                hoisted.append((function, binding))
            default:
                continue
            }
        }
        for (function, binding) in hoisted {
            try emitNewFunction(function, name: function.name!, isDeclaration: true, into: binding.register)
            guard !scope.isFunctionScope else { continue }
            // Annex B.3.3: a block's function is also the enclosing function's var of that name.
            let name = function.name!
            if let outer = scopes.first?.bindings[name], outer.kind == .var {
                emit(.mov(dst: Register(outer.register), src: Register(binding.register)))
            } else if isProgram, globals.variables.contains(name) {
                try storeGlobal(name, binding.register)
            }
        }
    }

    private func redeclaration(_ name: String, at position: Position) -> JsError {
        JsError(.syntaxError, "Identifier '\(name)' has already been declared", at: location(position))
    }

    static func later(_ a: Position, _ b: Position) -> Position {
        (a.line, a.column) >= (b.line, b.column) ? a : b
    }

    // MARK: - Statements

    private func compileStatement(_ statement: Stmt, topLevel: Bool) throws(JsError) {
        let saved = top
        defer { releaseTemps(to: saved) }
        switch statement.kind {
        case .declaration(let kind, let declarators):
            for declarator in declarators {
                note(declarator.position)
                if kind == .var {
                    try checkVarAgainstLexicals(declarator)  // `{ let x; var x; }` is an error with or without `= value`
                    guard let initializer = declarator.initializer else { continue }
                    try assignToName(declarator.name, value: initializer, position: declarator.position, inferredName: declarator.name)
                } else if topLevel && isProgram {
                    let temp = allocateTemp()
                    if let initializer = declarator.initializer {
                        _ = try expression(initializer, into: temp, inferredName: declarator.name)
                    } else {
                        emit(.loadUndefined(dst: Register(temp)))
                    }
                    try storeGlobal(declarator.name, temp)
                    globals.lexicals[declarator.name]?.initialized = true
                    releaseTemps(to: Int(temp))
                } else {
                    let binding = scopes.last!.bindings[declarator.name]!
                    if let initializer = declarator.initializer {
                        try evaluate(initializer, intoBinding: binding.register, inferredName: declarator.name)
                    } else {
                        emit(.loadUndefined(dst: Register(binding.register)))
                    }
                    binding.initialized = true
                }
            }
        case .function:
            break // created when its scope was entered
        case .expression(let expr):
            note(statement.position)
            try effect(expr)
        case .block(let body):
            try compileBlock(body)
        case .if(let test, let then, let otherwise):
            note(statement.position)
            let elseLabel = Label()
            try branch(test, ifFalse: elseLabel)
            try compileSubstatement(then)
            if let otherwise {
                let end = Label()
                emitJump(to: end)
                bind(elseLabel)
                try compileSubstatement(otherwise)
                bind(end)
            } else {
                bind(elseLabel)
            }
        case .while(let test, let body):
            let target = JumpTarget(labels: takeLabels(), isLoop: true)
            let header = Label()
            bind(header)
            note(statement.position)
            try branch(test, ifFalse: target.breakLabel)
            try loopBody(body, target: target)
            bind(target.continueLabel)
            emitLoop(to: header)
            bind(target.breakLabel)
        case .doWhile(let body, let test):
            let target = JumpTarget(labels: takeLabels(), isLoop: true)
            let header = Label()
            bind(header)
            try loopBody(body, target: target)
            bind(target.continueLabel)
            note(test.position)
            try branch(test, ifFalse: target.breakLabel)
            emitLoop(to: header)
            bind(target.breakLabel)
        case .for(let initializer, let test, let update, let body):
            let target = JumpTarget(labels: takeLabels(), isLoop: true)
            // `for (let i ...)` gets its own scope around the whole loop.
            let scope = Scope(isFunctionScope: false)
            scopes.append(scope)
            defer { scopes.removeLast() }
            if let initializer {
                if case .declaration(let kind, _) = initializer.kind, kind != .var {
                    try declareBlock([initializer], scope: scope)
                }
                try compileStatement(initializer, topLevel: false)
            }
            let header = Label()
            bind(header)
            if let test {
                note(test.position)
                try branch(test, ifFalse: target.breakLabel)
            }
            try loopBody(body, target: target)
            bind(target.continueLabel)
            if let update {
                note(update.position)
                let updateMark = top
                try effect(update)
                releaseTemps(to: updateMark)
            }
            emitLoop(to: header)
            bind(target.breakLabel)
        case .break(let label):
            note(statement.position)
            let target = label.map { name in targets.last { $0.labels.contains(name) } } ?? targets.last { $0.isLoop }
            emitJump(to: target!.breakLabel)
        case .continue(let label):
            note(statement.position)
            let target = label.map { name in targets.last { $0.labels.contains(name) } } ?? targets.last { $0.isLoop }
            emitJump(to: target!.continueLabel)
        case .return(let value):
            note(statement.position)
            if let value {
                let register = try expression(value)
                emit(.return(value: Register(register)))
            } else {
                try emitReturnUndefined()
            }
        case .labeled(let name, let body):
            pendingLabels.append(name)
            switch body.kind {
            case .while, .doWhile, .for, .labeled:
                try compileStatement(body, topLevel: topLevel)
            default:
                // A labeled block or statement: `break name` leaves it.
                let target = JumpTarget(labels: takeLabels(), isLoop: false)
                targets.append(target)
                try compileStatement(body, topLevel: topLevel)
                targets.removeLast()
                bind(target.breakLabel)
            }
        case .empty:
            break
        }
    }

    private func takeLabels() -> [String] {
        defer { pendingLabels = [] }
        return pendingLabels
    }

    private func loopBody(_ body: Stmt, target: JumpTarget) throws(JsError) {
        targets.append(target)
        defer { targets.removeLast() }
        try compileSubstatement(body)
    }

    private func compileSubstatement(_ statement: Stmt) throws(JsError) {
        if case .block(let body) = statement.kind { return try compileBlock(body) }
        try compileStatement(statement, topLevel: false)
    }

    private func compileBlock(_ body: [Stmt]) throws(JsError) {
        let saved = top
        let scope = Scope(isFunctionScope: false)
        scopes.append(scope)
        defer {
            scopes.removeLast()
            releaseTemps(to: saved)
        }
        try declareBlock(body, scope: scope)
        for statement in body { try compileStatement(statement, topLevel: false) }
    }

    private func checkVarAgainstLexicals(_ declarator: Declarator) throws(JsError) {
        for scope in scopes.reversed() {
            if let binding = scope.bindings[declarator.name], binding.kind.isLexical { throw redeclaration(declarator.name, at: declarator.position) }
            if scope.isFunctionScope { break }
        }
        if isProgram, globals.lexicals[declarator.name] != nil { throw redeclaration(declarator.name, at: declarator.position) }
    }

    private func endsWithReturn(_ body: [Stmt]) -> Bool {
        if case .return = body.last?.kind { return true }
        return false
    }

    private func emitReturnUndefined() throws(JsError) {
        let temp = allocateTemp()
        emit(.loadUndefined(dst: Register(temp)))
        emit(.return(value: Register(temp)))
        releaseTemps(to: Int(temp))
    }

    // MARK: - Names

    private enum Resolution {
        case local(Binding)
        case global(String)
        /// A nested function's own declared name, read inside it: the function being run.
        case callee
    }

    private func resolve(_ name: String, at position: Position) throws(JsError) -> Resolution {
        for scope in scopes.reversed() {
            if let binding = scope.bindings[name] { return .local(binding) }
        }
        // An enclosing function's local would need a closure; the program's top-level names are globals.
        var outer = parent
        var inner = self
        while let function = outer {
            for (depth, scope) in function.scopes.enumerated().reversed() {
                guard let binding = scope.bindings[name] else { continue }
                if function.isProgram && depth == 0 { return .global(name) }
                if binding.kind == .function, binding.function === inner.node, !function.assignedNames.contains(name), inner === self {
                    return .callee // a nested function calling itself by its declared name
                }
                throw closureError(name, at: position)
            }
            inner = function
            outer = function.parent
        }
        return .global(name)
    }

    /// Reads a name into a register (its own register for a local, when `into` is nil).
    private func loadName(_ name: String, at position: Position, into dst: UInt32?) throws(JsError) -> UInt32 {
        switch try resolve(name, at: position) {
        case .local(let binding):
            if !binding.initialized {
                emit(.checkInitialized(src: Register(binding.register), name: ConstantIndex(try constant(.string(Array(name.utf16))))))
            }
            if let dst, dst != binding.register { emit(.mov(dst: Register(dst), src: Register(binding.register))) }
            return dst ?? binding.register
        case .global(let name):
            let target = dst ?? allocateTemp()
            if name == "undefined" && !globals.variables.contains(name) && globals.lexicals[name] == nil {
                emit(.loadUndefined(dst: Register(target)))
            } else {
                emit(.loadGlobal(dst: Register(target), name: ConstantIndex(try constant(.string(Array(name.utf16)))), feedback: FeedbackSlot(newSlot())))
            }
            return target
        case .callee:
            let target = dst ?? allocateTemp()
            emit(.loadCallee(dst: Register(target)))
            return target
        }
    }

    private func closureError(_ name: String, at position: Position) -> JsError {
        JsError(.syntaxError, "closures are not supported yet: '\(name)' is a local variable of an enclosing function", at: location(position))
    }

    /// `name = value` (or a declaration's initializer). Errors of an assignment's store (a
    /// const, the dead zone) point at `storeAt`, its `=`, as V8's do.
    private func assignToName(_ name: String, value: Expr, position: Position, inferredName: String?, into dst: UInt32? = nil,
                              storeAt: Position? = nil) throws(JsError) {
        switch try resolve(name, at: position) {
        case .local(let binding):
            switch binding.kind {
            case .const:
                let register = try expression(value, inferredName: inferredName)
                if let storeAt { note(storeAt) }
                if !binding.initialized { emit(.checkInitialized(src: Register(binding.register), name: ConstantIndex(try constant(.string(Array(name.utf16)))))) }
                try emitThrow(.typeError, "Assignment to constant variable.")
                if let dst { emit(.mov(dst: Register(dst), src: Register(register))) }
            case .calleeName:
                let register = try expression(value, into: dst, inferredName: inferredName)
                _ = register
            default:
                if !binding.initialized {
                    let register = try expression(value, inferredName: inferredName)
                    if let storeAt { note(storeAt) }
                    emit(.checkInitialized(src: Register(binding.register), name: ConstantIndex(try constant(.string(Array(name.utf16))))))
                    emit(.mov(dst: Register(binding.register), src: Register(register)))
                } else {
                    try evaluate(value, intoBinding: binding.register, inferredName: inferredName)
                }
                if let dst, dst != binding.register { emit(.mov(dst: Register(dst), src: Register(binding.register))) }
            }
        case .global(let name):
            let saved = top
            let register = try expression(value, into: dst, inferredName: inferredName)
            if let storeAt { note(storeAt) }
            try storeGlobalChecked(name, register)
            releaseTemps(to: max(saved, dst.map { Int($0) + 1 } ?? saved))
        case .callee:
            throw closureError(name, at: position)
        }
    }

    /// Stores into a global, honouring top-level const (TypeError) and let (dead zone).
    private func storeGlobalChecked(_ name: String, _ register: UInt32) throws(JsError) {
        if let lexical = globals.lexicals[name] {
            if !lexical.initialized || !isProgram {
                let temp = allocateTemp()
                emit(.loadGlobal(dst: Register(temp), name: ConstantIndex(try constant(.string(Array(name.utf16)))), feedback: FeedbackSlot(newSlot())))
            }
            if lexical.isConst { return try emitThrow(.typeError, "Assignment to constant variable.") }
        }
        try storeGlobal(name, register)
    }

    private func storeGlobal(_ name: String, _ register: UInt32) throws(JsError) {
        emit(.storeGlobal(name: ConstantIndex(try constant(.string(Array(name.utf16)))), src: Register(register), feedback: FeedbackSlot(newSlot())))
    }

    private func emitThrow(_ kind: JsError.Kind, _ message: String) throws(JsError) {
        let code: Int32
        switch kind {
        case .typeError: code = 0
        case .referenceError: code = 1
        case .rangeError: code = 2
        default: code = 3
        }
        emit(.throwError(errorKind: Immediate(code), message: ConstantIndex(try constant(.string(Array(message.utf16))))))
    }

    /// Evaluates `value` into a binding's register without exposing a half-written value:
    /// expressions that write their destination before reading everything go through a temporary.
    private func evaluate(_ value: Expr, intoBinding register: UInt32, inferredName: String?) throws(JsError) {
        switch value.kind {
        case .logical, .conditional, .object, .assign, .update:
            let result = try expression(value, inferredName: inferredName)
            if result != register { emit(.mov(dst: Register(register), src: Register(result))) }
        default:
            _ = try expression(value, into: register, inferredName: inferredName)
        }
    }

    // MARK: - Expressions

    /// An expression evaluated only for its effects.
    private func effect(_ expr: Expr) throws(JsError) {
        let saved = top
        defer { releaseTemps(to: saved) }
        if case .update(let increment, _, let target) = expr.kind, case .identifier = target.kind {
            // `i++;` needs no copy of the old value.
            _ = try update(increment: increment, prefix: true, target: target, into: nil, position: expr.operatorPosition ?? expr.position)
            return
        }
        if case .assign(nil, let target, let value) = expr.kind, case .identifier(let name) = target.kind {
            // `x = v;` needs no copy of the result.
            return try assignToName(name, value: value, position: expr.position, inferredName: name, storeAt: expr.operatorPosition)
        }
        _ = try expression(expr)
    }

    /// Compiles `expr`; the result is in the returned register, which is `dst` when given.
    /// Without `dst` a local variable's own register may be returned.
    @discardableResult
    private func expression(_ expr: Expr, into dst: UInt32? = nil, inferredName: String? = nil) throws(JsError) -> UInt32 {
        note(expr.position)
        switch expr.kind {
        case .number(let value):
            let target = dst ?? allocateTemp()
            if let int = Int32(exactly: value), !(value == 0 && value.sign == .minus) {
                emit(.loadInt(dst: Register(target), value: Immediate(int)))
            } else {
                emit(.loadConst(dst: Register(target), index: ConstantIndex(try constant(.number(value)))))
            }
            return target
        case .string(let units):
            let target = dst ?? allocateTemp()
            emit(.loadConst(dst: Register(target), index: ConstantIndex(try constant(.string(units)))))
            return target
        case .boolean(let value):
            let target = dst ?? allocateTemp()
            emit(value ? .loadTrue(dst: Register(target)) : .loadFalse(dst: Register(target)))
            return target
        case .null:
            let target = dst ?? allocateTemp()
            emit(.loadNull(dst: Register(target)))
            return target
        case .identifier(let name):
            return try loadName(name, at: expr.position, into: dst)
        case .array(let elements):
            return try arrayLiteral(elements, into: dst)
        case .object(let properties):
            let target = dst ?? allocateTemp()
            emit(.newObject(dst: Register(target)))
            for property in properties {
                let saved = top
                let value = try expression(property.value, inferredName: String(decoding: property.key, as: UTF16.self))
                emit(.setProperty(object: Register(target), name: ConstantIndex(try constant(.string(property.key))), value: Register(value), feedback: FeedbackSlot(newSlot())))
                releaseTemps(to: saved)
            }
            return target
        case .function(let function):
            let target = dst ?? allocateTemp()
            try emitNewFunction(function, name: function.name ?? inferredName ?? "", isDeclaration: false, into: target)
            return target
        case .unary(let op, let operand):
            let saved = top
            if op == .typeOf, case .identifier(let name) = operand.kind, case .global = try resolve(name, at: operand.position) {
                let target = dst ?? allocateTemp()
                emit(.typeOfGlobal(dst: Register(target), name: ConstantIndex(try constant(.string(Array(name.utf16))))))
                return target
            }
            let source = try expression(operand)
            releaseTemps(to: saved)
            let target = dst ?? allocateTemp()
            let (s, d) = (Register(source), Register(target))
            switch op {
            case .negate: emit(.negate(dst: d, src: s, feedback: FeedbackSlot(newSlot())))
            case .plus: emit(.toNumber(dst: d, src: s, feedback: FeedbackSlot(newSlot())))
            case .not: emit(.not(dst: d, src: s))
            case .bitNot: emit(.bitNot(dst: d, src: s, feedback: FeedbackSlot(newSlot())))
            case .typeOf: emit(.typeOf(dst: d, src: s))
            }
            return target
        case .update(let increment, let prefix, let target):
            return try update(increment: increment, prefix: prefix, target: target, into: dst, position: expr.operatorPosition ?? expr.position)
        case .binary(let op, let lhs, let rhs):
            let saved = top
            let left = try operand(lhs, before: [rhs])
            if let literal = Self.int32Literal(rhs), Self.hasImmediateForm(op) {
                releaseTemps(to: saved)
                let target = dst ?? allocateTemp()
                emitBinary(op, target, left, immediate: literal)
                return target
            }
            let right = try expression(rhs)
            releaseTemps(to: saved)
            let target = dst ?? allocateTemp()
            emitBinary(op, target, left, right)
            return target
        case .logical(let op, let lhs, let rhs):
            let target = dst ?? allocateTemp()
            let end = Label()
            _ = try expression(lhs, into: target)
            emitJump(op == .and ? .jumpIfFalse : .jumpIfTrue, condition: target, to: end)
            let saved = top
            _ = try expression(rhs, into: target)
            releaseTemps(to: saved)
            bind(end)
            return target
        case .chain(let first, let links):
            return try chain(first, links, into: dst)
        case .conditional(let test, let then, let otherwise):
            let target = dst ?? allocateTemp()
            let elseLabel = Label(), end = Label()
            try branch(test, ifFalse: elseLabel)
            let saved = top
            _ = try expression(then, into: target)
            releaseTemps(to: saved)
            emitJump(to: end)
            bind(elseLabel)
            _ = try expression(otherwise, into: target)
            releaseTemps(to: saved)
            bind(end)
            return target
        case .assign(let op, let target, let value):
            return try assign(op: op, target: target, value: value, into: dst, position: expr.position, operatorAt: expr.operatorPosition ?? expr.position)
        case .call(let callee, let arguments):
            return try call(callee: callee, arguments: arguments, into: dst, construct: false, position: expr.position)
        case .new(let callee, let arguments):
            return try call(callee: callee, arguments: arguments, into: dst, construct: true, position: expr.position)
        case .member(let object, let name):
            let saved = top
            let objectRegister = try expression(object)
            releaseTemps(to: saved)
            let target = dst ?? allocateTemp()
            note(expr.position)
            emit(.getProperty(dst: Register(target), object: Register(objectRegister), name: ConstantIndex(try constant(.string(Array(name.utf16)))), feedback: FeedbackSlot(newSlot())))
            return target
        case .index(let object, let key):
            let saved = top
            let objectRegister = try operand(object, before: [key])
            let keyRegister = try expression(key)
            releaseTemps(to: saved)
            let target = dst ?? allocateTemp()
            note(expr.position)
            emit(.getElement(dst: Register(target), object: Register(objectRegister), key: Register(keyRegister), feedback: FeedbackSlot(newSlot())))
            return target
        }
    }

    /// A flat chain, left to right in a register of its own (`dst` may be a binding a later
    /// operand reads): each binary link operates on the value so far, each `&&`/`||` link
    /// keeps it or replaces it with its operand.
    private func chain(_ first: Expr, _ links: [ChainLink], into dst: UInt32?) throws(JsError) -> UInt32 {
        let value = allocateTemp()
        _ = try expression(first, into: value)
        for link in links {
            let saved = top
            switch link.op {
            case .binary(let op):
                if let literal = Self.int32Literal(link.operand), Self.hasImmediateForm(op) {
                    note(link.position)
                    emitBinary(op, value, value, immediate: literal)
                } else {
                    let right = try expression(link.operand)
                    note(link.position)
                    emitBinary(op, value, value, right)
                }
            case .logical(let op):
                let skip = Label()
                emitJump(op == .and ? .jumpIfFalse : .jumpIfTrue, condition: value, to: skip)
                _ = try expression(link.operand, into: value)
                bind(skip)
            }
            releaseTemps(to: saved)
        }
        guard let dst, dst != value else { return value }
        emit(.mov(dst: Register(dst), src: Register(value)))
        return dst
    }

    /// Most literals are one NewArray of consecutive registers. A literal longer than
    /// `arrayLiteralChunk` (or than the registers left) makes an array of the first elements
    /// and stores the rest one by one, so its size is limited by memory, not by operands.
    private func arrayLiteral(_ elements: [Expr], into dst: UInt32?) throws(JsError) -> UInt32 {
        guard elements.count < Int(Int32.max) else { throw JsError(.rangeError, "Invalid array length", at: location(Position(line: 1, column: 1))) }
        let saved = top
        let inRegisters = registersFit(elements.count + 1) ? min(elements.count, Self.arrayLiteralChunk) : 0
        let first = top
        for _ in 0..<inRegisters { _ = allocateTemp() }
        for i in 0..<inRegisters { _ = try expression(elements[i], into: UInt32(first + i)) }
        releaseTemps(to: saved)
        let array = inRegisters == elements.count ? (dst ?? allocateTemp()) : allocateTemp()
        emit(.newArray(dst: Register(array), first: Register(inRegisters == 0 ? 0 : UInt32(first)), count: OperandCount(UInt16(inRegisters))))
        if inRegisters == elements.count { return array }
        let index = allocateTemp(), value = allocateTemp()
        for i in inRegisters..<elements.count {
            _ = try expression(elements[i], into: value)
            emit(.loadInt(dst: Register(index), value: Immediate(Int32(i))))   // i < 2^31: a source holds fewer elements
            emit(.setElement(object: Register(array), key: Register(index), value: Register(value), feedback: FeedbackSlot(newSlot())))
        }
        releaseTemps(to: Int(array) + 1)
        guard let dst, dst != array else { return array }
        emit(.mov(dst: Register(dst), src: Register(array)))
        return dst
    }

    static let arrayLiteralChunk = 16_384

    /// Compiles an operand that later expressions might change: a local's register is copied
    /// first when any of `later` assigns a name (without closures, nothing else can change a local).
    private func operand(_ expr: Expr, before later: [Expr]) throws(JsError) -> UInt32 {
        if case .identifier = expr.kind, later.contains(where: Self.assignsName) {
            return try expression(expr, into: allocateTemp())
        }
        return try expression(expr)
    }

    /// An int32 literal operand (`x + 1`, `h | 0`), which the immediate forms take inline.
    static func int32Literal(_ expr: Expr) -> Int32? {
        guard case .number(let value) = expr.kind, let int = Int32(exactly: value), !(value == 0 && value.sign == .minus) else { return nil }
        return int
    }

    static func hasImmediateForm(_ op: BinaryOperator) -> Bool {
        switch op {
        case .add, .subtract, .multiply, .remainder, .bitAnd, .bitOr, .bitXor, .shiftLeft, .shiftRight, .shiftRightUnsigned: return true
        default: return false
        }
    }

    private func emitBinary(_ op: BinaryOperator, _ target: UInt32, _ left: UInt32, immediate: Int32) {
        let (d, l, v, f) = (Register(target), Register(left), Immediate(immediate), FeedbackSlot(newSlot()))
        switch op {
        case .add: emit(.addImm(dst: d, lhs: l, value: v, feedback: f))
        case .subtract: emit(.subImm(dst: d, lhs: l, value: v, feedback: f))
        case .multiply: emit(.mulImm(dst: d, lhs: l, value: v, feedback: f))
        case .remainder: emit(.modImm(dst: d, lhs: l, value: v, feedback: f))
        case .bitAnd: emit(.bitAndImm(dst: d, lhs: l, value: v, feedback: f))
        case .bitOr: emit(.bitOrImm(dst: d, lhs: l, value: v, feedback: f))
        case .bitXor: emit(.bitXorImm(dst: d, lhs: l, value: v, feedback: f))
        case .shiftLeft: emit(.shiftLeftImm(dst: d, lhs: l, value: v, feedback: f))
        case .shiftRight: emit(.shiftRightImm(dst: d, lhs: l, value: v, feedback: f))
        case .shiftRightUnsigned: emit(.shiftRightUnsignedImm(dst: d, lhs: l, value: v, feedback: f))
        default: preconditionFailure("\(op) has no immediate form")
        }
    }

    private func emitBinary(_ op: BinaryOperator, _ target: UInt32, _ left: UInt32, _ right: UInt32) {
        let (d, l, r, f) = (Register(target), Register(left), Register(right), FeedbackSlot(newSlot()))
        switch op {
        case .add: emit(.add(dst: d, lhs: l, rhs: r, feedback: f))
        case .subtract: emit(.sub(dst: d, lhs: l, rhs: r, feedback: f))
        case .multiply: emit(.mul(dst: d, lhs: l, rhs: r, feedback: f))
        case .divide: emit(.div(dst: d, lhs: l, rhs: r, feedback: f))
        case .remainder: emit(.mod(dst: d, lhs: l, rhs: r, feedback: f))
        case .exponent: emit(.exp(dst: d, lhs: l, rhs: r, feedback: f))
        case .bitAnd: emit(.bitAnd(dst: d, lhs: l, rhs: r, feedback: f))
        case .bitOr: emit(.bitOr(dst: d, lhs: l, rhs: r, feedback: f))
        case .bitXor: emit(.bitXor(dst: d, lhs: l, rhs: r, feedback: f))
        case .shiftLeft: emit(.shiftLeft(dst: d, lhs: l, rhs: r, feedback: f))
        case .shiftRight: emit(.shiftRight(dst: d, lhs: l, rhs: r, feedback: f))
        case .shiftRightUnsigned: emit(.shiftRightUnsigned(dst: d, lhs: l, rhs: r, feedback: f))
        case .equal: emit(.equal(dst: d, lhs: l, rhs: r, feedback: f))
        case .notEqual: emit(.notEqual(dst: d, lhs: l, rhs: r, feedback: f))
        case .strictEqual: emit(.strictEqual(dst: d, lhs: l, rhs: r, feedback: f))
        case .strictNotEqual: emit(.strictNotEqual(dst: d, lhs: l, rhs: r, feedback: f))
        case .less: emit(.lessThan(dst: d, lhs: l, rhs: r, feedback: f))
        case .lessEqual: emit(.lessThanOrEqual(dst: d, lhs: l, rhs: r, feedback: f))
        case .greater: emit(.greaterThan(dst: d, lhs: l, rhs: r, feedback: f))
        case .greaterEqual: emit(.greaterThanOrEqual(dst: d, lhs: l, rhs: r, feedback: f))
        }
    }

    /// Jumps to `ifFalse` when `test` is falsy; `!`, `&&` and `||` become control flow.
    private func branch(_ test: Expr, ifFalse: Label) throws(JsError) {
        let saved = top
        defer { releaseTemps(to: saved) }
        if let (operand, type, isEquality) = try typeofTest(test) {
            try emitTypeofBranch(operand, type, jumpWhenSameType: !isEquality, to: ifFalse)
            return
        }
        switch test.kind {
        case .unary(.not, let operand):
            try branchIfTrue(operand, to: ifFalse)
        case .logical(.and, let lhs, let rhs):
            try branch(lhs, ifFalse: ifFalse)
            try branch(rhs, ifFalse: ifFalse)
        case .logical(.or, let lhs, let rhs):
            let taken = Label()
            try branchIfTrue(lhs, to: taken)
            try branch(rhs, ifFalse: ifFalse)
            bind(taken)
        case .boolean(true):
            break
        case .binary(let op, let lhs, let rhs) where [.less, .lessEqual, .greater, .greaterEqual, .strictEqual, .strictNotEqual].contains(op):
            // Compare and branch in one instruction.
            let left = try operand(lhs, before: [rhs])
            let right = try expression(rhs)
            let (l, r, f, o) = (Register(left), Register(right), FeedbackSlot(newSlot()), JumpOffset(0))
            let start = code.count
            switch op {
            case .less: emit(.jumpIfNotLessThan(lhs: l, rhs: r, feedback: f, offset: o))
            case .lessEqual: emit(.jumpIfNotLessThanOrEqual(lhs: l, rhs: r, feedback: f, offset: o))
            case .greater: emit(.jumpIfNotGreaterThan(lhs: l, rhs: r, feedback: f, offset: o))
            case .greaterEqual: emit(.jumpIfNotGreaterThanOrEqual(lhs: l, rhs: r, feedback: f, offset: o))
            case .strictEqual: emit(.jumpIfNotStrictEqual(lhs: l, rhs: r, feedback: f, offset: o))
            default: emit(.jumpIfStrictEqual(lhs: l, rhs: r, feedback: f, offset: o))
            }
            use(ifFalse, instruction: start)
        default:
            let register = try expression(test)
            emitJump(.jumpIfFalse, condition: register, to: ifFalse)
        }
    }

    private func branchIfTrue(_ test: Expr, to target: Label) throws(JsError) {
        let saved = top
        defer { releaseTemps(to: saved) }
        if let (operand, type, isEquality) = try typeofTest(test) {
            try emitTypeofBranch(operand, type, jumpWhenSameType: isEquality, to: target)
            return
        }
        switch test.kind {
        case .unary(.not, let operand):
            try branch(operand, ifFalse: target)
        case .logical(.or, let lhs, let rhs):
            try branchIfTrue(lhs, to: target)
            try branchIfTrue(rhs, to: target)
        case .logical(.and, let lhs, let rhs):
            let notTaken = Label()
            try branch(lhs, ifFalse: notTaken)
            try branchIfTrue(rhs, to: target)
            bind(notTaken)
        default:
            let register = try expression(test)
            emitJump(.jumpIfTrue, condition: register, to: target)
        }
    }

    /// `typeof x === 'name'` (or `==`, `!==`, `!=`, either way round) with a name typeof can
    /// answer: x, the name's index (layout.yaml's TypeName*), and whether the test is equality.
    /// Not when x names a global: its typeof must answer for an undeclared one (TypeOfGlobal).
    private func typeofTest(_ test: Expr) throws(JsError) -> (operand: Expr, type: Int, isEquality: Bool)? {
        guard case .binary(let op, let lhs, let rhs) = test.kind, [.strictEqual, .strictNotEqual, .equal, .notEqual].contains(op) else { return nil }
        let operand: Expr, name: [UInt16]
        if case .unary(.typeOf, let x) = lhs.kind, case .string(let s) = rhs.kind {
            (operand, name) = (x, s)
        } else if case .unary(.typeOf, let x) = rhs.kind, case .string(let s) = lhs.kind {
            (operand, name) = (x, s)
        } else {
            return nil
        }
        guard let type = TypeNames.indices[String(decoding: name, as: UTF16.self)] else { return nil }
        if case .identifier(let identifier) = operand.kind, case .global = try resolve(identifier, at: operand.position) { return nil }
        return (operand, type, op == .strictEqual || op == .equal)
    }

    /// One instruction for a typeof test: JumpIfTypeOf, or JumpIfNotTypeOf.
    private func emitTypeofBranch(_ operand: Expr, _ type: Int, jumpWhenSameType: Bool, to target: Label) throws(JsError) {
        let register = Register(try expression(operand))
        let start = code.count
        if jumpWhenSameType {
            emit(.jumpIfTypeOf(src: register, type: Immediate(Int32(type)), offset: JumpOffset(0)))
        } else {
            emit(.jumpIfNotTypeOf(src: register, type: Immediate(Int32(type)), offset: JumpOffset(0)))
        }
        use(target, instruction: start)
    }

    /// Errors of the store point at `operatorAt` (the `=`), those of a compound assignment's
    /// read at the target's object, as V8's do.
    private func assign(op: BinaryOperator?, target: Expr, value: Expr, into dst: UInt32?, position: Position, operatorAt: Position) throws(JsError) -> UInt32 {
        switch target.kind {
        case .identifier(let name):
            guard let op else {
                let result = dst ?? allocateTemp()
                try assignToName(name, value: value, position: position, inferredName: name, into: result, storeAt: operatorAt)
                return result
            }
            // x op= v on a plain local: operate in place.
            if case .local(let binding) = try resolve(name, at: position), binding.initialized,
               binding.kind != .const, binding.kind != .calleeName, !Self.assignsName(value) {
                let saved = top
                if let literal = Self.int32Literal(value), Self.hasImmediateForm(op) {
                    emitBinary(op, binding.register, binding.register, immediate: literal)
                } else {
                    let right = try expression(value)
                    emitBinary(op, binding.register, binding.register, right)
                }
                releaseTemps(to: saved)
                if let dst { emit(.mov(dst: Register(dst), src: Register(binding.register))) }
                return dst ?? binding.register
            }
            // x op= v: read, operate, write back through the same rules as `=`.
            let saved = top
            let current = try operand(target, before: [value])
            let right = try expression(value)
            let result = dst ?? allocateTemp()
            emitBinary(op, result, current, right)
            try storeName(name, result, position: position, storeAt: operatorAt)
            releaseTemps(to: max(saved, Int(result) + 1))
            return result
        case .member(let object, let name):
            let saved = top
            let objectRegister = try operand(object, before: [value])
            let key = ConstantIndex(try constant(.string(Array(name.utf16))))
            let result = dst ?? allocateTemp()
            if let op {
                note(object.position)
                let current = allocateTemp()
                emit(.getProperty(dst: Register(current), object: Register(objectRegister), name: key, feedback: FeedbackSlot(newSlot())))
                let right = try expression(value)
                emitBinary(op, result, current, right)
            } else {
                _ = try expression(value, into: result, inferredName: name)
            }
            note(operatorAt)
            emit(.setProperty(object: Register(objectRegister), name: key, value: Register(result), feedback: FeedbackSlot(newSlot())))
            releaseTemps(to: max(saved, Int(result) + 1))
            return result
        case .index(let object, let keyExpr):
            let saved = top
            let objectRegister = try operand(object, before: [keyExpr, value])
            let keyRegister = try operand(keyExpr, before: [value])
            let result = dst ?? allocateTemp()
            if let op {
                note(object.position)
                let current = allocateTemp()
                emit(.getElement(dst: Register(current), object: Register(objectRegister), key: Register(keyRegister), feedback: FeedbackSlot(newSlot())))
                let right = try expression(value)
                emitBinary(op, result, current, right)
            } else {
                _ = try expression(value, into: result)
            }
            note(operatorAt)
            emit(.setElement(object: Register(objectRegister), key: Register(keyRegister), value: Register(result), feedback: FeedbackSlot(newSlot())))
            releaseTemps(to: max(saved, Int(result) + 1))
            return result
        default:
            throw JsError(.syntaxError, "Invalid left-hand side in assignment", at: location(target.position))
        }
    }

    /// Writes a computed value to a name (compound assignment and ++/--).
    private func storeName(_ name: String, _ register: UInt32, position: Position, storeAt: Position? = nil) throws(JsError) {
        switch try resolve(name, at: position) {
        case .local(let binding):
            switch binding.kind {
            case .const:
                note(storeAt ?? position)
                try emitThrow(.typeError, "Assignment to constant variable.")
            case .calleeName: break
            default:
                if register != binding.register { emit(.mov(dst: Register(binding.register), src: Register(register))) }
            }
        case .global(let name):
            note(storeAt ?? position)
            try storeGlobalChecked(name, register)
        case .callee:
            throw closureError(name, at: position)
        }
    }

    private func update(increment: Bool, prefix: Bool, target: Expr, into dst: UInt32?, position: Position) throws(JsError) -> UInt32 {
        func step(_ d: UInt32, _ s: UInt32) {
            emit(increment ? .increment(dst: Register(d), src: Register(s), feedback: FeedbackSlot(newSlot()))
                           : .decrement(dst: Register(d), src: Register(s), feedback: FeedbackSlot(newSlot())))
        }
        let saved = top
        /// `o.x++` and `a[i]--`: load into `old`, step into `new`, store `new`; the result is
        /// `new` (prefix) or the old value as a number (postfix).
        func readModifyWrite(load: (UInt32) -> Void, store: (UInt32) -> Void) -> UInt32 {
            let result = dst ?? allocateTemp()
            let old = allocateTemp(), new = allocateTemp()
            // V8 points the read of `++o.x` at the `++`, that of `o.x++` at the object.
            switch target.kind {
            case .member(let object, _) where !prefix, .index(let object, _) where !prefix: note(object.position)
            default: note(position)
            }
            load(old)
            if prefix {
                step(new, old)
                emit(.mov(dst: Register(result), src: Register(new)))
            } else {
                emit(.toNumber(dst: Register(result), src: Register(old), feedback: FeedbackSlot(newSlot())))
                step(new, result)
            }
            store(new)
            releaseTemps(to: max(saved, Int(result) + 1))
            return result
        }
        // Read the old value into `old` (converted to a number for postfix), write old ± 1.
        switch target.kind {
        case .identifier(let name):
            if case .local(let binding) = try resolve(name, at: target.position), binding.kind != .const, binding.kind != .calleeName, binding.initialized {
                if prefix {
                    step(binding.register, binding.register)
                    if let dst, dst != binding.register { emit(.mov(dst: Register(dst), src: Register(binding.register))) }
                    return dst ?? binding.register
                }
                let result = dst ?? allocateTemp()
                emit(.toNumber(dst: Register(result), src: Register(binding.register), feedback: FeedbackSlot(newSlot())))
                step(binding.register, result)
                return result
            }
            let result = dst ?? allocateTemp()
            let old = try loadName(name, at: target.position, into: allocateTemp())
            let new = allocateTemp()
            if prefix {
                step(new, old)
                try storeName(name, new, position: position)
                emit(.mov(dst: Register(result), src: Register(new)))
            } else {
                emit(.toNumber(dst: Register(result), src: Register(old), feedback: FeedbackSlot(newSlot())))
                step(new, result)
                try storeName(name, new, position: position)
            }
            releaseTemps(to: max(saved, Int(result) + 1))
            return result
        case .member(let object, let name):
            let objectRegister = try expression(object)
            let key = ConstantIndex(try constant(.string(Array(name.utf16))))
            return readModifyWrite(
                load: { emit(.getProperty(dst: Register($0), object: Register(objectRegister), name: key, feedback: FeedbackSlot(newSlot()))) },
                store: { emit(.setProperty(object: Register(objectRegister), name: key, value: Register($0), feedback: FeedbackSlot(newSlot()))) })
        case .index(let object, let keyExpr):
            let objectRegister = try operand(object, before: [keyExpr])
            let keyRegister = try expression(keyExpr)
            return readModifyWrite(
                load: { emit(.getElement(dst: Register($0), object: Register(objectRegister), key: Register(keyRegister), feedback: FeedbackSlot(newSlot()))) },
                store: { emit(.setElement(object: Register(objectRegister), key: Register(keyRegister), value: Register($0), feedback: FeedbackSlot(newSlot()))) })
        default:
            throw JsError(.syntaxError, "Invalid left-hand side expression in \(prefix ? "prefix" : "postfix") operation", at: location(target.position))
        }
    }

    /// `callee(arguments)` or `new callee(arguments)`: the callee in one register, `this` and
    /// the arguments in consecutive registers after it.
    private func call(callee: Expr, arguments: [Expr], into dst: UInt32?, construct: Bool, position: Position) throws(JsError) -> UInt32 {
        let saved = top
        guard registersFit(2 * arguments.count + 2) else {
            // A call's arguments take room twice, in the caller's registers and in the callee's
            // frame (V8 pushes them too): past the frame limit node overflows its stack at such
            // a call, after evaluating what it passes, and so does this.
            try effect(callee)
            for argument in arguments { try effect(argument) }
            note(position)
            try emitThrow(.rangeError, "Maximum call stack size exceeded")
            return dst ?? allocateTemp()
        }
        let calleeRegister = allocateTemp()
        let thisRegister = allocateTemp()
        for _ in arguments { _ = allocateTemp() }
        switch callee.kind {
        case .member(let object, let name) where !construct:
            _ = try expression(object, into: thisRegister)
            note(callee.position)
            emit(.getProperty(dst: Register(calleeRegister), object: Register(thisRegister), name: ConstantIndex(try constant(.string(Array(name.utf16)))), feedback: FeedbackSlot(newSlot())))
        case .index(let object, let key) where !construct:
            _ = try expression(object, into: thisRegister)
            let keyMark = top
            let keyRegister = try expression(key)
            note(callee.position)
            emit(.getElement(dst: Register(calleeRegister), object: Register(thisRegister), key: Register(keyRegister), feedback: FeedbackSlot(newSlot())))
            releaseTemps(to: keyMark)
        default:
            _ = try expression(callee, into: calleeRegister)
            emit(.loadUndefined(dst: Register(thisRegister)))
        }
        for (i, argument) in arguments.enumerated() {
            _ = try expression(argument, into: UInt32(Int(thisRegister) + 1 + i))
        }
        releaseTemps(to: saved)
        let target = dst ?? allocateTemp()
        note(position)
        callSiteNames[code.count] = Self.describe(callee)
        let (d, c, f, n, s) = (Register(target), Register(calleeRegister), Register(thisRegister), OperandCount(UInt16(arguments.count)), FeedbackSlot(newSlot()))
        emit(construct ? .construct(dst: d, callee: c, first: f, count: n, feedback: s) : .call(dst: d, callee: c, first: f, count: n, feedback: s))
        return target
    }

    private func emitNewFunction(_ function: FunctionNode, name: String, isDeclaration: Bool, into register: UInt32) throws(JsError) {
        let compiler = FunctionCompiler(name: name, file: file, parent: self, globals: globals, node: function)
        let chunk = try compiler.compileFunction(function, isDeclaration: isDeclaration)
        functions.append(chunk)
        emit(.newFunction(dst: Register(register), function: FunctionIndex(UInt32(truncatingIfNeeded: functions.count - 1))))   // finish() checks the count
    }

    // MARK: - Emission

    private func emit(_ instruction: Instruction) {
        instruction.encode(into: &code)
    }

    private func note(_ position: Position) {
        if let last = lineTable.last, last.line == position.line, last.column == position.column { return }
        if let last = lineTable.last, last.offset == code.count { lineTable.removeLast() }
        lineTable.append(BytecodeChunk.LineEntry(offset: code.count, line: position.line, column: position.column))
    }

    private func location(_ position: Position) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    private func bind(_ label: Label) {
        label.offset = code.count
        for use in label.uses { patch(use.operand, target: code.count, from: use.instruction) }
    }

    private func patch(_ operand: Int, target: Int, from instruction: Int) {
        let offset = UInt32(truncatingIfNeeded: target - instruction)   // finish() checks the code size
        for i in 0..<4 { code[operand + i] = UInt8(truncatingIfNeeded: offset >> (8 * UInt32(i))) }
    }

    private enum JumpKind { case jumpIfTrue, jumpIfFalse }

    private func emitJump(to label: Label) {
        let start = code.count
        emit(.jump(offset: JumpOffset(0)))
        use(label, instruction: start)
    }

    private func emitJump(_ kind: JumpKind, condition: UInt32, to label: Label) {
        let start = code.count
        emit(kind == .jumpIfTrue ? .jumpIfTrue(cond: Register(condition), offset: JumpOffset(0)) : .jumpIfFalse(cond: Register(condition), offset: JumpOffset(0)))
        use(label, instruction: start)
    }

    private func emitLoop(to header: Label) {
        emit(.jumpLoop(offset: JumpOffset(Int32(truncatingIfNeeded: header.offset! - code.count))))   // finish() checks the code size
    }

    private func use(_ label: Label, instruction start: Int) {
        let operand = code.count - 4 // the jump offset is every jump's last operand
        if let target = label.offset {
            patch(operand, target: target, from: start)
        } else {
            label.uses.append((operand, start))
        }
    }

    /// The most registers a frame may have: as many as fit in V8's default native stack
    /// (984 KB), so that a function whose frame node cannot push fails here too. A function
    /// needing more is compiled to a RangeError (see `finish`), so the registers handed out
    /// past the limit are never run.
    static let maxRegisterCount = 984 * 1024 / 8

    private func allocateTemp() -> UInt32 {
        let register = top
        top += 1
        registerCount = max(registerCount, top)
        return UInt32(min(register, Self.maxRegisterCount))
    }

    /// Whether `count` more registers fit in the frame.
    private func registersFit(_ count: Int) -> Bool { top + count <= Self.maxRegisterCount }

    private func releaseTemps(to mark: Int) {
        if mark < top { top = mark }
    }

    private func newSlot() -> UInt32 {
        feedbackSlots += 1
        return UInt32(truncatingIfNeeded: feedbackSlots - 1)   // finish() checks the count
    }

    private func constant(_ value: BytecodeChunk.Constant) throws(JsError) -> UInt32 {
        if let index = constantIndex[value] { return index }
        let index = UInt32(truncatingIfNeeded: constants.count)   // finish() checks the count
        constants.append(value)
        constantIndex[value] = index
        return index
    }

    // MARK: - Syntax-tree queries

    /// The callee as V8 names it in "x is not a function" (`o.m`, `a[i]`, `f(...)`, `5.foo`).
    static func describe(_ expr: Expr) -> String {
        switch expr.kind {
        case .identifier(let name): return name
        case .number(let n): return JSNumber.toString(n)
        case .string(let s): return "\"\(String(decoding: s, as: UTF16.self))\""
        case .boolean(let b): return b ? "true" : "false"
        case .null: return "null"
        case .member(let object, let name): return "\(describe(object)).\(name)"
        case .index(let object, let key):
            switch key.kind {
            case .number(let n): return "\(describe(object))[\(JSNumber.toString(n))]"
            case .string(let s):
                let name = String(decoding: s, as: UTF16.self)
                let isIdentifier = name.first.map { $0.isLetter || $0 == "_" || $0 == "$" } == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
                return isIdentifier ? "\(describe(object)).\(name)" : "\(describe(object))[\"\(name)\"]"
            case .identifier(let name): return "\(describe(object))[\(name)]"
            default: return "\(describe(object))[...]"
            }
        case .call(let callee, _): return "\(describe(callee))(...)"
        default: return "(intermediate value)"
        }
    }

    /// Does the expression assign or update a plain name anywhere (not inside nested functions)?
    static func assignsName(_ expr: Expr) -> Bool {
        var found = false
        visit(expr) { e in
            switch e.kind {
            case .assign(_, let target, _), .update(_, _, let target):
                if case .identifier = target.kind { found = true }
            default: break
            }
        }
        return found
    }

    /// Does `name` occur as an identifier in these statements (including nested functions)?
    static func mentions(_ name: String, in statements: [Stmt]) -> Bool {
        var found = false
        for statement in statements { visit(statement, functions: true) { e in if case .identifier(name) = e.kind { found = true } } }
        return found
    }

    static func mentions(_ name: String, in expr: Expr) -> Bool {
        var found = false
        visit(expr, functions: true) { e in if case .identifier(name) = e.kind { found = true } }
        return found
    }

    /// Names assigned (`=`, `op=`, `++`, `--`) anywhere in a function body, outside nested functions.
    static func assignedNames(in body: [Stmt]) -> Set<String> {
        var names: Set<String> = []
        for statement in body {
            visit(statement, functions: false) { e in
                switch e.kind {
                case .assign(_, let target, _), .update(_, _, let target):
                    if case .identifier(let name) = target.kind { names.insert(name) }
                default: break
                }
            }
        }
        return names
    }

    static func visit(_ expr: Expr, functions: Bool = false, _ body: (Expr) -> Void) {
        body(expr)
        switch expr.kind {
        case .number, .string, .boolean, .null, .identifier: break
        case .array(let elements): for e in elements { visit(e, functions: functions, body) }
        case .object(let properties): for p in properties { visit(p.value, functions: functions, body) }
        case .function(let function):
            if functions { for s in function.body { visit(s, functions: true, body) } }
        case .unary(_, let e), .update(_, _, let e), .member(let e, _): visit(e, functions: functions, body)
        case .binary(_, let a, let b), .logical(_, let a, let b), .index(let a, let b), .assign(_, let a, let b):
            visit(a, functions: functions, body)
            visit(b, functions: functions, body)
        case .chain(let first, let links):
            visit(first, functions: functions, body)
            for link in links { visit(link.operand, functions: functions, body) }
        case .conditional(let a, let b, let c):
            visit(a, functions: functions, body)
            visit(b, functions: functions, body)
            visit(c, functions: functions, body)
        case .call(let callee, let arguments), .new(let callee, let arguments):
            visit(callee, functions: functions, body)
            for a in arguments { visit(a, functions: functions, body) }
        }
    }

    static func visit(_ statement: Stmt, functions: Bool, _ body: (Expr) -> Void) {
        switch statement.kind {
        case .declaration(_, let declarators):
            for d in declarators { if let e = d.initializer { visit(e, functions: functions, body) } }
        case .function(let function):
            if functions { for s in function.body { visit(s, functions: true, body) } }
        case .expression(let e): visit(e, functions: functions, body)
        case .block(let statements): for s in statements { visit(s, functions: functions, body) }
        case .if(let test, let then, let otherwise):
            visit(test, functions: functions, body)
            visit(then, functions: functions, body)
            if let otherwise { visit(otherwise, functions: functions, body) }
        case .while(let test, let loopBody), .doWhile(let loopBody, let test):
            visit(test, functions: functions, body)
            visit(loopBody, functions: functions, body)
        case .for(let initializer, let test, let update, let loopBody):
            if let initializer { visit(initializer, functions: functions, body) }
            if let test { visit(test, functions: functions, body) }
            if let update { visit(update, functions: functions, body) }
            visit(loopBody, functions: functions, body)
        case .return(let e): if let e { visit(e, functions: functions, body) }
        case .labeled(_, let s): visit(s, functions: functions, body)
        case .break, .continue, .empty: break
        }
    }
}

private func orderedUnique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
}
