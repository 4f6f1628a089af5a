import Foundation

/// What our tiers say about compiling, read from the JSON jsjit writes with `--stats-json`.
/// A figure a tier does not expose is nil (shown as "—"), not zero.
public struct CompileFigures: Equatable, Sendable {
    public struct Compiler: Equatable, Sendable {
        public var functions: Int
        public var bytecodes: Int
        public var seconds: Double

        public init(functions: Int, bytecodes: Int, seconds: Double) {
            self.functions = functions
            self.bytecodes = bytecodes
            self.seconds = seconds
        }

        /// nil when it compiled nothing (no time to divide by).
        public var bytecodesPerSecond: Double? { seconds > 0 ? Double(bytecodes) / seconds : nil }
    }

    /// Source to bytecode.
    public var bytecode: Compiler?
    public var baseline: Compiler?
    public var optimizing: Compiler?
    public var osrEntries: Int?
    public var deopts: Int?

    public init(bytecode: Compiler?, baseline: Compiler?, optimizing: Compiler?, osrEntries: Int?, deopts: Int?) {
        self.bytecode = bytecode
        self.baseline = baseline
        self.optimizing = optimizing
        self.osrEntries = osrEntries
        self.deopts = deopts
    }

    /// Time in every compiler together.
    public var totalCompileSeconds: Double {
        [bytecode, baseline, optimizing].compactMap { $0?.seconds }.reduce(0, +)
    }

    public static func parse(_ json: Data) throws -> CompileFigures {
        struct RawCompiler: Decodable {
            var functionsCompiled: Int
            var bytecodesCompiled: Int
            var seconds: Double
            var figures: Compiler { Compiler(functions: functionsCompiled, bytecodes: bytecodesCompiled, seconds: seconds) }
        }
        struct Raw: Decodable {
            var bytecodeCompiler: RawCompiler?
            var baselineJIT: RawCompiler?
            var optimizingJIT: RawCompiler?
            var osrEntries: Int?
            var deopts: Int?
        }
        do {
            let raw = try JSONDecoder().decode(Raw.self, from: json)
            return CompileFigures(bytecode: raw.bytecodeCompiler?.figures, baseline: raw.baselineJIT?.figures,
                                  optimizing: raw.optimizingJIT?.figures, osrEntries: raw.osrEntries, deopts: raw.deopts)
        } catch {
            throw BenchmarkError("cannot read the engine's statistics: \(error)")
        }
    }
}
