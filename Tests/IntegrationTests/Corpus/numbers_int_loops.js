// Integer kernels that stay in int32 and ones that leave it.
function sumTo(n) {
  var s = 0;
  for (var i = 1; i <= n; i++) {
    s += i;
  }
  return s;
}
console.log(sumTo(10));
console.log(sumTo(20000));
console.log(sumTo(100000));
// Sum of squares overflows int32.
function sumSquares(n) {
  var s = 0;
  for (var i = 1; i <= n; i++) {
    s += i * i;
  }
  return s;
}
console.log(sumSquares(100));
console.log(sumSquares(20000));
// Alternating sum with negative intermediate values.
var alt = 0;
for (var k = 0; k < 20001; k++) {
  if (k % 2 === 0) alt += k; else alt -= k;
}
console.log(alt);
// Collatz lengths.
function collatz(n) {
  var steps = 0;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2; else n = 3 * n + 1;
    steps++;
  }
  return steps;
}
console.log(collatz(27), collatz(97), collatz(871));
var longest = 0;
var arg = 0;
for (var m = 1; m < 3000; m++) {
  var c = collatz(m);
  if (c > longest) { longest = c; arg = m; }
}
console.log(arg, longest);
