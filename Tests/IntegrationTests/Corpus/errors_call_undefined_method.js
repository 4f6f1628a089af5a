// Calling a missing method of an object reports the member expression.
var o = { n: 1, inc: function (x) { return x + 1; }, half: x => x / 2 };
console.log(o.inc(41), o.half(9), o['inc'](0));
console.log(typeof o.inc, typeof o.m, o.m);
// Methods can be added and replaced later.
o.m = function (a, b) { return a * b; };
console.log(o.m(6, 7));
o.m = o.half;
console.log(o.m(100));
// A dispatcher that calls the method named by a string.
var ops = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };
function apply(name, a, b) {
  return ops[name](a, b);
}
console.log(apply('add', 2, 3), apply('sub', 2, 3), apply('mul', 2, 3));
// Setting the method to undefined and then calling it fails.
function step(obj, k) {
  console.log('step', k, obj.n);
  obj.n = obj.n * 3;
  if (k === 3) obj.m = undefined;
  return obj.m(obj.n, 2);
}
for (var k = 1; k <= 5; k++) {
  console.log('result', step(o, k));
}
console.log('never printed');
