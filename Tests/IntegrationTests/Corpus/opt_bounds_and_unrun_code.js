// Loop counters near the int32 limits, bounds-checked indices stepped up and down, sums in
// place, numbers that are int32s or doubles, and code that first runs after the loop that
// got the function optimized (int32 arithmetic there may still overflow).
function countUp(from, to) {
  var steps = 0, last = 0;
  for (var i = from; i < to; i++) { steps++; last = i + 1; }
  return steps + ":" + last;
}
for (var r = 0; r < 30; r++) countUp(0, 50);
console.log(countUp(2147483640, 2147483647), countUp(-5, -1), countUp(3, 3));
function countDown(n) {
  var s = 0;
  for (var j = n; j > -2147483648; j--) { s++; if (s > 5) break; }
  var t = 0;
  for (var k = n; k > 0; k--) t += k - 1;
  return s + "/" + t;
}
for (var r = 0; r < 30; r++) countDown(20);
console.log(countDown(-2147483646), countDown(10), countDown(0));
function neighbours(a) {
  var out = 0;
  for (var i = 0; i < a.length; i++) {
    var x = a[i];
    out += (i + 1) * x - (i - 1);
    if (i > 0) out += a[i - 1];
  }
  return out;
}
var arr = [];
for (var i = 0; i < 100; i++) arr.push(i * 3);
for (var r = 0; r < 30; r++) neighbours(arr);
console.log(neighbours(arr), neighbours([5]), neighbours([]), neighbours([1.5, -2.25, 1e300]));
function mixedNumbers(a) {
  var s = 0, p = 1;
  for (var i = 0; i < a.length; i++) { s += a[i] * 2; p = p * a[i] + 1; }
  return s + " " + p;
}
var ints = [1, 2, 3, 4], doubles = [0.5, 1.25, -3.5], mixed = [1, 0.5, 2, -0, 3];
for (var r = 0; r < 200; r++) mixedNumbers(doubles);
console.log(mixedNumbers(doubles), mixedNumbers(ints), mixedNumbers(mixed), mixedNumbers([1, "2", 3]));
function afterTheLoop(n, big) {
  var s = 0;
  for (var i = 0; i < n; i++) s += i & 7;
  var t = big;
  for (var k = 0; k < 3; k++) t = t + big;
  var u = n * big;
  return s + " " + t + " " + u + " " + (i - n) + " " + (big - -big);
}
console.log(afterTheLoop(5000, 5), afterTheLoop(3000, 1000000000), afterTheLoop(2000, -2147483648));
function sparseAfterLoop(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(i);
  var z = 0;
  for (var j = 0; j <= a.length; j++) z += a[j] === undefined ? 100 : a[j];
  a[a.length + 3] = 9;
  return z + " " + a.length + " " + a[n + 1];
}
console.log(sparseAfterLoop(3000), sparseAfterLoop(10));
function joinFacts(a, flag) {
  var total = 0;
  for (var i = 0; i < a.length; i++) {
    var v = a[i];
    if (flag) total += v; else total -= v;
    total += i - 1;
  }
  return total;
}
for (var r = 0; r < 40; r++) joinFacts(arr, r & 1);
console.log(joinFacts(arr, true), joinFacts(arr, false), joinFacts([2147483647, 2147483647], 1));
