// A closing parenthesis where an expression should start.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
var a = 1;
var b = 2;
function add(x, y) {
  return x + y;
}
function mul(x, y) {
  return x * y;
}
console.log(add(a, b), mul(a, b));
var parts = [];
for (var i = 0; i < 3; i++) {
  parts.push(add(i, mul(i, 2)));
}
console.log(parts);
// An operator with no right operand before the closing parenthesis.
console.log(add(a, (b)), mul((a), b));
var c = add(a, b) * (a + );
console.log(c);
