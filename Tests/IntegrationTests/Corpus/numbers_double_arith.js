// Double arithmetic and rounding behaviour.
console.log(0.1 + 0.2);
console.log(0.1 + 0.2 === 0.3);
console.log(0.3 - 0.1);
console.log(0.1 * 3);
console.log(1.1 * 1.1);
console.log(3 * 1.1);
console.log(100 * 1.1);
console.log(1 - 0.9);
console.log(2.5 + 2.5, 1.5 * 2);
// 2^53 and neighbours.
var two53 = 9007199254740992;
console.log(two53 + 1, two53 + 2, two53 - 1);
console.log(two53 + 1 === two53);
// Summing a double in a loop accumulates error.
var s = 0;
for (var i = 0; i < 10; i++) {
  s += 0.1;
}
console.log(s);
var t = 0;
for (var j = 0; j < 20000; j++) {
  t += 0.5;
}
console.log(t);
// Mixed int/double loop.
var acc = 1;
for (var k = 1; k <= 20; k++) {
  acc = acc * k / (k + 0.5);
}
console.log(acc);
// Exponent operator.
console.log(2 ** 10, 2 ** 0.5, 2 ** -1, 4 ** 0.5, (-8) ** (1 / 3));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity);
