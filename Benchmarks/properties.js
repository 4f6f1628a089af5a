// Property access: monomorphic reads and writes, then a polymorphic site over three shapes.
function makePoint(x, y) { return { x: x, y: y }; }
function sumPoints(points, rounds) {
  var s = 0;
  for (var r = 0; r < rounds; r++) {
    for (var i = 0; i < points.length; i++) {
      var p = points[i];
      s += p.x - p.y;
      p.x = p.x + 1;
    }
  }
  return s;
}
var points = [];
for (var i = 0; i < 1000; i++) points.push(makePoint(i, i >> 1));
var mixed = [];
for (var j = 0; j < 999; j++) {
  if (j % 3 === 0) mixed.push({ x: j, y: 1 });
  else if (j % 3 === 1) mixed.push({ y: 2, x: j });
  else mixed.push({ x: j, z: 0, y: 3 });
}
console.log("properties", sumPoints(points, 11000), sumPoints(mixed, 5500));
