/// One compiled function: register-based bytecode (Specs/opcodes.yaml) with everything needed
/// to run, verify and profile it. Immutable once made; every tier reads the same chunk.
public final class BytecodeChunk: @unchecked Sendable {
    /// A constant-pool entry: numbers that are not int32 and strings (including property names).
    public enum Constant: Hashable, Sendable {
        case number(Double)
        case string([UInt16])
    }

    /// The source position of the instructions starting at `offset`, until the next entry.
    public struct LineEntry: Hashable, Sendable {
        public var offset: Int
        public var line: Int
        public var column: Int

        public init(offset: Int, line: Int, column: Int) {
            self.offset = offset
            self.line = line
            self.column = column
        }
    }

    public let name: String
    public let file: String
    public let code: [UInt8]
    public let constants: [Constant]
    /// Parameters, locals and temporaries: registers 0..<registerCount, parameters first.
    public let registerCount: Int
    public let parameterCount: Int
    public let feedbackSlotCount: Int
    public let lineTable: [LineEntry]
    /// Chunks of the functions defined inside this one, named by `NewFunction`'s operand.
    public let functions: [BytecodeChunk]
    /// For each Call and Construct (by offset), the callee as the source wrote it, for the
    /// message "o.m is not a function".
    public let callSiteNames: [Int: String]
    /// Seconds the bytecode compiler spent on this chunk and its nested functions, parsing
    /// included (0 for a chunk built by hand).
    public internal(set) var compileSeconds: Double = 0

    public init(name: String, file: String, code: [UInt8], constants: [Constant], registerCount: Int, parameterCount: Int,
                feedbackSlotCount: Int, lineTable: [LineEntry], functions: [BytecodeChunk], callSiteNames: [Int: String] = [:]) {
        self.name = name
        self.file = file
        self.code = code
        self.constants = constants
        self.registerCount = registerCount
        self.parameterCount = parameterCount
        self.feedbackSlotCount = feedbackSlotCount
        self.lineTable = lineTable
        self.functions = functions
        self.callSiteNames = callSiteNames
    }

    /// Instructions in this function's code (not its nested functions').
    public var instructionCount: Int { Disassembler.decode(code).instructions.count }

    /// Where in the source the instruction at `offset` came from.
    public func location(at offset: Int) -> SourceLocation {
        var best = lineTable.first
        for entry in lineTable {
            if entry.offset > offset { break }
            best = entry
        }
        return SourceLocation(file: file, line: best?.line ?? 1, column: best?.column ?? 1)
    }

    /// This function's disassembly followed by its nested functions', depth first.
    public var disassemblyOfAllFunctions: String {
        ([disassembly] + functions.map(\.disassemblyOfAllFunctions)).joined(separator: "\n\n")
    }

    /// Every instruction with its offset, as `--print-bytecode` shows it.
    public var disassembly: String {
        var text = "function \(name) (params \(parameterCount), registers \(registerCount), feedback slots \(feedbackSlotCount))\n"
        text += Disassembler.listing(code)
        if !functions.isEmpty { text += "\nfunctions: " + functions.enumerated().map { "f\($0.offset) = \($0.element.name.isEmpty ? "(anonymous)" : $0.element.name)" }.joined(separator: ", ") }
        if !constants.isEmpty {
            text += "\nconstants:"
            for (index, constant) in constants.enumerated() {
                switch constant {
                case .number(let value): text += "\n  c\(index) = \(JSNumber.toString(value))"
                case .string(let units): text += "\n  c\(index) = \"\(String(decoding: units, as: UTF16.self))\""
                }
            }
        }
        return text
    }
}
