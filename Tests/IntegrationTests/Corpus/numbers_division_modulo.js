// Division and remainder on ints and doubles.
console.log(7 / 2);
console.log(-7 / 2);
console.log(6 / 3);
console.log(1 / 3);
console.log(2 / 3);
console.log(10 / 4);
console.log(1 / 0, -1 / 0, 0 / 0);
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2);
console.log(0.3 % 0.1);
console.log(1 % 0, 0 % 0);
console.log(Infinity % 2, 2 % Infinity, -2 % Infinity);
console.log(1e300 % 7);
// Integer-looking results of double division.
console.log(9 / 3 === 3, 0.5 / 0.25);
// Remainder in a loop: counting multiples.
var count3 = 0;
var count7 = 0;
for (var i = 1; i <= 20000; i++) {
  if (i % 3 === 0) count3++;
  if (i % 7 === 0) count7++;
}
console.log(count3, count7);
// Remainder of negatives in a loop.
var s = 0;
for (var j = -50; j <= 50; j++) {
  s = s + j % 4;
}
console.log(s);
