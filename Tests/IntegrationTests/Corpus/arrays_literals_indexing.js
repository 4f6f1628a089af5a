// Array literals, element reads and writes, out-of-bounds reads.
var a = [10, 20, 30];
console.log(a, a.length, a[0], a[2]);
console.log(a[3], a[-1], a[100], a[1.5]);
// String and double indices that are integers read elements.
console.log(a['1'], a[1.0], a['2'], a['01']);
// Writing existing elements.
a[0] = 'ten';
a[2] = a[2] + 1;
console.log(a);
// Mixed element kinds.
var mixed = [1, 'two', true, null, undefined, 2.5];
console.log(mixed);
for (var i = 0; i < mixed.length; i++) {
  console.log(i, typeof mixed[i], mixed[i]);
}
// Empty array and single-element array.
var e = [];
console.log(e, e.length, e[0]);
var one = [42];
console.log(one, one.length, one[0]);
// Trailing comma in a literal does not add an element.
var t = [1, 2, 3,];
console.log(t.length, t);
// Arrays of arrays, read through two indices (never printed whole).
var m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
var diag = 0;
var anti = 0;
for (var r = 0; r < 3; r++) {
  diag += m[r][r];
  anti += m[r][2 - r];
}
console.log(diag, anti, m[1].length, m[2][0], m.length);
console.log(m[0][5], m[1][-1]);
// Elements that are objects.
var objs = [{ v: 1 }, { v: 2 }];
objs[1].v = 20;
console.log(objs[0].v + objs[1].v, objs[0], objs[1]);
// Computed indices from expressions.
var sq = [0, 1, 4, 9, 16, 25];
var k = 2;
console.log(sq[k * 2], sq[k + k + 1], sq[sq[2]], sq[sq.length - 1]);
// Integer index in a variable updated in a loop reading every element.
var sum = 0;
for (var j = sq.length - 1; j >= 0; j--) sum += sq[j];
console.log(sum);
