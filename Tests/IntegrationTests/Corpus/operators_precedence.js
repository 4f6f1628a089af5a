// Operator precedence and associativity.
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1, -(2 ** 2), (-2) ** 2, (-2) ** 3);
console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5));
console.log(7 % 4 * 2, 7 % (4 * 2), 2 * 3 % 4, -7 % 3, -(7 % 3));
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + (2 + '3'), '1' + (2 + 3));
console.log(1 << 2 + 1, (1 << 2) + 1, 16 >> 2 >> 1, 1 << 2 << 3);
console.log(5 & 3 | 8, 5 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5, 1 | 2 ^ 3);
console.log(1 < 2 === true, 1 < 2 < 3, 3 > 2 > 1, 1 == 1 != false);
console.log(1 + 1 === 2 && 3 > 2, 0 || 1 && 2, (0 || 1) && 2, 1 && 0 || 3);
console.log(!1 + 1, !(1 + 1), -'3' + 4, +'3' + +'4', - -5, -(-5));
console.log(typeof 1 + 2, typeof (1 + 2), !typeof 1, typeof !1);
console.log(~1 + 1, ~(1 + 1), -~1, ~-1);
// Ternaries are right associative and bind looser than ||.
var x = 5;
console.log(x > 3 ? 'big' : x > 1 ? 'mid' : 'small', x < 3 ? 'a' : 'b' + 'c');
console.log(0 || null ? 'yes' : 'no', (0 || null) ? 'yes' : 'no', 1 ? 2 ? 3 : 4 : 5);
// Assignment is right associative and returns its value.
var a;
var b;
var c;
a = b = c = 7;
console.log(a, b, c);
a += b *= c -= 5;
console.log(a, b, c);
// Unary minus and exponent with variables.
var n = 3;
console.log(-(n ** 2), (-n) ** 2, n ** -1 === 1 / n, 2 ** n ** 2);
// Postfix and prefix inside bigger expressions.
var i = 1;
var r = i++ + ++i * i--;
console.log(r, i);
var j = 5;
var q = j-- - --j;
console.log(q, j);
// Member access and calls bind tighter than unary operators.
var o = { v: 4, f: function (k) { return k * 2; } };
console.log(-o.v, !o.v, typeof o.f, -o.f(3) + 1, ++o.v * 2, o.v);
var arr = [1, 2, 3];
console.log(-(arr[1] ** 2), (-arr[1]) ** 2, arr.length * 2 + arr[0], arr[arr.length - 1] ** 2);
// Mixed arithmetic with comparisons.
console.log(2 + 3 > 4, 2 + (3 > 4), 10 - 2 * 3 >= 4 === true);
// Division and multiplication are left to right with doubles.
console.log(1 / 3 * 3, 1 * 3 / 3, 0.1 * 3 / 3, 0.1 / 3 * 3);
