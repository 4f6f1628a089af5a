/// The syntax tree the parser builds and the bytecode compiler walks. Every node carries the
/// line and column where it starts, for error messages and the bytecode's line table.
struct Position: Hashable, Sendable {
    var line: Int
    var column: Int
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", exponent = "**"
    case bitAnd = "&", bitOr = "|", bitXor = "^", shiftLeft = "<<", shiftRight = ">>", shiftRightUnsigned = ">>>"
    case equal = "==", notEqual = "!=", strictEqual = "===", strictNotEqual = "!=="
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

enum LogicalOperator: String, Sendable {
    case and = "&&", or = "||"
}

enum UnaryOperator: String, Sendable {
    case negate = "-", plus = "+", not = "!", bitNot = "~", typeOf = "typeof"
}

/// A property key in an object literal, already reduced to its string form (`{1: x}` is "1").
typealias PropertyKey = [UInt16]

struct Expr: Sendable {
    indirect enum Kind: Sendable {
        case number(Double)
        case string([UInt16])
        case boolean(Bool)
        case null
        case identifier(String)
        case array([Expr])
        case object([(key: PropertyKey, value: Expr)])
        case function(FunctionNode)
        case unary(UnaryOperator, Expr)
        /// `++x`, `x--`: `increment` says which, `prefix` whether the new value is the result.
        case update(increment: Bool, prefix: Bool, target: Expr)
        case binary(BinaryOperator, Expr, Expr)
        case logical(LogicalOperator, Expr, Expr)
        /// A long left-to-right run of binary and logical operators (`a + b - c || d ...`),
        /// kept flat so that nothing walks it by recursion: `first`, then each link applied to
        /// the value so far.
        case chain(first: Expr, links: [ChainLink])
        case conditional(Expr, Expr, Expr)
        /// `target = value`, or `target op= value` when `op` is set.
        case assign(op: BinaryOperator?, target: Expr, value: Expr)
        case call(callee: Expr, arguments: [Expr])
        case new(callee: Expr, arguments: [Expr])
        case member(object: Expr, name: String)
        case index(object: Expr, key: Expr)
    }

    var kind: Kind
    /// Where runtime errors of the expression point, as V8's do: the start of most expressions;
    /// a property access's name (`o.x`) or `[`; a call's callee when an identifier or a
    /// property name stands before its `(`, else the `(`.
    var position: Position
    /// An assignment's operator or a postfix update's `++`/`--`: where an error of the store
    /// points (`n.p = 3` fails at `=`).
    var operatorPosition: Position? = nil

    /// A name, a property or an element: what may stand left of `=` or in `++`.
    var isAssignable: Bool {
        switch kind {
        case .identifier, .member, .index: return true
        default: return false
        }
    }
}

/// One operator of a flat chain and its right operand.
struct ChainLink: Sendable {
    enum Operator: Sendable {
        case binary(BinaryOperator)
        case logical(LogicalOperator)
    }

    var op: Operator
    var operand: Expr
    /// Where the operator stands.
    var position: Position
}

enum DeclarationKind: String, Sendable {
    case `var`, `let`, `const`
}

struct Declarator: Sendable {
    var name: String
    var initializer: Expr?
    var position: Position
}

struct Stmt: Sendable {
    indirect enum Kind: Sendable {
        case declaration(DeclarationKind, [Declarator])
        case function(FunctionNode)
        case expression(Expr)
        case block([Stmt])
        case `if`(Expr, Stmt, Stmt?)
        case `while`(Expr, Stmt)
        case doWhile(Stmt, Expr)
        /// `init` is a declaration or an expression statement.
        case `for`(initializer: Stmt?, test: Expr?, update: Expr?, body: Stmt)
        case `break`(label: String?)
        case `continue`(label: String?)
        case `return`(Expr?)
        case labeled(String, Stmt)
        case empty
    }

    var kind: Kind
    var position: Position
}

/// A function declaration, expression or arrow function. A class so that the compiler can
/// attach results to it without copying the tree.
final class FunctionNode: @unchecked Sendable {
    let name: String?
    let parameters: [(name: String, position: Position)]
    let body: [Stmt]
    let isArrow: Bool
    let position: Position
    /// For `x => expr`: the body is `return expr`.
    let isExpressionBody: Bool

    init(name: String?, parameters: [(name: String, position: Position)], body: [Stmt], isArrow: Bool, isExpressionBody: Bool, position: Position) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.isArrow = isArrow
        self.isExpressionBody = isExpressionBody
        self.position = position
    }
}

struct Program: Sendable {
    var body: [Stmt]
    var file: String
}
