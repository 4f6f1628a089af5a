import BenchKit
import Testing

@Suite struct StatisticsTests {
    @Test func medianOfAnOddCountIsTheMiddleValue() {
        #expect(Statistics.median([3, 1, 2]) == 2)
        #expect(Statistics.median([5]) == 5)
    }

    @Test func medianOfAnEvenCountAveragesTheMiddlePair() {
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
    }

    @Test func medianOfNothingIsNil() {
        #expect(Statistics.median([]) == nil)
    }

    @Test func geometricMeanMultipliesRatios() throws {
        #expect(try #require(Statistics.geometricMean([2, 8])) == 4)
        #expect(abs(try #require(Statistics.geometricMean([0.5, 2, 1])) - 1) < 1e-12)
        #expect(abs(try #require(Statistics.geometricMean([1e-300, 1e300])) - 1) < 1e-9, "through logarithms: no underflow")
    }

    @Test func geometricMeanNeedsPositiveValues() {
        #expect(Statistics.geometricMean([]) == nil)
        #expect(Statistics.geometricMean([1, 0]) == nil)
        #expect(Statistics.geometricMean([2, -1]) == nil)
    }
}
