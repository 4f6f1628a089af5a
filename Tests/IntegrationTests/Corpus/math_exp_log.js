// exp, log, log2 and log10: exact special cases, powers of two, rounded values.
function r9(x) {
  return Math.round(x * 1e9) / 1e9;
}
console.log(Math.exp(0), Math.exp(-0), Math.exp(Infinity), Math.exp(-Infinity), Math.exp(NaN));
console.log(Math.log(1), Math.log(0), Math.log(-0), Math.log(-1), Math.log(Infinity), Math.log(NaN));
console.log(Math.log2(1), Math.log2(0), Math.log2(-2), Math.log2(Infinity));
console.log(Math.log10(1), Math.log10(0), Math.log10(-10), Math.log10(Infinity));
// log2 of powers of two is exact.
var lg = [];
for (var k = -3; k <= 2; k++) lg.push(Math.log2(2 ** (k * 10)));
console.log(lg);
console.log(Math.log2(2 ** 52), Math.log2(2 ** -1074), Math.log2(2 ** 1023));
// Rounded values.
console.log(r9(Math.exp(1)), r9(Math.exp(-1)), r9(Math.exp(2.5)), r9(Math.exp(-10)));
console.log(r9(Math.log(2)), r9(Math.log(10)), r9(Math.log(Math.E)), r9(Math.log(0.5)));
console.log(r9(Math.log10(2)), r9(Math.log10(1000)), r9(Math.log10(1e-5)), r9(Math.log10(12345)));
console.log(r9(Math.log2(3)), r9(Math.log2(10)), r9(Math.log2(1000000)));
// exp overflows and underflows.
console.log(Math.exp(1000), Math.exp(-1000), Math.exp(709) < Infinity, Math.exp(710));
// Number of digits of an integer via log10, rounded first to be safe.
function digits(n) {
  return Math.floor(r9(Math.log10(n))) + 1;
}
console.log(digits(1), digits(9), digits(10), digits(99999), digits(100000), digits(2147483647));
// Bits needed via log2.
function bits(n) {
  return Math.floor(Math.log2(n)) + 1;
}
console.log(bits(1), bits(2), bits(255), bits(256), bits(65535), bits(65536));
// exp and log are inverses within rounding.
var maxErr = 0;
for (var i = 1; i <= 200; i++) {
  var x = i / 10;
  var err = Math.abs(Math.exp(Math.log(x)) - x) / x;
  if (err > maxErr) maxErr = err;
}
console.log(maxErr < 1e-14);
// Compound interest by exp and by a loop, compared loosely.
var byLoop = 1;
for (var y = 0; y < 1000; y++) byLoop *= 1 + 0.05 / 1000;
console.log(r9(byLoop), r9(Math.exp(0.05)), Math.abs(byLoop - Math.exp(0.05)) < 1e-5);
// Constants.
console.log(Math.PI, Math.E, r9(Math.PI * Math.E));
// Argument conversion.
console.log(Math.exp('0'), Math.log('1'), Math.log2(true), Math.log10(null), Math.exp());
