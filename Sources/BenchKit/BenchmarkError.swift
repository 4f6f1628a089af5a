/// A harness failure with a message meant for the person running it.
public struct BenchmarkError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
