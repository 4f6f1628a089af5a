// Computed property access with keys built at run time.
var o = { alpha: 1, beta: 2, gamma: 3 };
var names = ['alpha', 'beta', 'gamma', 'delta'];
var line = '';
for (var i = 0; i < names.length; i++) {
  line += names[i] + '=' + o[names[i]] + ' ';
}
console.log(line);
// Keys from concatenation and from numbers.
var cells = {};
for (var r = 0; r < 3; r++) {
  for (var c = 0; c < 3; c++) {
    cells['r' + r + 'c' + c] = r * 3 + c;
  }
}
console.log(cells.r0c0, cells.r1c2, cells['r2' + 'c1'], cells.r3c0);
// Writes through computed keys and reads through dots agree.
var key = 'dyn';
o[key] = 'dynamic';
console.log(o.dyn, o['d' + 'yn']);
o[key + '2'] = o[key] + '!';
console.log(o);
// Keys that are not identifiers need brackets and are quoted when printed.
var odd = {};
odd['a-b'] = 1;
odd['with space'] = 2;
odd['3d'] = 3;
odd['$ok'] = 4;
odd['_ok'] = 5;
console.log(odd);
console.log(odd['a-b'] + odd['with space'] + odd['3d'] + odd.$ok + odd._ok);
// A literal with quoted non-identifier keys.
var lit = { 'a-b': 1, 'c d': 'x', e: 2 };
console.log(lit);
// Increment through computed keys.
var tally = { x: 0, y: 0 };
var seq = 'xyxxyx';
for (var k = 0; k < seq.length; k++) tally[seq.charAt(k)]++;
console.log(tally);
// Index of an object by a key stored in another object.
var ref = { which: 'beta' };
console.log(o[ref.which], o[ref['which']]);
// A key expression evaluated once per access.
var calls = 0;
function keyFn() {
  calls++;
  return 'gamma';
}
o[keyFn()] += 10;
console.log(o.gamma, calls);
