// indexOf with the empty needle, positions past the end, and conversions.
var s = 'banana';
console.log(s.indexOf('a'), s.indexOf('an'), s.indexOf('nan'), s.indexOf('ana', 2), s.indexOf('x'));
console.log(s.indexOf(''), s.indexOf('', 3), s.indexOf('', 6), s.indexOf('', 7), s.indexOf('', 100));
console.log(s.indexOf('', -5), s.indexOf('a', -100), s.indexOf('a', 6), s.indexOf('a', 5), s.indexOf('a', Infinity));
console.log(s.indexOf('a', 1.9), s.indexOf('a', NaN), s.indexOf('a', '3'), s.indexOf('a', null), s.indexOf('a', true));
// The needle is converted to a string.
var digits = '1234567890null undefined true';
console.log(digits.indexOf(5), digits.indexOf(90), digits.indexOf(null), digits.indexOf(undefined), digits.indexOf(true));
console.log(digits.indexOf(), 'xundefinedx'.indexOf());
// A needle longer than the haystack, and the whole string.
console.log('ab'.indexOf('abc'), 'abc'.indexOf('abc'), 'abc'.indexOf('abc', 1), ''.indexOf(''), ''.indexOf('a'));
// Case matters.
console.log('Hello'.indexOf('h'), 'Hello'.indexOf('H'), 'Hello'.indexOf('LL'), 'Hello'.indexOf('ll'));
// Overlapping occurrences counted by stepping one position.
function countOverlapping(hay, needle) {
  var n = 0;
  var p = hay.indexOf(needle);
  while (p !== -1) {
    n++;
    p = hay.indexOf(needle, p + 1);
  }
  return n;
}
function countDisjoint(hay, needle) {
  var n = 0;
  var p = hay.indexOf(needle);
  while (p !== -1) {
    n++;
    p = hay.indexOf(needle, p + needle.length);
  }
  return n;
}
console.log(countOverlapping('aaaa', 'aa'), countDisjoint('aaaa', 'aa'), countOverlapping(s, 'ana'), countDisjoint(s, 'ana'));
// Searching a long string built in a loop.
var long = '';
for (var i = 0; i < 1000; i++) long += i % 10 === 7 ? 'x' : '.';
console.log(long.indexOf('x'), long.indexOf('x', 8), long.indexOf('x', 998), long.indexOf('xx'), countDisjoint(long, 'x'));
// Replace all occurrences by hand with indexOf and slice.
function replaceAll(str, from, to) {
  var out = '';
  var start = 0;
  var p = str.indexOf(from);
  while (p !== -1) {
    out += str.slice(start, p) + to;
    start = p + from.length;
    p = str.indexOf(from, start);
  }
  return out + str.slice(start);
}
console.log(replaceAll('a-b-c--d', '-', '+'), replaceAll('banana', 'na', 'NA'), replaceAll('aaa', 'a', ''));
console.log(replaceAll('no match here', 'xyz', '!'), replaceAll('', 'a', 'b') === '');
// Searching for non-ASCII and surrogate halves.
var u = 'x😀y😀';
console.log(u.indexOf('😀'), u.indexOf('😀', 2), u.indexOf('\uDE00'), u.indexOf('y'), u.length);
