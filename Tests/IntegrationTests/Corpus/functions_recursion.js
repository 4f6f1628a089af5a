// Classic recursive functions.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(0), fact(5), fact(12), fact(13), fact(20), fact(25));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(0), fib(1), fib(10), fib(20), fib(24));
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via) {
  if (n === 0) return 0;
  return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
}
console.log(hanoi(10, 'A', 'C', 'B'), hanoi(14, 'A', 'C', 'B'));
// Deep but finite recursion.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
// Recursion on strings.
function rev(s) { return s.length <= 1 ? s : rev(s.slice(1)) + s[0]; }
console.log(rev('recursion'));
// Power set size by recursion over an array.
function subsets(arr, i) {
  if (i === arr.length) return 1;
  return subsets(arr, i + 1) * 2;
}
console.log(subsets([1, 2, 3, 4, 5], 0));
