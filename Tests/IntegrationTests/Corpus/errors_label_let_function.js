// A label before a lexical declaration in a function body is an early SyntaxError.
console.log("never printed");
function f() { L: let x = 1; return x; }
