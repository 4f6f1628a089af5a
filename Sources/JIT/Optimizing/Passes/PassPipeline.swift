/// The optimizing tier's passes, in the order they run. `--print-ir` shows the IR after each.
public enum PassPipeline {
    public static let passes: [any IRPass.Type] = [
        DeadCodeElimination.self,
        ConstantFolding.self,
        Int32Truncation.self,
        GlobalValueNumbering.self,
        RedundantGuardElimination.self,
        LoopInvariantCodeMotion.self,
        ConstantFolding.self,
        GlobalValueNumbering.self,
        IfConversion.self,
        DeadCodeElimination.self,
    ]

    /// Runs every pass; `observe` sees the IR after each (by the pass's name). With `verify`,
    /// the IR is checked after each pass, so a pass that breaks it is named.
    public static func run(_ function: IRFunction, _ context: PassContext, verify: Bool = false,
                           observe: ((String, IRFunction) -> Void)? = nil) throws(IRVerifier.Failure) {
        for pass in passes {
            pass.run(function, context)
            if verify {
                do {
                    try IRVerifier.verify(function)
                } catch {
                    throw IRVerifier.Failure(message: "after \(pass.name): \(error.message)")
                }
            }
            observe?(pass.name, function)
        }
    }
}
