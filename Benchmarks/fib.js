// Recursion and calls: naive Fibonacci.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
var total = 0;
for (var i = 0; i < 5; i++) total += fib(32);
console.log("fib", total);
