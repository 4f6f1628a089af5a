import X64Assembler

/// The baseline tier (DESIGN §6): one linear pass over a function's bytecode that copies each
/// instruction's template from Specs/opcodes.yaml (assembled at build time) and patches its
/// holes, then binds jumps. No IR, no register allocation: values live in the interpreter's own
/// frame, so a frame can move between the tiers at any instruction boundary.
///
/// Code layout: a prologue (`sub rsp, 8`, so templates run with the native stack 16-byte
/// aligned, then undefined into every register past the parameters), the instructions' code in
/// bytecode order, the epilogue (`add rsp, 8; ret`, with the result in rax) and the exit stub
/// (see `exitStub`).
///
/// r13 is the frame in all of it, and compiled code returns with r13 at its own frame (it
/// changes r13 only around its calls), so a native call saves nothing: the caller steps back
/// by its own frame size after the call.
public enum BaselineJIT {
    static let stackAdjustment: [UInt8] = [0x48, 0x83, 0xEC, 0x08]                // sub rsp, 8
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

    /// The prologue of a function with these counts. A native call (Call's template) writes the
    /// frame header and the parameters; the locals are cleared here, where their number is
    /// known: one store each, or a loop past `unrolledLocals`. Frames the interpreter pushes
    /// are cleared already, and clearing again at entry changes nothing.
    static func prologue(registers: Int, parameters: Int) -> [UInt8] {
        var bytes = stackAdjustment
        let first = (Layout.Frame.headerSlotCount + parameters) * 8, count = registers - parameters
        if count > unrolledLocals {
            bytes += patched(clearLocals, ["first": first, "count": count])
        } else {
            for i in 0..<max(0, count) { bytes += patched(clearLocal, ["slot": first + i * 8]) }
        }
        return bytes
    }

    /// After the prologue: once the function's calls reach its counters' `optimizeAt`, the
    /// optimize hook compiles it with the optimizing tier (later calls enter that code; this one
    /// goes on here). `optimizeAt` is never reached while the tier is off.
    static let optimizeCheck = assembleFixed("""
        movabs rax, $counters
        mov rcx, [rax + \(Layout.countersInvocations)]
        cmp rcx, [rax + \(Layout.countersOptimizeAt)]
        jb .go
        mov rdi, r12
        mov rsi, r13
        xor edx, edx
        movabs rax, $helper
        call rax
        .go:
        """)

    static func optimizeCheck(counters: UnsafeMutableRawPointer) -> [UInt8] {
        var bytes = optimizeCheck.bytes
        for hole in optimizeCheck.holes {
            let value = hole.name == "counters" ? Int(bitPattern: counters) : Int(bitPattern: BaselineHelpers.address(of: "optimizeHook")!)
            withUnsafeBytes(of: UInt64(UInt(bitPattern: value)).littleEndian) { bytes.replaceSubrange(hole.offset..<hole.offset + 8, with: $0) }
        }
        return bytes
    }

    static let unrolledLocals = 16
    static let clearLocal = assembleFixed("mov qword ptr [r13 + $slot], \(Layout.valueUndefined)")
    static let clearLocals = assembleFixed("""
        lea rax, [r13 + $first]
        mov ecx, $count
        .clear:
        mov qword ptr [rax], \(Layout.valueUndefined)
        add rax, 8
        sub ecx, 1
        jnz .clear
        """)

    /// Text this file writes: a failure to assemble is a bug here.
    private static func assembleFixed(_ text: String) -> AssembledTemplate {
        try! TemplateText.assemble(text, file: #fileID, symbols: [:])
    }

    private static func patched(_ template: AssembledTemplate, _ values: [String: Int]) -> [UInt8] {
        var bytes = template.bytes
        for hole in template.holes {
            withUnsafeBytes(of: Int32(values[hole.name]!).littleEndian) { bytes.replaceSubrange(hole.offset..<hole.offset + 4, with: $0) }
        }
        return bytes
    }

    /// Bytes after the last instruction's code: the epilogue, then the exit stub and its jump.
    static var tailSize: Int { epilogue.count + exitStub.count + 2 }

    /// A rel32 field to fill once every instruction's place is known.
    private struct Branch {
        var field: Int
        var target: BranchTarget
    }

    /// Compiles one function's bytecode (not its nested functions) for `context`: the code
    /// reads that context's constants, globals and profile. The chunk is verified first, so
    /// malformed bytecode is a `JsError` of kind `bytecodeError`, never bad code.
    public static func compile(_ chunk: BytecodeChunk, in context: ExecutionContext) throws(JsError) -> CompiledCode {
        try BytecodeVerifier.verify(chunk)
        return try compile(context.runtime.load(chunk))
    }

    /// What fills a hole, resolved once per opcode from its name (not at every compile).
    enum HoleSource {
        /// An operand: its byte offset in the instruction, width, signedness and role.
        case operand(offset: Int, width: Int, signed: Bool, role: OperandRole)
        case pc, epilogue, exit, counters, globals, frameSize, registerFile, registerFileEnd, stackLimit, typeNames, heap, emptyObjectShape, stringShape, characters
        /// A fixed address: a helper, or a plain function templates call (builtinCall, remainder, compareStrings).
        case address(Int)
        case missingHelper(String)
    }

    struct PreparedHole {
        let offset: Int
        let width: Int
        let source: HoleSource
    }

    /// Every opcode's template with its holes resolved, by opcode byte.
    static let prepared: [(bytes: [UInt8], holes: [PreparedHole])] = Opcode.allCases.map { opcode in
        let template = opcode.baseline
        let holes = template.holes.map { hole -> PreparedHole in
            let source: HoleSource
            if let operand = opcode.info.operands.first(where: { $0.name == hole.name }) {
                source = .operand(offset: operand.offset, width: operand.width, signed: operand.kind.isSigned, role: operand.kind.role)
            } else {
                switch hole.name {
                case "pc": source = .pc
                case "epilogue": source = .epilogue
                case "exit": source = .exit
                case "counters": source = .counters
                case "globals": source = .globals
                case "frameSize": source = .frameSize
                case "registerFile": source = .registerFile
                case "registerFileEnd": source = .registerFileEnd
                case "stackLimit": source = .stackLimit
                case "typeNames": source = .typeNames
                case "heap": source = .heap
                case "emptyObjectShape": source = .emptyObjectShape
                case "builtinCall": source = .address(Int(bitPattern: unsafeBitCast(BaselineHelpers.builtinCall, to: UnsafeRawPointer.self)))
                case "stringShape": source = .stringShape
                case "characters": source = .characters
                case "remainder": source = .address(Int(bitPattern: unsafeBitCast(BaselineHelpers.remainder, to: UnsafeRawPointer.self)))
                case "compareStrings": source = .address(Int(bitPattern: unsafeBitCast(BaselineHelpers.compareStrings, to: UnsafeRawPointer.self)))
                case "helper":
                    let name = template.helper ?? ""
                    source = BaselineHelpers.address(of: name).map { .address(Int(bitPattern: $0)) } ?? .missingHelper(name)
                default:
                    // TemplateGen accepts no other hole names.
                    preconditionFailure("unknown hole '\(hole.name)' in \(opcode.info.name)'s template")
                }
            }
            return PreparedHole(offset: hole.offset, width: hole.kind.width, source: source)
        }
        return (template.bytes, holes)
    }

    /// Where a template's rel32 hole goes: an instruction's code, the epilogue or the exit stub.
    enum BranchTarget: Equatable {
        case instruction(Int)
        case epilogue, exit
    }

    /// Appends the code of the instruction at `offset` of `function`: its template with every
    /// hole filled, except its rel32 holes, reported to `branch` (the field's offset in
    /// `bytes`, and its target) for the caller to fill. `frameSize` is where a callee's frame
    /// goes (the optimizing tier's frames are longer than the interpreter's).
    static func instantiate(_ function: FunctionInfo, at offset: Int, frameSize: Int, into bytes: inout [UInt8],
                            branch: (Int, BranchTarget) -> Void) throws(JsError) {
        let chunk = function.chunk, runtime = function.runtime
        let opcodeByte = Int(chunk.code[offset])
        let template = prepared[opcodeByte]
        let start = bytes.count
        bytes += template.bytes
        for hole in template.holes {
            let field = start + hole.offset
            let value: Int64
            switch hole.source {
            case .operand(let at, let width, let signed, let role):
                // Read as the interpreter's decoder reads it; a signed operand is sign-extended.
                let instruction = UnsafeRawPointer(function.code + offset)
                let raw = width == 1 ? UInt64(Instruction.readUInt8(instruction, at))
                    : width == 2 ? UInt64(Instruction.readUInt16(instruction, at)) : UInt64(Instruction.readUInt32(instruction, at))
                let unused = UInt64(64 - 8 * width)
                let operand = signed ? Int64(bitPattern: raw << unused) >> Int64(unused) : Int64(bitPattern: raw)
                switch role {
                case .register: value = Int64((Layout.Frame.headerSlotCount + Int(operand)) * 8)
                case .immediate: value = operand
                case .constant: value = Int64(bitPattern: function.constants[Int(operand)].bits)
                case .feedback: value = Int64(Int(bitPattern: function.profile.slots + Int(operand)))
                case .function: value = Int64(Int(bitPattern: function.functions[Int(operand)].record))
                case .jump:
                    branch(field, .instruction(offset + Int(operand)))
                    continue
                }
            case .pc: value = Int64(offset)
            case .epilogue:
                branch(field, .epilogue)
                continue
            case .exit:
                branch(field, .exit)
                continue
            case .counters: value = Int64(Int(bitPattern: function.profile.counters))
            case .globals: value = Int64(Int(bitPattern: runtime.globalObject))
            case .frameSize: value = Int64(frameSize)
            case .registerFile: value = Int64(Int(bitPattern: runtime.registerFile))
            case .registerFileEnd: value = Int64(Int(bitPattern: runtime.registerFile + runtime.registerFileSize))
            case .stackLimit: value = Int64(Int(bitPattern: runtime.nativeStackLimitCell))
            case .typeNames: value = Int64(Int(bitPattern: runtime.typeNameTable))
            case .heap: value = Int64(Int(bitPattern: runtime.heap.allocationState))
            case .emptyObjectShape: value = Int64(Int(bitPattern: runtime.emptyObjectShape.pointer))
            case .stringShape: value = Int64(Int(bitPattern: runtime.stringShape.pointer))
            case .characters: value = Int64(Int(bitPattern: runtime.characterTable))
            case .address(let address): value = Int64(address)
            case .missingHelper(let name):
                throw JsError(.bytecodeError, "the baseline JIT cannot compile '\(chunk.name)': \(Opcode.allCases[opcodeByte].info.name)'s helper '\(name)' is not implemented")
            }
            patch(&bytes, field, hole.width, value)
        }
    }

    static func compile(_ function: FunctionInfo) throws(JsError) -> CompiledCode {
        let chunk = function.chunk
        let code = chunk.code
        var bytes = prologue(registers: chunk.registerCount, parameters: chunk.parameterCount)
            + optimizeCheck(counters: UnsafeMutableRawPointer(function.profile.counters))
        bytes.reserveCapacity(bytes.count + code.count * 24)
        var offsets: [CodeOffset] = []
        var branches: [Branch] = []
        var loopHeaders: Set<Int> = []
        var offset = 0
        let frameSize = (Layout.Frame.headerSlotCount + chunk.registerCount) * 8
        while offset < code.count {
            let opcodeByte = Int(code[offset])
            offsets.append(CodeOffset(bytecodeOffset: offset, nativeOffset: bytes.count))
            try instantiate(function, at: offset, frameSize: frameSize, into: &bytes) { field, target in
                if case .instruction(let destination) = target, destination < offset { loopHeaders.insert(destination) }
                branches.append(Branch(field: field, target: target))
            }
            offset += Opcode.allCases[opcodeByte].length
        }
        let epilogueOffset = bytes.count
        bytes += epilogue
        let exitOffset = bytes.count
        bytes += exitStub + [0xEB, UInt8(bitPattern: Int8(epilogueOffset - (exitOffset + exitStub.count + 2)))]   // jmp epilogue
        var nativeOffsets = [Int](repeating: -1, count: code.count)
        for entry in offsets { nativeOffsets[entry.bytecodeOffset] = entry.nativeOffset }
        for branch in branches {
            let target: Int
            switch branch.target {
            case .instruction(let bytecodeOffset): target = nativeOffsets[bytecodeOffset]   // verified: jumps land on instructions
            case .epilogue: target = epilogueOffset
            case .exit: target = exitOffset
            }
            patch(&bytes, branch.field, 4, Int64(target - (branch.field + 4)))
        }
        let osrEntries = loopHeaders.sorted().map { OSREntry(bytecodeOffset: $0, nativeOffset: nativeOffsets[$0]) }
        do {
            return try CompiledCode(bytes: bytes, osrEntries: osrEntries, bytecodeOffsets: offsets)
        } catch {
            throw JsError(.rangeError, "cannot place compiled code for '\(chunk.name)': \(error.message)")
        }
    }

    /// Writes `value` into the field, little-endian, `width` bytes.
    private static func patch(_ bytes: inout [UInt8], _ field: Int, _ width: Int, _ value: Int64) {
        bytes.withUnsafeMutableBytes { buffer in
            if width == 8 {
                buffer.storeBytes(of: UInt64(bitPattern: value).littleEndian, toByteOffset: field, as: UInt64.self)
            } else {
                buffer.storeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian, toByteOffset: field, as: UInt32.self)
            }
        }
    }
}
