// Objects are passed by reference and returned from functions.
function makeVec(x, y) {
  return { x: x, y: y };
}
function add(a, b) {
  return makeVec(a.x + b.x, a.y + b.y);
}
function scaleInPlace(v, k) {
  v.x *= k;
  v.y *= k;
}
var a = makeVec(1, 2);
var b = makeVec(10, 20);
var c = add(a, b);
console.log(a, b, c);
scaleInPlace(c, 3);
console.log(c);
// Reassigning the parameter does not change the caller's object.
function replace(v) {
  v = makeVec(0, 0);
  v.x = 99;
  return v;
}
var r = replace(a);
console.log(a, r, a === r);
// The same object returned from several calls keeps identity.
var shared = { hits: 0 };
function getShared() {
  shared.hits++;
  return shared;
}
console.log(getShared() === getShared(), shared.hits);
// Building a result object from an array.
function stats(arr) {
  var s = { min: arr[0], max: arr[0], sum: 0, n: arr.length };
  for (var i = 0; i < arr.length; i++) {
    if (arr[i] < s.min) s.min = arr[i];
    if (arr[i] > s.max) s.max = arr[i];
    s.sum += arr[i];
  }
  s.mean = s.sum / s.n;
  return s;
}
console.log(stats([3, 1, 4, 1, 5, 9, 2, 6]));
console.log(stats([-2.5]));
// A chain of calls that each return a fresh object.
var v = makeVec(1, 1);
for (var k = 0; k < 10; k++) v = add(v, v);
console.log(v);
// Objects as out-parameters.
function divmod(n, d, out) {
  out.q = Math.floor(n / d);
  out.r = n - out.q * d;
}
var res = {};
divmod(17, 5, res);
console.log(res);
divmod(-17, 5, res);
console.log(res);
