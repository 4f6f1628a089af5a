// A guard hoisted out of a loop fails before the loop runs; >>> leaves int32 after warm-up.
function sumField(objs, n, o) {
  var s = 0;
  for (var i = 0; i < n; i++) s += o.v + objs[i];
  return s;
}
var arr = [];
for (var i = 0; i < 50; i++) arr.push(i);
var o = { v: 2 };
for (var k = 0; k < 40; k++) sumField(arr, 50, o);
console.log(sumField(arr, 50, o), sumField(arr, 0, undefined), sumField(arr, 0, 5), sumField(arr, 3, { w: 1, v: 1 }));
function hash(h, c) { return (h ^ c) >>> 1; }
var h = 7;
for (var k = 0; k < 300; k++) h = hash(h, k & 15);
console.log(h, hash(-1, 0), hash(-2, 1), hash(2147483647, -2147483648));
function u(x) { return x >>> 0; }
var t = 0;
for (var k = 0; k < 300; k++) t += u(k);
console.log(t, u(-1), u(-2147483648), u(4294967295), u(1.9));
