// Where number printing switches to exponent notation.
console.log(1e20);
console.log(1e21);
console.log(123456789012345680000);
console.log(1234567890123456800000);
console.log(999999999999999900000);
console.log(1e22, 1.5e22, 2e100);
console.log(0.000001);
console.log(0.0000015);
console.log(0.0000001);
console.log(1e-7, 1.5e-7, 1.23e-18);
console.log(-1e21, -1e-7, -0.000001);
// Powers of ten from 1e15 to 1e25.
var p = 1e15;
for (var i = 0; i < 11; i++) {
  console.log(p);
  p = p * 10;
}
// Negative powers of ten from 1e-1 to 1e-9.
var q = 1;
for (var j = 0; j < 9; j++) {
  q = q / 10;
  console.log(q);
}
