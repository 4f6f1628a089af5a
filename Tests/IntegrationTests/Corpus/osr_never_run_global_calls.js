// Calls of global functions after a loop OSR compiled before they ran, then the global
// rebound to another function, to a builtin and to something not callable.
function square(x) { return x * x; }
function half(x) { return x / 2; }
var op = square;
function table(n) {
  var rows = [], s = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < 120; j++) s += j & 7;
    rows.push(op(i));
    rows.push(square(i + 1));
  }
  rows.push(s);
  return rows.join(" ");
}
console.log(table(5));
op = half;
console.log(table(4));
op = Math.sqrt;
console.log(table(3));
op = function (x) { return "f" + x; };
console.log(table(2));
op = 7;
var failed = "no";
function guarded(n) {
  var out = [];
  for (var i = 0; i < n; i++) { for (var j = 0; j < 50; j++) out.length = 0; out.push(i); }
  return out.join("");
}
console.log(guarded(3), failed);
console.log(typeof op, table(0));
