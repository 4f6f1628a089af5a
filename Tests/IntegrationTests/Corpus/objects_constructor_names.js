// Objects made by `new F()` print with their constructor's name, as node prints them.
function Point() {}
function Empty() {}
function make(x, y) {
  var p = new Point();
  p.x = x;
  p.y = y;
  return p;
}
console.log(make(1, 2));
console.log(new Empty(), [new Empty()], { e: new Empty() });
var Anon = function () {};
console.log(new Anon());
console.log(new (function () {})());
var anonymous = new (function () {})();
anonymous.a = 1;
console.log(anonymous, { nested: anonymous });
console.log({ a: { b: { c: make(1, 2) } } });
console.log({ a: { b: { c: new Empty() } } });
function Object() {}
console.log(new Object(), { o: new Object() });
function R() { return { r: 1 }; }
console.log(new R());
function Wrapper() { return [1, 2]; }
console.log(new Wrapper());
console.log(make(make(1, 2), [new Empty()]));
// Objects of different constructors have different shapes: the inline caches of a loop that
// reads both stay right in every tier.
function Other() {}
var points = [];
for (var i = 0; i < 300; i++) {
  var o = i % 2 ? new Point() : new Other();
  o.x = i;
  o.y = -i;
  points.push(o);
}
var sum = 0;
for (var j = 0; j < points.length; j++) sum += points[j].x - points[j].y;
console.log(sum, points[0], points[1], points[299]);
var grid = [];
for (var k = 0; k < 8; k++) grid.push(new Empty());
console.log(grid);
