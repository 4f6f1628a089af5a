// Growing arrays by writing past the end and by setting length.
var a = [1, 2, 3];
a[3] = 4;
console.log(a.length, a);
a[a.length] = 5;
console.log(a.length, a);
// A write far past the end leaves unset slots that read as undefined.
var g = [0];
g[5] = 5;
console.log(g.length, g[1], g[4], g[5], g.join('-'));
// Filling the gaps makes the array dense again and printable.
for (var i = 1; i < 5; i++) g[i] = i;
console.log(g);
// Truncating with length.
var t = [1, 2, 3, 4, 5, 6];
t.length = 3;
console.log(t, t.length, t[3], t[5]);
t.length = 0;
console.log(t, t.length, t[0]);
// Extending with length: new slots read as undefined.
var x = [7, 8];
x.length = 5;
console.log(x.length, x[2], x[4], x.join(','));
x[2] = 9;
x[3] = 10;
x[4] = 11;
console.log(x);
// Truncate then grow again: old values are gone.
var y = ['a', 'b', 'c', 'd'];
y.length = 2;
y.length = 4;
console.log(y[2], y[3], y.join('|'));
y[2] = 'C';
y[3] = 'D';
console.log(y);
// Growing in a loop, one element at a time by index.
var grow = [];
for (var j = 0; j < 10000; j++) grow[j] = j * 2;
console.log(grow.length, grow[0], grow[9999], grow[10000]);
// Setting length to the same value changes nothing.
var same = [1, 2];
same.length = 2;
console.log(same);
// Length after pushes and after a truncation to a larger-than-current value.
var z = [];
z.push(1, 2, 3);
z.length = 3;
console.log(z, z.length);
// A loop that shrinks an array by length until empty.
var shrink = [5, 4, 3, 2, 1];
var seen = '';
while (shrink.length > 0) {
  seen += shrink[shrink.length - 1];
  shrink.length = shrink.length - 1;
}
console.log(seen, shrink.length, shrink);
