/// The fuzzer's own random numbers: SplitMix64 (Steele, Lea and Flood), so that a seed means
/// the same program on every machine and every Swift version, which the standard library's
/// generators do not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (by rejection, so no value is favoured).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        let limit = UInt64.max - UInt64.max % span
        var draw = next()
        while draw >= limit { draw = next() }
        return range.lowerBound &+ Int(truncatingIfNeeded: draw % span)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func pick<T>(_ choices: [T]) -> T {
        choices[int(in: 0...(choices.count - 1))]
    }

    /// An index of `weights`, each chosen in proportion to its weight (at least one is positive).
    public mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0) { $0 + Swift.max($1, 0) }
        precondition(total > 0, "no positive weight to choose by")
        var draw = int(in: 0...(total - 1))
        for (index, weight) in weights.enumerated() where weight > 0 {
            if draw < weight { return index }
            draw -= weight
        }
        return weights.count - 1
    }
}
