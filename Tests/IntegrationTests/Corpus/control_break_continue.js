// Unlabelled break and continue.
var odds = [];
for (var i = 0; i < 20; i++) {
  if (i % 2 === 0) continue;
  if (i > 11) break;
  odds.push(i);
}
console.log(odds);
// continue in while must still reach the increment we wrote.
var j = 0;
var skipped = 0;
while (j < 100) {
  j++;
  if (j % 10 !== 0) { skipped++; continue; }
}
console.log(j, skipped);
// continue in do-while jumps to the condition.
var k = 0;
var body = 0;
do {
  k++;
  if (k < 5) continue;
  body++;
} while (k < 10);
console.log(k, body);
// break inside nested ifs.
var found = -1;
for (var n = 2; n < 3000; n++) {
  if (n % 7 === 0) {
    if (n % 11 === 0) {
      if (n % 13 === 0) {
        found = n;
        break;
      }
    }
  }
}
console.log(found);
// break only leaves the innermost loop.
var pairs = 0;
for (var a = 0; a < 5; a++) {
  for (var b = 0; b < 5; b++) {
    if (b > a) break;
    pairs++;
  }
}
console.log(pairs);
