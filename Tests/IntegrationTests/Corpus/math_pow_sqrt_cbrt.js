// Math.pow, sqrt and cbrt on exact cases and the special cases of the spec.
console.log(Math.pow(2, 10), Math.pow(2, 31), Math.pow(2, 53), Math.pow(-2, 3), Math.pow(-2, 4));
console.log(Math.pow(3, 20), Math.pow(7, 10), Math.pow(10, 15), Math.pow(10, 21));
console.log(Math.pow(2, -1), Math.pow(2, -10), Math.pow(2, -1074), Math.pow(4, 0.5), Math.pow(0.25, 0.5));
console.log(Math.pow(5, 0), Math.pow(0, 0), Math.pow(NaN, 0), Math.pow(NaN, -0), Math.pow(1, NaN));
console.log(Math.pow(1, Infinity), Math.pow(-1, Infinity), Math.pow(-1, -Infinity));
console.log(Math.pow(0.5, Infinity), Math.pow(2, Infinity), Math.pow(2, -Infinity), Math.pow(0.5, -Infinity));
console.log(Math.pow(0, 3), Math.pow(-0, 3), Math.pow(-0, 2), Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2));
console.log(Math.pow(Infinity, 2), Math.pow(-Infinity, 3), Math.pow(-Infinity, 2), Math.pow(-Infinity, -3));
console.log(Math.pow(-8, 1 / 3), Math.pow(-2, 0.5), Math.pow(2, 1024), Math.pow(2, -1075));
console.log(Math.pow('2', '5'), Math.pow(true, 5), Math.pow(null, 0), Math.pow(2), Math.pow());
// The ** operator agrees with Math.pow.
console.log(2 ** 10 === Math.pow(2, 10), (-2) ** 3, 2 ** -2, (-0) ** -1, NaN ** 0);
// Square roots.
console.log(Math.sqrt(0), Math.sqrt(-0), Math.sqrt(1), Math.sqrt(4), Math.sqrt(2), Math.sqrt(0.25));
console.log(Math.sqrt(-1), Math.sqrt(Infinity), Math.sqrt(-Infinity), Math.sqrt(NaN), Math.sqrt(1e-320 * 0));
console.log(Math.sqrt(2147483647 * 2147483647), Math.sqrt(1e300), Math.sqrt('49'), Math.sqrt(10));
// Integer square roots by Math.sqrt and floor.
var perfect = 0;
for (var n = 0; n <= 10000; n++) {
  var r = Math.floor(Math.sqrt(n));
  if (r * r === n) perfect++;
}
console.log(perfect);
// Cube roots: exact special cases, and perfect cubes rounded.
console.log(Math.cbrt(0), Math.cbrt(-0), Math.cbrt(Infinity), Math.cbrt(-Infinity), Math.cbrt(NaN));
var cubes = [];
for (var c = -3; c <= 3; c++) cubes.push(Math.round(Math.cbrt(c * c * c)));
console.log(cubes.slice(0, 6), cubes[6]);
console.log(Math.round(Math.cbrt(1e9)), Math.round(Math.cbrt(-343)), Math.round(Math.cbrt(2) * 1e6));
// Sum of square roots rounded.
var s = 0;
for (var k = 1; k <= 1000; k++) s += Math.sqrt(k);
console.log(Math.round(s * 1000));
