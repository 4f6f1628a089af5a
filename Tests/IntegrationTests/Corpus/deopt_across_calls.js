// A callee deoptimizes while optimized callers wait for it; their values survive.
function leaf(x) { return x * x; }
function middle(a, b) {
  var before = a + b;
  var r = leaf(a);
  var after = before + r;
  return after * 2;
}
function outer(n) {
  var acc = 0;
  var keep = [1, 2, 3];
  for (var i = 0; i < n; i++) acc += middle(i, 1) + keep[i % 3];
  return acc;
}
var v = 0;
for (var k = 0; k < 30; k++) v = outer(50);
console.log(v);
// leaf now overflows int32 and then sees doubles: it deoptimizes under middle and outer.
console.log(middle(100000, 1), middle(1.5, 2), outer(60));
function deep(n, x) { return n === 0 ? leaf(x) : deep(n - 1, x) + 1; }
for (var k = 0; k < 40; k++) deep(10, k);
console.log(deep(10, 3), deep(20, 0.5), deep(5, 70000));
