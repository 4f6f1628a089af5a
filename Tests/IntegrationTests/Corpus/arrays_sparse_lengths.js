// Array lengths up to 2^32-1: huge lengths and indices use sparse storage, as in V8.
var a = new Array(4294967295);
console.log(a.length, a[0], a[4294967294]);
a[4294967294] = 1;
console.log(a);
// 2^32-1 is not an index: a plain property, and the length stays.
a[4294967295] = 2;
console.log(a.length, a[4294967295], a["4294967295"]);
console.log(a);
// A write just past the end stays dense; one far past it goes sparse.
var b = [1, 2];
b[5] = 2;
console.log(b, b.length);
var c = [];
c[2000] = 'x';
console.log(c, c.length, c[2000], c[1999]);
// Truncation deletes the elements past the new length.
c.length = 3;
console.log(c, c.length, c[2000]);
c.length = 2001;
console.log(c[2000], c.length);
// Lengths past int32 read as numbers.
var d = [];
d[2 ** 31] = 5;
console.log(d.length, typeof d.length, d.length === 2147483649, d.length - 1, d);
d.length = 2 ** 31 + 10;
console.log(d.length, d);
d.length = 100;
console.log(d.length, d, d[2 ** 31]);
// Indices as strings and doubles.
var s = [];
s["4000000000"] = 's';
s[3000000000.0] = 't';
s[1.5] = 'half';
s[-1] = 'minus';
s["01"] = 'zero-one';
console.log(s.length, s[4000000000], s["3000000000"], s[1.5], s[-1], s["01"]);
console.log(s);
// new Array above the dense limit, then filled in places.
var e = new Array(50000000);
console.log(e.length, e);
e[7] = 1; e[49999999] = 2;
console.log(e, e[7], e[8], e[49999999]);
var g = [];
for (var i = 0; i < 150; i++) g[i * 2000] = i;
console.log(g.length, g[2000], g[2001], g[298000]);
console.log(g);
var f = [];
f[100] = 1; f[3000] = 2; f.x = 'y';
console.log(f, f.x, f.length);
// A sparse array keeps growing, shrinking and getting elements back.
var h = [];
h[100000] = 'h';
for (var j = 0; j < 10; j++) h[j] = j;
console.log(h.length, h[5], h[100000], h[99999]);
h.length = 5;
console.log(h, h.length);
for (var j = 5; j < 20; j++) h[j] = j * j;
console.log(h, h.length);
var sum = 0;
for (var j = 0; j < h.length; j++) sum += h[j];
console.log(sum);
