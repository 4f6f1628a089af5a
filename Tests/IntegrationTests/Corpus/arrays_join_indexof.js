// join with default and custom separators, and its treatment of null and undefined.
var a = [1, 2, 3];
console.log(a.join(), a.join(''), a.join(' - '), a.join(undefined));
console.log([].join(), [7].join('x'), ['a'].join());
console.log([null, undefined, 1].join(), [null].join(), [undefined, undefined].join('-'));
console.log([true, false, 'str', 1.5, -0, NaN].join('|'));
console.log([1e21, 1e-7, 0.1 + 0.2].join(' '));
// A separator that is a number is converted to a string.
console.log([1, 2, 3].join(0));
// join on a long array built in a loop.
var digits = [];
for (var i = 0; i < 20; i++) digits.push(i % 10);
console.log(digits.join(''));
// indexOf uses strict equality.
var v = [1, '1', 2, NaN, null, undefined, -0, 1];
console.log(v.indexOf(1), v.indexOf('1'), v.indexOf(2), v.indexOf(3));
console.log(v.indexOf(NaN), v.indexOf(null), v.indexOf(undefined), v.indexOf(0));
console.log(v.indexOf(1, 1), v.indexOf(1, 8), v.indexOf(1, -1), v.indexOf(1, -100));
console.log(v.indexOf(2, -6), v.indexOf(2, -5), v.indexOf('1', 1.9));
// indexOf of objects uses identity.
var o = { k: 1 };
var objs = [{ k: 1 }, o];
console.log(objs.indexOf(o), objs.indexOf({ k: 1 }));
// indexOf on strings in an array.
var words = ['apple', 'banana', 'cherry', 'banana'];
console.log(words.indexOf('banana'), words.indexOf('banana', 2), words.indexOf('Banana'));
// Finding all positions with indexOf in a loop.
var hay = [3, 1, 3, 3, 2, 3];
var pos = [];
var p = hay.indexOf(3);
while (p !== -1) {
  pos.push(p);
  p = hay.indexOf(3, p + 1);
}
console.log(pos);
// Empty array.
console.log([].indexOf(undefined), [].indexOf(1, 0));
