// How console.log prints flat arrays of primitives.
console.log([1, 2, 3]);
console.log(['a', 'b c', '']);
console.log([-0, 0, NaN, Infinity, -Infinity]);
console.log([true, false, null, undefined]);
console.log([1.5, -2.25, 1e21, 1e-7, 0.1]);
console.log(["it's", 'say "hi"', 'tab\t']);
console.log(['new\nline', 'back\\slash']);
console.log(['café', '😀', 'é']);
console.log([]);
console.log([[], []].length);
// Arrays beside strings and numbers in one call.
console.log('values', [1, 2], 'and', [], 3);
// Arrays built up step by step.
var a = [];
console.log(a);
a.push(-0);
console.log(a);
a.push('x');
a.push(null);
console.log(a);
a[0] = 1 / 3;
console.log(a);
// Arrays whose elements came from arithmetic.
var r = [0 / 0, 1 / 0, -1 / 0, 0 * -1, 2 ** 53, 2 ** 31];
console.log(r);
// Arrays of six elements, the most we print on one line.
console.log([1, 2, 3, 4, 5, 6]);
console.log(['a', 'b', 'c', 'd', 'e', 'f']);
// slice results printed directly.
var long = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
console.log(long.slice(0, 3), long.slice(7), long.length);
// An array inside an object is never printed, but its join is.
var o = { items: [1, 2, 3] };
console.log(o.items.join('+'), o.items.length);
