// Strings that look like numbers, in arithmetic and concatenation.
console.log('3' + 4, 3 + '4', '3' - 4, '3' * '4');
console.log('12' / '4', '2' ** 3, '9' % 4);
console.log('a' - 1, 'a' * 1);
var s = '5';
s++;
console.log(s, typeof s);
var t = '5';
t += 1;
console.log(t, typeof t);
// Parsing digits by hand.
function parseDigits(str) {
  var n = 0;
  for (var i = 0; i < str.length; i++) {
    var d = str.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}
console.log(parseDigits('12345'), parseDigits('007'), parseDigits('12a'));
console.log(parseDigits('9007199254740993'));
// Formatting digits by hand.
function digits(n) {
  if (n === 0) return '0';
  var out = '';
  while (n > 0) {
    out = String.fromCharCode(48 + n % 10) + out;
    n = Math.floor(n / 10);
  }
  return out;
}
console.log(digits(0), digits(7), digits(1234567), digits(2147483648));
// Padding.
function pad(n, width) {
  var str = '' + n;
  while (str.length < width) str = '0' + str;
  return str;
}
console.log(pad(5, 3), pad(42, 5), pad(123456, 3));
