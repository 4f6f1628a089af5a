// Operations that produce or preserve -0.
console.log(-0);
console.log(0 * -1);
console.log(-1 * 0);
console.log(0 / -5);
console.log(-5 % 5);
console.log(5 % -5);
console.log(-0 + 0);
console.log(-0 - 0);
console.log(0 - 0);
console.log(-0 + -0);
console.log(-(0));
var z = 0;
console.log(-z);
// 1/x tells -0 from 0.
console.log(1 / -0, 1 / 0);
console.log(1 / (0 * -3));
console.log(-0 === 0, -0 == 0);
// Integer arithmetic that must give -0.
var a = -3;
var b = 0;
console.log(a * b);
console.log(b / a);
console.log(-2147483648 % -1);
console.log(-7 % 7);
// Math functions keep the sign.
console.log(Math.round(-0.4), Math.ceil(-0.5), Math.floor(-0), Math.trunc(-0.9));
console.log(Math.sign(-0), Math.abs(-0));
console.log(Math.sqrt(-0));
