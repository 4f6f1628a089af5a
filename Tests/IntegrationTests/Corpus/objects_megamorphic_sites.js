// One site reading a property from more than four shapes.
function makeShape(n) {
  var o = {};
  // Each n gets a different number of leading properties, so a different shape.
  if (n > 0) o.a = 1;
  if (n > 1) o.b = 2;
  if (n > 2) o.c = 3;
  if (n > 3) o.d = 4;
  if (n > 4) o.e = 5;
  if (n > 5) o.f = 6;
  if (n > 6) o.g = 7;
  o.val = n * 10;
  return o;
}
var shapes = [];
for (var i = 0; i < 8; i++) shapes.push(makeShape(i));
function readVal(o) {
  return o.val;
}
var total = 0;
for (var r = 0; r < 4000; r++) total += readVal(shapes[r % 8]);
console.log(total);
console.log(shapes[0], shapes[3]);
// A megamorphic store site.
function writeVal(o, v) {
  o.val = v;
}
for (var w = 0; w < 800; w++) writeVal(shapes[w % 8], w);
var vals = [];
for (var j = 0; j < 6; j++) vals.push(shapes[j].val);
console.log(vals);
console.log(shapes[7].val, shapes[7].g, shapes[7].a);
// Megamorphic reads of a property that only some shapes have.
function readC(o) {
  return o.c;
}
var cs = 0;
var undef = 0;
for (var k = 0; k < 800; k++) {
  var c = readC(shapes[k % 8]);
  if (c === undefined) undef++;
  else cs += c;
}
console.log(cs, undef);
// Many literal shapes at one site, with differently named keys.
var lits = [{ p: 1, val: 'a' }, { q: 2, val: 'b' }, { r: 3, val: 'c' }, { s: 4, val: 'd' },
  { t: 5, val: 'e' }, { u: 6, val: 'f' }, { val: 'g' }];
var word = '';
for (var m = 0; m < 21; m++) word += readVal(lits[m % 7]);
console.log(word);
