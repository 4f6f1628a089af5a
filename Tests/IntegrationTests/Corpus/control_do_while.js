// do-while: runs at least once, break and continue inside, conditions with side effects.
var runs = 0;
do {
  runs++;
} while (false);
console.log(runs);
// break out of a do-while before the condition.
var i = 0;
do {
  i++;
  if (i === 4) break;
} while (i < 10);
console.log(i);
// continue goes to the condition, which can end the loop.
var evens = '';
var j = 0;
do {
  j++;
  if (j % 2) continue;
  evens += j;
} while (j < 9);
console.log(evens, j);
// Condition with side effects evaluated once per iteration.
var checks = 0;
function check(n) {
  checks++;
  return n < 5;
}
var k = 0;
do k++; while (check(k));
console.log(k, checks);
// Digits of a number, including zero, with do-while.
function digitsOf(n) {
  var out = [];
  do {
    out.push(n % 10);
    n = Math.floor(n / 10);
  } while (n > 0);
  return out;
}
console.log(digitsOf(0), digitsOf(7), digitsOf(12345), digitsOf(100000).length);
// Nested do-while loops.
var grid = '';
var r = 0;
do {
  var c = 0;
  do {
    grid += (r * c) % 10;
    c++;
  } while (c < 4);
  grid += '|';
  r++;
} while (r < 4);
console.log(grid);
// do-while with a long loop and a break on a condition found late.
var n = 1;
var steps = 0;
do {
  n = (n * 7 + 3) % 10007;
  steps++;
  if (n === 0) break;
} while (steps < 50000);
console.log(n, steps);
// do-while without braces, and with an empty body.
var m = 0;
do m += 3; while (m < 10);
console.log(m);
var e = 0;
do {} while (e++ < 5);
console.log(e);
// Returning from inside a do-while in a function.
function firstSquareOver(limit) {
  var x = 0;
  do {
    x++;
    if (x * x > limit) return x;
  } while (true);
}
console.log(firstSquareOver(50), firstSquareOver(0), firstSquareOver(1000000));
