// Code after a loop that OSR compiled before it ran: pushes, lengths and calls on arrays the
// optimizing tier knows are arrays (made by NewArray, or held by the frame when it entered),
// then arrays that break what it assumed (own properties, other kinds of values).
function grid(n) {
  var out = [], total = 0;
  for (var i = 0; i < n; i++) {
    var row = [];
    for (var j = 0; j < n; j++) row.push(i + j);
    out.push(row);
    total += out.length + row.length;
  }
  out.push(total);
  return out;
}
var g = grid(40);
console.log(g.length, g[39][39], g[40]);

function fill(target, n) {
  for (var k = 0; k < n; k++) target.push(k * 2);
  var last = target.pop();
  target.push(last + 1, last + 2);
  return target.length + ":" + target.indexOf(last + 1) + ":" + target.slice(-3).join(",");
}
console.log(fill([], 300));
var own = [];
own.push = function (x) { return "own push " + x; };
console.log(own.push(1), own.length);
var withName = [];
withName.label = "tagged";
console.log(fill(withName, 50), withName.label);

function joinRows(rows, n) {
  var parts = [];
  for (var i = 0; i < n; i++) {
    var s = 0;
    for (var j = 0; j < rows[i].length; j++) s += rows[i][j];
    parts.push(s);
  }
  return parts.join(" ") + " | " + parts.length;
}
console.log(joinRows(g, 40).slice(0, 40));
var mixed = [[1, 2], "ab", [3], { length: 2, 0: 5, 1: 6 }];
function lengths(list) {
  var acc = [];
  for (var i = 0; i < list.length; i++) acc.push(list[i].length);
  return acc.join(",");
}
for (var r = 0; r < 30; r++) lengths([[1], [2, 3]]);
console.log(lengths(mixed));

function afterLoop(n) {
  var xs = [];
  for (var i = 0; i < n; i++) xs[i] = i * i;
  var m = xs.length;
  xs.push(m);
  return xs.indexOf(m) + "/" + xs.length + "/" + xs[xs.length - 1];
}
console.log(afterLoop(500), afterLoop(3), afterLoop(0));
