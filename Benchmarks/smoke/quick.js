// The --quick smoke run (CI): a taste of every benchmark, small enough for a debug build.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function hash(n) {
  var h = 17;
  for (var i = 0; i < n; i++) h = ((h * 31 + i) | 0) ^ (h >>> 7);
  return h;
}
function walk(points) {
  var s = 0.5;
  for (var i = 0; i < points.length; i++) s += points[i].x * points[i].y;
  return s;
}
var points = [];
for (var i = 0; i < 200; i++) points.push({ x: i, y: i / 8 });
var text = "";
for (var j = 0; j < 300; j++) text += String.fromCharCode(97 + j % 26);
console.log("quick", fib(15), hash(20000), walk(points), text.indexOf("xyz"), text.length);
