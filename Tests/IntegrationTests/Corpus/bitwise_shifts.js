// Shift counts are taken modulo 32.
console.log(1 << 0, 1 << 1, 1 << 30, 1 << 31, 1 << 32, 1 << 33);
console.log(1 << -1, 1 << -31, 5 << 64, 5 << 65);
console.log(-1 << 31, 3 << 30, 0x7fffffff << 1);
console.log(256 >> 4, -256 >> 4, -1 >> 31, -1 >> 32, -1 >> 0);
console.log(-2147483648 >> 31, 2147483647 >> 31, 1 >> 1);
console.log(-1 >>> 0, -1 >>> 31, -1 >>> 32, -1 >>> 1);
console.log(-2147483648 >>> 0, 2147483648 >>> 0, 4294967296 >>> 0);
console.log(-8 >>> 1, -8 >> 1, 8 >>> 1);
console.log(1.9 << 1, -1.9 << 1, '2' << '3', 1 << 3.9);
console.log(NaN << 1, 1 << NaN, Infinity >>> 0, -0 >>> 0);
console.log(4294967295 >> 0, 4294967295 >>> 0);
// Shift counts from a loop variable.
var row = [];
for (var i = 28; i < 36; i++) {
  row.push((1 << i) >>> 0);
}
console.log(row.join(' '));
var row2 = [];
for (var j = 0; j < 36; j += 7) {
  row2.push(-12345 >> j);
}
console.log(row2);
