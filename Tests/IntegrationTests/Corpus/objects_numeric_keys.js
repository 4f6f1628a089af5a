// Integer-like keys are ordered first, ascending; other keys keep insertion order.
var o = { b: 1, 2: 'two', a: 3, 1: 'one', 0: 'zero' };
console.log(o);
console.log(o[0], o['1'], o[2], o['0'], o[3]);
// Adding integer keys later still sorts them before the named ones.
var p = { name: 'p' };
p[10] = 'ten';
p[9] = 'nine';
p.z = 'zed';
p['5'] = 'five';
console.log(p);
// Keys that only look like numbers are strings in insertion order.
var q = {};
q['01'] = 'lz';
q['1.5'] = 'fr';
q['-1'] = 'neg';
q['1'] = 'one';
console.log(q);
console.log(q[1], q['01'], q[1.5], q[-1]);
// Number keys are converted with ToString: 1.0 is '1', 1e3 is '1000'.
var r = {};
r[1.0] = 'a';
r[1e3] = 'b';
r[0.5] = 'c';
console.log(r, r['1000'], r['0.5']);
// Counting with numeric keys in a loop.
var hist = {};
var data = [3, 1, 3, 2, 3, 1, 0];
for (var i = 0; i < data.length; i++) {
  var d = data[i];
  if (hist[d] === undefined) hist[d] = 0;
  hist[d]++;
}
console.log(hist);
// Boolean, null and undefined keys become their strings.
var s = {};
s[true] = 1;
s[null] = 2;
s[undefined] = 3;
console.log(s, s.true, s['null'], s.undefined);
// The empty string is a valid key.
var e = { '': 'empty' };
e[''] += '!';
console.log(e, e['']);
