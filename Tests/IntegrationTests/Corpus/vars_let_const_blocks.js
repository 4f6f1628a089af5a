// let and const are block scoped and can shadow outer bindings.
let x = 'outer';
{
  let x = 'inner';
  console.log(x);
  {
    let x = 'innermost';
    console.log(x);
  }
  console.log(x);
}
console.log(x);
const c = 10;
if (c > 5) {
  const c = 20;
  console.log(c);
}
console.log(c);
// Shadowing a var with let inside a block.
var v = 1;
{
  let v = 2;
  v = v + 10;
  console.log(v);
}
console.log(v);
// A for-let variable is not visible after the loop; a for-var one is.
let i = 'not the loop';
for (let i = 0; i < 3; i++) {
  let doubled = i * 2;
  console.log(i, doubled);
}
console.log(i);
for (var j = 0; j < 3; j++) {}
console.log(j);
// const inside a loop body gets a fresh binding each iteration.
var total = 0;
for (let k = 0; k < 5; k++) {
  const sq = k * k;
  total += sq;
}
console.log(total);
// Shadowing a parameter in an inner block.
function shadow(p) {
  {
    let p = 'shadowed';
    console.log(p);
  }
  return p;
}
console.log(shadow('param'));
