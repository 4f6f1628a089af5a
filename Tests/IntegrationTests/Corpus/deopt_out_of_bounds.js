// Array reads and writes that stayed in bounds, then leave them or meet holes.
function at(a, i) { return a[i]; }
function put(a, i, v) { a[i] = v; return a.length; }
var arr = [10, 20, 30, 40];
var s = 0;
for (var k = 0; k < 400; k++) s += at(arr, k & 3);
console.log(s);
console.log(at(arr, 4), at(arr, -1), at(arr, 1.5), at(arr, "2"), at("abc", 1));
for (var k = 0; k < 400; k++) put(arr, k & 3, k);
console.log(arr.join(","), put(arr, 6, 1), arr.length, arr[5], put(arr, 0, "x"), arr[0]);
function total(a, n) {
  var t = 0;
  for (var i = 0; i < n; i++) t += a[i];
  return t;
}
var data = [];
for (var i = 0; i < 100; i++) data.push(i);
for (var k = 0; k < 30; k++) total(data, 100);
console.log(total(data, 100), total(data, 101), total(data, 0));
var holes = new Array(5);
holes[0] = 1; holes[4] = 2;
console.log(total(holes, 5));
