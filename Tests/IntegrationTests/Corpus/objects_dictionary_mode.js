// Objects past the shape threshold go to dictionary mode: reads, writes and additions through
// inline caches in every tier, keys in insertion order, objects that stay small beside them.
function make(n, prefix) {
  var o = {};
  for (var i = 0; i < n; i++) o[prefix + i] = i * 2;
  return o;
}
function readSome(o) { return o.p0 + o.p63 + o.p64 + o.p1000 + o.p3999; }
function bump(o) { o.p64 = o.p64 + 1; o.p3999 = o.p3999 + 1; return o.p64; }

var big = make(4000, 'p');
var total = 0;
for (var round = 0; round < 200; round++) {
  total += readSome(big);
  bump(big);
}
console.log(total, big.p64, big.p3999, big.p2, big.nothing);

// Properties added one by one by a named store after the object is already a dictionary.
big.late = 'late';
big.later = [1, 2, 3];
console.log(big.late, big.later.length, big['p' + 17], big['p' + 4000]);

// A small object made at the same site keeps its shared shape and its fast reads.
var small = make(3, 'p');
var smallTotal = 0;
for (var i = 0; i < 500; i++) smallTotal += small.p0 + small.p1 + small.p2;
console.log(smallTotal, small.p3);

// Two dictionary objects with the same keys seen by one site.
var a = make(100, 'q'), b = make(100, 'q');
b.q50 = 'b';
function q50(o) { return o.q50; }
var seen = '';
for (var k = 0; k < 100; k++) seen = q50(k % 2 ? a : b) + ',' + q50(k % 2 ? b : a);
console.log(seen, a.q99, b.q99);

// Printing a many-property object goes through every key in insertion order.
var printed = make(70, 'r');
console.log(printed);
