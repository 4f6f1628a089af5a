import ArgumentParser
import JIT

/// The command-line program. Until the interpreter lands it shows what the specs generated:
/// the opcode table, or a disassembly of raw bytecode.
@main
struct JSJit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsjit",
        abstract: "A multi-tier JavaScript JIT whose tiers are generated from Specs/*.yaml.",
        discussion: "With no options, prints the bytecode opcode table generated from Specs/opcodes.yaml.")

    @Option(name: .customLong("disassemble"), help: "Disassemble bytecode given as hex bytes, e.g. '00 0100 0200'.")
    var hexBytecode: String?

    @Flag(help: "Print the layout constants generated from Specs/layout.yaml.")
    var layout = false

    func run() throws {
        if let hexBytecode {
            guard let bytes = parseHexBytes(hexBytecode) else {
                throw ValidationError("--disassemble takes hex bytes (pairs of 0-9a-f digits, spaces allowed)")
            }
            print(Disassembler.listing(bytes))
        } else if layout {
            print(LayoutTable.render(), terminator: "")
        } else {
            print(OpcodeTable.render(), terminator: "")
        }
    }
}
