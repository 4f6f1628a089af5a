/// One way to write a statement. `applies` says whether it may go here (in a loop, in a
/// function, straight at the top level); `make` writes it and returns false when it found
/// nothing to work on. A new statement form of the engine is a new row in `statementTable`.
struct StatementProduction: Sendable {
    let name: String
    let weight: Int
    var applies: @Sendable (Generation) -> Bool = { _ in true }
    let make: @Sendable (Generation) -> Bool
}

extension Generation {
    static let statementTable: [StatementProduction] = [
        StatementProduction(name: "declaration", weight: 10) { g in g.declaration() },
        StatementProduction(name: "assignment", weight: 14) { g in g.assignment() },
        StatementProduction(name: "console.log", weight: 8, applies: { $0.mayPrint }) { g in g.log() },
        StatementProduction(name: "if", weight: 5, applies: { $0.depth < $0.options.blockDepth }) { g in g.ifStatement() },
        StatementProduction(name: "loop", weight: 5, applies: { $0.depth < $0.options.blockDepth }) { g in g.smallLoop() },
        StatementProduction(name: "break or continue", weight: 3, applies: { $0.inLoop }) { g in g.breakOrContinue() },
        StatementProduction(name: "indexed scan", weight: 3, applies: { $0.depth < $0.options.blockDepth }) { g in g.indexedScan() },
        StatementProduction(name: "call", weight: 3) { g in
            guard let call = g.call(returning: g.random.pick([.number, .string, .value, .any, .array, .object, .boolean]), depth: 1) else { return false }
            g.emit(call + ";")
            return true
        },
        StatementProduction(name: "return", weight: 2, applies: { !$0.atTopLevel }) { g in
            g.emit("if (\(g.expression(.boolean, depth: 1))) return \(g.expression(g.returnKind!, depth: 2));")
            return true
        },
        StatementProduction(name: "block", weight: 1, applies: { $0.depth < $0.options.blockDepth }) { g in
            g.block("") { g.statements(g.random.int(in: 1...2)) }
            return true
        },
        StatementProduction(name: "function declaration", weight: 6, applies: { $0.atTopLevelStatement }) { g in
            g.functionDeclaration(maxCost: g.options.functionBudget)
            return true
        },
        StatementProduction(name: "recursive function", weight: 2, applies: { $0.atTopLevelStatement }) { g in g.recursiveFunction() },
        StatementProduction(name: "hot call loop", weight: 5, applies: { $0.atTopLevelStatement }) { g in g.hotCallLoop() },
        StatementProduction(name: "hot loop", weight: 3, applies: { $0.atTopLevelStatement }) { g in g.hotLoop() },
    ]

    /// `count` statements drawn from the table.
    func statements(_ count: Int) {
        for _ in 0..<count { statement() }
    }

    func statement() {
        var candidates = Self.statementTable.filter { $0.applies(self) }
        while !candidates.isEmpty {
            let index = random.weightedIndex(candidates.map(\.weight))
            if candidates[index].make(self) { return }
            candidates.remove(at: index)
        }
        emit(";")
    }

    // MARK: Simple statements

    func declaration() -> Bool {
        let kinds: [(Kind, Int)] = [(.number, 6), (.string, 2), (.array, 3), (.object, 3), (.value, 1), (.any, 1), (.boolean, 1), (.function, 1)]
        var kind = kinds[random.weightedIndex(kinds.map(\.1))].0
        if !canProvide(kind) || (kind == .string && !canAllocate) { kind = .number }
        let name = freshName("v")
        if kind == .function {
            // Each evaluation makes a function object.
            guard allocates() else { return false }
            let (text, signature, mutable) = functionValue()
            emit("\(mutable ? "let" : "const") \(name) = \(text);")
            declare(Variable(name: name, kind: .function, mutable: mutable, signature: signature))
            return true
        }
        let keyword = random.pick(["let", "let", "var", "const"])
        emit("\(keyword) \(name) = \(expression(kind));")
        declare(Variable(name: name, kind: kind, mutable: keyword != "const"))
        return true
    }

    func assignment() -> Bool {
        let mutable = visible.filter(\.mutable)
        guard !mutable.isEmpty else { return false }
        let target = random.pick(mutable)
        let name = target.name
        switch target.kind {
        case .number:
            switch random.int(in: 0...3) {
            case 0: emit("\(name) = \(expression(.number));")
            case 1 where random.chance(0.1): emit("\(name) **= \(random.pick(Literals.exactExponents));")
            case 1: emit("\(name) \(random.pick(["+=", "-=", "*=", "/=", "%=", "<<=", ">>=", ">>>=", "&=", "|=", "^="])) \(expression(.number, depth: 1));")
            case 2: emit("\(name) += \(expression(.number));")
            default: emit(random.pick(["\(name)++;", "\(name)--;", "++\(name);", "--\(name);"]))
            }
        case .string:
            guard allocates() else { return false }
            // Bounded, so a hot loop cannot build a huge string.
            if random.chance(0.6) {
                emit("if (\(name).length < 40) \(name) += \(expression(.any, depth: 1));")
            } else {
                emit("\(name) = \(expression(.string)).slice(0, 30);")
            }
        case .array:
            switch random.int(in: 0...6) {
            // Writes stay near the end: past 2^27 the engine's arrays (dense only) throw a
            // RangeError where node's go sparse.
            case 0: emit("\(name)[\(random.int(in: 0...9))] = \(expression(.any));")
            case 1: emit("\(name)[\(expression(.number, depth: 1)) & 7] = \(expression(.any));")
            case 2:
                guard allocates() else { return false }
                emit("if (\(name).length < 12) \(name).push(\(expression(.any, depth: 1)));")
            case 3: emit("\(name).length = \(random.int(in: 0...6));")
            case 4: emit("\(name).pop();")
            case 5: emit("\(name).fill(\(expression(.any, depth: 1)), \(position(depth: 0)), \(position(depth: 0)));")
            default: emit("\(name) = \(expression(.array));")
            }
        case .object:
            let property = random.pick(Literals.properties)
            switch random.int(in: 0...3) {
            case 0: emit("\(name).\(property) = \(expression(.any));")
            case 1: emit("\(name)['\(property)'] = \(expression(.number, depth: 1));")
            case 2: emit("\(name).\(property)++;")
            default: emit("\(name) = \(expression(.object));")
            }
        case .function:
            guard let signature = target.signature, signature.cost <= 1 else { return false }
            emit("\(name) = \(arrow(signature));")
        case .boolean, .value, .any:
            emit("\(name) = \(expression(target.kind));")
        }
        return true
    }

    func log() -> Bool {
        notePrinting()
        let count = random.int(in: 1...3)
        let kinds: [Kind] = [.number, .number, .string, .value, .any, .array, .object]
        emit("console.log(\((0..<count).map { _ in expression(random.pick(kinds)) }.joined(separator: ", ")));")
        return true
    }

    // MARK: Control flow

    func ifStatement() -> Bool {
        let condition = expression(random.chance(0.7) ? .boolean : .any, depth: 2)
        let count = random.int(in: 1...2)
        ifElse(condition, then: { statements(count) }, otherwise: random.chance(0.4) ? { self.statements(count) } : nil)
        return true
    }

    /// A `for`, `while` or `do`-`while` of a few iterations, its counter changed only in its
    /// header (or its `while` line), so no body can make it run forever.
    func smallLoop() -> Bool {
        let iterations = random.int(in: 1...options.smallLoopIterations)
        guard cost + multiplier * iterations * 4 <= budget else { return false }
        let label = random.chance(0.25) ? freshName("L") : nil
        let prefix = label.map { "\($0): " } ?? ""
        let counter = freshName("i")
        let body = random.int(in: 1...3)
        loop(label: label, iterations: iterations) {
            switch random.int(in: 0...2) {
            case 0:
                block("\(prefix)for (let \(counter) = 0; \(counter) < \(iterations); \(counter)++)") {
                    declare(Variable(name: counter, kind: .number, mutable: false))
                    statements(body)
                }
            case 1:
                emit("let \(counter) = 0;")
                block("\(prefix)while (\(counter)++ < \(iterations))") {
                    declare(Variable(name: counter, kind: .number, mutable: false))
                    statements(body)
                }
            default:
                emit("let \(counter) = 0;")
                block("\(prefix)do", close: "} while (++\(counter) < \(iterations));") {
                    declare(Variable(name: counter, kind: .number, mutable: false))
                    statements(body)
                }
            }
        }
        return true
    }

    /// `for (let i = 0; i < 4 && i < x.length; i++) n = (n + (x[i] | 0)) | 0;` over whatever
    /// `x` holds: in a hot function whose argument stops being an array, the element loads and
    /// the length check meet strings, objects and numbers.
    func indexedScan() -> Bool {
        let receivers = visible.filter { [.value, .array, .string].contains($0.kind) }
        let iterations = random.int(in: 2...options.smallLoopIterations)
        guard !receivers.isEmpty, cost + multiplier * iterations * 2 <= budget else { return false }
        let receiver = random.pick(receivers)
        let counter = freshName("i")
        var total = pickVariable(of: .number, mutable: true)
        if total == nil {
            total = Variable(name: freshName("s"), kind: .number, mutable: true)
            emit("let \(total!.name) = 0;")
        }
        loop(label: nil, iterations: iterations) {
            block("for (let \(counter) = 0; \(counter) < \(iterations) && \(counter) < \(receiver.name).length; \(counter)++)") {
                emit(random.chance(0.5)
                     ? "\(total!.name) = (\(total!.name) + (\(receiver.name)[\(counter)] | 0)) | 0;"
                     : "\(total!.name) = \(total!.name) * 2 + (\(receiver.name)[\(counter)] === undefined ? 1 : 0);")
            }
        }
        declare(total!)
        return true
    }

    func breakOrContinue() -> Bool {
        let word = random.pick(["break", "continue"])
        let labels = loopLabels.compactMap { $0 }
        let target = !labels.isEmpty && random.chance(0.5) ? " " + random.pick(labels) : ""
        emit("if (\(expression(.boolean, depth: 1))) \(word)\(target);")
        return true
    }
}
