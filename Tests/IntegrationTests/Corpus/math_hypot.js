// Math.hypot with zero, one, two and many arguments, and its special cases.
console.log(Math.hypot(), Math.hypot(0), Math.hypot(-0), Math.hypot(-3), Math.hypot(3));
console.log(Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(-8, 15), Math.hypot(7, -24));
console.log(Math.hypot(1, 2, 2), Math.hypot(2, 3, 6), Math.hypot(1, 4, 8), Math.round(Math.hypot(2, 4, 5, 6, 8, 10) * 1e9));
console.log(Math.hypot(-0, -0), Math.hypot(0, -0), Math.hypot(-0, 0, -0));
// Infinity wins over NaN; otherwise NaN wins.
console.log(Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(1, NaN, 2));
console.log(Math.hypot(Infinity), Math.hypot(-Infinity, 1), Math.hypot(1, 2, -Infinity));
// Large and small magnitudes do not overflow or underflow on the way.
var big = 2 ** 600;
var small = 2 ** -600;
console.log(Math.hypot(3 * big, 4 * big) === 5 * big, Math.hypot(3 * small, 4 * small) === 5 * small);
console.log(Math.hypot(1e308, 1e308) < Infinity, Math.hypot(1e-320, 0) === 1e-320);
console.log(Math.round(Math.hypot(1e200, 1e200) / 1e194), Math.round(Math.hypot(3e-200, 4e-200) * 1e200));
// Rounded non-integer results.
console.log(Math.round(Math.hypot(1, 1) * 1e9), Math.round(Math.hypot(1, 2, 3) * 1e9));
// Argument conversion.
console.log(Math.hypot('3', '4'), Math.hypot(true, 0), Math.hypot(null, 5), Math.hypot(undefined, 1));
// Pythagorean triples found by hypot in a loop.
var found = [];
for (var a = 1; a < 30; a++) {
  for (var b = a; b < 30; b++) {
    var c = Math.hypot(a, b);
    if (c === Math.floor(c)) found.push(a + ',' + b + ',' + c);
  }
}
console.log(found.length, found.slice(0, 3), found[found.length - 1]);
// Distances between points.
var xs = [0, 3, 3, 0, -4];
var ys = [0, 0, 4, 4, 1];
var path = 0;
for (var i = 1; i < xs.length; i++) path += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
console.log(Math.round(path * 1e6));
// hypot of many equal values.
var n = 0;
for (var k = 1; k <= 5; k++) {
  n = Math.hypot(n, 2);
}
console.log(Math.round(n * n));
