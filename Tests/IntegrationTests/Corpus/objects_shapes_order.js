// The same properties added in different orders print in insertion order.
var a = {};
a.x = 1;
a.y = 2;
a.z = 3;
var b = {};
b.z = 3;
b.y = 2;
b.x = 1;
var c = { y: 2 };
c.x = 1;
c.z = 3;
console.log(a);
console.log(b);
console.log(c);
console.log(a.x === b.x, a.y === c.y, a.z + b.z + c.z);
// Objects that share a prefix of properties then diverge.
function make(kind) {
  var o = { id: kind };
  o.common = 'c';
  if (kind === 1) o.one = 1;
  else o.two = 2;
  o.last = kind * 100;
  return o;
}
console.log(make(1));
console.log(make(2));
// Reading the same property name from objects of different shapes.
var objs = [a, b, c, make(1), make(2)];
var sum = 0;
for (var i = 0; i < objs.length; i++) {
  sum += objs[i].x === undefined ? 1000 : objs[i].x;
}
console.log(sum);
// Overwriting a property keeps its position; reassigning to undefined keeps the key.
var o = { first: 1, second: 2, third: 3 };
o.first = 'changed';
o.second = undefined;
console.log(o);
// Many properties added in a loop with computed keys.
var wide = {};
var keys = ['k0', 'k1', 'k2', 'k3', 'k4'];
for (var j = 0; j < keys.length; j++) wide[keys[j]] = j * j;
console.log(wide);
var wideSum = 0;
for (var m = 0; m < keys.length; m++) wideSum += wide[keys[m]];
console.log(wideSum, wide.k4, wide['k' + 2]);
// A property added later to one of two same-shape objects.
var p1 = { u: 1, v: 2 };
var p2 = { u: 3, v: 4 };
p2.w = 5;
console.log(p1, p2, p1.w, p2.w);
