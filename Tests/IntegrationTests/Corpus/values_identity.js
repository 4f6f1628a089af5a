// Object and array identity versus structural equality.
var a = { v: 1 };
var b = { v: 1 };
var c = a;
console.log(a === b, a == b, a === c, a == c);
c.v = 99;
console.log(a.v, b.v);
var x = [1, 2];
var y = [1, 2];
var z = x;
console.log(x === y, x === z);
z.push(3);
console.log(x.length, y.length);
// Functions are values with identity too.
function f() { return 1; }
var g = f;
console.log(f === g, g());
// Strings compare by contents.
var s1 = 'ab' + 'cd';
var s2 = 'a' + 'bcd';
console.log(s1 === s2, s1 == 'abcd');
// An object compared with itself through a property.
var holder = { self: a };
console.log(holder.self === a, holder.self.v);
