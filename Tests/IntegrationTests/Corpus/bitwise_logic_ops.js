// & | ^ ~ on signed and unsigned values.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(-1 & 255, -1 | 0, -1 ^ -1, ~-1, ~0);
console.log(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0);
console.log(0xFFFFFFFF & 0xFFFF, 0xFFFFFFFF ^ 0, 0x80000000 | 0);
console.log(2147483647 + 1 & -1, (2147483647 + 1) >>> 0);
console.log(~2147483647, ~-2147483648, ~4294967295);
console.log(~1.5, ~-1.5, ~NaN, ~'8');
// Unsigned results come from >>> 0.
console.log((-1 & -1) >>> 0, (0x80000000 ^ 1) >>> 0, (~0) >>> 0);
// Population count.
function popcount(x) {
  var n = 0;
  x = x >>> 0;
  while (x !== 0) {
    n += x & 1;
    x = x >>> 1;
  }
  return n;
}
console.log(popcount(0), popcount(7), popcount(-1), popcount(0x80000000), popcount(-2147483648));
// Bit reversal of 32-bit words.
function rev(x) {
  var r = 0;
  for (var i = 0; i < 32; i++) {
    r = (r << 1) | (x & 1);
    x = x >>> 1;
  }
  return r >>> 0;
}
console.log(rev(1), rev(2), rev(0xF0000000), rev(-1));
// Precedence: & binds tighter than ^ which binds tighter than |.
console.log(1 | 2 ^ 3 & 6, (1 | 2) ^ (3 & 6), 1 | (2 ^ (3 & 6)));
console.log(1 + 2 << 3, 1 << 2 + 3, 16 >> 2 > 2);
