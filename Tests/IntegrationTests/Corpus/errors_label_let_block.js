// A label before a lexical declaration in a block is an early SyntaxError, as in node.
console.log("never printed");
{ L: let x; }
