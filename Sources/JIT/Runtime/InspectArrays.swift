/// console.log's listing of an array's elements, dense or sparse, as node's formatArray and
/// formatSpecialArray: at most min(100, length) entries, a run of holes being one entry
/// (`<3 empty items>`), then `... n more items` for what is left. A sparse array's holes are
/// never walked.
extension Inspector {
    mutating func formatArrayElements(_ cell: UnsafeMutableRawPointer, level: Int, _ output: inout [String]) {
        let length = runtime.arrayLength(cell)
        let maxLength = min(Self.maxArrayLength, length)
        func holes(_ count: Int) -> String { "<\(count) empty item\(count > 1 ? "s" : "")>" }
        var index = 0
        for (at, element) in presentElements(cell, atMost: maxLength) {
            if output.count >= maxLength { break }
            if at != index {
                output.append(holes(at - index))
                index = at
                if output.count == maxLength { break }
            }
            indentationLevel += 2
            output.append(format(element, depth: level))
            indentationLevel -= 2
            index += 1
        }
        let remaining = length - index
        if output.count != maxLength {
            if remaining > 0 { output.append(holes(remaining)) }
        } else if remaining > 0 {
            output.append("... \(remaining) more item\(remaining > 1 ? "s" : "")")
        }
    }

    /// The first `limit` elements present, in index order.
    private func presentElements(_ cell: UnsafeMutableRawPointer, atMost limit: Int) -> [(index: Int, value: Value)] {
        if runtime.isSparseArray(cell) { return Array(runtime.sparseElements(cell).prefix(limit)) }
        let elements = runtime.elementsPointer(cell)
        var found: [(index: Int, value: Value)] = []
        var i = 0
        let length = runtime.arrayLength(cell)
        while i < length && found.count < limit {
            if !elements[i].isEmpty { found.append((i, elements[i])) }
            i += 1
        }
        return found
    }
}
