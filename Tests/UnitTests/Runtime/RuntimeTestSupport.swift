@testable import JIT
import Testing

/// Collects what `console.log` prints, in order.
final class PrintedText: @unchecked Sendable {
    var text = ""
}

/// A program run in a fresh ExecutionContext: the context (for its runtime and profiles) and
/// what the program printed.
struct ScriptRun {
    let context: ExecutionContext
    let printed: PrintedText

    var runtime: Runtime { context.runtime }
    var output: String { printed.text }

    /// Runs `source` in a new context and returns it. Errors propagate.
    init(_ source: String, file: String = "test.js", options: ExecutionOptions = ExecutionOptions()) throws(JsError) {
        let printed = PrintedText()
        context = ExecutionContext(options: options, output: { printed.text += $0 })
        self.printed = printed
        try context.run(source: source, file: file)
    }

    /// Runs another program in the same context (globals carry over).
    func run(_ source: String, file: String = "more.js") throws(JsError) {
        try context.run(source: source, file: file)
    }

    /// The loaded function named `name` (every program run so far, nested functions included).
    func function(_ name: String) -> FunctionInfo? {
        runtime.loaded.flatMap(\.allFunctions).first { $0.chunk.name == name }
    }

    /// A global variable's value, nil when it does not exist.
    func global(_ name: String) -> Value? {
        runtime.getOwn(runtime.globalObject, runtime.intern(name))
    }
}

extension FunctionInfo {
    /// The feedback slots of this function's instructions that `matches` picks, in code order.
    func feedbackSlots(_ matches: (Instruction) -> FeedbackSlot?) -> [Int] {
        chunk.instructions.compactMap { matches($0.1) }.map { Int($0.value) }
    }

    var getPropertySlots: [Int] {
        feedbackSlots { if case .getProperty(_, _, _, let slot) = $0 { return slot } else { return nil } }
    }

    var setPropertySlots: [Int] {
        feedbackSlots { if case .setProperty(_, _, _, let slot) = $0 { return slot } else { return nil } }
    }

    var addSlots: [Int] {
        feedbackSlots { if case .add(_, _, _, let slot) = $0 { return slot } else { return nil } }
    }

    var callSlots: [Int] {
        feedbackSlots { if case .call(_, _, _, _, let slot) = $0 { return slot } else { return nil } }
    }
}

/// Same double bit for bit, except that any NaN matches any NaN (so -0 and +0 differ).
func sameNumber(_ a: Double, _ b: Double) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
}
