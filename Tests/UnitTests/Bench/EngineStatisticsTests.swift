import BenchKit
import Foundation
import Testing

@Suite struct EngineStatisticsTests {
    @Test func compileFiguresAreReadFromTheEnginesJSON() throws {
        let json = """
        {"allocations": 10, "bytecodeCompiler": {"bytecodesCompiled": 500, "functionsCompiled": 4, "seconds": 0.002},
         "baselineJIT": {"bytecodesCompiled": 0, "functionsCompiled": 0, "seconds": 0},
         "optimizingJIT": {"bytecodesCompiled": 300, "functionsCompiled": 2, "seconds": 0.01},
         "osrEntries": 3, "deopts": 1, "inlineCaches": {"monomorphic": 2}}
        """
        let figures = try CompileFigures.parse(Data(json.utf8))
        #expect(figures.bytecode == CompileFigures.Compiler(functions: 4, bytecodes: 500, seconds: 0.002))
        #expect(figures.baseline?.bytecodesPerSecond == nil, "nothing compiled: no rate")
        #expect(figures.optimizing?.bytecodesPerSecond == 30_000)
        #expect(figures.osrEntries == 3)
        #expect(figures.deopts == 1)
        #expect(figures.totalCompileSeconds == 0.012)
    }

    @Test func figuresATierDoesNotExposeAreAbsent() throws {
        let figures = try CompileFigures.parse(Data(#"{"bytecodeCompiler": {"bytecodesCompiled": 5, "functionsCompiled": 1, "seconds": 0.5}}"#.utf8))
        #expect(figures.baseline == nil)
        #expect(figures.optimizing == nil)
        #expect(figures.osrEntries == nil)
        #expect(figures.deopts == nil)
    }

    @Test func malformedJSONIsAClearError() {
        #expect(throws: BenchmarkError.self) { try CompileFigures.parse(Data("not json".utf8)) }
        do {
            _ = try CompileFigures.parse(Data("[1]".utf8))
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("cannot read the engine's statistics: "))
        }
    }
}
