// The same formatting appears inside arrays, objects and concatenations.
console.log([0.1 + 0.2, 1e21, 1e-7]);
console.log([-0, 0, NaN]);
console.log([Infinity, -Infinity, 2 ** 53]);
console.log({ a: -0, b: 1e-7, c: 1 / 3 });
// In a concatenation -0 becomes "0".
console.log('x' + -0, 'y' + 1e21, 'z' + 1e-7);
console.log('' + (0.1 + 0.2));
// join formats with ToString: -0 becomes 0.
console.log([-0, 1e21, 1e-7, NaN].join(' '));
console.log([1.5, -2.25, 100].join());
// Values inside arrays built in a loop.
var a = [];
for (var i = 1; i <= 6; i++) {
  a.push(1 / i);
}
console.log(a.slice(0, 3));
console.log(a.slice(3));
console.log(a.join(';'));
// Numbers that need exponent notation inside an object.
console.log({ tiny: 5e-324, huge: 1.7976931348623157e308 });
