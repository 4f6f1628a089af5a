// Flat arrays and objects as console.log shows them.
console.log([]);
console.log([1, 2, 3]);
console.log(['a', 'b c', 'D9']);
console.log([true, false, null, undefined]);
console.log([1.5, -0, NaN, Infinity, -Infinity]);
console.log({});
console.log({ a: 1 });
console.log({ x: 1, y: 'two', z: true, w: null });
console.log({ u: undefined, n: -0 });
// Quoted identifier keys print without quotes.
console.log({ 'first': 1, 'second': 2 });
// Arrays and objects beside other arguments.
console.log('arr', [1, 2], 'obj', { k: 3 });
var a = [10, 20, 30];
a[1] = 'mid';
console.log(a);
var o = { p: 1 };
o.q = 2;
console.log(o);
