// Two number literals in a row inside an array literal.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
var ok = [1, 2, 3];
var sum = 0;
for (var i = 0; i < ok.length; i++) {
  sum += ok[i];
}
console.log(sum);
function scale(arr, k) {
  var out = [];
  for (var j = 0; j < arr.length; j++) out.push(arr[j] * k);
  return out;
}
console.log(scale(ok, 1.5));
var nums = [0x10, 1e3, .5, 7.];
console.log(nums);
var more = [8, 9];
console.log(more.length);
var bad = [4, 5 6];
console.log(bad);
