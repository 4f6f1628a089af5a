// ToInt32 on values outside the int32 range.
console.log(2147483648 | 0);
console.log(4294967295 | 0);
console.log(4294967296 | 0);
console.log(4294967297 | 0);
console.log(-2147483649 | 0);
console.log(2 ** 32 + 5 | 0);
console.log(2 ** 53 | 0, (2 ** 53 + 2) | 0);
console.log(1e20 | 0, -1e20 | 0);
console.log(1e21 | 0, 2 ** 64 | 0);
console.log(3.7 | 0, -3.7 | 0, 0.5 | 0, -0.5 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity | 0, -0 | 0);
console.log('12' | 0, '0x10' | 0, 'abc' | 0, '' | 0, ' 7 ' | 0);
console.log(null | 0, undefined | 0, true | 0, false | 0);
console.log(4294967295.5 | 0, 2147483647.9 | 0, -2147483648.9 | 0);
// Double tilde truncates toward zero.
console.log(~~3.7, ~~-3.7, ~~2147483648.5, ~~-0);
// ToInt32 of values just around powers of two, computed in a loop.
var row = [];
for (var k = 30; k <= 33; k++) {
  row.push((2 ** k - 1) | 0);
  row.push((2 ** k) | 0);
}
console.log(row.join(' '));
