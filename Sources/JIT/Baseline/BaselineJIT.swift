import X64Assembler

/// The baseline tier (DESIGN §6): one linear pass over a function's bytecode that copies each
/// instruction's template from Specs/opcodes.yaml (assembled at build time) and patches its
/// holes, then binds jumps. No IR, no register allocation: values live in the interpreter's own
/// frame, so a frame can move between the tiers at any instruction boundary.
///
/// Code layout: a prologue (`sub rsp, 8`, so templates run with the native stack 16-byte
/// aligned), the instructions' code in bytecode order, the epilogue (`add rsp, 8; ret`, with
/// the result in rax) and the exit stub (see `exitStub`).
public enum BaselineJIT {
    static let prologue: [UInt8] = [0x48, 0x83, 0xEC, 0x08]                       // sub rsp, 8
    static let epilogue: [UInt8] = [0x48, 0x83, 0xC4, 0x08, 0xC3]                 // add rsp, 8; ret
    /// The exit stub: a helper left compiled code (its return value 2). `leave` finishes the
    /// frame: it answers the frame's result if the frame went on in the interpreter, or 0 with
    /// the error left pending; the epilogue returns that. So a caller of compiled code sees
    /// either a value or 0, and a frame handed to the interpreter never unwinds its callers.
    static let exitStub: [UInt8] = {
        let text = """
            mov rdi, r12
            mov rsi, r13
            xor edx, edx
            movabs rax, \(Int(bitPattern: BaselineHelpers.address(of: "leave")!))
            call rax
            """
        // Fixed text: a failure here is a bug in this file.
        return try! TemplateText.assemble(text, file: #fileID, symbols: [:]).bytes
    }()
    static var prologueSize: Int { prologue.count }
    /// Bytes after the last instruction's code: the epilogue, then the exit stub and its jump.
    static var tailSize: Int { epilogue.count + exitStub.count + 2 }

    /// A rel32 field to fill once every instruction's place is known.
    private struct Branch {
        var field: Int
        var target: Target
    }

    private enum Target {
        case instruction(Int)
        case epilogue, exit
    }

    /// Compiles one function's bytecode (not its nested functions) for `context`: the code
    /// reads that context's constants, globals and profile. The chunk is verified first, so
    /// malformed bytecode is a `JsError` of kind `bytecodeError`, never bad code.
    public static func compile(_ chunk: BytecodeChunk, in context: ExecutionContext) throws(JsError) -> CompiledCode {
        try BytecodeVerifier.verify(chunk)
        return try compile(context.runtime.load(chunk))
    }

    static func compile(_ function: FunctionInfo) throws(JsError) -> CompiledCode {
        let chunk = function.chunk
        var bytes = prologue
        var offsets: [CodeOffset] = []
        var branches: [Branch] = []
        var loopHeaders: Set<Int> = []
        let instructions = chunk.instructions
        for (offset, instruction) in instructions {
            let opcode = instruction.opcode
            // Every opcode has code: its template, or TemplateGen's standard call of its helper.
            let template = opcode.baseline
            offsets.append(CodeOffset(bytecodeOffset: offset, nativeOffset: bytes.count))
            let start = bytes.count
            bytes += template.bytes
            let operands = opcode.info.operands
            let values = instruction.operandValues
            for hole in template.holes {
                let field = start + hole.offset
                if let index = operands.firstIndex(where: { $0.name == hole.name }) {
                    let value = values[index]
                    switch operands[index].kind.role {
                    case .register: patch(&bytes, field, hole.kind, Int64((Layout.Frame.headerSlotCount + Int(value)) * 8))
                    case .immediate: patch(&bytes, field, hole.kind, value)
                    case .constant: patch(&bytes, field, hole.kind, Int64(bitPattern: function.constants[Int(value)].bits))
                    case .feedback: patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.profile.slots + Int(value))))
                    case .function: patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.functions[Int(value)].record)))
                    case .jump:
                        let target = offset + Int(value)
                        if value < 0 { loopHeaders.insert(target) }
                        branches.append(Branch(field: field, target: .instruction(target)))
                    }
                    continue
                }
                switch hole.name {
                case "pc": patch(&bytes, field, hole.kind, Int64(offset))
                case "epilogue": branches.append(Branch(field: field, target: .epilogue))
                case "exit": branches.append(Branch(field: field, target: .exit))
                case "counters": patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.profile.counters)))
                case "globals": patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.globalObject)))
                case "frameSize": patch(&bytes, field, hole.kind, Int64((Layout.Frame.headerSlotCount + chunk.registerCount) * 8))
                case "registerFile": patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.registerFile)))
                case "registerFileEnd": patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.registerFileEnd)))
                case "stackLimit": patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.nativeStackLimit)))
                case "typeNames": patch(&bytes, field, hole.kind, Int64(Int(bitPattern: function.typeNames)))
                case "helper":
                    guard let name = template.helper, let helper = BaselineHelpers.address(of: name) else {
                        throw JsError(.bytecodeError, "the baseline JIT cannot compile '\(chunk.name)' yet: \(opcode.info.name)'s helper '\(template.helper ?? "")' is not implemented")
                    }
                    patch(&bytes, field, hole.kind, Int64(Int(bitPattern: helper)))
                default:
                    // TemplateGen accepts no other hole names.
                    preconditionFailure("unknown hole '\(hole.name)' in \(opcode.info.name)'s template")
                }
            }
        }
        let epilogueOffset = bytes.count
        bytes += epilogue
        let exitOffset = bytes.count
        bytes += exitStub + [0xEB, UInt8(bitPattern: Int8(epilogueOffset - (exitOffset + exitStub.count + 2)))]   // jmp epilogue
        let nativeOffsets = Dictionary(uniqueKeysWithValues: offsets.map { ($0.bytecodeOffset, $0.nativeOffset) })
        for branch in branches {
            let target: Int
            switch branch.target {
            case .instruction(let bytecodeOffset): target = nativeOffsets[bytecodeOffset]!  // verified: jumps land on instructions
            case .epilogue: target = epilogueOffset
            case .exit: target = exitOffset
            }
            patch(&bytes, branch.field, .rel32, Int64(target - (branch.field + 4)))
        }
        let osrEntries = loopHeaders.sorted().map { OSREntry(bytecodeOffset: $0, nativeOffset: nativeOffsets[$0]!) }
        do {
            return try CompiledCode(bytes: bytes, osrEntries: osrEntries, bytecodeOffsets: offsets)
        } catch {
            throw JsError(.rangeError, "cannot place compiled code for '\(chunk.name)': \(error.message)")
        }
    }

    /// Writes `value` into the field, little-endian at the hole's width.
    private static func patch(_ bytes: inout [UInt8], _ field: Int, _ kind: BaselineHoleKind, _ value: Int64) {
        for byte in 0..<kind.width { bytes[field + byte] = UInt8(truncatingIfNeeded: value >> (8 * Int64(byte))) }
    }
}
