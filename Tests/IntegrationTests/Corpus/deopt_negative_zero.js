// Multiplication, negation and remainders whose int32 results would be -0.
function mul(a, b) { return a * b; }
var t = 0;
for (var k = 1; k < 100; k++) t += mul(k, 3);
console.log(t, mul(0, -5), 1 / mul(0, -5), 1 / mul(-3, 0), mul(-0, 1));
function neg(x) { return -x; }
for (var k = 1; k < 100; k++) t += neg(k);
console.log(t, neg(0), 1 / neg(0), neg(-2147483648));
function mod(a, b) { return a % b; }
for (var k = 1; k < 100; k++) t += mod(k, 7);
console.log(t, mod(-7, 7), 1 / mod(-7, 7), mod(5, 0), mod(-5, 3), mod(5.5, 2));
function loop(n) {
  var s = 0;
  for (var i = -n; i < n; i++) s += 1 / (i * 0 + (i === 0 ? 0 : 1));
  return s;
}
console.log(loop(50));
