// Math.floor, ceil, round and trunc, including halves, negatives, -0 and huge values.
var xs = [2.5, -2.5, 3.5, -3.5, 0.5, -0.5, 1.4999, -1.5001];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x));
}
// Results that are -0.
console.log(Math.round(-0.5), Math.round(-0.2), Math.ceil(-0.9), Math.trunc(-0.1), Math.floor(-0));
console.log(Math.round(-0), Math.ceil(-0), Math.trunc(-0), Math.floor(0));
// The largest double below 0.5 rounds to 0, not 1.
console.log(Math.round(0.49999999999999994), Math.round(-0.49999999999999994));
// Large values are already integers.
console.log(Math.round(4503599627370495.5), Math.round(-4503599627370495.5));
console.log(Math.floor(1e300), Math.ceil(-1e300), Math.round(2 ** 53), Math.trunc(1e21));
console.log(Math.floor(2147483648.5), Math.ceil(-2147483648.5), Math.round(2147483647.5));
// Special values.
console.log(Math.floor(NaN), Math.ceil(Infinity), Math.round(-Infinity), Math.trunc(NaN));
// Tiny values.
console.log(Math.floor(5e-324), Math.ceil(5e-324), Math.floor(-5e-324), Math.ceil(-5e-324));
console.log(Math.round(5e-324), Math.round(-5e-324));
// Conversions of arguments.
console.log(Math.floor('3.7'), Math.ceil('-3.7'), Math.round('2.5'), Math.trunc(' 9.9 '));
console.log(Math.floor(true), Math.ceil(null), Math.round(undefined), Math.trunc('x'));
console.log(Math.floor(), Math.round());
// Rounding to a number of decimal places by scaling.
function roundTo(v, places) {
  var f = 10 ** places;
  return Math.round(v * f) / f;
}
console.log(roundTo(3.14159, 2), roundTo(2.675, 2), roundTo(-1.005, 2), roundTo(1234.5678, 0));
// floor and ceil of integer division results.
var q = [];
for (var n = -3; n <= 3; n++) q.push(Math.floor(n / 2));
console.log(q.slice(0, 6), q[6]);
var c = [];
for (var m = -3; m <= 3; m++) c.push(Math.ceil(m / 2));
console.log(c.slice(0, 6), c[6]);
// Summing rounded values over a loop.
var s = 0;
for (var k = 0; k < 1000; k++) s += Math.round(k / 7) + Math.floor(k / 3) - Math.ceil(k / 5);
console.log(s);
