// Trigonometric functions: exact special cases, and other values rounded to 6 places.
function r6(x) {
  return Math.round(x * 1e6);
}
console.log(Math.sin(0), Math.sin(-0), Math.cos(0), Math.cos(-0), Math.tan(0), Math.tan(-0));
console.log(Math.sin(Infinity), Math.cos(-Infinity), Math.tan(NaN), Math.sin(NaN));
console.log(Math.asin(0), Math.asin(-0), Math.acos(1), Math.atan(0), Math.atan(-0));
console.log(Math.asin(2), Math.asin(-1.5), Math.acos(2), Math.acos(NaN));
// Values at multiples of pi/6, rounded.
var row = [];
for (var k = 0; k <= 12; k++) {
  var a = k * Math.PI / 6;
  row.push(r6(Math.sin(a)) + '/' + r6(Math.cos(a)));
}
console.log(row.join(' '));
var tans = [];
for (var t = -2; t <= 2; t++) tans.push(r6(Math.tan(t * Math.PI / 8)));
console.log(tans);
// Inverse functions, rounded.
console.log(r6(Math.asin(1)), r6(Math.asin(-1)), r6(Math.acos(0)), r6(Math.acos(-1)), r6(Math.acos(0.5)));
console.log(r6(Math.atan(1)), r6(Math.atan(-1)), r6(Math.atan(Infinity)), r6(Math.atan(-Infinity)));
// atan2 in every quadrant.
console.log(r6(Math.atan2(1, 1)), r6(Math.atan2(1, -1)), r6(Math.atan2(-1, -1)), r6(Math.atan2(-1, 1)));
console.log(r6(Math.atan2(1, 0)), r6(Math.atan2(-1, 0)), r6(Math.atan2(0, -1)), r6(Math.atan2(-0, -1)));
// atan2 with signed zeros gives exact results.
console.log(Math.atan2(0, 0), Math.atan2(-0, 0), Math.atan2(0, 1), Math.atan2(-0, 5));
console.log(Math.atan2(0, -0) === Math.PI, Math.atan2(-0, -0) === -Math.PI, Math.atan2(-0, -2) === -Math.PI);
console.log(Math.atan2(NaN, 1), Math.atan2(1, NaN), r6(Math.atan2(Infinity, Infinity)), r6(Math.atan2(-Infinity, -Infinity)));
console.log(r6(Math.atan2(1, Infinity)), Math.atan2(-1, Infinity), r6(Math.atan2(1, -Infinity)));
// sin^2 + cos^2 is 1 within rounding over many angles.
var worst = 0;
for (var i = 0; i < 1000; i++) {
  var x = i * 0.01 - 5;
  var e = Math.abs(Math.sin(x) * Math.sin(x) + Math.cos(x) * Math.cos(x) - 1);
  if (e > worst) worst = e;
}
console.log(worst < 1e-15);
// Degrees to radians and back.
function deg(rad) {
  return rad * 180 / Math.PI;
}
console.log(Math.round(deg(Math.atan2(1, Math.sqrt(3)))), Math.round(deg(Math.acos(-0.5))), Math.round(deg(Math.asin(0.5))));
// Argument conversion.
console.log(Math.sin('0'), Math.cos(null), Math.tan(false), Math.sin(), Math.atan2());
