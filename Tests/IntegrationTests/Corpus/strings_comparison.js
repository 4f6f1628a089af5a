// String equality and ordering by UTF-16 code units.
console.log('a' === 'a', 'a' === 'A', 'a' == 'a', 'abc' !== 'abd');
console.log('a' < 'b', 'b' < 'a', 'a' < 'a', 'a' <= 'a', 'a' >= 'b');
console.log('A' < 'a', 'Z' < 'a', '_' < 'a', ' ' < '!', '0' < 'A');
console.log('abc' < 'abcd', 'abcd' < 'abc', '' < 'a', '' === '', '' < '');
console.log('10' < '2', '10' < '1', '1' < '10', '100' > '99');
// Strings compared with numbers convert to numbers.
console.log('10' < 2, '10' > 2, '2' < 10, 'a' < 1, 'a' > 1, '' < 1, ' 5 ' == 5);
// Non-ASCII characters compare by code unit.
console.log('é' > 'z', 'é' < 'ê', 'Ω' > 'ω', '\u00ff' < '\u0100');
// Surrogate pairs compare by code unit, not by code point.
var high = '\uFFFF';
var astral = '😀';
console.log(astral < high, astral.charCodeAt(0) < high.charCodeAt(0));
// Equality of strings built in different ways.
var built = '';
var parts = ['con', 'cat', 'en', 'ation'];
for (var i = 0; i < parts.length; i++) built += parts[i];
console.log(built === 'concatenation', built == 'concatenation', built.length);
console.log(String.fromCharCode(104, 105) === 'hi', 'hi'.slice(0, 1) + 'i' === 'hi');
// Finding the smallest and largest strings in a list.
var words = ['delta', 'Alpha', 'charlie', 'bravo', 'echo', 'alpha', 'Echo'];
var lo = words[0];
var hi = words[0];
for (var j = 1; j < words.length; j++) {
  if (words[j] < lo) lo = words[j];
  if (words[j] > hi) hi = words[j];
}
console.log(lo, hi);
// Sorting strings with insertion sort.
for (var a = 1; a < words.length; a++) {
  var v = words[a];
  var b = a - 1;
  while (b >= 0 && words[b] > v) {
    words[b + 1] = words[b];
    b--;
  }
  words[b + 1] = v;
}
console.log(words.slice(0, 4), words.slice(4));
// A comparison function returning -1, 0, 1.
function cmp(x, y) {
  return x < y ? -1 : x > y ? 1 : 0;
}
console.log(cmp('a', 'b'), cmp('b', 'a'), cmp('same', 'same'), cmp('', ' '), cmp('Z', 'a'));
// Comparing numbers as strings versus as numbers in a loop.
var disagree = 0;
for (var n = 1; n < 200; n++) {
  if ((n < 100) !== ('' + n < '100')) disagree++;
}
console.log(disagree);
