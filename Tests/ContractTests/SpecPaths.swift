import Foundation
import TemplateGenKit

/// The package's real spec files, found from this source file's location.
enum SpecPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let specs = packageRoot.appendingPathComponent("Specs")

    /// The YAML node tree of a spec, read with the loader only: no spec model, no validation, so
    /// comparing it with the generated tables checks the decoder and the emitters independently.
    static func tree(_ name: String) throws -> YAMLNode {
        let text = try String(contentsOf: specs.appendingPathComponent(name), encoding: .utf8)
        return try YAMLLoader.load(text, file: name)
    }
}

extension YAMLNode {
    subscript(key: String) -> YAMLNode? { mapping?.first { $0.key.scalar == key }?.value }
    var text: String { scalar ?? "" }
    var int: Int { Int(text.replacingOccurrences(of: "_", with: "")) ?? -1 }
}
