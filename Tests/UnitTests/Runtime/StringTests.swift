@testable import JIT
import Testing

/// String cells: ropes for long concatenations, interning, the one-character cache, and
/// code-unit (UTF-16) semantics.
@Suite struct StringTests {
    let runtime = Runtime(output: { _ in })

    func kind(_ v: Value) -> UInt64 { UInt64(v.cellKind) }

    // MARK: Ropes

    @Test func shortConcatenationsCopy() throws {
        let joined = try runtime.concatenate(runtime.newString("hello, "), runtime.newString("world"))
        #expect(kind(joined) == Layout.kindString)
        #expect(runtime.swiftString(joined) == "hello, world")
        #expect(runtime.stringLength(joined) == 12)
    }

    @Test func aStringAndAnInt32ConcatenateInOneAllocation() throws {
        let before = runtime.heap.allocations
        let joined = try runtime.concatenate(runtime.newString("k"), int: -42, numberFirst: false)
        #expect(runtime.swiftString(joined) == "k-42" && kind(joined) == Layout.kindString)
        #expect(runtime.heap.allocations == before + 2, "the \"k\" and the result: no string for the digits")
        #expect(runtime.swiftString(try runtime.concatenate(runtime.newString("k"), int: Int32.min, numberFirst: true)) == "-2147483648k")
        let long = runtime.newString(String(repeating: "a", count: Runtime.ropeThreshold))
        #expect(kind(try runtime.concatenate(long, int: 5, numberFirst: false)) == Layout.kindRope, "long ones are ropes, as for two strings")
        // Every tier, against node.
        let source = """
            var parts = [];
            var long = 'abcdefghijklmnopqrstuvwxyz';
            var ints = [0, 7, -1, 10, -2147483648, 2147483647, 123456];
            for (var i = 0; i < ints.length; i++) {
              var n = ints[i];
              parts.push('k' + n, n + 'k', '' + n, n + '', long + n, n + long, ('x' + n).length, (long + n).length);
            }
            console.log(parts.join('|'));
            """
        let expected = "k0|0k|0|0|abcdefghijklmnopqrstuvwxyz0|0abcdefghijklmnopqrstuvwxyz|2|27|k7|7k|7|7|abcdefghijklmnopqrstuvwxyz7|7abcdefghijklmnopqrstuvwxyz|2|27|"
            + "k-1|-1k|-1|-1|abcdefghijklmnopqrstuvwxyz-1|-1abcdefghijklmnopqrstuvwxyz|3|28|k10|10k|10|10|abcdefghijklmnopqrstuvwxyz10|10abcdefghijklmnopqrstuvwxyz|3|28|"
            + "k-2147483648|-2147483648k|-2147483648|-2147483648|abcdefghijklmnopqrstuvwxyz-2147483648|-2147483648abcdefghijklmnopqrstuvwxyz|12|37|"
            + "k2147483647|2147483647k|2147483647|2147483647|abcdefghijklmnopqrstuvwxyz2147483647|2147483647abcdefghijklmnopqrstuvwxyz|11|36|"
            + "k123456|123456k|123456|123456|abcdefghijklmnopqrstuvwxyz123456|123456abcdefghijklmnopqrstuvwxyz|7|32\n"
        for tier in [Tier.interpreter, .baseline] {
            #expect(try ScriptRun(source, options: ExecutionOptions(tier: tier)).output == expected, "\(tier)")
        }
    }

    @Test func concatenationAboveTheThresholdIsARope() throws {
        let left = String(repeating: "a", count: 20), right = String(repeating: "b", count: Runtime.ropeThreshold)
        let rope = try runtime.concatenate(runtime.newString(left), runtime.newString(right))
        #expect(kind(rope) == Layout.kindRope)
        #expect(rope.isString)
        #expect(runtime.stringLength(rope) == 20 + Runtime.ropeThreshold)
        #expect(rope.asCell.field(Layout.RopeCell.flat, as: UInt.self) == 0, "not flattened before its characters are needed")
        #expect(runtime.swiftString(rope) == left + right)
        #expect(rope.asCell.field(Layout.RopeCell.flat, as: UInt.self) != 0, "the flattening is cached")
        // Flattening once: the second read gives the same characters.
        #expect(runtime.units(rope).baseAddress == runtime.units(rope).baseAddress)
    }

    @Test func exactlyAtTheThresholdIsARopeJustBelowIsNot() throws {
        let threshold = Runtime.ropeThreshold
        let below = try runtime.concatenate(runtime.newString(String(repeating: "x", count: threshold - 2)), runtime.newString("y"))
        let at = try runtime.concatenate(runtime.newString(String(repeating: "x", count: threshold - 1)), runtime.newString("y"))
        #expect(kind(below) == Layout.kindString)
        #expect(kind(at) == Layout.kindRope)
    }

    @Test func emptyOperandsReturnTheOtherStringItself() throws {
        let text = runtime.newString("unchanged")
        let empty = runtime.newString("")
        #expect(try runtime.concatenate(text, empty) == text)
        #expect(try runtime.concatenate(empty, text) == text)
    }

    @Test func ropesOfRopesFlattenInOrder() throws {
        let parts = (0..<8).map { String(repeating: String(UnicodeScalar(UInt8(97 + $0))), count: 13) }
        var ropes = parts.map { runtime.newString($0) }
        // A balanced tree: pairs, then pairs of pairs.
        while ropes.count > 1 {
            ropes = try stride(from: 0, to: ropes.count, by: 2).map { try runtime.concatenate(ropes[$0], ropes[$0 + 1]) }
        }
        #expect(runtime.swiftString(ropes[0]) == parts.joined())
    }

    @Test func aDeepLeftRopeFrom100kAppendsFlattensWithoutStackOverflow() throws {
        var s = runtime.newString("")
        var expected: [UInt16] = []
        for i in 0..<100_000 {
            let unit = UInt16(97 + i % 26)
            s = try runtime.concatenate(s, runtime.singleCharacter(unit))
            expected.append(unit)
        }
        #expect(kind(s) == Layout.kindRope)
        #expect(runtime.stringLength(s) == 100_000)
        #expect(Array(runtime.units(s)) == expected)
    }

    @Test func aDeepRightRopeFlattensToo() throws {
        var s = runtime.newString("")
        for i in 0..<100_000 {
            s = try runtime.concatenate(runtime.singleCharacter(UInt16(48 + i % 10)), s)
        }
        let units = runtime.units(s)
        #expect(units.count == 100_000)
        // Prepending 0,1,2,...: the last digit prepended comes first.
        #expect(units.first == UInt16(48 + 99_999 % 10))
        #expect(units.last == 48)
    }

    @Test func aZigzagRopeWithFlattenedPartsFlattensInOrder() throws {
        // Appends and prepends in turn, flattening some inner ropes on the way, so every kind
        // of part turns up on both sides: flat strings, flattened ropes, ropes.
        var s = runtime.newString("")
        var expected: [UInt16] = []
        for i in 0..<3_000 {
            let part = String(repeating: String(UnicodeScalar(UInt8(97 + i % 26))), count: 1 + i % 30)
            if i % 2 == 0 {
                s = try runtime.concatenate(s, runtime.newString(part))
                expected += part.utf16
            } else {
                s = try runtime.concatenate(runtime.newString(part), s)
                expected = Array(part.utf16) + expected
            }
            if i % 97 == 0 { _ = runtime.units(s) }
        }
        #expect(Array(runtime.units(s)) == expected)
    }

    @Test func aStringLongerThanV8sLimitIsARangeError() throws {
        var s = runtime.newString(String(repeating: "z", count: 64))
        var caught: JsError?
        do {
            for _ in 0..<30 { s = try runtime.concatenate(s, s) }  // ropes: nothing is copied
        } catch {
            caught = error
        }
        #expect(caught == JsError(.rangeError, "Invalid string length"))
        #expect(runtime.stringLength(s) <= Runtime.maxStringLength)
    }

    @Test func ropesCompareEqualToFlatStrings() throws {
        let text = String(repeating: "0123456789", count: 5)
        let rope = try runtime.concatenate(runtime.newString(String(text.prefix(25))), runtime.newString(String(text.dropFirst(25))))
        let flat = runtime.newString(text)
        #expect(kind(rope) == Layout.kindRope)
        #expect(runtime.stringsEqual(rope, flat))
        #expect(runtime.strictEquals(flat, rope))
        #expect(runtime.compareStrings(rope, flat) == 0)
        #expect(!runtime.stringsEqual(rope, runtime.newString(text + "!")))
    }

    // MARK: Interning

    @Test func internReturnsOneCellPerText() {
        let a = runtime.intern("property")
        #expect(runtime.intern("property") == a)
        #expect(runtime.intern(Array("property".utf16)) == a)
        #expect(runtime.intern("propertY") != a)
        #expect(a.field(Layout.CellHeader.flags, as: UInt16.self) & Runtime.flagInterned != 0)
        #expect(runtime.swiftString(Value(cell: a)) == "property")
    }

    @Test func atomOfAnyStringWithTheSameTextIsTheInternedCell() throws {
        let interned = runtime.intern("abcdefghijklmnopqrstuvwxyz0123")
        let fresh = runtime.newString("abcdefghijklmnopqrstuvwxyz0123")
        #expect(fresh.asCell != interned)
        #expect(fresh.asCell.field(Layout.CellHeader.flags, as: UInt16.self) & Runtime.flagInterned == 0)
        #expect(runtime.atom(of: fresh) == interned)
        let rope = try runtime.concatenate(runtime.newString("abcdefghijklm"), runtime.newString("nopqrstuvwxyz0123"))
        #expect(runtime.atom(of: rope) == interned)
        #expect(runtime.atom(of: Value(cell: interned)) == interned)
    }

    @Test func propertyKeysOfNumbersAreTheirStringForms() {
        #expect(runtime.propertyKey(Value(int32: 7)) == runtime.intern("7"))
        #expect(runtime.propertyKey(Value(double: 1.5)) == runtime.intern("1.5"))
        #expect(runtime.propertyKey(Value(double: -0.0)) == runtime.intern("0"))
        #expect(runtime.propertyKey(.null) == runtime.intern("null"))
    }

    // MARK: One-character strings

    @Test func latin1CharactersComeFromTheCache() {
        for unit: UInt16 in [0, 65, 97, 255] {
            let a = runtime.singleCharacter(unit)
            #expect(runtime.singleCharacter(unit) == a, "same cell for \(unit)")
            #expect(a.asCell == runtime.intern([unit]))
            #expect(Array(runtime.units(a)) == [unit])
        }
        // Digits from ToString share the cache too.
        #expect(runtime.toStringValue(Value(int32: 7)) == runtime.singleCharacter(55))
    }

    @Test func charactersAbove255AreFreshCellsWithTheSameText() {
        let a = runtime.singleCharacter(0x3B1), b = runtime.singleCharacter(0x3B1)
        #expect(Array(runtime.units(a)) == [0x3B1])
        #expect(runtime.stringsEqual(a, b))
        #expect(runtime.swiftString(a) == "α")
    }

    // MARK: Code units

    @Test func compareStringsOrdersByCodeUnits() {
        func compare(_ a: String, _ b: String) -> Int { runtime.compareStrings(runtime.newString(a), runtime.newString(b)) }
        #expect(compare("a", "b") == -1)
        #expect(compare("b", "a") == 1)
        #expect(compare("B", "a") == -1)  // 0x42 < 0x61
        #expect(compare("abc", "abd") == -1)
        #expect(compare("ab", "abc") == -1)
        #expect(compare("abc", "ab") == 1)
        #expect(compare("", "a") == -1)
        #expect(compare("", "") == 0)
        #expect(compare("same", "same") == 0)
        // U+1F600 is the surrogate pair D83D DE00: by code units it sorts before U+FF5E, though
        // its code point is larger (JavaScript compares code units, not code points).
        #expect(compare("😀", "～") == -1)
        #expect(compare("\u{E000}", "😀") == 1)
        #expect(runtime.lessThan(runtime.newString("😀"), runtime.newString("～")) == true)
    }

    @Test func surrogatePairsAreTwoCodeUnits() throws {
        let smile = runtime.newString("a😀b")
        #expect(runtime.stringLength(smile) == 4)
        #expect(Array(runtime.units(smile)) == [0x61, 0xD83D, 0xDE00, 0x62])
        let high = runtime.characterAt(smile, 1), low = runtime.characterAt(smile, 2)
        #expect(Array(runtime.units(high)) == [0xD83D])
        #expect(Array(runtime.units(low)) == [0xDE00])
        // The halves are kept as code units, so joining them gives back the emoji.
        #expect(runtime.swiftString(try runtime.concatenate(high, low)) == "😀")
        #expect(runtime.characterAt(smile, 4) == .undefined)
    }

    @Test func loneSurrogatesSurviveARoundTripThroughStrings() throws {
        let units: [UInt16] = [0xDC00, 0x41, 0xD800]
        let lone = runtime.newString(units)
        #expect(Array(runtime.units(lone)) == units)
        let longer = try runtime.concatenate(runtime.newString(String(repeating: "-", count: 30)), lone)
        #expect(Array(runtime.units(longer).suffix(3)) == units)
    }
}
