// Building strings with + and += in loops.
var s = '';
for (var i = 0; i < 10; i++) {
  s += i;
}
console.log(s, s.length);
var t = '';
for (var j = 0; j < 5; j++) {
  t = t + 'ab' + j;
}
console.log(t);
// Prepending.
var u = '';
for (var k = 0; k < 5; k++) {
  u = k + u;
}
console.log(u);
// A long string built one character at a time.
var long = '';
for (var m = 0; m < 5000; m++) {
  long += String.fromCharCode(97 + m % 26);
}
console.log(long.length, long.slice(0, 30), long.slice(-4));
// Comparing pieces of the long string.
console.log(long.substring(26, 52) === long.substring(0, 26));
// Concatenating mixed types.
console.log('n=' + 5 + ', b=' + true + ', u=' + undefined + ', z=' + null);
var r = 'x';
r += 1 + 2;
r += '3' + 4;
console.log(r);
