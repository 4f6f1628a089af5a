// const declarations need an initialiser, even inside functions.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
const LIMIT = 10;
let count;
var other;
for (let i = 0; i < LIMIT; i++) {
  const sq = i * i;
  if (sq > 20) break;
  count = sq;
}
console.log(count, other);
function compute() {
  const base = 3;
  let acc = base;
  for (var k = 0; k < 4; k++) acc *= 2;
  const missing;
  return acc;
}
console.log(compute(), LIMIT, count, other);
