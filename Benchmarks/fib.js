// Recursion and calls: naive Fibonacci.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
var total = 0;
for (var i = 0; i < 2; i++) total += fib(30);
console.log("fib", total);
