import Foundation

/// The two statistics the harness reports: medians of runs (robust to a noisy neighbour) and
/// geometric means of ratios (the mean that treats 2× faster and 2× slower symmetrically).
public enum Statistics {
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// nil unless every value is positive. Computed through logarithms, so long products of
    /// large or small ratios neither overflow nor underflow.
    public static func geometricMean(_ values: [Double]) -> Double? {
        guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { return nil }
        return exp(values.map { log($0) }.reduce(0, +) / Double(values.count))
    }
}
