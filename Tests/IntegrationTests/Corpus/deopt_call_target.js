// A call site that saw one target, then another, then a non-function.
function twice(x) { return 2 * x; }
function thrice(x) { return 3 * x; }
function apply(f, x) { return f(x); }
var s = 0;
for (var k = 0; k < 300; k++) s += apply(twice, k);
console.log(s, apply(thrice, 5), apply(Math.abs, -4), apply(function (y) { return y + 1; }, 1));
function callAll(fs, x) {
  var t = 0;
  for (var i = 0; i < fs.length; i++) t += fs[i](x);
  return t;
}
var same = [];
for (var i = 0; i < 20; i++) same.push(twice);
for (var k = 0; k < 30; k++) callAll(same, k);
same.push(thrice);
console.log(callAll(same, 2));
same.push(5);
try_call(same);
function try_call(fs) { console.log(callAll(fs.slice(0, 21), 1)); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20), apply(fib, 15));
