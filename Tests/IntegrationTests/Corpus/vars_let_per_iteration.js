// let in for loops: one binding per iteration, invisible after the loop.
var i = 'outer i';
for (let i = 0; i < 3; i++) {
  console.log('loop i', i);
}
console.log(i);
// Modifying the loop variable inside the body affects the next iteration.
var seen = [];
for (let k = 0; k < 10; k++) {
  seen.push(k);
  if (k === 2) k += 3;
}
console.log(seen.length, seen.join(' '));
// let and const declared inside the body are fresh each time.
var sums = [];
for (let a = 0; a < 4; a++) {
  let acc = 0;
  const base = a * 10;
  for (let b = 0; b <= a; b++) acc += base + b;
  sums.push(acc);
}
console.log(sums);
// Nested loops each with their own let of the same name.
var pairs = '';
for (let n = 0; n < 3; n++) {
  for (let n2 = n; n2 < 3; n2++) {
    let n = n2 * 10;
    pairs += n + ' ';
  }
}
console.log(pairs);
// A let in the body shadows the loop variable.
var shadowed = [];
for (let v = 0; v < 3; v++) {
  {
    let v = 'inner';
    shadowed.push(v);
  }
  shadowed.push(v);
}
console.log(shadowed);
// let in while loop bodies.
var w = 0;
var built = '';
while (w < 4) {
  let piece = 'p' + w;
  built += piece;
  w++;
}
console.log(built);
// Multiple lets in the for header.
var out = [];
for (let x = 0, y = 10; x < y; x += 3) {
  out.push(x + ':' + y);
  y -= 3;
}
console.log(out);
// let loops inside functions, with the same names as globals.
var total = 0;
function sumTo(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}
console.log(sumTo(10), sumTo(1000), total, i);
// break and continue with let loop variables.
var picked = [];
for (let p = 0; p < 20; p++) {
  if (p % 4 !== 0) continue;
  if (p > 12) break;
  picked.push(p);
}
console.log(picked);
