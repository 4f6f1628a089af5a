// Int32 kernels: xorshift random numbers and FNV-style hashing.
var state = 2463534242;
function next() {
  var x = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x >>> 0;
  return state;
}
var first = [];
for (var i = 0; i < 5; i++) first.push(next());
console.log(first);
var sum = 0;
var xorAll = 0;
for (var j = 0; j < 20000; j++) {
  var v = next();
  sum = (sum + v) % 1000000007;
  xorAll ^= v;
}
console.log(sum, xorAll, xorAll >>> 0);
// FNV-1a 32-bit over a string, multiplying with shifts to stay exact.
function fnv(s) {
  var h = 0x811c9dc5;
  for (var i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
  }
  return h >>> 0;
}
console.log(fnv(''), fnv('a'), fnv('foobar'), fnv('hello world'));
// Bit masks as sets.
var set = 0;
var members = [1, 4, 9, 16, 25, 31];
for (var k = 0; k < members.length; k++) set |= 1 << members[k];
console.log(set, set >>> 0);
var found = [];
for (var b = 0; b < 32; b++) {
  if ((set & (1 << b)) !== 0) found.push(b);
}
console.log(found);
