// var declarations are hoisted to the top of their function, initialised to undefined.
console.log(early);
var early = 5;
console.log(early);
// Hoisted function declarations can be called before their text.
console.log(square(7));
function square(x) { return x * x; }
// Inside a function, var is function-scoped even inside blocks and loops.
function scopes() {
  console.log(inner);
  if (true) {
    var inner = 'set in block';
  }
  console.log(inner);
  for (var i = 0; i < 3; i++) {
    var last = i;
  }
  console.log(i, last);
  if (false) {
    var never = 1;
  }
  console.log(never);
  return typeof never;
}
console.log(scopes());
// Nested function declarations are hoisted inside their function.
function outer() {
  var r = helper(3);
  function helper(n) { return n + 100; }
  return r;
}
console.log(outer());
// Redeclaring a var keeps the value.
var twice = 1;
var twice;
console.log(twice);
// A function declaration wins over a var without initialiser.
console.log(typeof both);
var both;
function both() { return 'fn'; }
console.log(typeof both, both());
both = 3;
console.log(typeof both);
