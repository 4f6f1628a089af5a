// Branches the profile never saw taken, taken after the code is optimized.
function classify(n) {
  if (n < 0) return "negative";
  if (n > 1000000) return "huge";
  if (n !== n) return "nan";
  return n % 2 === 0 ? "even" : "odd";
}
var counts = { even: 0, odd: 0 };
for (var k = 0; k < 500; k++) counts[classify(k)]++;
console.log(counts.even, counts.odd);
console.log(classify(-1), classify(2000000), classify(NaN), classify(3));
function loopWithExit(n, stop) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === stop) { s = s * 1000 + 7; break; }
    s += i;
  }
  return s;
}
var r = 0;
for (var k = 0; k < 40; k++) r = loopWithExit(100, -1);
console.log(r, loopWithExit(100, 50), loopWithExit(100, 0));
function late(n) {
  var out = 0;
  for (var i = 0; i < n; i++) {
    if (i > 5000) out += 0.5;
    else out += 1;
  }
  return out;
}
console.log(late(6000));
