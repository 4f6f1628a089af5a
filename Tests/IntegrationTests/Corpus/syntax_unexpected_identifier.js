// Two names in a row without a comma between the declarators.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
var x = 1, y = 2;
let z = x + y;
console.log(x, y, z);
function pair(p, q) {
  return { p: p, q: q };
}
var made = pair(x, z);
console.log(made);
var total = 0;
for (var i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  total += i;
}
console.log(total);
var b = total * 2;
console.log(b);
var a b;
console.log(a);
