// Shortest digit strings that round-trip.
console.log(0.1 + 0.2);
console.log(0.1 + 0.7);
console.log(1 / 3);
console.log(2 / 3);
console.log(10 / 3);
console.log(100 / 3);
console.log(1 / 7);
console.log(Math.PI, Math.E);
console.log(123.456);
console.log(1.005 * 1000);
console.log(4.35 * 100);
console.log(0.57 * 100);
console.log(1.7976931348623157e308);
console.log(5e-324, 1e-323, 2.2250738585072014e-308);
console.log(2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 70);
console.log(2 ** -10, 2 ** -20, 2 ** -30);
console.log(9.999999999999999e22);
console.log(4.940656458412465e-324);
console.log(1.0000000000000002, 0.9999999999999999);
console.log(123e-20, 5e-7, 5e-6);
// Digits of repeated division.
var x = 1;
for (var i = 0; i < 6; i++) {
  x = x / 3;
  console.log(x);
}
