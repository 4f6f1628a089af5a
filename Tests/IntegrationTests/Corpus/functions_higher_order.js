// Functions passed as arguments (no closures: only parameters and globals).
function apply(f, x) { return f(x); }
function applyN(f, n, x) {
  for (var i = 0; i < n; i++) x = f(x);
  return x;
}
function double(x) { return x * 2; }
console.log(apply(double, 21), apply(x => x + '!', 'hi'));
console.log(applyN(double, 10, 1), applyN(x => x + 3, 1000, 0));
// Hand-written map, filter and reduce.
function map(arr, f) {
  var out = [];
  for (var i = 0; i < arr.length; i++) out.push(f(arr[i]));
  return out;
}
function filter(arr, pred) {
  var out = [];
  for (var i = 0; i < arr.length; i++) if (pred(arr[i])) out.push(arr[i]);
  return out;
}
function reduce(arr, f, init) {
  var acc = init;
  for (var i = 0; i < arr.length; i++) acc = f(acc, arr[i]);
  return acc;
}
var nums = [1, 2, 3, 4, 5, 6];
console.log(map(nums, x => x * x));
console.log(filter(nums, x => x % 2 === 0));
console.log(reduce(nums, (a, b) => a + b, 0), reduce(nums, (a, b) => a * b, 1));
console.log(reduce(map(filter(nums, x => x > 2), x => x * 10), (a, b) => a + b, 0));
// Composition through a global.
var composeFirst = null;
var composeSecond = null;
function composed(x) { return composeSecond(composeFirst(x)); }
composeFirst = x => x + 1;
composeSecond = x => x * 10;
console.log(composed(4));
// Choosing a comparator by name.
var comparators = { asc: (a, b) => a - b, desc: (a, b) => b - a };
function better(cmp, a, b) { return cmp(a, b) < 0 ? a : b; }
console.log(better(comparators.asc, 3, 8), better(comparators.desc, 3, 8), better(comparators['asc'], 5, 5));
// A polymorphic call site: many different functions through one call.
var fns = [double, x => x - 1, function (x) { return x * x; }, Math.abs, Math.floor];
var r = 0;
for (var j = 0; j < 20000; j++) {
  r = (r + fns[j % fns.length](j - 10000.5)) % 100000;
}
console.log(r);
