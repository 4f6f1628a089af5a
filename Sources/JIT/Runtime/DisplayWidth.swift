/// How many terminal columns node's util.inspect gives a string when it lines up array entries
/// (its getStringWidth over ICU): each code point counts 0 (control, format and nonspacing
/// characters), 2 (East Asian wide and fullwidth characters, emoji) or 1, by
/// `DisplayWidthTable`, which `Scripts/display-width.js` measures in node itself. node
/// first normalizes to NFC, which changes the count only for decomposed Hangul syllables.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F { width += 1; continue }  // ASCII, the common case
            if contains(DisplayWidthTable.zeroWidth, value) { continue }
            width += contains(DisplayWidthTable.doubleWidth, value) ? 2 : 1
        }
        return width
    }

    /// Whether one of the sorted, disjoint `ranges` holds `value` (a binary search).
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(value)
    }
}
