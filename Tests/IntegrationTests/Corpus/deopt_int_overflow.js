// int32 arithmetic that overflows after the optimizing tier speculated on int32.
function sum(n, step) {
  var s = 0;
  for (var i = 0; i < n; i++) s = s + step;
  return s;
}
var results = [];
for (var k = 0; k < 60; k++) results.push(sum(100, 3));
console.log(results[0], results[59]);
// Now the same loop overflows int32 mid-run.
console.log(sum(1000, 4000000));
console.log(sum(10, 2147483647));
function mul(a, b) { return a * b; }
var m = 0;
for (var k = 0; k < 100; k++) m = (m + mul(k, 7)) | 0;
console.log(m, mul(65536, 65536), mul(-2147483648, -1), mul(46341, 46341));
function inc(x) { return x + 1; }
for (var k = 0; k < 100; k++) inc(k);
console.log(inc(2147483647), inc(-2147483649), inc(0.5));
function sub(a, b) { return a - b; }
for (var k = 0; k < 100; k++) sub(k, 1);
console.log(sub(-2147483648, 1), sub(2147483647, -1));
