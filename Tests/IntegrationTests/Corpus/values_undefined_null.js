// undefined and null in arithmetic, concatenation and comparisons.
var u;
console.log(u);
console.log(u + 1);
console.log(null + 1);
console.log(null * 5);
console.log(u + 'x');
console.log(null + 'x');
console.log(null == undefined, null === undefined);
console.log(null == 0, undefined == 0);
console.log(null == false, undefined == false);
// A function without return yields undefined.
function nothing() {}
console.log(nothing());
// A missing property is undefined.
var obj = { a: 1 };
console.log(obj.b);
console.log(obj.b === undefined);
// Out of range array and string reads.
console.log([1, 2][5]);
console.log('ab'[7]);
// Assigning undefined explicitly.
obj.a = undefined;
console.log(obj.a, obj);
