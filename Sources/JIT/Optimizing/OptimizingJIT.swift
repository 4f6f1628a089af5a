/// The optimizing tier (DESIGN §6): SSA IR built from bytecode and its profile, optimized by
/// passes, lowered by the rules of Specs/lowering.x86_64.yaml, register-allocated and emitted,
/// with a deoptimization exit for every guard.
public enum OptimizingJIT {
    /// Why a function could not be optimized: it keeps running in the lower tiers.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }
}
