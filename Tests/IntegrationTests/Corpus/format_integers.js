// Integer-valued doubles print without a fraction or exponent below 1e21.
console.log(2147483648);
console.log(4294967296);
console.log(1e15 + 0.5);
console.log(1e16 + 1);
console.log(12345678901234567890);
console.log(2 ** 60);
console.log(-(2 ** 60));
console.log(3 * 1e10);
console.log(10 / 2, 7 / 1, 1e2 / 1e1);
console.log(1.0, 2.00, -3.000);
console.log(100 * 100 * 100 * 100);
// Doubles that happen to be integers after arithmetic.
console.log(0.5 + 0.5, 1.25 * 4, 0.1 * 10);
// Factorials up to 25 cross 2^53 and 1e21.
var f = 1;
for (var i = 1; i <= 25; i++) {
  f = f * i;
  if (i >= 17) console.log(i, f);
}
