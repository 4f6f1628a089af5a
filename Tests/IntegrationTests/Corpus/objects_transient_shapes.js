// Short-lived objects with keys no other object has: their shapes die with them and are
// collected, and a new shape may take a freed one's address. Sites that cached a shape keep
// it alive, so they never mistake a new shape for the one they saw.
function getA(o) { return o.a; }
function setA(o, v) { o.a = v; return o.a; }
console.log(getA({ a: 1, q: 2 }), setA({ a: 1, q: 2 }, 3));

function make(i) {
  var o = {};
  o['k' + (i % 3000)] = i;
  o.v = i;
  return o;
}
function readV(o) { return o.v; }
var total = 0;
for (var i = 0; i < 20000; i++) {
  var o = make(i);
  o.a = i;
  total += readV(o) + getA(o);
}
console.log(total);

// New shapes after the churn, with `a` in another slot than the cached shapes had it.
console.log(getA({ b: 5, a: 7 }), getA({ a: 9, q: 0 }), setA({ c: 1, d: 2, a: 0 }, 4));

// A site that stays monomorphic through it all.
function point(x, y) { var p = {}; p.x = x; p.y = y; return p; }
var sum = 0;
for (var j = 0; j < 2000; j++) {
  var p = point(j, 1);
  sum += p.x + p.y;
  var junk = {};
  junk['j' + j] = j;
}
console.log(sum);
