/// IR as text, the form `--print-ir` shows and the pass tests compare:
///
///     function sum (params 1, registers 4)
///     b0 entry:
///       v0 = Parameter 0
///       v1 = UnboxInt32 v0 @0[r0=v0]
///       Jump -> b1
///     b1 <- b0, b2:
///       v2 = Int32Phi v1, v5
///       ...
///       Branch v4 -> b2, b3
///
/// Each op prints as its Specs/ir.yaml `print` format after `vN = ` (for ops with a result),
/// attributes in their type's format, a guard's frame state as `@offset[r0=v1 ...]` (live
/// registers only), and a block's end with its successors. `IRParser` reads it back.
public enum IRPrinter {
    public static func print(_ function: IRFunction) -> String {
        var lines = ["function \(function.name) (params \(function.parameterCount), registers \(function.registerCount))"]
        for block in function.liveBlocks {
            lines.append(header(block, in: function))
            for value in function[block].ops { lines.append("  " + print(value, in: function)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func header(_ block: BlockID, in function: IRFunction) -> String {
        var text = "\(block)"
        if block == function.entry { text += " entry" }
        if let osr = function.osrEntries.first(where: { $0.block == block }) { text += " osr@\(osr.bytecodeOffset)" }
        let predecessors = function[block].predecessors
        if !predecessors.isEmpty { text += " <- " + predecessors.map(\.description).joined(separator: ", ") }
        return text + ":"
    }

    /// One op's line, without indentation.
    public static func print(_ value: ValueID, in function: IRFunction) -> String {
        let op = function[value]
        let info = op.info
        var text = op.type == nil ? "" : "\(value) = "
        text += body(op, in: function)
        if let state = op.frameState { text += " " + frameState(function.frameStates[state]) }
        switch info.control {
        case .jump, .branch:
            text += " -> " + function[op.block].successors.map(\.description).joined(separator: ", ")
        default: break
        }
        return text
    }

    /// The op's print format with its operands filled in.
    static func body(_ op: IROp, in function: IRFunction) -> String {
        let info = op.info
        var valueIndex = 0, attributeIndex = 0
        var fills: [String: String] = [:]
        for operand in info.operands {
            switch operand.type {
            case .value:
                fills[operand.name] = valueIndex < op.inputs.count ? "\(op.inputs[valueIndex])" : "?"
                valueIndex += 1
            case .attribute(let type):
                fills[operand.name] = attributeIndex < op.attributes.count ? attribute(op.attributes[attributeIndex], type.format) : "?"
                attributeIndex += 1
            }
        }
        if let variadic = info.variadic {
            fills[variadic.name] = op.inputs.dropFirst(valueIndex).map(\.description).joined(separator: ", ")
        }
        var text = ""
        var rest = Substring(info.print)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            text += fills[String(rest[rest.index(after: open)..<close])] ?? "?"
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    public static func frameState(_ state: FrameState) -> String {
        let live = state.registers.enumerated().compactMap { index, value in value.map { "r\(index)=\($0)" } }
        return "@\(state.bytecodeOffset)[\(live.joined(separator: " "))]"
    }

    public static func attribute(_ raw: Int64, _ format: IRAttributeFormat) -> String {
        switch format {
        case .decimal: return "\(raw)"
        case .hex: return "0x" + String(UInt64(bitPattern: raw), radix: 16)
        case .double: return "\(Double(bitPattern: UInt64(bitPattern: raw)))"
        case .condition: return IRCondition(rawValue: raw)?.name ?? "condition\(raw)"
        case .value: return boxed(Value(bits: UInt64(bitPattern: raw)))
        }
    }

    /// A boxed constant: its name, an int32 in decimal, a double with its point (`4.0`, `nan`),
    /// or a cell's address.
    static func boxed(_ value: Value) -> String {
        switch value.bits {
        case Value.undefined.bits: return "undefined"
        case Value.null.bits: return "null"
        case Value.true.bits: return "true"
        case Value.false.bits: return "false"
        case Value.empty.bits: return "empty"
        default:
            if value.isInt32 { return "\(value.asInt32)" }
            if value.isNumber { return "\(value.asDouble)" }
            return "cell:0x" + String(value.bits, radix: 16)
        }
    }
}
