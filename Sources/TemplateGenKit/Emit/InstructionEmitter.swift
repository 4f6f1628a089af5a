/// Emits `Instructions.swift`: the `Instruction` enum with one case per opcode and named, typed
/// operands, its byte encoder and decoder, and conversion to and from plain operand values.
struct InstructionEmitter {
    let spec: OpcodeSpec

    func emit() -> String {
        var w = SwiftWriter(specFiles: [spec.file])
        emitEnum(&w)
        emitErrors(&w)
        w.block("extension Instruction") { w in
            emitOpcode(&w)
            emitEncoder(&w)
            emitDecoder(&w)
            emitOperandValues(&w)
            emitInitFromValues(&w)
        }
        return w.text
    }

    private func kind(_ operand: OpcodeSpec.Operand) -> OpcodeSpec.OperandKind {
        // Decoding already rejected operands of unknown kinds, so the lookup cannot fail here.
        spec.kind(named: operand.kind)!
    }

    private func pattern(_ op: OpcodeSpec.Opcode) -> String {
        op.operands.isEmpty ? ".\(op.caseName)" : ".\(op.caseName)(\(op.operands.map { "let \($0.name)" }.joined(separator: ", ")))"
    }

    private func emitEnum(_ w: inout SwiftWriter) {
        w.doc("A bytecode instruction with named, typed operands: what the encoder writes and the decoder reads.")
        w.block("public enum Instruction: Hashable, Sendable") { w in
            for op in spec.opcodes {
                w.specComment(spec.file, op.line)
                w.doc(op.doc)
                let operands = op.operands.map { "\($0.name): \(kind($0).swiftType)" }.joined(separator: ", ")
                w.line(op.operands.isEmpty ? "case \(op.caseDeclaration)" : "case \(op.caseDeclaration)(\(operands))")
            }
        }
        w.line()
    }

    private func emitErrors(_ w: inout SwiftWriter) {
        w.doc("Why bytes could not be decoded into an instruction.")
        w.block("public enum BytecodeDecodingError: Error, Hashable, Sendable") { w in
            w.line("case offsetOutOfRange(offset: Int, size: Int)")
            w.line("case unknownOpcode(byte: UInt8, offset: Int)")
            w.line("case truncated(opcode: Opcode, offset: Int, size: Int)")
        }
        w.line()
        w.doc("Why a list of operand values does not make an instruction.")
        w.block("public enum InstructionOperandError: Error, Hashable, Sendable") { w in
            w.line("case wrongOperandCount(opcode: Opcode, expected: Int, found: Int)")
            w.line("case outOfRange(opcode: Opcode, operand: String, value: Int64, range: ClosedRange<Int64>)")
        }
        w.line()
    }

    private func emitOpcode(_ w: inout SwiftWriter) {
        w.block("public var opcode: Opcode") { w in
            w.block("switch self") { w in
                for op in spec.opcodes { w.line("case .\(op.caseName): return .\(op.caseName)") }
            }
        }
        w.line()
    }

    private func emitEncoder(_ w: inout SwiftWriter) {
        w.doc("Appends the instruction's bytes: the opcode, then each operand little-endian at its kind's width.")
        w.block("public func encode(into _bytes: inout [UInt8])") { w in
            w.block("switch self") { w in
                for op in spec.opcodes {
                    w.line("case \(pattern(op)):")
                    w.line("    _bytes.append(\(op.code))")
                    for operand in op.operands {
                        w.line("    withUnsafeBytes(of: \(operand.name).value.littleEndian) { _bytes.append(contentsOf: $0) }")
                    }
                }
            }
        }
        w.line()
        w.line("public var encoded: [UInt8] {")
        w.line("    var bytes: [UInt8] = []")
        w.line("    encode(into: &bytes)")
        w.line("    return bytes")
        w.line("}")
        w.line()
    }

    private func emitDecoder(_ w: inout SwiftWriter) {
        w.doc("Decodes the instruction that starts at `offset`.")
        w.block("public static func decode(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(BytecodeDecodingError) -> Instruction") { w in
            w.line("guard offset >= 0, offset < bytes.count else { throw .offsetOutOfRange(offset: offset, size: bytes.count) }")
            w.line("guard let opcode = Opcode(rawValue: bytes[offset]) else { throw .unknownOpcode(byte: bytes[offset], offset: offset) }")
            w.line("guard bytes.count - offset >= opcode.length else { throw .truncated(opcode: opcode, offset: offset, size: bytes.count) }")
            w.block("switch opcode") { w in
                for op in spec.opcodes {
                    guard !op.operands.isEmpty else {
                        w.line("case .\(op.caseName): return .\(op.caseName)")
                        continue
                    }
                    w.line("case .\(op.caseName):")
                    w.line("    return .\(op.caseName)(")
                    var offset = 1
                    for (index, operand) in op.operands.enumerated() {
                        let k = kind(operand)
                        let load = "\(k.storageType)(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + \(offset), as: \(k.storageType).self))"
                        let comma = index == op.operands.count - 1 ? "" : ","
                        w.line("        \(operand.name): \(k.swiftType)(\(load))\(comma)")
                        offset += k.width
                    }
                    w.line("    )")
                }
            }
        }
        w.line()
        w.doc("Decodes the instruction at `pointer` without any check. Only for bytecode the verifier")
        w.doc("accepted: the interpreter's dispatch loop uses it on every instruction.")
        w.doc("The opcode byte is reinterpreted, not range-checked: rows are numbered 0..<count.")
        w.doc("Transparent (always inlined, even into a huge switch) so the decode and the caller's")
        w.doc("switch fuse into one dispatch; `@inline(__always)` alone was not honoured there.")
        w.block("@_transparent public static func decodeUnchecked(_ pointer: UnsafeRawPointer) -> Instruction") { w in
            w.block("switch unsafeBitCast(pointer.load(as: UInt8.self), to: Opcode.self)") { w in
                for op in spec.opcodes {
                    guard !op.operands.isEmpty else {
                        w.line("case .\(op.caseName): return .\(op.caseName)")
                        continue
                    }
                    var offset = 1
                    let args = op.operands.map { operand -> String in
                        let k = kind(operand)
                        defer { offset += k.width }
                        let unsigned = "readUInt\(k.width * 8)(pointer, \(offset))"
                        return "\(operand.name): \(k.swiftType)(\(k.isSigned ? "\(k.storageType)(bitPattern: \(unsigned))" : unsigned))"
                    }
                    w.line("case .\(op.caseName): return .\(op.caseName)(\(args.joined(separator: ", ")))")
                }
            }
        }
        w.line()
        w.doc("Operand reads for `decodeUnchecked`: byte loads (little-endian) that the optimizer folds into")
        w.doc("one load, with no generic call left for the inliner to give up on in a huge caller.")
        w.block("@_transparent public static func readUInt8(_ pointer: UnsafeRawPointer, _ offset: Int) -> UInt8") { w in
            w.line("pointer.assumingMemoryBound(to: UInt8.self)[offset]")
        }
        w.block("@_transparent public static func readUInt16(_ pointer: UnsafeRawPointer, _ offset: Int) -> UInt16") { w in
            w.line("UInt16(readUInt8(pointer, offset)) | UInt16(readUInt8(pointer, offset + 1)) << 8")
        }
        w.block("@_transparent public static func readUInt32(_ pointer: UnsafeRawPointer, _ offset: Int) -> UInt32") { w in
            w.line("UInt32(readUInt16(pointer, offset)) | UInt32(readUInt16(pointer, offset + 2)) << 16")
        }
        w.line()
        w.block("public static func decode(_ bytes: [UInt8], at offset: Int) throws(BytecodeDecodingError) -> Instruction") { w in
            w.line("let result = bytes.withUnsafeBytes { buffer in Result { () throws(BytecodeDecodingError) in try decode(buffer, at: offset) } }")
            w.line("return try result.get()")
        }
        w.line()
    }

    private func emitOperandValues(_ w: inout SwiftWriter) {
        w.doc("The operands as plain integers, in spec order: for tools, tests and the verifier.")
        w.block("public var operandValues: [Int64]") { w in
            w.block("switch self") { w in
                for op in spec.opcodes {
                    w.line("case \(pattern(op)): return [\(op.operands.map { "Int64(\($0.name).value)" }.joined(separator: ", "))]")
                }
            }
        }
        w.line()
    }

    private func emitInitFromValues(_ w: inout SwiftWriter) {
        w.doc("Builds an instruction from plain operand values, checking their count and ranges.")
        w.block("public init(opcode: Opcode, operandValues values: [Int64]) throws(InstructionOperandError)") { w in
            w.line("let operands = opcode.info.operands")
            w.line("guard values.count == operands.count else { throw .wrongOperandCount(opcode: opcode, expected: operands.count, found: values.count) }")
            w.block("for (operand, value) in zip(operands, values) where !operand.kind.range.contains(value)") { w in
                w.line("throw .outOfRange(opcode: opcode, operand: operand.name, value: value, range: operand.kind.range)")
            }
            w.block("switch opcode") { w in
                for op in spec.opcodes {
                    guard !op.operands.isEmpty else {
                        w.line("case .\(op.caseName): self = .\(op.caseName)")
                        continue
                    }
                    let args = op.operands.enumerated().map { index, operand in
                        let k = kind(operand)
                        return "\(operand.name): \(k.swiftType)(\(k.storageType)(values[\(index)]))"
                    }
                    w.line("case .\(op.caseName): self = .\(op.caseName)(\(args.joined(separator: ", ")))")
                }
            }
        }
    }
}
