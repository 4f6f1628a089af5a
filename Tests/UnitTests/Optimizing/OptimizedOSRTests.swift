@testable import JIT
import Testing

/// On-stack replacement into optimized code at every loop header of nested loops, from the
/// interpreter and from baseline code, including loops whose values change type after the frame
/// entered: the program must print what the interpreter prints.
@Suite struct OptimizedOSRTests {
    static let source = """
        function nest(n) {
          var total = 0, scale = 1;
          for (var i = 0; i < n; i++) {
            for (var j = 0; j < i; j++) {
              var k = 0;
              while (k < j) { total += k * i; k++; }
              if (j % 3 == 0) continue;
              total ^= j;
            }
            if (i === n - 3) scale = 0.5;
            total = total * scale;
            if (i === n - 2) total = total + "";
          }
          return total;
        }
        console.log(nest(30), nest(12));
        """

    static func loopHeaders(of name: String) throws -> [Int] {
        let chunk = try ExecutionContext.compile(source: source, file: "osr.js")
        let function = try #require(chunk.functions.first { $0.name == name })
        return BytecodeAnalysis(code: function.code, registerCount: function.registerCount).loopHeaders.sorted()
    }

    static func run(tier: Tier, only header: Int?, threshold: Int = 2, baselineThreshold: Int = 1) throws -> (String, Runtime) {
        var printed = ""
        let context = ExecutionContext(options: ExecutionOptions(tier: tier, baselineThreshold: baselineThreshold, optimizingThreshold: threshold),
                                       output: { printed += $0 })
        if let header { context.runtime.osrEntryFilter = { info, offset in info.chunk.name != "nest" || offset == header } }
        try context.run(source: source, file: "osr.js")
        return (printed, context.runtime)
    }

    @Test func everyLoopHeaderIsAnOSREntry() throws {
        let headers = try Self.loopHeaders(of: "nest")
        #expect(headers.count == 3)
        let (expected, _) = try Self.run(tier: .interpreter, only: nil)
        for header in headers {
            let (printed, runtime) = try Self.run(tier: .optimizing, only: header)
            #expect(printed == expected, "entering at \(header)")
            #expect(runtime.osrLog.contains(OSREvent(function: "nest", offset: header, direction: .intoOptimized)), "\(runtime.osrLog.prefix(5))")
            let code = try #require(runtime.loaded.flatMap(\.allFunctions).first { $0.chunk.name == "nest" }.flatMap { $0.optimized?.code ?? $0.retiredOptimized.first?.code })
            #expect(code.osrEntries.map(\.bytecodeOffset) == headers)
        }
    }

    @Test func baselineFramesEnterOptimizedCodeAtLoopHeaders() throws {
        let (expected, _) = try Self.run(tier: .interpreter, only: nil)
        // Baseline code from the first back edge; optimized code once its loops iterate 50 times.
        let (printed, runtime) = try Self.run(tier: .auto, only: nil, threshold: 50, baselineThreshold: 1)
        #expect(printed == expected)
        #expect(runtime.osrLog.contains { $0.direction == .intoBaseline })
        #expect(runtime.osrLog.contains { $0.direction == .intoOptimized })
        #expect(runtime.optimizedOSREntries > 0)
    }
}
