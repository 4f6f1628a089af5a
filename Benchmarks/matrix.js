// Matrix code on nested arrays: repeated multiplication of square matrices of doubles.
function makeMatrix(n, seed) {
  var m = [];
  for (var i = 0; i < n; i++) {
    var row = [];
    for (var j = 0; j < n; j++) row.push(((i * 31 + j * 17 + seed) % 97) / 97);
    m.push(row);
  }
  return m;
}
function multiply(a, b, n) {
  var c = [];
  for (var i = 0; i < n; i++) {
    var row = [];
    var ai = a[i];
    for (var j = 0; j < n; j++) {
      var s = 0;
      for (var k = 0; k < n; k++) s += ai[k] * b[k][j];
      row.push(s);
    }
    c.push(row);
  }
  return c;
}
function trace(m, n) {
  var t = 0;
  for (var i = 0; i < n; i++) t += m[i][i];
  return t;
}
var n = 80;
var a = makeMatrix(n, 1);
var b = makeMatrix(n, 2);
var checksum = 0;
for (var round = 0; round < 40; round++) {
  var c = multiply(a, b, n);
  checksum += trace(c, n);
  a = c;
  for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) a[i][j] = a[i][j] / n;
}
console.log("matrix", Math.round(checksum * 1e6));
