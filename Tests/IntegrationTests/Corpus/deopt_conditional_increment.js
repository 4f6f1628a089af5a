// Conditional increments and decrements in hot loops (compiled without a branch), including
// an overflow past int32 that happens only when the condition holds, after warm-up, and
// conditions of every kind read from arrays.
function countTrue(flags) {
  var c = 0;
  for (var k = 0; k < flags.length; k++) if (flags[k]) c++;
  return c;
}
function countFalseDown(flags) {
  var c = 0;
  for (var k = 0; k < flags.length; k++) if (!flags[k]) c--;
  return c;
}
function countTrueFromTop(flags) {
  var c = 2147483640;
  for (var k = 0; k < flags.length; k++) if (flags[k]) c++;
  return c;
}
function countFalseFromBottom(flags) {
  var c = -2147483640;
  for (var k = 0; k < flags.length; k++) if (!flags[k]) c--;
  return c;
}
function countLess(values, limit) {
  var below = 0, above = 0;
  for (var i = 0; i < values.length; i++) {
    if (values[i] < limit) below++;
    else above += 1;
  }
  return below * 1000 + above;
}
var flags = [];
for (var i = 0; i < 64; i++) flags.push(i % 3 === 0 || i % 7 === 0);
var sum = 0;
for (var r = 0; r < 500; r++) sum += countTrue(flags) * 100 + countFalseDown(flags);
console.log('counts', sum);
// Warm up without overflow, then overflow in the middle of the loop, only on a true flag.
var few = [true, false, true, false, false];
var top = 0, bottom = 0;
for (var r = 0; r < 500; r++) {
  top += countTrueFromTop(few) - 2147483640;
  bottom += countFalseFromBottom(few) + 2147483640;
}
console.log('warm', top, bottom);
console.log('overflow', countTrueFromTop(flags), countTrueFromTop([false, false, false]));
console.log('underflow', countFalseFromBottom(flags), countFalseFromBottom([true, true]));
var mixed = [0, 1, '', 'a', null, undefined, NaN, 0.5, {}, [], true, false];
var mixedSum = 0;
for (var r = 0; r < 300; r++) mixedSum += countTrue(mixed) * 100 - countFalseDown(mixed);
console.log('mixed', mixedSum, countTrue(mixed), countFalseDown(mixed));
var numbers = [];
for (var i = 0; i < 100; i++) numbers.push((i * 37) % 101);
var less = 0;
for (var r = 0; r < 300; r++) less += countLess(numbers, r % 101);
console.log('less', less);
