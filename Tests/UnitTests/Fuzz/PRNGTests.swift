import FuzzKit
import Testing

@Suite struct PRNGTests {
    /// SplitMix64's published sequence for seed 0, so a seed means the same program everywhere.
    @Test func matchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func aSeedDeterminesEveryDraw() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        let first = (0..<100).map { _ in a.int(in: 0...9) }
        #expect(first == (0..<100).map { _ in b.int(in: 0...9) })
        var c = SplitMix64(seed: 43)
        #expect(first != (0..<100).map { _ in c.int(in: 0...9) })
    }

    @Test func drawsStayInRangeAndCoverIt() {
        var random = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = random.int(in: -3...3)
            #expect((-3...3).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
        #expect(random.int(in: 5...5) == 5)
        var heads = 0
        for _ in 0..<1000 where random.chance(0.25) { heads += 1 }
        #expect((150...350).contains(heads))
        #expect(["a", "b"].contains(random.pick(["a", "b"])))
    }

    @Test func weightedPicksFollowTheWeights() {
        var random = SplitMix64(seed: 9)
        var counts = [0, 0, 0]
        for _ in 0..<3000 { counts[random.weightedIndex([1, 0, 5])] += 1 }
        #expect(counts[1] == 0, "a zero weight is never picked")
        #expect(counts[2] > counts[0] * 3)
    }
}
