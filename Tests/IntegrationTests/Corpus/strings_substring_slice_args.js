// substring and slice with swapped, negative, NaN, fractional and huge arguments.
var s = 'abcdefgh';
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-3, 2), s.substring(2, -3));
console.log(s.substring(NaN, 3), s.substring(3, NaN), s.substring(1.9, 4.1), s.substring(6, 100));
console.log(s.substring(), s.substring(3), s.substring(100), s.substring(-Infinity, Infinity));
console.log(s.substring(undefined, 2), s.substring(null, 2), s.substring('2', '4'), s.substring(2, undefined));
console.log(s.slice(2, 5), s.slice(5, 2) === '', s.slice(-3), s.slice(-3, -1), s.slice(2, -3));
console.log(s.slice(-100, 2), s.slice(NaN, 2), s.slice(2, NaN) === '', s.slice(1.5, 3.5), s.slice(-2.5));
console.log(s.slice(), s.slice(0), s.slice(100) === '', s.slice(-Infinity), s.slice(undefined, -1));
// The difference between substring and slice on the same arguments.
var args = [[1, 4], [4, 1], [-2, 8], [-6, -2], [3, -1], [0, 0]];
for (var i = 0; i < args.length; i++) {
  var a = args[i][0];
  var b = args[i][1];
  console.log(a, b, '[' + s.substring(a, b) + ']', '[' + s.slice(a, b) + ']');
}
// The empty string.
var e = '';
console.log(e.substring(0, 5) === '', e.slice(-1) === '', e.substring(1, 0).length);
// Splitting into halves and quarters.
function halves(str) {
  var mid = Math.floor(str.length / 2);
  return str.slice(0, mid) + '|' + str.slice(mid);
}
console.log(halves('abcdef'), halves('abcde'), halves('a'), halves(''));
// Rotations by slice.
var rot = [];
for (var r = 0; r < 4; r++) rot.push(s.slice(r) + s.slice(0, r));
console.log(rot);
// Trimming spaces by hand with substring.
function trim(str) {
  var a = 0;
  var b = str.length;
  while (a < b && str[a] === ' ') a++;
  while (b > a && str[b - 1] === ' ') b--;
  return str.substring(a, b);
}
console.log('[' + trim('  padded  ') + ']', '[' + trim('none') + ']', '[' + trim('    ') + ']');
// All substrings of length 3 collected in a loop.
var parts = [];
for (var k = 0; k + 3 <= 8; k += 2) parts.push(s.substring(k, k + 3));
console.log(parts);
