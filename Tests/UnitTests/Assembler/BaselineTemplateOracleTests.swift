import Foundation
import JIT
import TemplateGenKit
import Testing

/// Every baseline template in Specs/opcodes.yaml, as the build assembled it, against GNU `as`
/// on the same text with the holes filled in: byte for byte, except rel32 holes (`as` leaves a
/// relocation there; the JIT patches the distance to the target).
struct BaselineTemplateOracleTests {
    static let specs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Specs")

    struct Case: CustomStringConvertible, Sendable {
        var opcode: String
        var text: String
        var description: String { opcode }
    }

    static let symbols: [String: Int64] = {
        let path = specs.appendingPathComponent("layout.yaml").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let node = try? YAMLLoader.load(text, file: path) else { return [:] }
        return LayoutSpec.decode(node, file: path, sink: DiagnosticSink()).templateSymbols
    }()

    static let cases: [Case] = {
        let path = specs.appendingPathComponent("opcodes.yaml").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let node = try? YAMLLoader.load(text, file: path) else { return [] }
        // What TemplateGen assembles: written templates with their standard slow path, or the standard call alone.
        let spec = OpcodeSpec.decode(node, file: path, sink: DiagnosticSink())
        return spec.opcodes.map { Case(opcode: $0.name, text: spec.baselineText(for: $0)) }
    }()

    @Test func everyOpcodeHasBaselineCode() {
        #expect(Self.cases.count == Opcode.allCases.count)
        #expect(Opcode.allCases.allSatisfy { !$0.baseline.bytes.isEmpty })
    }

    /// The template's bytes with every hole filled: a distinct, large value per hole name (a
    /// name may appear several times), so `as` picks the same 32- or 64-bit forms; rel32 holes
    /// stay zero. Also the values, by hole name, for `as`.
    static func filled(_ opcode: Opcode) -> (bytes: [UInt8], values: [String: Int64]) {
        let template = opcode.baseline
        var values: [String: Int64] = [:]
        var filled = template.bytes
        for (index, hole) in template.holes.enumerated() {
            guard hole.kind != .rel32 else {
                for byte in 0..<4 { filled[hole.offset + byte] = 0 }
                continue
            }
            let value = values[hole.name] ?? (hole.kind == .imm64 ? 0x1122_3344_5566_7700 + Int64(index) : 0x1234_5600 + Int64(index))
            values[hole.name] = value
            for byte in 0..<hole.kind.width { filled[hole.offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * Int64(byte))) }
        }
        return (filled, values)
    }

    static let goldenFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/baseline_templates.txt")

    /// `UPDATE_GOLDEN=1 swift test --filter BaselineTemplateOracleTests` rewrites the golden
    /// file from GNU `as` (each template's bytes with its holes filled as in `filled`); otherwise
    /// the generated templates must equal it, whether or not `as` is installed.
    @Test func templatesMatchTheGoldenBytes() throws {
        var golden: [String] = []
        for opcode in Opcode.allCases {
            let testCase = try #require(Self.cases.first { $0.opcode == opcode.info.name })
            let (_, values) = Self.filled(opcode)
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
                var bytes = try GNUAssembler.assemble(Self.gasLines(testCase.text, values: values))
                for hole in opcode.baseline.holes where hole.kind == .rel32 && hole.offset + 4 <= bytes.count {
                    for byte in 0..<4 { bytes[hole.offset + byte] = 0 }
                }
                golden.append("\(opcode.info.name): " + bytes.map { String(format: "%02x", $0) }.joined(separator: " "))
            }
        }
        if !golden.isEmpty {
            try FileManager.default.createDirectory(at: Self.goldenFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (golden.joined(separator: "\n") + "\n").write(to: Self.goldenFile, atomically: true, encoding: .utf8)
        }
        let lines = try String(contentsOf: Self.goldenFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == Opcode.allCases.count, "one line per opcode; regenerate with UPDATE_GOLDEN=1")
        for (opcode, line) in zip(Opcode.allCases, lines) {
            let ours = "\(opcode.info.name): " + Self.filled(opcode).bytes.map { String(format: "%02x", $0) }.joined(separator: " ")
            #expect(ours == String(line), "\(opcode.info.name) differs from the golden bytes (GNU as); regenerate with UPDATE_GOLDEN=1 if the template changed")
        }
    }

    @Test(arguments: cases)
    func templateMatchesGNUAs(_ testCase: Case) throws {
        let opcode = try #require(Opcode.allCases.first { "\($0)".lowercased() == testCase.opcode.lowercased() })
        let template = opcode.baseline
        let (filled, values) = Self.filled(opcode)
        let expected = try GNUAssembler.assemble(Self.gasLines(testCase.text, values: values))
        #expect(expected.count == filled.count, "length")
        var skipped = Set<Int>()
        for hole in template.holes where hole.kind == .rel32 { skipped.formUnion(hole.offset..<(hole.offset + 4)) }
        for (offset, byte) in filled.enumerated() where !skipped.contains(offset) && offset < expected.count {
            #expect(byte == expected[offset], "byte \(offset) of \(testCase.opcode)")
        }
    }

    /// The template as `as` reads it: comments dropped, holes and layout names replaced by
    /// numbers, local labels renamed, and jumps to rel32 holes forced to 32 bits.
    static func gasLines(_ text: String, values: [String: Int64]) -> [String] {
        var lines: [String] = []
        for raw in text.split(separator: "\n") {
            var line = String(raw.prefix { $0 != ";" && $0 != "#" }).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            // Longest names first: `$registerFile` is a prefix of `$registerFileEnd`.
            for (name, value) in values.sorted(by: { $0.key.count > $1.key.count }) { line = line.replacingOccurrences(of: "$\(name)", with: "\(value)") }
            if line.contains("$") {
                line = "{disp32} " + line.replacingOccurrences(of: #"\$[A-Za-z_][A-Za-z0-9_]*"#, with: "hole_target", options: .regularExpression)
            }
            for name in symbols.keys.sorted(by: { $0.count > $1.count }) {
                let pattern = #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\w.])"#
                line = line.replacingOccurrences(of: pattern, with: "\(symbols[name]!)", options: .regularExpression)
            }
            line = line.replacingOccurrences(of: #"(?<![\w])\.([A-Za-z_]\w*)"#, with: "L_$1", options: .regularExpression)
            lines.append(line)
        }
        return lines + ["hole_target:"]
    }
}
