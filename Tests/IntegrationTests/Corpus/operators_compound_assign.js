// Every compound assignment operator on numbers, with int32 and double operands.
var a = 10;
a += 5; console.log('+=', a);
a -= 20; console.log('-=', a);
a *= -3; console.log('*=', a);
a /= 4; console.log('/=', a);
a %= 2; console.log('%=', a);
a **= 3; console.log('**=', a);
var b = 5;
b <<= 3; console.log('<<=', b);
b >>= 1; console.log('>>=', b);
b = -b;
b >>>= 28; console.log('>>>=', b);
b &= 6; console.log('&=', b);
b |= 9; console.log('|=', b);
b ^= 12; console.log('^=', b);
// Compound assignment returns the new value.
var c = 1;
console.log(c += 2, c *= 10, c -= 0.5, c /= 2, c %= 4, c **= 2);
// Overflow and special values through compound assignment.
var big = 2147483647;
big += 1;
console.log(big);
big *= big;
console.log(big);
var shifty = 1;
shifty <<= 31;
console.log(shifty);
shifty >>>= 0;
console.log(shifty);
var z = 0;
z *= -1;
console.log(z);
z /= 0;
console.log(z);
// Conversions of non-number values.
var s = '6';
s *= '7';
console.log(s, typeof s);
var t = '8';
t -= 1;
console.log(t, typeof t);
var u;
u += 1;
console.log(u);
var nl = null;
nl += 1;
console.log(nl);
var bt = true;
bt <<= 4;
console.log(bt);
// Compound assignment on object properties and array elements.
var o = { x: 3, y: 1.5 };
o.x **= 2;
o.y *= 4;
o['x'] -= 1;
console.log(o);
var arr = [1, 2, 3];
arr[0] += 10;
arr[1] <<= 4;
arr[2] ^= 1;
console.log(arr);
// The left side is evaluated once.
var calls = 0;
function idx() {
  calls++;
  return 1;
}
arr[idx()] += 100;
console.log(arr, calls);
// In a loop.
var acc = 1;
for (var i = 1; i <= 20; i++) {
  acc *= 3;
  acc %= 1000003;
  acc ^= i;
}
console.log(acc);
