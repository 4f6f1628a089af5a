@testable import JIT

/// Helpers for the compiler and verifier tests: compile, decode, look up names, and build
/// chunks by hand.
enum BytecodeTesting {
    static let file = "test.js"

    static func compile(_ source: String) throws(JsError) -> BytecodeChunk {
        try BytecodeCompiler.compile(source: source, file: file)
    }

    static func compileError(_ source: String) -> JsError? {
        do {
            _ = try compile(source)
            return nil
        } catch {
            return error
        }
    }

    static func verifyError(_ chunk: BytecodeChunk) -> JsError? {
        do {
            try BytecodeVerifier.verify(chunk)
            return nil
        } catch {
            return error
        }
    }

    /// Every instruction with its offset. Stops at bytes that do not decode.
    static func instructions(_ chunk: BytecodeChunk) -> [(offset: Int, instruction: Instruction)] {
        var result: [(offset: Int, instruction: Instruction)] = []
        var offset = 0
        while offset < chunk.code.count, let instruction = try? Instruction.decode(chunk.code, at: offset) {
            result.append((offset, instruction))
            offset += instruction.opcode.info.length
        }
        return result
    }

    static func opcodes(_ chunk: BytecodeChunk) -> [Opcode] { instructions(chunk).map(\.instruction.opcode) }

    static func string(_ chunk: BytecodeChunk, _ index: Int64) -> String? {
        guard index >= 0, index < chunk.constants.count, case .string(let units) = chunk.constants[Int(index)] else { return nil }
        return String(decoding: units, as: UTF16.self)
    }

    /// Instructions that name a global, as "LoadGlobal x", "StoreGlobal y", "TypeOfGlobal z", "DeclareGlobal w".
    static func globalAccesses(_ chunk: BytecodeChunk) -> [String] {
        instructions(chunk).compactMap { _, instruction in
            switch instruction {
            case .loadGlobal(_, let name, _), .storeGlobal(let name, _, _), .typeOfGlobal(_, let name), .declareGlobal(let name):
                return "\(instruction.opcode.info.name) \(string(chunk, Int64(name.value)) ?? "?")"
            default:
                return nil
            }
        }
    }

    /// The first chunk named `name`, searching nested functions depth first.
    static func function(_ name: String, in chunk: BytecodeChunk) -> BytecodeChunk? {
        if chunk.name == name { return chunk }
        for nested in chunk.functions {
            if let found = function(name, in: nested) { return found }
        }
        return nil
    }

    static func allChunks(_ chunk: BytecodeChunk) -> [BytecodeChunk] {
        [chunk] + chunk.functions.flatMap(allChunks)
    }

    /// Where a jump instruction lands, or nil for other instructions.
    static func jumpTarget(_ instruction: Instruction, at offset: Int) -> Int? {
        for (operand, value) in zip(instruction.opcode.info.operands, instruction.operandValues) where operand.kind == .jump {
            return offset + Int(value)
        }
        return nil
    }

    /// A chunk of hand-written instructions.
    static func chunk(_ instructions: [Instruction], constants: [BytecodeChunk.Constant] = [], registers: Int = 4,
                      parameters: Int = 0, slots: Int = 0, functions: [BytecodeChunk] = [],
                      lineTable: [BytecodeChunk.LineEntry] = [], name: String = "hand") -> BytecodeChunk {
        chunk(bytes: instructions.flatMap(\.encoded), constants: constants, registers: registers, parameters: parameters,
              slots: slots, functions: functions, lineTable: lineTable, name: name)
    }

    /// A chunk of raw bytes.
    static func chunk(bytes: [UInt8], constants: [BytecodeChunk.Constant] = [], registers: Int = 4, parameters: Int = 0,
                      slots: Int = 0, functions: [BytecodeChunk] = [], lineTable: [BytecodeChunk.LineEntry] = [],
                      name: String = "hand") -> BytecodeChunk {
        BytecodeChunk(name: name, file: "hand.js", code: bytes, constants: constants, registerCount: registers,
                      parameterCount: parameters, feedbackSlotCount: slots, lineTable: lineTable, functions: functions)
    }

    static func length(_ opcode: Opcode) -> Int32 { Int32(opcode.info.length) }

    static func name(_ text: String) -> BytecodeChunk.Constant { .string(Array(text.utf16)) }

    /// The source location of the first occurrence of `marker` in `source` (1-based).
    static func location(of marker: String, in source: String) -> JIT.SourceLocation? {
        let text = Array(source.unicodeScalars), pattern = Array(marker.unicodeScalars)
        guard let start = (0...(text.count - pattern.count)).first(where: { Array(text[$0..<($0 + pattern.count)]) == pattern }) else { return nil }
        let before = text[..<start]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = start - (before.lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
        return JIT.SourceLocation(file: file, line: line, column: column)
    }
}

/// Collects what a program prints.
final class PrintedOutput: @unchecked Sendable {
    var text = ""
    func append(_ piece: String) { text += piece }
}
