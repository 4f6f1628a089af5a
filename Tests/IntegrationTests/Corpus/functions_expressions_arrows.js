// Function expressions and arrow functions stored in variables.
var sq = function (x) { return x * x; };
var named = function cube(x) { return x * x * x; };
const inc = x => x + 1;
const add = (a, b) => a + b;
const block = (a, b) => {
  var t = a * b;
  return t - 1;
};
const noArgs = () => 42;
const undefArrow = () => {};
console.log(sq(5), named(3), inc(9), add(2, 3), block(4, 5), noArgs(), undefArrow());
// Arrow returning a parenthesised object literal.
const mk = (a) => ({ v: a, w: a * 2 });
console.log(mk(7));
// Arrows and expressions in arrays and objects.
var ops = [x => x + 1, x => x * 2, function (x) { return -x; }];
var v = 5;
for (var i = 0; i < ops.length; i++) v = ops[i](v);
console.log(v);
var table = { double: x => x * 2, half: function (x) { return x / 2; } };
console.log(table.double(21), table.half(21), table['double'](1.5));
// Arrow bodies using globals.
var scale = 3;
const scaled = x => x * scale;
console.log(scaled(4));
scale = 10;
console.log(scaled(4));
// Immediately invoked function expressions.
console.log((function (a) { return a + '!'; })('hey'));
console.log(((a, b) => a * b)(6, 7));
// Arrows with a single parameter in parentheses, and nested arrows in bodies.
const twice = (f) => f;
console.log(twice(inc)(1));
const sumTo = n => {
  var s = 0;
  for (var k = 1; k <= n; k++) s += k;
  return s;
};
console.log(sumTo(100), sumTo(20000));
