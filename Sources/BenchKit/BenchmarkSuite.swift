import Foundation

/// A JavaScript program of the suite.
public struct BenchmarkProgram: Equatable, Sendable {
    /// The file name without `.js`.
    public var name: String
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

/// The programs in a directory (`Benchmarks/`): every top-level `*.js`, in name order. The
/// small program of `--quick` lives apart, in `smoke/quick.js`, so it is never part of the suite.
public struct BenchmarkSuite {
    public let directory: String
    public let programs: [BenchmarkProgram]

    public init(directory: String) throws {
        self.directory = directory
        let root = URL(fileURLWithPath: directory)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        programs = files.filter { $0.hasSuffix(".js") }.sorted().map {
            BenchmarkProgram(name: String($0.dropLast(3)), path: root.appendingPathComponent($0).path)
        }
        guard !programs.isEmpty else {
            throw BenchmarkError("no benchmark programs in \(directory) (run from the package root or pass --benchmarks DIR)")
        }
    }

    /// The named programs in the order given (with or without `.js`); all of them for none.
    public func select(_ names: [String]) throws -> [BenchmarkProgram] {
        if names.isEmpty { return programs }
        return try names.map { name in
            let bare = name.hasSuffix(".js") ? String(name.dropLast(3)) : name
            guard let program = programs.first(where: { $0.name == bare }) else {
                throw BenchmarkError("no benchmark named '\(bare)' in \(directory); there are: \(programs.map(\.name).joined(separator: ", "))")
            }
            return program
        }
    }

    /// The program `--quick` runs: small enough for CI in a debug build.
    public func smokeProgram() throws -> BenchmarkProgram {
        let path = URL(fileURLWithPath: directory).appendingPathComponent("smoke/quick.js").path
        guard FileManager.default.fileExists(atPath: path) else { throw BenchmarkError("no smoke program at \(path)") }
        return BenchmarkProgram(name: "quick", path: path)
    }
}
