// Math.abs, sign, min and max, including -0, NaN and no arguments.
console.log(Math.abs(-5), Math.abs(5), Math.abs(-2.5), Math.abs(-0), Math.abs(0));
console.log(Math.abs(-Infinity), Math.abs(NaN), Math.abs(-2147483648), Math.abs(-1e-320));
console.log(Math.abs('-3'), Math.abs(null), Math.abs(undefined), Math.abs(''), Math.abs(true));
console.log(Math.sign(3), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(NaN));
console.log(Math.sign(Infinity), Math.sign(-1e-300), Math.sign('5'), Math.sign('-x'));
// min and max with no arguments, one argument and many.
console.log(Math.max(), Math.min());
console.log(Math.max(1), Math.min(1), Math.max(-1), Math.min('7'));
console.log(Math.max(1, 2, 3), Math.min(1, 2, 3), Math.max(3, 1, 2), Math.min(2, 3, 1));
console.log(Math.max(-1, -2, -3), Math.min(-1.5, -1.25), Math.max(1.5, 1));
// NaN anywhere makes the result NaN.
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max(NaN, Infinity), Math.min(-Infinity, NaN));
// -0 is smaller than 0 for min and max.
console.log(Math.max(-0, 0), Math.max(0, -0), Math.min(0, -0), Math.min(-0, 0));
console.log(Math.max(-0, -0), Math.min(0, 0), Math.max(-0), Math.min(-0, 1));
// Conversions of arguments.
console.log(Math.max('10', 9), Math.min('10', '9'), Math.max(true, false), Math.min(null, 1));
console.log(Math.max(undefined, 1), Math.min('a', 1), Math.max('', -1));
// Infinity bounds.
console.log(Math.max(Infinity, 1e308), Math.min(-Infinity, -1e308), Math.max(-Infinity));
// Running minimum and maximum over a sequence.
var lo = Infinity;
var hi = -Infinity;
var v = 17;
for (var i = 0; i < 500; i++) {
  v = (v * 31 + 7) % 1009 - 500;
  lo = Math.min(lo, v);
  hi = Math.max(hi, v);
}
console.log(lo, hi);
// Clamping.
function clamp(x, a, b) {
  return Math.min(Math.max(x, a), b);
}
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(15, 0, 10), clamp(NaN, 0, 10), clamp(-0, 0, 1));
// Sum of absolute differences.
var xs = [3, -1, 4, -1, 5, -9];
var total = 0;
for (var j = 1; j < xs.length; j++) total += Math.abs(xs[j] - xs[j - 1]);
console.log(total, Math.sign(total), Math.sign(-total));
