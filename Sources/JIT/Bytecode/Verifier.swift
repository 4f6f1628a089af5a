/// Checks a chunk before anything runs it, so the interpreter's unchecked decoding and the
/// JIT tiers can trust every operand: each instruction decodes, registers, constants, feedback
/// slots and nested functions are in range (including the register runs of calls and array
/// literals), names are string constants, jumps land on instruction boundaries in the right
/// direction, and execution cannot run off the end. A bad chunk is a `BytecodeError`.
public enum BytecodeVerifier {
    public static func verify(_ chunk: BytecodeChunk) throws(JsError) {
        try FunctionVerifier(chunk: chunk).run()
        for function in chunk.functions { try verify(function) }
    }
}

private struct FunctionVerifier {
    let chunk: BytecodeChunk

    func fail(_ message: String, at offset: Int? = nil) -> JsError {
        let place = offset.map { " at \(bytecodeOffsetText($0))" } ?? ""
        return JsError(.bytecodeError, "function '\(chunk.name)'\(place): \(message)")
    }

    func run() throws(JsError) {
        guard chunk.registerCount >= 0, chunk.registerCount <= FunctionCompiler.maxRegisterCount else {
            throw fail("register count \(chunk.registerCount) is outside 0...\(FunctionCompiler.maxRegisterCount)")
        }
        guard chunk.parameterCount >= 0, chunk.parameterCount <= chunk.registerCount else {
            throw fail("parameter count \(chunk.parameterCount) exceeds the register count \(chunk.registerCount)")
        }
        guard chunk.feedbackSlotCount >= 0, chunk.feedbackSlotCount <= Int(UInt32.max) + 1 else {
            throw fail("feedback slot count \(chunk.feedbackSlotCount) is out of range")
        }
        guard !chunk.code.isEmpty else { throw fail("the code is empty") }

        // Decode everything first: jump targets are checked against the set of boundaries.
        let stream = Disassembler.decode(chunk.code)
        if let failure = stream.failure { throw fail(Disassembler.describe(failure.error), at: failure.offset) }
        let instructions = stream.instructions
        let boundaries = Set(instructions.map(\.offset))
        for (offset, instruction) in instructions { try check(instruction, at: offset, boundaries: boundaries) }
        switch instructions.last!.instruction.opcode {
        case .return, .jump, .jumpLoop, .throwError: break
        default: throw fail("the last instruction can fall off the end of the code", at: instructions.last!.offset)
        }
        for entry in chunk.lineTable where entry.offset < 0 || entry.offset > chunk.code.count {
            throw fail("line table entry for offset \(entry.offset) is outside the code")
        }
    }

    private func check(_ instruction: Instruction, at offset: Int, boundaries: Set<Int>) throws(JsError) {
        let info = instruction.opcode.info
        let values = instruction.operandValues
        for (operand, value) in zip(info.operands, values) {
            switch operand.kind {
            case .reg:
                guard value < chunk.registerCount else {
                    throw fail("\(info.name) operand \(operand.name): register r\(value) is outside the \(chunk.registerCount) registers", at: offset)
                }
            case .const:
                guard value < chunk.constants.count else {
                    throw fail("\(info.name) operand \(operand.name): constant c\(value) is outside the \(chunk.constants.count) constants", at: offset)
                }
            case .slot:
                guard value < chunk.feedbackSlotCount else {
                    throw fail("\(info.name) operand \(operand.name): feedback slot fb\(value) is outside the \(chunk.feedbackSlotCount) slots", at: offset)
                }
            case .fn:
                guard value < chunk.functions.count else {
                    throw fail("\(info.name) operand \(operand.name): function f\(value) is outside the \(chunk.functions.count) nested functions", at: offset)
                }
            case .jump:
                let target = offset + Int(value)
                guard target >= 0, target < chunk.code.count else {
                    throw fail("\(info.name) jumps to \(target), outside the \(chunk.code.count) bytes of code", at: offset)
                }
                guard boundaries.contains(target) else {
                    throw fail("\(info.name) jumps to \(target), which is not the start of an instruction", at: offset)
                }
                if instruction.opcode == .jumpLoop {
                    guard value <= 0 else { throw fail("JumpLoop must jump backward", at: offset) }
                } else {
                    guard value > 0 else { throw fail("\(info.name) must jump forward (back edges are JumpLoop)", at: offset) }
                }
            case .imm, .count:
                break
            }
        }
        switch instruction {
        case .newArray(_, let first, let count):
            try checkRun(info.name, first: Int(first.value), count: Int(count.value), at: offset)
        case .call(_, _, let first, let count, _), .construct(_, _, let first, let count, _):
            try checkRun(info.name, first: Int(first.value), count: Int(count.value) + 1, at: offset)
        case .throwError(let kind, let message):
            guard (0...3).contains(kind.value) else { throw fail("ThrowError kind \(kind.value) is not 0...3", at: offset) }
            try checkString(message, info.name, at: offset)
        case .checkInitialized(_, let name), .declareGlobal(let name), .loadGlobal(_, let name, _), .storeGlobal(let name, _, _),
             .typeOfGlobal(_, let name), .getProperty(_, _, let name, _), .setProperty(_, let name, _, _):
            try checkString(name, info.name, at: offset)
        default:
            break
        }
    }

    private func checkRun(_ name: String, first: Int, count: Int, at offset: Int) throws(JsError) {
        guard first + count <= chunk.registerCount else {
            throw fail("\(name) uses registers r\(first)..<r\(first + count), past the \(chunk.registerCount) registers", at: offset)
        }
    }

    private func checkString(_ index: ConstantIndex, _ name: String, at offset: Int) throws(JsError) {
        guard case .string = chunk.constants[Int(index.value)] else {
            throw fail("\(name) needs a string constant, but c\(index.value) is a number", at: offset)
        }
    }
}
