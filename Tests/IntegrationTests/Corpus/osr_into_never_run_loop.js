// A function whose first loop always runs and whose second loop never has: the optimized code
// keeps an OSR entry for the second loop (its body deoptimizes), which must not be where the
// code starts.
function run(i, b, o) {
  var trips = 0;
  for (var j0 = 0; j0 < 27; j0++) { b = null < 2147483647; }
  if (o.z == Math.sqrt(7 / b)) {
    for (var j1 = 0; j1 < 29; j1++) { if (++trips > 1000) break; }
  }
  return [i, b, trips].join(",");
}
var o = { x: 1, y: 2, z: 3 };
var last;
for (var i = 0; i < 60; i++) last = run(i, i * 0.5, o);
console.log(last);
// Now the second loop runs: from the interpreter, then in optimized code.
var p = { z: Math.sqrt(7) };
for (var i = 0; i < 60; i++) last = run(i, i, p);
console.log(last);
function nested(n) {
  var s = 0;
  for (var a = 0; a < n; a++) {
    s += a;
    if (n < 0) { for (var b = 0; b < 5; b++) s += b; }
  }
  return s;
}
for (var k = 0; k < 40; k++) last = nested(k);
console.log(last, nested(-1), nested(100));
