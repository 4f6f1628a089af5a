// NaN and Infinity in arithmetic.
console.log(NaN + 1, NaN * 0, NaN - NaN);
console.log(Infinity + 1, Infinity - Infinity, Infinity * 0);
console.log(Infinity * -1, -Infinity * -Infinity);
console.log(Infinity / Infinity, 1 / Infinity, -1 / Infinity);
console.log(1e308 * 10, -1e308 * 10);
console.log(1e308 + 1e308);
console.log(Infinity + -Infinity);
console.log(0 * NaN, NaN / 0);
console.log(2 ** 1024, 2 ** -1075);
// NaN is not equal to itself.
var n = NaN;
console.log(n === n, n !== n, n == n);
// Self-compare is the NaN test without isNaN.
function isNaNValue(v) { return v !== v; }
console.log(isNaNValue(NaN), isNaNValue(0 / 0), isNaNValue(1), isNaNValue('a' * 1));
// Infinity comparisons.
console.log(Infinity > 1e308, -Infinity < -1e308, Infinity === Infinity);
// A sum that grows to Infinity and stays there.
var x = 1;
var steps = 0;
while (x !== Infinity) {
  x = x * 1000;
  steps++;
}
console.log(steps, x, x - x);
