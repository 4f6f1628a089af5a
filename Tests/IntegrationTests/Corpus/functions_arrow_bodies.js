// Arrow functions with expression bodies, object-literal bodies and block bodies.
var mk = (a, b) => ({ a: a, b: b });
console.log(mk(1, 2), mk('x'), mk());
var empty = () => ({});
console.log(empty(), empty() === empty());
// Without parentheses the braces are a block, and the result is undefined.
var block = () => { };
var statement = (x) => { x * 2; };
console.log(block(), statement(4));
// Single parameter without parentheses; nested arrows as values.
var half = x => x / 2;
var pick = flag => flag ? half : (x => x * 3);
console.log(half(7), pick(true)(10), pick(false)(10));
// Arrow returning a conditional and a logical expression.
var sign = n => n > 0 ? 'pos' : n < 0 ? 'neg' : 'zero';
var orDefault = v => v || 'default';
var both = (p, q) => p && q;
console.log(sign(5), sign(-5), sign(0), sign(-0), sign(NaN));
console.log(orDefault(0), orDefault(''), orDefault('set'), orDefault(null), both(1, 2), both(0, 2));
// Block bodies with loops and early returns.
var firstOver = (arr, limit) => {
  for (var i = 0; i < arr.length; i++) {
    if (arr[i] > limit) return arr[i];
  }
  return -1;
};
console.log(firstOver([1, 5, 10], 4), firstOver([1, 2], 4), firstOver([], 0));
// Immediately invoked arrows.
console.log((() => 'iife')(), ((x, y) => x * y)(6, 7), (x => ({ v: x }))(5));
// Arrows in object literals returning objects.
var factory = {
  point: (x, y) => ({ x: x, y: y }),
  origin: () => ({ x: 0, y: 0 })
};
console.log(factory.point(3, 4), factory.origin());
// An arrow that builds an array.
var range = n => {
  var out = [];
  for (var i = 0; i < n; i++) out.push(i);
  return out;
};
console.log(range(5), range(0), range(1));
// Arrows used as callbacks by hand-written helpers.
function mapArr(arr, f) {
  var out = [];
  for (var i = 0; i < arr.length; i++) out.push(f(arr[i], i));
  return out;
}
console.log(mapArr([1, 2, 3], (v, i) => v * 10 + i));
console.log(mapArr(['a', 'b'], v => ({ key: v }))[1]);
// Arrows in a hot loop.
var add = (a, b) => a + b;
var s = 0;
for (var k = 0; k < 30000; k++) s = add(s, k % 7);
console.log(s);
// typeof and identity of arrows.
console.log(typeof half, typeof (() => 1), half === half, (x => x) === (x => x));
