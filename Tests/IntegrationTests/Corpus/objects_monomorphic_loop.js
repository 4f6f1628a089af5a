// Many objects of one shape read and written at the same sites in hot loops.
function point(x, y) {
  return { x: x, y: y };
}
var pts = [];
for (var i = 0; i < 1000; i++) {
  pts.push(point(i, i * 2));
}
// Sum of coordinates.
var sx = 0;
var sy = 0;
for (var j = 0; j < pts.length; j++) {
  sx += pts[j].x;
  sy += pts[j].y;
}
console.log(sx, sy);
// Update every object in place, then read again.
for (var k = 0; k < pts.length; k++) {
  pts[k].x = pts[k].x * 3;
  pts[k].y -= 1;
}
console.log(pts[0], pts[1], pts[999]);
// Length squared of each point, with the site staying monomorphic.
function len2(p) {
  return p.x * p.x + p.y * p.y;
}
var total = 0;
for (var m = 0; m < pts.length; m++) total += len2(pts[m]);
console.log(total);
// An object used as a counter record in a long loop.
var stats = { even: 0, odd: 0, big: 0 };
for (var n = 0; n < 20000; n++) {
  if (n % 2 === 0) stats.even++;
  else stats.odd++;
  if (n > 15000) stats.big += 1;
}
console.log(stats);
// A double field that starts as an int.
var acc = { v: 0 };
for (var q = 0; q < 10; q++) acc.v += 0.1;
console.log(acc, acc.v === 1);
// Values that change type in one field across iterations.
var box = { val: 1 };
var seen = [];
for (var r = 0; r < 6; r++) {
  if (r === 2) box.val = 'two';
  if (r === 4) box.val = 4.5;
  seen.push(box.val);
}
console.log(seen);
