// break outside any loop is an early error.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
for (var i = 0; i < 3; i++) {
  if (i === 1) break;
}
var n = 0;
while (true) {
  n++;
  if (n > 5) break;
}
outer: for (var a = 0; a < 3; a++) {
  for (var b = 0; b < 3; b++) {
    if (b === 2) continue outer;
    if (a === 2) break outer;
  }
}
if (n > 5) {
  console.log('done', i, n, a);
  break;
}
