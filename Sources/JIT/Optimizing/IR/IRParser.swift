/// Reads the text `IRPrinter` writes back into an `IRFunction`, so pass tests can state IR
/// before and after as text. Value and block numbers in the text are kept (`v7` is ValueID 7);
/// ops are given in any numbering, but each value is defined once. Errors name the line.
public enum IRParser {
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> IRFunction {
        var parser = Parser(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        return try parser.run()
    }

    private struct PendingOp {
        var value: ValueID?
        var opcode: IROpcode
        var inputs: [Int]
        var attributes: [Int64]
        var frameState: FrameState?
        var successors: [Int]
        var line: Int
    }

    private struct PendingBlock {
        var id: Int
        var isEntry = false
        var osrOffset: Int?
        var predecessors: [Int] = []
        var ops: [PendingOp] = []
    }

    private struct Parser {
        let lines: [String]
        var name = "f"
        var parameters = 0
        var registers = 0

        init(lines: [String]) { self.lines = lines }

        mutating func run() throws(ParseError) -> IRFunction {
            var blocks: [PendingBlock] = []
            for (index, raw) in lines.enumerated() {
                let line = index + 1
                let text = raw.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let trimmed = text.trimmingSpaces
                if trimmed.isEmpty { continue }
                if trimmed.hasPrefix("function ") {
                    try header(trimmed, line)
                } else if trimmed.hasSuffix(":") && trimmed.hasPrefix("b") {
                    blocks.append(try blockHeader(String(trimmed.dropLast()), line))
                } else {
                    guard !blocks.isEmpty else { throw ParseError(line: line, message: "an op outside any block") }
                    blocks[blocks.count - 1].ops.append(try op(trimmed, line))
                }
            }
            return try build(blocks)
        }

        mutating func header(_ text: String, _ line: Int) throws(ParseError) {
            // function NAME (params P, registers R)
            let words = text.split(whereSeparator: { " (),".contains($0) }).map(String.init)
            guard words.count >= 2 else { throw ParseError(line: line, message: "expected 'function NAME (params P, registers R)'") }
            name = words[1]
            if let p = words.firstIndex(of: "params"), p + 1 < words.count, let count = Int(words[p + 1]) { parameters = count }
            if let r = words.firstIndex(of: "registers"), r + 1 < words.count, let count = Int(words[r + 1]) { registers = count }
        }

        func blockHeader(_ text: String, _ line: Int) throws(ParseError) -> PendingBlock {
            var parts = text.components(separatedBy: "<-")
            let head = parts.removeFirst().split(separator: " ").map(String.init)
            guard let first = head.first, let id = Self.number(first, prefix: "b") else { throw ParseError(line: line, message: "expected a block name like b3") }
            var block = PendingBlock(id: id)
            for word in head.dropFirst() {
                if word == "entry" {
                    block.isEntry = true
                } else if word.hasPrefix("osr@"), let offset = Int(word.dropFirst(4)) {
                    block.osrOffset = offset
                } else {
                    throw ParseError(line: line, message: "unexpected '\(word)' in a block header")
                }
            }
            if let list = parts.first {
                for item in list.split(separator: ",") {
                    guard let predecessor = Self.number(item.trimmingSpaces, prefix: "b") else { throw ParseError(line: line, message: "expected a block name in the predecessor list") }
                    block.predecessors.append(predecessor)
                }
            }
            return block
        }

        func op(_ text: String, _ line: Int) throws(ParseError) -> PendingOp {
            var rest = Substring(text)
            var value: ValueID?
            if let equals = rest.firstIndex(of: "="), let id = Self.number(rest[..<equals].trimmingSpaces, prefix: "v") {
                value = ValueID(id)
                rest = rest[rest.index(after: equals)...]
            }
            // Successors after "->", a frame state after " @".
            var successors: [Int] = []
            if let arrow = rest.firstRange(of: "->") {
                for item in rest[arrow.upperBound...].split(separator: ",") {
                    guard let target = Self.number(item.trimmingSpaces, prefix: "b") else { throw ParseError(line: line, message: "expected block names after '->'") }
                    successors.append(target)
                }
                rest = rest[..<arrow.lowerBound]
            }
            var frameState: FrameState?
            if let at = Self.frameStateStart(rest) {
                frameState = try Self.frameState(String(rest[rest.index(after: at)...]).trimmingSpaces, line)
                rest = rest[..<at]
            }
            let body = rest.trimmingSpaces
            let nameEnd = body.firstIndex(of: " ") ?? body.endIndex
            let name = String(body[..<nameEnd])
            guard let opcode = IROpcode(name: name) else { throw ParseError(line: line, message: "unknown op '\(name)'") }
            if opcode.info.result != nil && value == nil { throw ParseError(line: line, message: "\(name) has a result: write 'vN = \(name) ...'") }
            if opcode.info.result == nil && value != nil { throw ParseError(line: line, message: "\(name) has no result") }
            let (inputs, attributes) = try Self.operands(of: opcode, in: body, line)
            return PendingOp(value: value, opcode: opcode, inputs: inputs, attributes: attributes, frameState: frameState, successors: successors, line: line)
        }

        /// Matches `body` against the op's print format: literal text must match (spaces aside),
        /// each `{name}` takes a value, an attribute, or the variadic list.
        static func operands(of opcode: IROpcode, in body: String, _ line: Int) throws(ParseError) -> ([Int], [Int64]) {
            let info = opcode.info
            var types: [String: IROperandType] = [:]
            for operand in info.operands { types[operand.name] = operand.type }
            var values: [String: Int] = [:], attributes: [String: Int64] = [:], variadic: [Int] = []
            var format = Substring(info.print)
            var text = Substring(body)
            func skipSpaces(_ s: inout Substring) { while s.first == " " { s = s.dropFirst() } }
            while !format.isEmpty {
                skipSpaces(&format)
                skipSpaces(&text)
                if format.first == "{", let close = format.firstIndex(of: "}") {
                    let name = String(format[format.index(after: format.startIndex)..<close])
                    format = format[format.index(after: close)...]
                    // The token ends where the format's next literal character starts.
                    let stop = nextLiteral(format)
                    if let variadicInfo = info.variadic, variadicInfo.name == name {
                        let end = stop.flatMap { text.firstIndex(of: $0) } ?? text.endIndex
                        for item in text[..<end].split(separator: ",") {
                            guard let id = number(item.trimmingSpaces, prefix: "v") else { throw ParseError(line: line, message: "expected values in \(name)") }
                            variadic.append(id)
                        }
                        text = text[end...]
                        continue
                    }
                    var end = text.startIndex
                    while end < text.endIndex, text[end] != " ", text[end] != ",", text[end] != stop { end = text.index(after: end) }
                    let token = String(text[..<end])
                    text = text[end...]
                    switch types[name] {
                    case .value?:
                        guard let id = number(token, prefix: "v") else { throw ParseError(line: line, message: "expected a value for {\(name)}, found '\(token)'") }
                        values[name] = id
                    case .attribute(let type)?:
                        guard let raw = attribute(token, type.format) else { throw ParseError(line: line, message: "'\(token)' is not a \(type.name) for {\(name)}") }
                        attributes[name] = raw
                    case nil:
                        throw ParseError(line: line, message: "the print format of \(info.name) names an unknown operand {\(name)}")
                    }
                } else if let literal = format.first {
                    guard text.first == literal else {
                        throw ParseError(line: line, message: "expected '\(literal)' in \(info.name) (format \"\(info.print)\")")
                    }
                    format = format.dropFirst()
                    text = text.dropFirst()
                }
            }
            skipSpaces(&text)
            guard text.isEmpty else { throw ParseError(line: line, message: "unexpected '\(text)' after \(info.name)") }
            var inputs: [Int] = [], attributeList: [Int64] = []
            for operand in info.operands {
                switch operand.type {
                case .value: inputs.append(values[operand.name]!)
                case .attribute: attributeList.append(attributes[operand.name]!)
                }
            }
            return (inputs + variadic, attributeList)
        }

        /// The first character of `format` outside `{...}` groups and spaces: where the text
        /// of the placeholder before it ends.
        static func nextLiteral(_ format: Substring) -> Character? {
            var depth = 0
            for c in format {
                if c == "{" { depth += 1 } else if c == "}" { depth -= 1 } else if depth == 0 && c != " " { return c }
            }
            return nil
        }

        static func attribute(_ token: String, _ format: IRAttributeFormat) -> Int64? {
            switch format {
            case .decimal: return Int64(token)
            case .hex:
                guard token.hasPrefix("0x"), let bits = UInt64(token.dropFirst(2), radix: 16) else { return nil }
                return Int64(bitPattern: bits)
            case .double: return Double(token).map { Int64(bitPattern: $0.bitPattern) }
            case .condition: return IRCondition(name: token)?.rawValue
            case .value:
                let named: [String: Value] = ["undefined": .undefined, "null": .null, "true": .true, "false": .false, "empty": .empty]
                if let value = named[token] { return Int64(bitPattern: value.bits) }
                if token.hasPrefix("cell:0x"), let bits = UInt64(token.dropFirst(7), radix: 16) { return Int64(bitPattern: bits) }
                if let int = Int32(token) { return Int64(bitPattern: Value(int32: int).bits) }
                if let double = Double(token) { return Int64(bitPattern: Value(double: double).bits) }
                return nil
            }
        }

        /// Where a frame state `@12[...]` starts: the last '@' followed by digits and '['
        /// (Generic's `@12(...)` names an instruction, not a frame state).
        static func frameStateStart(_ text: Substring) -> Substring.Index? {
            var index = text.endIndex
            while let at = text[..<index].lastIndex(of: "@") {
                let digits = text[text.index(after: at)...].prefix { $0.isNumber }
                if !digits.isEmpty, text[digits.endIndex...].first == "[" { return at }
                index = at
            }
            return nil
        }

        static func frameState(_ text: String, _ line: Int) throws(ParseError) -> FrameState {
            // OFFSET[r0=v1 r2=v3]
            guard let open = text.firstIndex(of: "["), text.hasSuffix("]"), let offset = Int(text[..<open]) else {
                throw ParseError(line: line, message: "expected a frame state like @12[r0=v1 r2=v3]")
            }
            var registers: [Int: Int] = [:]
            for item in text[text.index(after: open)..<text.index(before: text.endIndex)].split(whereSeparator: { $0 == " " || $0 == "," }) {
                let pair = item.split(separator: "=")
                guard pair.count == 2, let register = number(String(pair[0]), prefix: "r"), let value = number(String(pair[1]), prefix: "v") else {
                    throw ParseError(line: line, message: "expected rN=vM in a frame state, found '\(item)'")
                }
                registers[register] = value
            }
            let count = (registers.keys.max() ?? -1) + 1
            return FrameState(bytecodeOffset: offset, registers: (0..<count).map { registers[$0].map(ValueID.init) })
        }

        static func number(_ text: some StringProtocol, prefix: Character) -> Int? {
            guard text.first == prefix else { return nil }
            return Int(text.dropFirst())
        }

        func build(_ pending: [PendingBlock]) throws(ParseError) -> IRFunction {
            let function = IRFunction(name: name, registerCount: registers, parameterCount: parameters)
            let blockCount = (pending.map(\.id).max() ?? -1) + 1
            for _ in 0..<blockCount { _ = function.addBlock() }
            var present = Set<Int>()
            for block in pending {
                guard present.insert(block.id).inserted else { throw ParseError(line: 0, message: "block b\(block.id) is defined twice") }
            }
            for index in 0..<blockCount where !present.contains(index) { function.removeBlock(BlockID(index)) }
            // Values keep their numbers: make placeholder ops up to the largest id, then fill them in.
            let valueCount = (pending.flatMap { $0.ops.compactMap { $0.value?.index } }.max() ?? -1) + 1
            var next = valueCount
            var placed: [(PendingOp, ValueID, BlockID)] = []
            for block in pending {
                for op in block.ops {
                    let id = op.value ?? { defer { next += 1 }; return ValueID(next) }()
                    placed.append((op, id, BlockID(block.id)))
                }
            }
            let total = max(next, valueCount)
            for index in 0..<total { _ = function.make(.deopt, in: BlockID(0)); function[ValueID(index)].isRemoved = true }
            var defined = Set<Int>()
            for (op, id, block) in placed {
                guard defined.insert(id.index).inserted else { throw ParseError(line: op.line, message: "\(id) is defined twice") }
                for input in op.inputs where input >= total { throw ParseError(line: op.line, message: "v\(input) is never defined") }
                var state: Int?
                if var frameState = op.frameState {
                    if frameState.registers.count < function.registerCount {
                        frameState.registers += [ValueID?](repeating: nil, count: function.registerCount - frameState.registers.count)
                    }
                    state = function.addFrameState(frameState)
                }
                function[id] = IROp(opcode: op.opcode, inputs: op.inputs.map(ValueID.init), attributes: op.attributes, block: block,
                                    frameState: state, bytecodeOffset: op.frameState?.bytecodeOffset ?? -1)
                function.setOps(function[block].ops + [id], of: block)
            }
            for (op, _, _) in placed {
                for input in op.inputs where !defined.contains(input) { throw ParseError(line: op.line, message: "v\(input) is never defined") }
            }
            // Edges: successors from terminators, predecessor order from the headers (phi inputs follow it).
            for block in pending {
                let successors = block.ops.last?.successors ?? []
                for successor in successors where !present.contains(successor) {
                    throw ParseError(line: block.ops.last!.line, message: "b\(successor) is not defined")
                }
                function[BlockID(block.id)].successors = successors.map(BlockID.init)
                function[BlockID(block.id)].predecessors = block.predecessors.map(BlockID.init)
                if block.isEntry { function.entry = BlockID(block.id) }
                if let offset = block.osrOffset { function.osrEntries.append((offset, BlockID(block.id))) }
            }
            return function
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" || text.last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
