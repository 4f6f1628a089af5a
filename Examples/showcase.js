// A tour of what the engine runs today: functions, loops, strings, arrays and objects.
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

const primes = [];
for (let n = 2; primes.length < 10; n++) {
  if (isPrime(n)) primes.push(n);
}
console.log("first primes:", primes.join(", "));

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log("fib(25) =", fib(25));

let word = "";
for (let i = 0; i < 26; i++) word += String.fromCharCode(97 + i);
console.log(word, word.length, word.indexOf("jit"), word.slice(-3));

const point = { x: 3, y: 4 };
point.distance = Math.hypot(point.x, point.y);
console.log(point, typeof point, [0.1 + 0.2, 1 / 3, 2 ** 53, -0, 1e21]);
