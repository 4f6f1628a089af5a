import Foundation

/// The README's benchmark section: the text between two marker comments, replaced whole.
public enum ReadmeSection {
    public static let begin = "<!-- jsjit-bench:begin -->"
    public static let end = "<!-- jsjit-bench:end -->"

    public static func replacing(in document: String, with section: String) throws -> String {
        guard let start = document.range(of: begin), let stop = document.range(of: end, range: start.upperBound..<document.endIndex) else {
            throw BenchmarkError("the README has no benchmark section: add the lines \(begin) and \(end)")
        }
        return String(document[..<start.upperBound]) + "\n" + section + String(document[stop.lowerBound...])
    }

    public static func replace(in path: String, with section: String) throws {
        guard let document = try? String(contentsOfFile: path, encoding: .utf8) else { throw BenchmarkError("cannot read \(path)") }
        do {
            try replacing(in: document, with: section).write(toFile: path, atomically: true, encoding: .utf8)
        } catch let error as BenchmarkError {
            throw error
        } catch {
            throw BenchmarkError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
