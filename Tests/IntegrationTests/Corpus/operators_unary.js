// Unary + - ! ~ on every kind of value, especially strings.
var strs = ['  12  ', '', ' ', '0x1f', '0X1F', '1e3', '-1e-3', 'abc', '-0', '+5', 'Infinity', '-Infinity', '12px', '.5', '5.', '0b11', '0o17', '1_000', '\t42\t'];
for (var i = 0; i < strs.length; i++) {
  var v = +strs[i];
  console.log('[' + strs[i] + ']', v, 1 / v === -Infinity ? 'negative zero' : '');
}
console.log(+true, +false, +null, +undefined, +'', +' 0 ');
console.log(-true, -false, -null, -undefined, -'', -'-5', -'x');
console.log(-0, -(-0), +(-0), - -0, 0 * -1);
console.log(!0, !1, !'', !'0', !null, !undefined, !NaN, !{}, ![]);
console.log(~0, ~-1, ~1, ~'7', ~'x', ~null, ~true, ~2147483647, ~4294967296, ~1.9);
// Unary plus on large and tiny numeric strings.
console.log(+'9007199254740993', +'1e21', +'1e-7', +'123456789012345678901234567890');
console.log(+'0.1', +'00.1', +'-.1', +'1.', +'1.e1', +'1e', +'e1', +'--1', +'- 1');
// Unary plus leaves numbers alone.
console.log(+1.5, +-2, +NaN, +Infinity);
// Double negation and double not.
console.log(- -'3', !!'x', !!0, ~~'12.7', ~~-12.7);
// Unary operators in a loop over a digit string.
var digits = '9081726354';
var total = 0;
for (var j = 0; j < digits.length; j++) total += +digits[j];
console.log(total);
// Negating int32 edge values.
var m = -2147483648;
console.log(-m, -(-m), -(2147483647), ~m, ~~m);
