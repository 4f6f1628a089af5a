// Arrays that turn sparse (a huge index or length) while hot code runs on them: baseline and
// optimized code leave their dense fast paths (or deoptimize) and the results stay right.
function poke(a, i, v) { a[i] = v; }
function walk(a, n, at, where) {
  var t = 0;
  for (var i = 0; i < n; i++) {
    t += a[i & 7];
    poke(a, i === at ? where : i & 7, i);
    t += a[i & 7] + a.length;
  }
  return t;
}
for (var k = 0; k < 300; k++) walk([0, 1, 2, 3, 4, 5, 6, 7], 20, -1, 0);
var arr = [0, 1, 2, 3, 4, 5, 6, 7];
console.log(walk(arr, 3000, 1500, 3000000000), arr.length, arr[3000000000], arr);
// The length of an array read in a hot function, then of sparse ones.
function len(a) { return a.length; }
var lengths = 0;
for (var k = 0; k < 2000; k++) lengths += len([k, k]);
var huge = [];
huge[4294967294] = 'last';
var small = [];
small[5000] = 'x';
console.log(lengths, len(huge), len(small), len(huge) - len(small), len([1]));
// Setting a huge length in the middle of a loop that pushes and reads.
function pushes(a, n, at) {
  var t = 0;
  for (var i = 0; i < n; i++) {
    a.push(i);
    if (i === at) a.length = 4000000000;
    var last = a[a.length - 1];
    if (last !== undefined) t += last;
  }
  return t;
}
for (var k = 0; k < 200; k++) pushes([], 30, -1);
var pushed = [];
console.log(pushes(pushed, 2500, 2000), pushed.length, pushed[3999999999 + 499], pushed[1999], pushed[2000]);
console.log(pushed.slice(1995, 2005), pushed.slice(4000000495));
// A hot loop that starts on dense arrays and gets sparse ones mid-way, and back.
function sum(a) {
  var t = 0;
  for (var i = 0; i < a.length && i < 100000; i++) {
    var v = a[i];
    if (v !== undefined) t += v;
  }
  return t;
}
var dense = [];
for (var i = 0; i < 200; i++) dense[i] = i;
var sums = 0;
for (var k = 0; k < 500; k++) sums += sum(dense);
var sparse = [1, 2, 3];
sparse[70000] = 4;
console.log(sums, sum(sparse), sum(dense), sum(sparse));
// Stores that leave a dense array far behind in a hot function.
function store(a, i, v) { a[i] = v; return a.length; }
var stores = 0;
var target = [];
for (var k = 0; k < 3000; k++) stores += store(target, k, k);
console.log(stores, store(target, 1e9, 'far'), target.length, target[2999], target[1e9], target[3000]);
for (var k = 0; k < 3000; k++) stores += store(target, k, -k);
console.log(stores, target[2999], target.length);
target.length = 10;
console.log(target, target[1e9]);
