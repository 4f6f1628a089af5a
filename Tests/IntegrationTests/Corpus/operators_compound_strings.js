// += on strings, and the other compound operators converting strings to numbers.
var s = 'a';
s += 'b';
s += 1;
s += 2.5;
s += true;
s += null;
s += undefined;
console.log(s, s.length);
// Number plus string concatenates; string minus number subtracts.
var n = 1;
n += '2';
console.log(n, typeof n);
n -= '2';
console.log(n, typeof n);
var m = '10';
m *= 2;
console.log(m, typeof m);
m += '';
console.log(m, typeof m);
var d = '9';
d /= '3';
d %= 2;
console.log(d);
var p = '2';
p **= '10';
console.log(p);
var bits = '12';
bits |= '3';
console.log(bits);
var sh = '1';
sh <<= '4';
console.log(sh);
var bad = 'abc';
bad -= 1;
console.log(bad);
// -0 and special values concatenated.
var z = '';
z += -0;
z += ',';
z += NaN;
z += ',';
z += -Infinity;
z += ',';
z += 1e21;
z += ',';
z += 1e-7;
console.log(z);
// Building with += on a property and an element.
var o = { text: '' };
var parts = ['x', 'y', 'z'];
for (var i = 0; i < parts.length; i++) {
  o.text += parts[i];
  parts[i] += i;
}
console.log(o, parts);
// Order of evaluation: left operand value is read before the right side runs.
var g = 'start';
function change() {
  g = 'changed';
  return '!';
}
g += change();
console.log(g);
// Mixed numbers then strings: additions happen left to right.
var mix = 1;
mix += 2 + '3';
console.log(mix);
var mix2 = '1';
mix2 += 2 + 3;
console.log(mix2);
// A long string built with += of numbers.
var digits = '';
for (var k = 0; k < 20; k++) digits += k % 10;
console.log(digits, digits.length);
