// `const` as the body of an if is an unexpected token in node (`let` is a misplaced declaration).
console.log("never printed");
if (true) const y = 1;
