// Products of 0 (-0 when an operand is negative) and doubles minus int literals, in loops hot
// enough for every tier: baseline templates box them inline, the optimizing tier guards -0.
function products(n) {
  var out = [];
  for (var i = -2; i <= n; i++) {
    var z = 0;
    out.push(z * i, i * 0, 0 * -3, i * z * 2);
  }
  return out;
}
function minusLiteral(n) {
  var y = 0.25, acc = 0;
  for (var i = 0; i < n; i++) { y = y * 1.5 - 1; acc += y - 3; if (y < -2) y = 0.75; }
  return [y, acc, -0 - 1, 1.5 - 1, (0.5 - 1) * 0];
}
var last;
for (var r = 0; r < 300; r++) last = products(3);
console.log(last);
for (var s = 0; s < 300; s++) last = minusLiteral(50);
console.log(last);
console.log(1 / (0 * -1), 1 / (-1 * 0), 1 / (0 * 1));
