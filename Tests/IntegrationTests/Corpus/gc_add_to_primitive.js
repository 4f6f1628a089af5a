// `+` with an object operand: ToPrimitive makes a new string (an array's join), which must stay
// rooted while the other operand is converted and the result is built. Under --gc-stress a lost
// root printed the other operand twice ("772.5772.5").
var x = 772.5, a = [2];
console.log(x + a);
console.log(1.5 + [2], 7 + [1, 2], null + [2], [2] + [1, 2]);
console.log([2] + 1.5, [1, 2] + 7, [2] + null, [3] + undefined, true + [4], [4] + false);
console.log({} + 1.25, 2.5 + {}, {} + {}, [] + {}, [[1, 2], [3]] + [4.5]);
console.log(-0 + [], [] + -0, 1e21 + [1], [0.1] + 0.2);
// The same in a function run hot, so baseline and optimized code call the same paths.
function mix(n, arr) { return n + arr; }
var out = "";
for (var i = 0; i < 3000; i++) {
  var r = mix(i + 0.5, [i % 7, i % 3]);
  if (i % 500 === 0) out += r + "|";
}
console.log(out);
function rev(arr, n) { return arr + n; }
var last;
for (var j = 0; j < 3000; j++) last = rev([j, 0.25], j * 1.5);
console.log(last);
// Comparisons convert objects too.
console.log([10] < 9.5, 9.5 < [10], [2] == 2, "2" == [2], [1, 2] == "1,2");
