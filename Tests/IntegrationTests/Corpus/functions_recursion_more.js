// Recursion: fibonacci, ackermann, mutual recursion through hoisted declarations, memo tables.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
var fibs = [];
for (var i = 0; i <= 25; i += 5) fibs.push(fib(i));
console.log(fibs);
// Memoised fibonacci through a global array.
var memo = [0, 1];
function fibMemo(n) {
  if (memo[n] !== undefined) return memo[n];
  var v = fibMemo(n - 1) + fibMemo(n - 2);
  memo[n] = v;
  return v;
}
console.log(fibMemo(50), fibMemo(78), fibMemo(100), memo.length);
// Ackermann for small arguments.
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
var row = [];
for (var m = 0; m <= 3; m++) row.push(ack(m, 2));
console.log(row, ack(3, 4));
// Mutual recursion among three functions, called before their declarations.
console.log(a3(9), b3(9), c3(9));
function a3(n) { return n <= 0 ? 'a' : b3(n - 1); }
function b3(n) { return n <= 0 ? 'b' : c3(n - 1); }
function c3(n) { return n <= 0 ? 'c' : a3(n - 1); }
// Recursive descent over a nested array tree (never printed whole).
function sumTree(t) {
  if (typeof t === 'number') return t;
  var s = 0;
  for (var i = 0; i < t.length; i++) s += sumTree(t[i]);
  return s;
}
function depth(t) {
  if (typeof t === 'number') return 0;
  var d = 0;
  for (var i = 0; i < t.length; i++) d = Math.max(d, depth(t[i]));
  return d + 1;
}
var tree = [1, [2, 3, [4, [5]]], [], [[6]]];
console.log(sumTree(tree), depth(tree), depth(7), depth([]));
// Binary recursion counting calls through a global.
var calls = 0;
function countCalls(n) {
  calls++;
  if (n <= 1) return 1;
  return countCalls(n - 1) + countCalls(n - 2);
}
console.log(countCalls(20), calls);
// Power by squaring.
function power(b, e) {
  if (e === 0) return 1;
  var h = power(b, Math.floor(e / 2));
  return e % 2 === 0 ? h * h : h * h * b;
}
console.log(power(2, 10), power(3, 13), power(2, 62), power(-2, 7), power(1.5, 4));
// Permutations counted recursively with a used-flags array.
var used = [false, false, false, false, false];
function perms(k) {
  if (k === used.length) return 1;
  var total = 0;
  for (var i = 0; i < used.length; i++) {
    if (used[i]) continue;
    used[i] = true;
    total += perms(k + 1);
    used[i] = false;
  }
  return total;
}
console.log(perms(0), used);
