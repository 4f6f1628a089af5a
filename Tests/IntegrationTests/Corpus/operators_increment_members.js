// ++ and -- on variables, object properties and array elements, prefix and postfix.
var i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
var o = { x: 1, y: 10 };
console.log(o.x++, o.x, ++o.y, o.y);
console.log(o.x--, o.x, --o.y, o.y);
console.log(o);
var a = [0, 10, 20];
console.log(a[0]++, a[1]--, ++a[2], a);
var k = 1;
console.log(a[k]++, a[k], --a[k + 1], a);
// The index expression is evaluated once.
var calls = 0;
function at() {
  calls++;
  return 0;
}
a[at()]++;
++a[at()];
console.log(a[0], calls);
// ++ converts its operand to a number first.
var s = '5';
var r = s++;
console.log(r, typeof r, s, typeof s);
var t = 'x';
t++;
console.log(t);
var u;
u++;
console.log(u);
var nl = null;
nl++;
console.log(nl);
var b = true;
b--;
console.log(b);
var e = '';
e--;
console.log(e);
var z = -0;
console.log(z++, z);
var y = 0;
console.log(y--, y--, y);
// Crossing int32 limits.
var max = 2147483647;
max++;
console.log(max);
var min = -2147483648;
min--;
console.log(min);
var f = 0.5;
f++;
console.log(f, ++f, f--);
// Missing properties become NaN.
var obj = {};
obj.count++;
console.log(obj.count, obj);
var hist = {};
hist.a = 0;
hist.a++;
hist['a']++;
console.log(hist);
// Counters in loops on object fields and array slots.
var counts = [0, 0, 0];
var tally = { total: 0 };
for (var j = 0; j < 3000; j++) {
  counts[j % 3]++;
  tally.total++;
  if (j % 2) tally.total--;
}
console.log(counts, tally);
// Postfix returns the old number, even for strings.
var str = '007';
console.log(str++, str);
