// Property access that saw one shape, then meets others.
function getX(o) { return o.x; }
function setY(o, v) { o.y = v; return o; }
var total = 0;
var a = { x: 1, y: 2 };
for (var k = 0; k < 300; k++) total += getX(a);
console.log(total);
console.log(getX({ y: 5, x: 7 }), getX({ x: "s" }), getX({ z: 1 }), getX([1, 2]));
for (var k = 0; k < 300; k++) setY(a, k);
console.log(a.y, JSON_like(setY({ x: 1 }, 9)), JSON_like(setY({}, 3)));
function JSON_like(o) { return "{x:" + o.x + ",y:" + o.y + "}"; }
function sumPoints(points) {
  var s = 0;
  for (var i = 0; i < points.length; i++) s += points[i].x * 10 + points[i].y;
  return s;
}
var pts = [];
for (var i = 0; i < 50; i++) pts.push({ x: i, y: 1 });
for (var k = 0; k < 40; k++) sumPoints(pts);
pts.push({ y: 1, x: 100 });
pts.push({ x: 1, y: 1, z: 1 });
console.log(sumPoints(pts));
