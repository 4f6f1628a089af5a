// fill with start and end, including negative and out-of-range positions.
var a = [1, 2, 3, 4, 5];
console.log(a.fill(0));
a = [1, 2, 3, 4, 5];
console.log(a.fill(9, 2));
a = [1, 2, 3, 4, 5];
console.log(a.fill(7, 1, 3));
a = [1, 2, 3, 4, 5];
console.log(a.fill(8, -2));
a = [1, 2, 3, 4, 5];
console.log(a.fill(6, -4, -1));
a = [1, 2, 3, 4, 5];
console.log(a.fill(5, 3, 1), a.fill(4, 10), a.fill(3, -10, 1));
// fill returns the same array.
var same = [0, 0];
console.log(same.fill('x') === same, same);
// fill on new Array(n) makes a dense array.
var n = new Array(4).fill(null);
console.log(n, n.length);
var z = new Array(3).fill(-0);
console.log(z);
// slice copies a range.
var s = ['a', 'b', 'c', 'd', 'e'];
console.log(s.slice(), s.slice(2), s.slice(1, 3));
console.log(s.slice(-2), s.slice(-3, -1), s.slice(0, -4));
console.log(s.slice(3, 1), s.slice(10), s.slice(-10, 2));
console.log(s.slice(1.7, 3.2), s.slice('1', '2'), s.slice(NaN, 2));
// A slice is a fresh array.
var copy = s.slice();
copy[0] = 'A';
console.log(s[0], copy[0], copy === s, copy.length);
// slice of an empty array.
console.log([].slice(), [].slice(1, 2).length);
// Slicing in a loop to build windows.
var nums = [1, 2, 3, 4, 5, 6];
for (var i = 0; i + 3 <= nums.length; i++) {
  var w = nums.slice(i, i + 3);
  console.log(i, w, w[0] + w[1] + w[2]);
}
// fill a big array, then sum.
var big = new Array(10000).fill(3);
var sum = 0;
for (var j = 0; j < big.length; j++) sum += big[j];
console.log(sum, big.length);
