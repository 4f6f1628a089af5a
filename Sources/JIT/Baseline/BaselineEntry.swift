import X64Assembler

/// The one way from Swift into baseline code (DESIGN §5): saves the callee-saved registers,
/// loads the pinned ones (r12 the runtime, r13 the frame, r14 NumberTag, r15 NotCellMask, as
/// Specs/layout.yaml pins them), calls the code with the stack aligned as System V wants, and
/// returns what the code left in rax.
enum BaselineEntry {
    typealias Function = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UnsafeRawPointer) -> UInt64

    /// The stub's text. `atLoopHeader` makes the variant that enters at an OSR entry: it does
    /// the prologue's `sub rsp, 8` itself, as the code's prologue would have.
    static func text(atLoopHeader: Bool) -> String {
        """
        push rbx
        push rbp
        push r12
        push r13
        push r14
        push r15
        sub rsp, 8                 ; six pushes left rsp 8 off 16: the call below then enters aligned as a callee expects
        mov r12, rdi
        mov r13, rsi
        movabs r14, NumberTag
        movabs r15, NotCellMask
        call \(atLoopHeader ? ".loopHeader" : "rdx")
        add rsp, 8
        pop r15
        pop r14
        pop r13
        pop r12
        pop rbp
        pop rbx
        ret
        """ + (atLoopHeader ? "\n.loopHeader:\nsub rsp, 8\njmp rdx\n" : "")
    }

    /// Assembled once, from the same layout constants the runtime uses.
    static func assemble(atLoopHeader: Bool) -> CompiledCode {
        let symbols = ["NumberTag": Int64(bitPattern: Layout.numberTag), "NotCellMask": Int64(bitPattern: Layout.notCellMask)]
        // The text is fixed and known to assemble; a failure here is a bug in this file.
        let template = try! TemplateText.assemble(text(atLoopHeader: atLoopHeader), file: #fileID, symbols: symbols)
        return try! CompiledCode(bytes: template.bytes)
    }

    static let code = assemble(atLoopHeader: false)
    static let loopHeaderCode = assemble(atLoopHeader: true)

    static let enter: Function = unsafeBitCast(code.entryPoint, to: Function.self)
    static let enterAtLoopHeader: Function = unsafeBitCast(loopHeaderCode.entryPoint, to: Function.self)
}

extension Runtime {
    /// Compiles functions with the baseline JIT, counting what it did.
    func compileBaseline(_ functions: [FunctionInfo]) throws(JsError) {
        // The resolved template table is built once per process, before the first compile is
        // timed: startup work, not compile throughput.
        _ = BaselineJIT.prepared.count
        for function in functions where function.baselineCode == nil {
            let start = monotonicSeconds()
            let code = try BaselineJIT.compile(function)
            baselineCompiler.seconds += monotonicSeconds() - start
            function.baselineCode = code
            compiledCodeObserver?(function.chunk, code)
            baselineCompiler.functionsCompiled += 1
            // One offset per instruction compiled: no need to decode the bytecode again.
            baselineCompiler.bytecodesCompiled += code.bytecodeOffsets.count
        }
    }

    /// Runs the frame at `fp` (already pushed) in its baseline code from `entry` (the code's
    /// entry point, or an OSR entry at a loop header) until it returns (if the code hands the
    /// frame to the interpreter, its exit stub has the interpreter finish it). Never inlined: the
    /// interpreter's dispatch loop calls it, and must stay small.
    @inline(never)
    func enterBaseline(frame fp: Int, at entry: UnsafeRawPointer, atLoopHeader: Bool = false) throws(JsError) -> Value {
        var marker: UInt8 = 0
        let stackPointer = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if stackPointer < nativeStackLimit { throw JsError(.rangeError, "Maximum call stack size exceeded") }
        let savedActiveFrame = activeFrame
        activeFrame = fp
        defer { activeFrame = savedActiveFrame }
        let context = Unmanaged.passUnretained(self).toOpaque()
        let enter = atLoopHeader ? BaselineEntry.enterAtLoopHeader : BaselineEntry.enter
        let result = Value(bits: enter(context, UnsafeMutableRawPointer(registerFile + fp), entry))
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        return result
    }

    /// Installs `code` as `function`'s baseline code and calls it from Swift: the frame goes at
    /// the top of the register file and stays there afterwards, so tests can read its registers.
    func runBaseline(_ code: CompiledCode, function: Value, arguments: [Value] = []) throws(JsError) -> Value {
        guard function.isFunction, let info = functionInfo(function.asCell) else {
            throw JsError(.typeError, "\(toSwiftString(function)) is not a bytecode function")
        }
        info.baselineCode = code
        return try call(function, this: .undefined, arguments: arguments)
    }
}

/// For code running on a fresh thread with `stackSize` bytes of native stack (see
/// `onLargeStack`): the lowest address its stack may reach, less a margin for the Swift and
/// runtime frames that run below a check.
func nativeStackLimit(stackSize: Int) -> UInt {
    var marker: UInt8 = 0
    let stackPointer = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    let margin = UInt(min(stackSize / 4, 8 << 20))
    return stackPointer - UInt(stackSize) + margin
}
