// Element reads and writes in hot loops while the array's storage changes under them: pushes
// that grow it (in the loop and in a called function), a length cut short, aliases, and
// allocation on the way (a collection must not lose the storage a loop holds).
function sumWhilePushing(a, n) {
  var s = 0;
  for (var i = 0; i < n && i < a.length; i++) {
    s += a[i];
    if (i % 4 === 0) a.push(i);
  }
  return s;
}
var grower = [];
function pushSome(v) { grower.push(v, v + 1); }
function sumWithCalls(n) {
  var s = 0;
  for (var i = 0; i < n && i < grower.length; i++) {
    s += grower[i];
    if (i % 8 === 0) pushSome(i);
  }
  return s;
}
function copyInto(dst, src) {
  for (var i = 0; i < src.length; i++) dst[i] = src[i] * 2;
  return dst[dst.length - 1];
}
function shrinkMidway(a) {
  var s = 0;
  for (var i = 0; i < 40; i++) {
    if (i === 25) a.length = 10;
    if (i < a.length) s += a[i];
  }
  return s;
}
function allocating(a) {
  var keep = [];
  var s = 0;
  for (var i = 0; i < a.length; i++) {
    keep.push([i, i + 1, 'x' + i]);
    s += a[i] + keep[i][1];
  }
  return s;
}
var total = 0;
for (var r = 0; r < 200; r++) {
  var a = [1, 2, 3, 4, 5, 6, 7, 8];
  total += sumWhilePushing(a, 30) + a.length;
}
console.log('pushing', total);
for (var r = 0; r < 200; r++) { grower = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]; total += sumWithCalls(40); }
console.log('calls', total, grower.length);
var src = [];
for (var i = 0; i < 100; i++) src.push(i * 0.5);
var last = 0;
for (var r = 0; r < 300; r++) { last += copyInto(new Array(100), src); last += copyInto(src, src) > 0 ? 1 : 0; if (src[99] > 1e6) for (var k = 0; k < 100; k++) src[k] = k * 0.5; }
console.log('copy', last, src[99]);
var shrunk = 0;
for (var r = 0; r < 300; r++) {
  var b = [];
  for (var i = 0; i < 40; i++) b.push(i);
  shrunk += shrinkMidway(b);
}
console.log('shrink', shrunk);
var big = [];
for (var i = 0; i < 3000; i++) big.push(i % 17);
var alloc = 0;
for (var r = 0; r < 20; r++) alloc += allocating(big);
console.log('alloc', alloc);
