// Mutually recursive functions declared in any order.
console.log(isEven(10), isOdd(10), isEven(7), isOdd(7));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(1000), isOdd(999));
// A function declared after a loop that calls it.
var acc = 0;
for (var i = 0; i < 10; i++) acc += triple(i);
console.log(acc);
function triple(x) { return x * 3; }
// Nested declarations are hoisted within their function.
function compute(n) {
  return step1(n) + step2(n);
  function step1(a) { return a * 2; }
  function step2(b) { return b * b; }
}
console.log(compute(5), compute(-3));
// Hofstadter female and male sequences.
function F(n) { return n === 0 ? 1 : n - M(F(n - 1)); }
function M(n) { return n === 0 ? 0 : n - F(M(n - 1)); }
var fs = [];
var ms = [];
for (var k = 0; k < 6; k++) {
  fs.push(F(k));
  ms.push(M(k));
}
console.log(fs, ms);
var fsum = 0;
for (var j = 0; j < 25; j++) fsum += F(j);
console.log(fsum);
