// Int32 arithmetic that overflows into doubles.
var max = 2147483647;
var min = -2147483648;
console.log(max + 1);
console.log(min - 1);
console.log(max * 2);
console.log(min * -1);
console.log(-min);
console.log(min / -1);
console.log(65536 * 65536);
console.log(46341 * 46341);
console.log(46340 * 46340);
console.log(max + max);
console.log(min + min);
// Overflow inside a loop: a counter that crosses 2^31.
var x = 2147483640;
for (var i = 0; i < 20; i++) {
  x = x + 1;
}
console.log(x);
// Multiplying back down returns to small values.
var big = max + 1;
console.log(big - 1, big / 2, big % 7);
// Doubling repeatedly reaches 2^40.
var p = 1;
for (var j = 0; j < 40; j++) {
  p = p * 2;
}
console.log(p);
