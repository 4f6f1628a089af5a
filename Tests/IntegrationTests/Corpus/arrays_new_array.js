// new Array(n) creates an array of length n to be filled or assigned.
var a = new Array(5);
console.log(a.length, a[0], a[4], a[5]);
for (var i = 0; i < a.length; i++) a[i] = i * i;
console.log(a);
// A zero-length array.
var z = new Array(0);
console.log(z, z.length);
z.push('first');
console.log(z);
// Filling with different values.
console.log(new Array(3).fill(0), new Array(2).fill('ab'), new Array(1).fill(true));
// join on an unfilled array gives separators only.
console.log(new Array(4).join('-'), new Array(1).join('-') === '', new Array(3).join());
// Assigning only some elements then filling the rest.
var partial = new Array(6);
partial[0] = 'a';
partial[5] = 'f';
console.log(partial.length, partial[2], partial.join('.'));
partial.fill('-', 1, 5);
console.log(partial);
// A two-dimensional table built from new Array rows.
var n = 5;
var table = new Array(n);
for (var r = 0; r < n; r++) {
  table[r] = new Array(n).fill(0);
  for (var c = 0; c < n; c++) table[r][c] = (r + 1) * (c + 1);
}
for (var r2 = 0; r2 < n; r2++) console.log(table[r2]);
// new Array with a length from a computation, then pushes after it.
var m = new Array(2 + 1);
m.fill(1);
m.push(2);
console.log(m, m.length);
// A large new Array used as a lookup table.
var squares = new Array(1000);
for (var k = 0; k < squares.length; k++) squares[k] = k * k;
var count = 0;
for (var q = 0; q < 1000000; q += 997) {
  var lo = 0;
  var hi = 999;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (squares[mid] <= q) lo = mid;
    else hi = mid - 1;
  }
  count += lo;
}
console.log(count, squares[999]);
// Truncating and re-growing a new Array.
var t = new Array(4).fill('x');
t.length = 2;
console.log(t, t.length);
