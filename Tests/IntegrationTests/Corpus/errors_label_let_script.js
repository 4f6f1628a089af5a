// A label before a lexical declaration at the top level is an early SyntaxError.
console.log("never printed");
L: let x;
