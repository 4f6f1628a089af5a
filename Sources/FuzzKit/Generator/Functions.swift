/// Functions, and the hot code that makes the engine tier up, deoptimize and enter loops by
/// OSR: functions called in long loops with arguments whose types change partway.
extension Generation {
    private static let parameterKinds: [(Kind, Int)] = [(.number, 5), (.value, 3), (.any, 1), (.array, 1), (.object, 1), (.string, 1)]
    private static let returnKinds: [(Kind, Int)] = [(.number, 4), (.value, 2), (.any, 2), (.string, 1), (.array, 1), (.object, 1), (.boolean, 1)]

    private func weighted(_ table: [(Kind, Int)]) -> Kind {
        table[random.weightedIndex(table.map(\.1))].0
    }

    private func parameters(atLeast minimum: Int = 0) -> [Variable] {
        (0..<random.int(in: minimum...3)).map { _ in Variable(name: freshName("p"), kind: weighted(Self.parameterKinds), mutable: true) }
    }

    /// `function fN(…) { … return …; }` at this point; returns the function's variable.
    @discardableResult
    func functionDeclaration(maxCost: Int, maxAllocations: Int? = nil, quiet: Bool = false) -> Variable {
        let name = freshName("f")
        // A function for a hot loop takes arguments, whose types the loop changes.
        let parameters = parameters(atLeast: quiet ? 1 : 0)
        // A hot function computes with its first argument, so its code specializes on the type.
        let computes = quiet && [.number, .value, .any].contains(parameters[0].kind) && random.chance(0.7)
        let returns = computes ? (parameters[0].kind == .number ? .number : .any) : weighted(Self.returnKinds)
        let signature = functionBody(parameters: parameters, returns: returns, budget: maxCost, allocationBudget: maxAllocations, quiet: quiet) {
            block("function \(name)(\(parameters.map(\.name).joined(separator: ", ")))") {
                statements(random.int(in: options.functionStatements))
                if computes && parameters[0].kind == .number {
                    emit("return \(parameters[0].name) \(random.pick(["+", "-", "*", "|", "&", "/", "%"])) \(expression(.number, depth: 2));")
                } else if computes {
                    let p = parameters[0].name
                    // Members only of a value that cannot be null or undefined.
                    let forms = ["(\(p) + \(expression(.number, depth: 1)))", "(\(p) * 2)"]
                        + (parameters[0].kind == .value ? ["\(p).length", "\(p)[\(position(depth: 1))]"] : [])
                    emit("return \(random.pick(forms));")
                } else {
                    emit("return \(expression(returns));")
                }
            }
        }
        let function = Variable(name: name, kind: .function, mutable: false, signature: signature)
        declare(function)
        return function
    }

    /// A function as a value: an arrow (which may be replaced later by another of the same
    /// kinds) or a function expression with a body.
    func functionValue() -> (text: String, signature: Signature, mutable: Bool) {
        let parameters = parameters()
        let returns = weighted(Self.returnKinds)
        if random.chance(0.6) {
            var text = ""
            let signature = functionBody(parameters: parameters, returns: returns, budget: 1) {
                text = arrowText(parameters, returns)
            }
            return (text, signature, signature.cost <= 1)
        }
        var lines: [String] = []
        let signature = functionBody(parameters: parameters, returns: returns) {
            let start = self.lines.count
            block("function (\(parameters.map(\.name).joined(separator: ", ")))") {
                statements(random.int(in: options.functionStatements))
                emit("return \(expression(returns));")
            }
            lines = Array(self.lines[start...])
            dropLines(from: start)
        }
        // The expression spans lines: its first line joins the declaration's, the rest follow.
        let text = lines.enumerated().map { $0 == 0 ? $1.drop(while: { $0 == " " }) : Substring($1) }.joined(separator: "\n")
        return (text, signature, false)
    }

    /// Another arrow with `signature`'s kinds, as cheap as it.
    func arrow(_ signature: Signature) -> String {
        let parameters = signature.parameters.map { Variable(name: freshName("p"), kind: $0, mutable: false) }
        var text = ""
        _ = functionBody(parameters: parameters, returns: signature.returns, budget: signature.cost, allocationBudget: signature.allocations,
                         quiet: !signature.prints) {
            text = arrowText(parameters, signature.returns)
        }
        return text
    }

    private func arrowText(_ parameters: [Variable], _ returns: Kind) -> String {
        let list = parameters.count == 1 && random.chance(0.5) ? parameters[0].name : "(\(parameters.map(\.name).joined(separator: ", ")))"
        return "\(list) => (\(expression(returns, depth: 2)))"
    }

    /// `function rN(n, p) { if (n <= 0) return …; … return rN(n - 1, …) + …; }`: calls pass a
    /// depth of at most 5.
    func recursiveFunction() -> Bool {
        let name = freshName("r")
        let returns: Kind = random.chance(0.7) ? .number : .string
        let depth = Variable(name: freshName("n"), kind: .number, mutable: false)
        let parameter = Variable(name: freshName("p"), kind: returns, mutable: true)
        var signature = functionBody(parameters: [depth, parameter], returns: returns, budget: options.functionBudget / 6,
                                     allocationBudget: options.functionAllocationBudget / 6, quiet: true) {
            block("function \(name)(\(depth.name), \(parameter.name))") {
                emit("if (\(depth.name) <= 0) return \(expression(returns, depth: 1));")
                statements(random.int(in: 0...2))
                let combine = returns == .number ? random.pick(["+", "-", "*", "^", "+"]) : "+"
                emit("return (\(name)(\(depth.name) - 1, \(expression(returns, depth: 1))) \(combine) \(expression(returns, depth: 1)));")
            }
        }
        signature.cost *= 6
        signature.allocations *= 6
        signature.recursive = true
        declare(Variable(name: name, kind: .function, mutable: false, signature: signature))
        return true
    }

    // MARK: Hot code

    /// A function called thousands of times in a loop, its arguments switching type partway
    /// (int32 to double or overflow, array to string, one object shape to another), with the
    /// results printed now and then and folded into a digest.
    func hotCallLoop(iterations chosen: Int? = nil) -> Bool {
        let iterations = chosen ?? random.pick(options.hotIterations)
        // Less what the function's declaration, the loop's set-up and its own lines cost.
        let affordable = (budget - cost - 4) / iterations - 6
        let affordableAllocations = (allocationBudget - allocations) / iterations
        guard affordable >= 2 else { return false }
        func fits(_ signature: Signature) -> Bool {
            !signature.recursive && !signature.prints && signature.cost <= affordable && signature.allocations <= affordableAllocations
        }
        let existing = visible.filter { $0.signature.map(fits) ?? false }
        let function = existing.isEmpty || random.chance(0.5)
            ? functionDeclaration(maxCost: Swift.min(affordable, options.hotFunctionBudget), maxAllocations: affordableAllocations, quiet: true)
            : random.pick(existing)
        guard let signature = function.signature, fits(signature) else { return true }

        hotLoops += 1
        let counter = freshName("h")
        let result = freshName("r")
        let digest = freshName("d")
        let switchAt = switchPoint(iterations)
        let period = iterations / random.int(in: 3...6)
        let numeric = signature.returns == .number
        emit("let \(result) = \(numeric ? "0" : "undefined");")
        emit("let \(digest) = 0;")
        loop(label: nil, iterations: iterations) {
            block("for (let \(counter) = 0; \(counter) < \(iterations); \(counter)++)") {
                let index = Variable(name: counter, kind: .number, mutable: false)
                declare(index)
                // The call is counted before its arguments, which may allocate what is left.
                guard afford(signature) else { return }
                let arguments = signature.parameters.map { switchingArgument($0, counter: counter, at: switchAt) }
                let call = "\(function.name)(\(arguments.joined(separator: ", ")))"
                if numeric {
                    emit("\(result) = \(call);")
                    emit("\(digest) += \(result);")
                } else {
                    emit("\(result) = \(call);")
                    emit("\(digest) = (\(digest) * 31 + (typeof \(result) === 'string' ? \(result).length : \(result) === undefined ? 7 : 1)) | 0;")
                }
                if random.chance(0.3) { statement() }
                emit("if (\(counter) % \(period) === 0 || \(counter) === \(switchAt) || \(counter) === \(switchAt - 1)) console.log(\(counter), \(result));")
            }
        }
        emit("console.log(\(result), \(digest));")
        declare(Variable(name: result, kind: numeric ? .number : .any, mutable: true))
        declare(Variable(name: digest, kind: .number, mutable: true))
        return true
    }

    /// Where a hot loop changes types: mostly after the auto tier's optimizing threshold (1000),
    /// so optimized code meets the new type and deoptimizes; sometimes earlier, so it is
    /// compiled for both.
    private func switchPoint(_ iterations: Int) -> Int {
        let late = Swift.min(options.lateSwitch, iterations - 1)
        return random.chance(0.7) ? random.int(in: late...(iterations - 1)) : random.int(in: (iterations / 3)...(iterations - 1))
    }

    /// An argument of `kind` that is one thing before iteration `at` and another after.
    private func switchingArgument(_ kind: Kind, counter: String, at switchAt: Int) -> String {
        if random.chance(0.1) { return expression(kind, depth: 1) }
        let before: String
        let after: String
        switch kind {
        case .number:
            before = random.pick([counter, "(\(counter) * 3)", "(\(counter) & 15)", expression(.number, depth: 1)])
            after = random.pick(["(\(counter) + 0.5)", "(\(counter) * 1000000)", "(-0)", "NaN", "(2147483647 + \(counter))", "(\(counter) / 3)", expression(.number, depth: 1)])
        case .value:
            let kinds = Self.valueKinds.map(\.0).filter { $0 != .value }
            let first = random.pick(kinds)
            before = expression(first, depth: 1)
            after = expression(random.pick(kinds.filter { $0 != first }), depth: 1)
        case .any:
            before = expression(.value, depth: 1)
            after = random.pick(["undefined", "null", expression(.any, depth: 1)])
        default:
            before = expression(kind, depth: 1)
            after = expression(kind, depth: 1)
        }
        return "(\(counter) < \(switchAt) ? \(before) : \(after))"
    }

    /// A loop hot enough to enter baseline and optimized code by OSR, at the top level or in a
    /// function called once, with a variable changing type partway.
    func hotLoop(iterations chosen: Int? = nil) -> Bool {
        let iterations = chosen ?? random.pick(options.hotIterations)
        guard budget - cost >= iterations * 8 else { return false }
        hotLoops += 1
        if random.chance(0.4) {
            let name = freshName("f")
            let returns: Kind = random.chance(0.5) ? .number : .any
            let signature = functionBody(parameters: [], returns: returns, budget: budget - cost, allocationBudget: allocationBudget - allocations) {
                block("function \(name)()") {
                    statements(random.int(in: 1...2))
                    hotLoopBody(iterations: iterations)
                    emit("return \(expression(returns, depth: 2));")
                }
            }
            guard afford(signature) else { return true }
            emit("console.log(\(name)());")
            return true
        }
        hotLoopBody(iterations: iterations)
        return true
    }

    /// The loop folds a number expression of its counter into an accumulator (as an int32,
    /// or as a number that may leave the int32 range), which it prints now and then.
    private func hotLoopBody(iterations: Int) {
        let counter = freshName("h")
        let accumulator = Variable(name: freshName("a"), kind: .number, mutable: true)
        let switchAt = switchPoint(iterations)
        let period = iterations / random.int(in: 2...5)
        emit("let \(accumulator.name) = \(random.pick(["0", "1", "0.5", "2147483600"]));")
        loop(label: nil, iterations: iterations) {
            block("for (let \(counter) = 0; \(counter) < \(iterations); \(counter)++)") {
                declare(Variable(name: counter, kind: .number, mutable: false))
                statements(random.int(in: 1...2))
                declare(accumulator)
                let step = expression(.number, depth: 2)
                emit(random.chance(0.5)
                     ? "\(accumulator.name) = (\(accumulator.name) \(random.pick(["+", "^", "-"])) \(step)) | 0;"
                     : "\(accumulator.name) = \(accumulator.name) \(random.pick(["+", "-"])) \(step) \(random.pick(["+", "*", "-"])) \(counter);")
                if random.chance(0.5) { statement() }
                let numbers = visible.filter { $0.mutable && $0.kind == .number }
                if !numbers.isEmpty && random.chance(0.5) {
                    let target = random.pick(numbers)
                    emit("if (\(counter) === \(switchAt)) \(target.name) = \(random.pick(["0.5", "2147483647", "(-0)", "NaN", "1e300", expression(.number, depth: 1)]));")
                } else {
                    block("if (\(counter) === \(switchAt))") { statements(1) }
                }
                emit("if (\(counter) % \(period) === 0) console.log(\(counter), \(accumulator.name), \(expression(.any, depth: 1)));")
            }
        }
        emit("console.log(\(accumulator.name));")
        declare(accumulator)
    }
}
